"""Places the model called something else: 'Armenia' as an organisation, 'Lyon' as a person.

The small model often labels a place by its company in the sentence ('at Marseille, Nice and Lyon
airports'). The gazetteer can say such a name is a place, but a name alone is weak evidence
('Jordan', 'Chad', 'Florence' are people too), so a mention is relabelled only when the name
reads as a place in the gazetteer AND the story gives a reason:

- a country's own name (not its demonym) labelled as an organisation or a group, or as a person
  with no title: countries are what wire copy means by those names;
- a national capital's name labelled as an organisation or a group with no role ('Minsk called
  the sanctions illegal'), or as a person when the name has two words ('Buenos Aires approved'):
  wire copy names a government by its capital, and the capital is the place GDELT counts;
- a city or subdivision name labelled as a person, organisation or group, when one of its
  mentions has a place word around it (after 'in', 'at', 'near', 'between' ...; before
  'region', 'province', 'airport' ...) or stands in a list with a place the model did label,
  and the name resolves in the story's own countries (so the reading is not a guess);
- a one-word name labelled as a person with no title that is a city of 100,000 people or more
  in the story's own countries ('Bratislava closed its promenade' in a story naming Slovakia).
"""

import re

from spacy.tokens import Doc, Span

from worker.core.extract.places.gazetteer import Gazetteer, fold
from worker.core.extract.places.lexicon import (
    COMPASS_WORDS,
    DIVISION_WORDS,
    DWELLER_NOUNS,
    LIST_JOINERS,
    NEARNESS_WORDS,
    PLACE_LABELS,
    PLACE_NOUNS_AFTER,
    PLACE_PREPOSITIONS,
    POPULATION_FLOOR,
    RELABELLED,
    TOWN_WORDS,
)
from worker.core.extract.places.resolve import StoryPlaces, resolve
from worker.core.extract.story.lexicon import DATELINE_PLACE_JOINERS
from worker.core.models.entities import Entity


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _place_context(doc: Doc, span: Span, places: list[tuple[int, int]]) -> bool:
    """``places``: the character spans of the mentions of entities already read as places."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in PLACE_PREPOSITIONS:
        return True
    # 'the port of Misrata', 'the city of Mosul': a place noun and 'of' before the name.
    if before is not None and before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in PLACE_NOUNS_AFTER | COMPASS_WORDS:
        return True
    if before is not None and before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in DWELLER_NOUNS:
        return True
    if after is not None and after.lower_ in PLACE_NOUNS_AFTER | DIVISION_WORDS:   # 'Lavalleja department'
        return True
    # 'faces Calais, Maine, across the border': a name qualified by a place after its comma.
    if after is not None and after.text == "," and span.end + 1 < len(doc) \
            and any(a == doc[span.end + 1].idx for a, _ in places):
        return True
    # 'Coastal towns such as Finschhafen': named as one of the places a plural place noun counts.
    if span.start > 2 and doc[span.start - 1].lower_ == "as" and doc[span.start - 2].lower_ == "such" \
            and {doc[span.start - 3].lemma_.lower(), doc[span.start - 3].lower_.removesuffix("s")} & TOWN_WORDS:
        return True
    # 'Marseille, Nice and Lyon': a list one of whose members the model labelled a place, or is
    # read as one ('around Río Cuarto and Villa María', the first relabelled from a facility).
    # ('in Dublin, Waterford and Kilkenny' with the later names hung on another noun: a name right
    # after a place and a comma or 'and' stands in its list.)
    # 'in Bilaspur and nearby Ghumarwin': a word of nearness stands between the list and its member.
    if before is not None and before.lower_ in NEARNESS_WORDS and span.start > 1:
        before = doc[span.start - 2]
        span = doc[span.start - 1:span.end]
    # 'Towns in Naryn province ..., including Balykchy': a member of the towns the sentence counts.
    if before is not None and before.lower_ == "including" and any(
            t.lemma_.lower() in TOWN_WORDS or t.lower_.removesuffix("s") in TOWN_WORDS
            for t in doc[span.sent.start:before.i]):
        return True
    if before is not None and before.lower_ in LIST_JOINERS and span.start > 1 and (
            (prev := doc[span.start - 2]).ent_type_ in PLACE_LABELS or any(a <= prev.idx < b for a, b in places)):
        return True
    root = span.root
    kin = [root.head] if root.dep_ == "conj" else []
    kin += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ in PLACE_LABELS or any(a <= t.idx < b for a, b in places) for t in kin)


def _without_joiners(name: str) -> str:
    """'Roșiorii de Vede', 'Villa del Rosario': a place name's lower-case joiners left out."""
    words = name.split()
    return " ".join(words[:1] + [w for w in words[1:] if w not in DATELINE_PLACE_JOINERS])


