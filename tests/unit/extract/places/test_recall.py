"""Places the model left untagged or cut in two: a country's exact name anywhere, a town the story
places (15,000 people; 50,000 for one word) joined when cut, and never a word, a person's name, a
piece of a longer name, a town abroad or a town opening its sentence."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.places.gazetteer import Gazetteer, gazetteer
from worker.core.extract.places.recall import missed_places
from worker.core.extract.places.resolve import StoryPlaces
from worker.core.models.entities import Entity


_VOCAB = spacy.blank("en").vocab  # English lexical attributes ('lower_') without a model


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return gazetteer()


def _doc(text: str, propn: set[str], ents: dict[str, str] | None = None) -> Doc:
    """One sentence per line; ``propn``: the words the tagger calls proper nouns; ``ents``: a
    word -> its IOB tag as the model would give it."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    for line in text.split("\n"):
        toks = line.replace(".", " .").replace(",", " ,").split()
        for k, tok in enumerate(toks):
            words.append(tok)
            starts.append(k == 0)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            spaces.append(nxt is not None and nxt not in (".", ","))
        spaces[-1] = True
    spaces[-1] = False
    tags = ents or {}
    return Doc(_VOCAB, words=words, spaces=spaces, sent_starts=starts,
               pos=["PROPN" if w in propn else ("PUNCT" if w in (".", ",") else "NOUN") for w in words],
               ents=[tags.get(w, "O") for w in words])


def _entity(doc: Doc, name: str, label: str) -> Entity:
    ev = EvidenceMaker(doc)
    start = doc.text.index(name)
    return Entity(entity_id=f"{label.lower()}:{name.lower()}", label=label, name=name,  # type: ignore[arg-type]
                  mentions=[ev.chars(start, start + len(name))])


def _places(gz: Gazetteer, doc: Doc, story: StoryPlaces, entities: list[Entity] | None = None) -> dict[str, str]:
    out = missed_places(doc, entities or [], gz, story, EvidenceMaker(doc))
    return {e.name: e.label for e in out}


def test_an_untagged_country_name_is_a_place_even_opening_its_sentence(gz: Gazetteer) -> None:
    doc = _doc("Officials met on Monday.\nTajikistan will build two dams on the river.", {"Tajikistan"})
    assert _places(gz, doc, StoryPlaces()) == {"Tajikistan": "GPE"}


def test_a_country_inside_a_longer_name_is_no_place(gz: Gazetteer) -> None:
    doc = _doc("The Bank of Tanzania raised its rate.", {"Bank", "Tanzania"})
    assert _places(gz, doc, StoryPlaces(countries={"TZ"})) == {}
    doc = _doc("Shares of Tanzania Breweries rose.", {"Tanzania", "Breweries"})
    assert _places(gz, doc, StoryPlaces(countries={"TZ"})) == {}


def test_a_country_name_that_is_a_word_of_a_persons_name_stays_out(gz: Gazetteer) -> None:
    doc = _doc("Coach Ella Jordan praised the squad, and Jordan said more would come.", {"Ella", "Jordan"})
    person = Entity(entity_id="person:ella-jordan", label="PERSON", name="Ella Jordan",
                    mentions=[EvidenceMaker(doc).chars(6, 17)])
    assert "Jordan" not in _places(gz, doc, StoryPlaces(), [person])


def test_an_untagged_town_the_story_places_is_a_place(gz: Gazetteer) -> None:
    # Maracay, a city of a million people, in a story the dateline puts in Venezuela.
    doc = _doc("Power returned to homes in Maracay on Friday.", {"Maracay", "Friday"}, {"Friday": "B-DATE"})
    assert _places(gz, doc, StoryPlaces(dateline_country="VE")) == {"Maracay": "GPE"}


