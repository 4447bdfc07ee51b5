"""Names that read as a town but are a feature: a range written as a plural, and a lake, river or
bay named after a town the story places."""

import re

from worker.core.extract.places.gazetteer import fold
from worker.core.extract.entities.lexicon import FEATURE_FIRST_WORDS, FEATURE_LAST_WORDS
from spacy.lang.en.stop_words import STOP_WORDS

from worker.core.extract.places.lexicon import LOCAL_PLACE_WORDS, NAME_JOINERS, POPULATION_FLOOR
from worker.core.models.entities import Entity
from worker.core.models.places import GeoPlace

_NEXT_WORD = re.compile(r"\s+(\w+)")


def plural_range(body: str, ent: Entity, geo: GeoPlace | None) -> bool:
    """'the Andes', 'the Pamirs': a one-word plural a lower-case 'the' always opens is a range or
    islands across borders, not the town of the name ('the Bahamas' is read as a country first)."""
    return geo is not None and geo.feature == "city" and " " not in ent.name and ent.name.endswith("s") \
        and all(body[max(0, m.start - 4):m.start] == "the " for m in ent.mentions)


def the_feature(body: str, ent: Entity, geo: GeoPlace | None, largest: int) -> bool:
    """'the Atlantic', 'the Sahara': one word a lower-case 'the' always opens names an ocean, a
    desert or a region, not a small town of the name ('Atlantic, Iowa'); a large city ('the
    Hague') keeps its reading."""
    return geo is not None and geo.feature == "city" and " " not in ent.name and largest < POPULATION_FLOOR \
        and not plural_range(body, ent, geo) \
        and all(body[max(0, m.start - 4):m.start] == "the " and not _opens_a_noun_after(body, m.end)
                for m in ent.mentions)


def _opens_a_noun_after(body: str, end: int) -> bool:
    """'the Zelzate area', 'the Mino river', 'the Scampia and Secondigliano districts': the 'the'
    opens the lower-case noun after the name (a word spaCy's English stop list holds, 'to', 'is',
    follows a name the 'the' is its own)."""
    after = _NEXT_WORD.match(body, end)
    word = after.group(1) if after else ""
    return word in NAME_JOINERS or (word.isalpha() and word.islower() and word not in STOP_WORDS)


def named_after_a_town(name: str, towns: dict[str, GeoPlace]) -> GeoPlace | None:
    """'Lake Valencia' beside a Valencia the story placed by its own evidence, 'the Gulf of Maine'
    beside Maine: the town's or the state's reading, whose country the lake, river or bay named
    after it is put in."""
    words = fold(name).removeprefix("the ").split()
    if words and words[0] in LOCAL_PLACE_WORDS | FEATURE_FIRST_WORDS:
        words = words[2:] if words[1:2] == ["of"] else words[1:]  # 'Gulf of Maine' after Maine
    elif words and words[-1] in LOCAL_PLACE_WORDS | FEATURE_LAST_WORDS:
        words = words[:-1]
    else:
        return None
    return towns.get(" ".join(words))


