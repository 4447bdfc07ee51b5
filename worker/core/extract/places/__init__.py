"""The places family: every GPE/LOC entity resolved to GeoNames, or left unresolved.

``extract`` returns the entities with ``geo`` set on the places it could resolve and the country
code on affiliations that name a country or a nationality ("Kenyan President").
"""

import re

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.places.gazetteer import Admin1, Gazetteer, fold, gazetteer
from worker.core.extract.places.features import named_after_a_town, plural_range, the_feature
from worker.core.extract.places.owners import owned_by_country
from worker.core.extract.entities.lexicon import FEATURE_FIRST_WORDS, FEATURE_LAST_WORDS
from worker.core.extract.places.lexicon import (
    FACILITY_LABELS,
    LOCAL_PLACE_WORDS,
    OPEN_WATER_WORDS,
    PLACE_LABELS,
    STORY_BASES,
    SUBDIVISION_WORDS,
    TOWN_WORDS,
    TOWN_WORDS_BEFORE,
)
from worker.core.extract.places.lists import split_place_lists
from worker.core.extract.places.recall import missed_places
from worker.core.extract.places.relabel import relabel
from worker.core.extract.places.apart import apart_qualifier
from worker.core.extract.places.split import LIST_GOES_ON, mention_qualifier, split_namesakes
from worker.core.extract.places.resolve import (
    StoryPlaces, country_of, country_place, named_area, resolve, state_namesake,
)
from worker.core.models.entities import Entity
from worker.core.models.places import GeoPlace

__all__ = ["extract"]

_DATELINE_REGION = re.compile(r",\s*([A-Z][\w.'’\- ]*?)\s*(?:,|\(|$)")
# A town and its comma right before a mention: the mention qualifies it ('Pullman, Washington').
_QUALIFYING = re.compile(r"[A-Z][\w.'’\-]*,\s*$")
# The word right after a mention ('Isabela province', 'Ohio state').
_NEXT_WORD = re.compile(r"\s+(\w+)")
# 'Liberia, the main city of ...': an apposition that calls the place a town (three words at most
# between the article and the town word); 'the town of Lebanon': a town word and 'of' before it.
_TOWN_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,3}?(?:%s)\b" % "|".join(sorted(TOWN_WORDS)),
                         re.IGNORECASE)
_IN_BEFORE = re.compile(r"([A-Z][\w'’\-]*)\s+in\s+(?:the\s+)?$")
_TOWN_BEFORE = re.compile(r"\b(?:%s)\s+of\s+$" % "|".join(sorted(TOWN_WORDS_BEFORE)), re.IGNORECASE)
# The words between an article and the town word after them ('the small Bulgarian | town of').
_ARTICLE_LEAD = re.compile(r"\b(?:the|a|an)\s+((?:[\w'’\-]+\s+){0,3})$", re.IGNORECASE)


def _qualifier(gz: Gazetteer, body: str, entity: Entity) -> str | None:
    return next((q for m in entity.mentions if (q := mention_qualifier(gz, body, m) or apart_qualifier(gz, body, m))
                 is not None), None)


def _town_of_a_country(gz: Gazetteer, body: str, entity: Entity) -> str | None:
    """'Nikopol, a Bulgarian town of 3,600', 'the Bulgarian town of Svishtov': the country the text
    gives the town, as a qualifier would ('Nikopol, Bulgaria')."""
    for mention in entity.mentions:
        found = _TOWN_AFTER.match(body, mention.end)
        words = found.group(0) if found else ""
        before = _TOWN_BEFORE.search(body, max(0, mention.start - 40), mention.start)
        if before is not None:
            # Only the words the town word's own article opens: 'the Bulgarian town of', not 'the
            # Namibian border and the village of'.
            lead = _ARTICLE_LEAD.search(body[max(0, before.start() - 30):before.start()])
            words += " " + (lead.group(1) if lead else "")
        for word in re.findall(r"[A-Z][\w'’\-]+", words):
            if (iso := gz.demonyms.get(fold(word))) is not None and iso in gz.countries:
                return gz.countries[iso].name
    return None