def test_an_untagged_town_abroad_or_opening_its_sentence_is_no_place(gz: Gazetteer) -> None:
    doc = _doc("Power returned to homes in Maracay on Friday.", {"Maracay", "Friday"}, {"Friday": "B-DATE"})
    assert _places(gz, doc, StoryPlaces(dateline_country="KE", countries={"KE"})) == {}
    doc = _doc("Maracay had power again on Friday.", {"Maracay", "Friday"}, {"Friday": "B-DATE"})
    assert _places(gz, doc, StoryPlaces(dateline_country="VE")) == {}


def test_a_lone_word_also_written_in_lower_case_is_no_place(gz: Gazetteer) -> None:
    # Reading is a town of 200,000 in England, and 'reading' a word the story uses.
    doc = _doc("Teachers near Reading said reading scores fell.", {"Reading"})
    assert _places(gz, doc, StoryPlaces(countries={"GB"})) == {}


def test_a_town_the_model_cut_in_two_is_joined(gz: Gazetteer) -> None:
    # 'Spanish' read as a nationality and 'Town' as a place: the joined name is a Jamaican town.
    doc = _doc("Buses will run from the port to Spanish Town each hour.", {"Spanish", "Town"},
               {"Spanish": "B-NORP", "Town": "B-GPE"})
    pieces = [_entity(doc, "Spanish", "NORP"), _entity(doc, "Town", "GPE")]
    assert _places(gz, doc, StoryPlaces(countries={"JM"}), pieces) == {"Spanish Town": "GPE"}
    # 'May' read as a month.
    doc = _doc("The road goes on to May Pen and the coast.", {"May", "Pen"}, {"May": "B-DATE"})
    assert _places(gz, doc, StoryPlaces(countries={"JM"})) == {"May Pen": "GPE"}


def test_a_joined_name_that_is_no_town_of_the_story_leaves_the_pieces(gz: Gazetteer) -> None:
    doc = _doc("Buses will run from the port to Spanish Town each hour.", {"Spanish", "Town"},
               {"Spanish": "B-NORP", "Town": "B-GPE"})
    pieces = [_entity(doc, "Spanish", "NORP"), _entity(doc, "Town", "GPE")]
    assert _places(gz, doc, StoryPlaces(countries={"KE"}), pieces) == {"Spanish": "NORP", "Town": "GPE"}


def test_a_country_mentioned_again_untagged_joins_the_tagged_place(gz: Gazetteer) -> None:
    doc = _doc("Mongolia sold coal.\nBuyers said Mongolia would sell more.", {"Mongolia"})
    tagged = _entity(doc, "Mongolia", "GPE")  # the model's mention: the first one only
    out = missed_places(doc, [tagged], gz, StoryPlaces(), EvidenceMaker(doc))
    assert [(e.name, len(e.mentions)) for e in out] == [("Mongolia", 2)]


def test_a_town_read_as_a_title_counts_as_untagged_but_one_read_as_a_body_does_not(gz: Gazetteer) -> None:
    # The model keeps no entity of a work of art: 'Ocho Rios' so tagged is an untagged name.
    doc = _doc("Cruise calls at Ocho Rios fell by a fifth.", {"Ocho", "Rios"},
               {"Ocho": "B-WORK_OF_ART", "Rios": "I-WORK_OF_ART"})
    assert _places(gz, doc, StoryPlaces(countries={"JM"})) == {"Ocho Rios": "GPE"}
    # Tagged whole as an organisation, the name is relabel.py's to judge, not this rule's.
    doc = _doc("Cruise calls at Ocho Rios fell by a fifth.", {"Ocho", "Rios"}, {"Ocho": "B-ORG", "Rios": "I-ORG"})
    assert _places(gz, doc, StoryPlaces(countries={"JM"}), [_entity(doc, "Ocho Rios", "ORG")]) == {"Ocho Rios": "ORG"}


def test_a_small_town_is_no_place_by_recall(gz: Gazetteer) -> None:
    # Sartène (about 3,700 people), under the 15,000 of a recalled town even where the story is.
    doc = _doc("Firefighters reached Sartène before dawn.", {"Sartène"})
    assert _places(gz, doc, StoryPlaces(dateline_country="FR")) == {}
