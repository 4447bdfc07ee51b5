"""Persons the model split or labelled as bodies or places, and places it labelled as bodies,
told by the words around them (sentences invented here)."""

import spacy
from spacy.tokens import Doc

from worker.core.extract.entities.person_cues import join_split_names
from worker.core.extract.entities.roles import Mention
from worker.core.models.entities import Entity


def _mention(doc: Doc, start: int, end: int, label: str) -> Mention:
    span = doc[start:end]
    return Mention(start, end, label, span.text, span.start_char, span.end_char)


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words)


def test_a_given_name_and_a_family_name_tagged_apart_are_one_person() -> None:
    doc = _doc(["Mayor", "Tadeusz", "Wrobel", "said", "so", "."])
    joined = join_split_names(doc, [_mention(doc, 1, 2, "PERSON"), _mention(doc, 2, 3, "PERSON")])
    assert [(m.text, m.label) for m in joined] == [("Tadeusz Wrobel", "PERSON")]


def test_a_title_tagged_as_a_person_is_not_joined_to_the_name_after_it() -> None:
    doc = _doc(["Ontario", "Premier", "Ruth", "Abara", "said", "so", "."])
    joined = join_split_names(doc, [_mention(doc, 0, 2, "PERSON"), _mention(doc, 2, 4, "PERSON")])
    assert [m.text for m in joined] == ["Ontario Premier", "Ruth Abara"]


def test_names_a_comma_separates_stay_two_people() -> None:
    doc = _doc(["Ana", "Silva", ",", "Rui", "Costa", "and", "others"])
    joined = join_split_names(doc, [_mention(doc, 0, 2, "PERSON"), _mention(doc, 3, 5, "PERSON")])
    assert len(joined) == 2


def test_a_name_after_government_of_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (Reuters) - Landslides cut the road to the lake on Monday, the regional government "
                     "of Puno said.")
    assert any(e.name == "Puno" and e.label in ("GPE", "LOC") for e in facts.entities)


def _person(facts, name: str) -> Entity:  # type: ignore[no-untyped-def]
    return next(e for e in facts.entities if e.label == "PERSON" and e.name == name)


def test_an_agent_noun_a_dictionary_lacks_is_what_the_appositive_says_someone_is(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"Nobody expected the water to rise so fast," said Lena Ortiz, a podcaster.')
    assert [r.title for r in _person(facts, "Lena Ortiz").roles] == ["podcaster"]


def test_a_hyphened_word_before_a_title_stays_in_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Left-arm spinner Imad Qureshi took four wickets before lunch.")
    assert [r.title for r in _person(facts, "Imad Qureshi").roles] == ["Left-arm spinner"]


def test_a_title_opening_with_a_body_the_story_named_is_that_bodys(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Harbour Safety Board opened an inquiry on Monday. "
                     "Board chairman Piet Visser said the crane had failed before.")
    assert [(r.title, r.affiliation) for r in _person(facts, "Piet Visser").roles] == [
        ("chairman", "Harbour Safety Board")]


def test_a_country_before_a_title_is_the_affiliation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("New Zealand coach Aaron Blake said the pitch had turned early.")
    assert [(r.title, r.affiliation) for r in _person(facts, "Aaron Blake").roles] == [("coach", "New Zealand")]


def test_a_name_that_speaks_with_she_is_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The opposition's Maria Jose Quintero trailed with 31 percent. "
                     "Quintero said she would contest the count in court.")
    assert any(e.name == "Maria Jose Quintero" and e.label == "PERSON" for e in facts.entities)