def _called_a_town(body: str, entity: Entity) -> bool:
    """Whether the text calls the place a town beside one of its mentions."""
    for mention in entity.mentions:
        # ('Athens in Greece, the ancient city of learning': the apposition is the town's before 'in'.)
        placed = _IN_BEFORE.search(body, max(0, mention.start - 40), mention.start)
        after = _TOWN_AFTER.match(body, mention.end) and not (placed and fold(placed.group(1)) in gazetteer().cities)
        if after or _TOWN_BEFORE.search(body, max(0, mention.start - 40), mention.start):
            return True
    return False


def _named_subdivision(body: str, entity: Entity, words: frozenset[str] = SUBDIVISION_WORDS) -> bool:
    """Whether the text calls the place a province, state, region ... (or one of ``words``: 'the
    Cibao valley') beside one of its mentions."""
    for mention in entity.mentions:
        match = _NEXT_WORD.match(body, mention.end)
        if match and match.group(1).casefold() in words:
            return True
    return False


def _names_the_state(body: str, entity: Entity) -> bool:
    """'Washington state', or 'Washington' qualifying a town before it ('Pullman, Washington')."""
    # ('supply Kasama, Lusaka and the towns of the Copperbelt': a list, not a town and its province.)
    return _named_subdivision(body, entity) or any(_QUALIFYING.search(body, max(0, m.start - 40), m.start)
                                                   and not LIST_GOES_ON.match(body, m.end)
                                                   for m in entity.mentions)


def _read_story(ctx: Context, entities: list[Entity], gz: Gazetteer,
                neighbours: set[tuple[str, str]] | None = None) -> StoryPlaces:
    """The countries, states and provinces the story names, and where its dateline puts it."""
    story = StoryPlaces(neighbours=neighbours or set())
    city_states: set[str] = set()
    place_starts = {m.start for e in entities if e.label in PLACE_LABELS for m in e.mentions}
    for ent in entities:
        iso = country_of(gz, ent.name) if ent.label in PLACE_LABELS | {"NORP"} else None
        if iso and ent.label == "NORP" and all(m.end + 1 in place_starts for m in ent.mentions):
            continue  # 'Spanish Town' cut in two by the model: part of a place's name, not Spain
        us_areas = [a for a in gz.admin1.get(fold(ent.name), []) if a.country == "US"]
        if iso and us_areas and ent.label in PLACE_LABELS:
            continue  # 'Georgia' alone says neither which country nor that the story is American
        if iso and ent.label in PLACE_LABELS and _called_a_town(ctx.story.body, ent):
            continue  # 'Liberia, the main city of Guanacaste': a town, not a country the story names
        if iso and ent.label in PLACE_LABELS and _qualified_as_town(gz, ctx.story.body, ent, iso):
            continue  # 'MEXICO, Mo.': a town in Missouri, not the country
        if iso:
            story.countries.add(iso)
        elif ent.label in PLACE_LABELS:
            story.us_states.update(a.code for a in us_areas)
            if us_areas and state_namesake(gz, fold(ent.name)) and not _names_the_state(ctx.story.body, ent):
                city_states.update(a.code for a in us_areas)  # 'New York' the city: American, not the state
            if (state := gz.us_abbreviations.get(ent.name.casefold())) is not None:
                story.us_states.add(state)  # a dateline's 'Tenn.' makes the story American
            elif not us_areas and (area := named_area(gz, ent.name)) is not None:
                story.areas.add((area.country, area.towns_code))  # 'British Columbia': Canada, and where in it
                if area.geonames_code is None and area.country != "US":
                    story.loose_areas.add(area.country)
                story.countries.add(area.country)
    story.areas.update(("US", code) for code in story.us_states - city_states)
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    if dateline is not None:
        region = _DATELINE_REGION.search(dateline.raw)
        place = resolve(gz, dateline.place, story, region.group(1) if region else None)
        # 'WARWICK, Australia' with two Australian Warwicks: the town waits, the country is said.
        story.dateline_country = place.country if place else country_of(gz, region.group(1)) if region else None
        if place and place.admin1_code:
            story.dateline_admin1 = place.admin1_code.split(".", 1)[1]
    return story


def _qualified_as_town(gz: Gazetteer, body: str, entity: Entity, iso: str) -> bool:
    geo = resolve(gz, entity.name, StoryPlaces(), _qualifier(gz, body, entity))
    return geo is not None and geo.feature == "city" and geo.basis == "qualifier" and geo.country != iso


