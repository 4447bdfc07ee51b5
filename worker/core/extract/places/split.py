"""One name, two places: a namesake the writer sets apart with its own qualifier.

'BELFAST, Maine' ... 'the shipbuilders of Belfast, Northern Ireland': the model and the entity
rules make one entity of every 'Belfast', so both would get the dateline's reading. A mention
whose qualifier puts it somewhere else than the entity's other qualified mentions becomes an
entity of its own; the mentions without a qualifier stay with the dateline's town (or the first
qualified reading), because wire copy names the namesake abroad in passing and qualifies it.
"""

import re

from worker.core.extract.places.gazetteer import Gazetteer, fold
from worker.core.extract.places.apart import apart_qualifier, country_or_state
from worker.core.extract.places.lexicon import PLACE_LABELS
from worker.core.extract.places.resolve import StoryPlaces, country_of, resolve
from worker.core.models.base import Evidence
from worker.core.models.entities import Entity

__all__ = ["LIST_GOES_ON", "country_or_state", "mention_qualifier", "split_namesakes"]

# ", Ohio" / ", France" / ", in the Bahamas" right after a place name: the writer's own disambiguation.
_QUALIFIER = re.compile(r",\s*(?:in\s+(?:the\s+)?)?([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2})")
LIST_GOES_ON = re.compile(r"\s*(?:(?:and|or)\s|,\s+(?:and\s+)?[A-Z][\w'’\-]*\s*(?:,|and\s|or\s))")


def mention_qualifier(gz: Gazetteer, body: str, mention: Evidence) -> str | None:
    """The qualifier written right after one mention, or None."""
    match = _QUALIFIER.match(body, mention.end)
    # 'drive in from Centralia, Paris and Laddonia': a town in a list, not a qualifier, unless
    # it names a country or a US state ('Columbus, Ohio and Denver').
    if match is None or LIST_GOES_ON.match(body, match.end()) and not country_or_state(gz, match.group(1)):
        return None
    # ('Belfast, Northern Ireland. It sits ...': the sentence's full stop ends the qualifier,
    # unless it is an abbreviation's own: 'Carthage, Mo.')
    head, cut, _ = match.group(1).partition(". ")
    head += "." if cut else ""
    bare = head[:-1]
    if head.endswith(".") and head.casefold() not in gz.us_abbreviations and (
            country_of(gz, bare) or fold(bare) in gz.admin1):   # ('Ont.' is an abbreviation, 'Ont' a town)
        return bare
    return head


def _reading(gz: Gazetteer, name: str, body: str, mention: Evidence) -> int | None:
    """The GeoNames id a mention's own qualifier gives the name, or None."""
    qualifier = mention_qualifier(gz, body, mention) or apart_qualifier(gz, body, mention)
    if qualifier is None:
        return None
    geo = resolve(gz, name, StoryPlaces(), qualifier)
    return geo.geonameid if geo is not None and geo.basis == "qualifier" else None


def split_namesakes(gz: Gazetteer, body: str, entities: list[Entity], dateline_end: int) -> list[Entity]:
    """Entities with a mention qualified apart from the rest split in two (or more); a mention
    before ``dateline_end`` is the dateline's."""
    out: list[Entity] = []
    for ent in entities:
        if ent.label not in PLACE_LABELS or len(ent.mentions) < 2:
            out.append(ent)
            continue
        readings = [_reading(gz, ent.name, body, m) for m in ent.mentions]
        distinct = list(dict.fromkeys(r for r in readings if r is not None))
        if len(distinct) < 2:
            out.append(ent)
            continue
        home = next((r for m, r in zip(ent.mentions, readings) if m.start < dateline_end and r is not None),
                    distinct[0])
        groups: dict[int, list[Evidence]] = {r: [] for r in distinct}
        for m, r in zip(ent.mentions, readings):
            groups[home if r is None else r].append(m)
        for n, (reading, mentions) in enumerate(groups.items()):
            update: dict[str, object] = {"mentions": mentions}
            if n:
                update["entity_id"] = f"{ent.entity_id}@{reading}"
            out.append(ent.model_copy(update=update))
    return out
