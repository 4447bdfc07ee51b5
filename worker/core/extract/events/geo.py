"""GDELT's actor country codes and action place for an event, from the story's settled entities.

Actor1CountryCode: the country of the event's actor (a country named as actor, a place's country,
or the country a person's affiliation names). ActionGeo: the GeoNames reading of the event's place.
Nothing is looked up afresh: the entities family has already resolved places and affiliations;
a name it could not place stays without a code.
"""

from worker.core.extract.common.context import Context
from worker.core.extract.common.scene import opening_scene
from worker.core.extract.places.gazetteer import gazetteer
from worker.core.extract.places.resolve import country_of
from worker.core.models.entities import Entity
from worker.core.models.places import GeoPlace


def _by_name(ctx: Context) -> dict[str, Entity]:
    """Entities by every name they go by, read once per document."""
    cached = ctx.doc.user_data.get("wire.entities_by_name")
    if cached is None:
        cached = {}
        for entity in ctx.entities:
            for name in (entity.name, *entity.aliases):
                cached.setdefault(name.lower(), entity)
        ctx.doc.user_data["wire.entities_by_name"] = cached
    return cached


def actor_country(ctx: Context, actor: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code of who acts: a place's country, else a person's affiliation's."""
    if not actor:
        return None
    entity = _by_name(ctx).get(actor.lower())
    if entity is None:
        # 'Russia' read from 'Russian drones' is no entity of the story, but a country all the same.
        return country_of(gazetteer(), actor)
    if entity.geo is not None and entity.geo.country:
        return entity.geo.country
    codes = {r.affiliation_country for r in entity.roles if r.affiliation_country}
    return codes.pop() if len(codes) == 1 else None


def action_geo(ctx: Context, place: str | None) -> GeoPlace | None:
    """The GeoNames reading of where the event happened, when the story's place resolved."""
    entity = _by_name(ctx).get(place.lower()) if place else None
    return entity.geo if entity is not None else None


def narrowed_to_scene(ctx: Context, place: str) -> str:
    """'An airstrike on a market in Myanmar's Rakhine state' and then 'the market in Mrauk-U': an
    attack or disaster told in a country or a province happened in the town the opening places the
    incident in, when that town lies inside it (GDELT's ActionGeo and ACLED code the most precise
    place the report gives). A town elsewhere is another place, not a narrower one."""
    scene = opening_scene(ctx)
    if not scene or scene.lower() == place.lower():
        return place
    wide, town = action_geo(ctx, place), action_geo(ctx, scene)
    if wide is None or town is None or town.feature != "city" or wide.feature not in ("country", "admin1"):
        return place
    # A province with GeoNames' code must hold the town; one with no code known, its country.
    if town.country != wide.country or (wide.feature == "admin1" and wide.admin1_code is not None
                                        and town.admin1_code != wide.admin1_code):
        return place
    return scene