def _names_a_local_place(name: str) -> bool:
    """'Salado Creek', 'Lake Turkana', 'Rasuwa district', 'Victory Square': a word that says what
    kind of local place it is."""
    words = name.casefold().split()
    return bool(words) and (words[-1] in LOCAL_PLACE_WORDS | FEATURE_LAST_WORDS | SUBDIVISION_WORDS
                            or words[0] in LOCAL_PLACE_WORDS | FEATURE_FIRST_WORDS)


def _town_by_its_own_name(gz: Gazetteer, name: str, story: StoryPlaces) -> GeoPlace | None:
    """'Cabo San Lucas' tagged as a facility: a town of exactly that name that the story itself
    places (its dateline's or a named country's), never one found by population alone."""
    geo = resolve(gz, name, story)
    return geo if geo is not None and geo.feature == "city" and geo.basis in STORY_BASES \
        and fold(geo.name) == fold(name) else None


def _resolve_all(gz: Gazetteer, body: str, entities: list[Entity], story: StoryPlaces) -> dict[int, GeoPlace | None]:
    return {id(ent): resolve(gz, ent.name, story, _qualifier(gz, body, ent) or _town_of_a_country(gz, body, ent),
                             _names_the_state(body, ent), town=_called_a_town(body, ent))
            for ent in entities if ent.label in PLACE_LABELS}


def _natural(name: str) -> bool:
    words = name.casefold().removeprefix("the ").split()
    return bool(words) and (words[0] in FEATURE_FIRST_WORDS or words[-1] in FEATURE_LAST_WORDS)


def _unknown_to_data(gz: Gazetteer, name: str) -> bool:
    """No town, province, country, people or continent of that name anywhere in the data."""
    key = fold(name).removeprefix("the ")
    return not (key in gz.cities or key in gz.admin1 or key in gz.country_names or key in gz.demonyms
                or key in gz.regions)


def _abroad(ent: Entity, entities: list[Entity], gz: Gazetteer, home: str,
            geos: dict[int, GeoPlace | None]) -> bool:
    """A feature in a sentence that names another country ('the Rhine valley in Germany'), or a
    town the story placed in one ('Toledo in Ohio, a city on Lake Erie'), is that country's
    business, not the dateline's."""
    sentences = {m.sentence_start for m in ent.mentions}
    # (The town abroad comes first: 'on Penobscot Bay ... named by a settler from Belfast, Northern
    # Ireland' keeps the bay at home.)
    first = min(m.start for m in ent.mentions)
    return any(other.label in PLACE_LABELS and (
                   country_of(gz, other.name) not in (None, home)
                   and any(om.sentence_start in sentences for om in other.mentions)
                   or (g := geos.get(id(other))) is not None and g.basis == "qualifier" and g.country != home
                   and any(om.sentence_start in sentences and om.start < first for om in other.mentions))
               for other in entities if other is not ent)


def _one_country(story: StoryPlaces, resolved: list[GeoPlace]) -> str | None:
    """The story's country when the dateline and every place it resolved (countries named as
    places included) agree on one; None when they name none or more than one. Nationalities do
    not count: a Danish rider in a French race leaves the race in France."""
    countries = {story.dateline_country, *(g.country for g in resolved)} - {None}
    return countries.pop() if len(countries) == 1 else None