def _is_country_name(gz: Gazetteer, name: str) -> bool:
    return fold(name).removeprefix("the ") in gz.country_names


def relabel(doc: Doc, entities: list[Entity], gz: Gazetteer, story: StoryPlaces) -> list[Entity]:
    """The entities with the places the model mislabelled labelled GPE (ids follow the label)."""
    entities = _fold_named_divisions(entities, gz, story)
    places = [(m.start, m.end) for e in entities if e.label in PLACE_LABELS for m in e.mentions]
    out: list[Entity] = []
    for ent in entities:
        if ent.label in RELABELLED and _reads_as_place(doc, ent, gz, story, places):
            slug = ent.entity_id.split(":", 1)[1]
            ent = ent.model_copy(update={"label": "GPE", "entity_id": f"gpe:{slug}", "roles": []})
            places += [(m.start, m.end) for m in ent.mentions]   # the next name in its list
        out.append(ent)
    return out


def _fold_named_divisions(entities: list[Entity], gz: Gazetteer, story: StoryPlaces) -> list[Entity]:
    """'Ituri province', 'Djugu territory' labelled an organisation: the place the story names, its
    mentions joined to that place's (or the name relabelled, when it resolves where the story is)."""
    places = {e.name: e for e in entities if e.label in PLACE_LABELS}
    joined: dict[str, list[Entity]] = {}
    out: list[Entity] = []
    for ent in entities:
        words = ent.name.split()
        bare = " ".join(words[:-1])
        if ent.label != "ORG" or ent.roles or len(words) < 2 or words[-1] not in DIVISION_WORDS:
            out.append(ent)
        elif bare in places:
            joined.setdefault(bare, []).append(ent)
        elif (geo := resolve(gz, bare, story)) is not None and geo.basis in ("dateline", "country_in_story"):
            slug = ent.entity_id.split(":", 1)[1]
            out.append(ent.model_copy(update={"label": "GPE", "entity_id": f"gpe:{slug}", "name": bare}))
        else:
            out.append(ent)
    return [e.model_copy(update={"mentions": sorted([*e.mentions, *(m for j in joined[e.name] for m in j.mentions)],
                                                    key=lambda m: m.start)})
            if e.name in joined else e for e in out]


def _reads_as_place(doc: Doc, ent: Entity, gz: Gazetteer, story: StoryPlaces, places: list[tuple[int, int]]) -> bool:
    if not re.fullmatch(r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’\-]*){0,3}", _without_joiners(ent.name)):   # ('St. Lucia')
        return False
    if _is_country_name(gz, ent.name):
        return ent.label != "PERSON" or not ent.roles
    # ('after Buenos Aires approved a loan' read as a person: a capital speaks for its government.)
    if fold(ent.name) in gz.capitals and not ent.roles and (ent.label != "PERSON" or " " in ent.name):
        return True
    spans = [s for m in ent.mentions if (s := _span(doc, m.start, m.end)) is not None]
    # ('hospitals in Pardubice and Hradec Kralove, a spokeswoman ... said': a title the role rules
    # hung on a name that only ever stands in a list of places after 'in' is no person's.)
    if ent.roles and not (spans and all(_listed_after_place(doc, s, places) for s in spans)):
        return False
    if ent.label == "PERSON" and " " not in ent.name and _large_city_at_home(gz, ent.name, story):
        return True
    if not any(_place_context(doc, s, places) for s in spans):
        return False
    place = resolve(gz, ent.name, story)
    return place is not None and place.basis in ("dateline", "country_in_story", "admin1_in_story")


def _listed_after_place(doc: Doc, span: Span, places: list[tuple[int, int]]) -> bool:
    """'in Pardubice and Hradec Kralove': joined by 'and' or a comma to a place after a preposition."""
    if span.start < 3 or doc[span.start - 1].lower_ not in LIST_JOINERS:
        return False
    prev = doc[span.start - 2]
    return any(a <= prev.idx < b for a, b in places) and any(
        t.lower_ in PLACE_PREPOSITIONS for t in doc[max(span.sent.start, span.start - 6):span.start - 2])


def _large_city_at_home(gz: Gazetteer, name: str, story: StoryPlaces) -> bool:
    """A one-word 'person' with no title that is a city of 100,000 people or more in the story's own
    countries ('Bratislava closed its promenade' in a story naming Slovakia, 'ask Edinburgh' under
    a Perth dateline): a large city is what such a name means where the story is."""
    place = resolve(gz, name, story)
    return (place is not None and place.feature == "city" and place.basis in ("dateline", "country_in_story")
            and any(c.geonameid == place.geonameid and c.population >= POPULATION_FLOOR
                    for c in gz.cities.get(fold(name), [])))