def extract(doc: Doc, ctx: Context) -> list[Entity]:
    gz = gazetteer()
    body = ctx.story.body
    entities = relabel(doc, ctx.entities, gz, _read_story(ctx, ctx.entities, gz))
    # Once more with the countries the first pass found ('Slovakia' labelled a body makes
    # 'Bratislava' labelled a person a city of the story's own countries).
    entities = relabel(doc, entities, gz, _read_story(ctx, entities, gz))
    # Then the countries and towns the model left untagged or cut in two ('Uzbekistan', 'Spanish Town').
    # ('Abbotsford and Chilliwack' read as one body: its towns.)
    entities = split_place_lists(entities, gz, _read_story(ctx, entities, gz), ctx.evidence)
    entities = missed_places(doc, entities, gz, _read_story(ctx, entities, gz), ctx.evidence)
    # Once more beside the towns just found ('reach Colón and Gualeguaychú' with the second untagged).
    entities = relabel(doc, entities, gz, _read_story(ctx, entities, gz))
    line = ctx.story_facts.dateline if ctx.story_facts else None
    entities = split_namesakes(gz, body, entities, body.find(line.raw) + len(line.raw) if line is not None
                               and line.raw in body else 0)
    story = _read_story(ctx, entities, gz)
    geos = _resolve_all(gz, body, entities, story)
    # Once more with where the placed towns lie, for namesakes only that tells apart (the dateline too).
    # (Only the dateline's town and towns their country holds once: one picked among namesakes by
    # size says nothing of where the story is.)
    anchor = fold(line.place) if line is not None and line.place else None
    neighbours = {(g.country, g.admin1_code.split(".", 1)[1]) for ent in entities if (g := geos.get(id(ent)))
                  is not None and g.feature == "city" and g.basis in STORY_BASES and g.country and g.admin1_code
                  and (fold(ent.name) == anchor
                       or sum(c.country == g.country for c in gz.cities.get(fold(ent.name), [])) == 1)}
    if neighbours:
        story = _read_story(ctx, entities, gz, neighbours)
        geos = _resolve_all(gz, body, entities, story)
    features = {id(ent) for ent in entities if the_feature(
        body, ent, geos.get(id(ent)), max((c.population for c in gz.cities.get(fold(ent.name), [])), default=0))}
    geos.update({id(ent): None for ent in entities if id(ent) in features or plural_range(body, ent, geos.get(id(ent)))})
    geos.update({id(ent): town for ent in entities if ent.label in FACILITY_LABELS
                 and (town := _town_by_its_own_name(gz, ent.name, story)) is not None})
    only = _one_country(story, [g for g in geos.values() if g is not None])
    # Towns placed by the story's own evidence, not by population alone.
    towns = {fold(ent.name): g for ent in entities if (g := geos.get(id(ent))) is not None
             and g.feature in ("city", "admin1") and g.basis in STORY_BASES}
    out: list[Entity] = []
    for ent in entities:
        update: dict[str, object] = {}
        # A facility only in a one-country story, unless its name is a natural feature's ('the
        # Gulf of Maine' tagged as a building) or a town's the story places ('Cabo San Lucas').
        if ent.label in PLACE_LABELS or (ent.label in FACILITY_LABELS and (only is not None or _natural(ent.name)
                                                                           or id(ent) in geos)):
            geo = geos.get(id(ent))  # facilities (a square, an airport) are never looked up by name
            if geo is None and (fold(ent.name).rsplit(" ", 1)[-1] in OPEN_WATER_WORDS or id(ent) in features):
                out.append(ent)   # a sea or an ocean ('the Atlantic') washes several countries: none is its own
                continue
            local = _names_a_local_place(ent.name) or _named_subdivision(body, ent, SUBDIVISION_WORDS | FEATURE_LAST_WORDS)
            if geo is None and only is not None and (local or ent.label in PLACE_LABELS):
                # A creek, a square, a county, a village the gazetteer does not hold, in a story
                # whose dateline and every place it resolved lie in one country: resolved at country
                # level, as GDELT reports such a place (type 1), never to a town.
                geo = country_place(gz, only, "country_in_story")
            elif geo is None and story.dateline_country and (local or ent.label in PLACE_LABELS
                                                            and _unknown_to_data(gz, ent.name)) \
                    and not _abroad(ent, entities, gz, story.dateline_country, geos):
                # 'the Hunter Valley', 'the Akkar region' in a story datelined in the country whose
                # exports or border it is about: a local feature of the dateline's country; so is a
                # place no reading in the data holds ('the Wimmera', a hamlet) that no other country
                # named beside it claims.
                geo = country_place(gz, story.dateline_country, "dateline")
            elif geo is None and ent.label in PLACE_LABELS and (owner := owned_by_country(body, ent, gz)) is not None:
                geo = country_place(gz, owner, "country_name")   # "Nepal's Chitwan", at country level
            elif geo is None and (town := named_after_a_town(ent.name, towns)) is not None and town.country:
                geo = country_place(gz, town.country, "country_in_story")  # 'Lake Valencia', at country level
            update["geo"] = geo
        roles = [r.model_copy(update={"affiliation_country": country_of(gz, r.affiliation)})
                 if r.affiliation and country_of(gz, r.affiliation) else r for r in ent.roles]
        if roles != ent.roles:
            update["roles"] = roles
        out.append(ent.model_copy(update=update) if update else ent)
    return out
