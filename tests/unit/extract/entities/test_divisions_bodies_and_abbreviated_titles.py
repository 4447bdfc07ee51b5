"""A division of a place the model took for a body, a body whose name runs 'for the ...', and an
abbreviated title before a name (stories invented here)."""

import spacy

from worker.core.extract.entities.bodies import with_body_word_before
from worker.core.extract.entities.roles import Mention
from worker.core.extract.places.gazetteer import gazetteer
from worker.core.extract.places.relabel import relabel
from worker.core.extract.places.resolve import StoryPlaces
from worker.core.models.entities import Entity
from worker.core.models.base import Evidence


def _entity(label: str, name: str, start: int) -> Entity:
    slug = name.lower().replace(" ", "-")
    return Entity(entity_id=f"{label.lower()}:{slug}", label=label, name=name,
                  mentions=[Evidence(start=start, end=start + len(name), text=name, sentence_start=0,
                                            sentence_end=start + len(name))])


def test_a_place_s_division_labelled_a_body_joins_that_place() -> None:
    text = "Gunmen raided two villages in the Masisi territory overnight. Masisi has seen weeks of fighting."
    doc = spacy.blank("en")(text)
    division = _entity("ORG", "Masisi territory", text.index("Masisi territory"))
    place = _entity("GPE", "Masisi", text.rindex("Masisi"))
    out = relabel(doc, [division, place], gazetteer(), StoryPlaces())
    assert [(e.label, e.name, len(e.mentions)) for e in out] == [("GPE", "Masisi", 2)]


def test_a_body_named_for_the_cause_it_serves_is_one_body() -> None:
    text = "Officials blamed the Cooperative for the Protection of Ituri for the raids."
    doc = spacy.blank("en")(text)
    tail = doc[6:9]   # 'Protection of Ituri', all the model tagged
    [found] = with_body_word_before(doc, [Mention(6, 9, "ORG", tail.text, tail.start_char, tail.end_char)])
    assert found.text == "Cooperative for the Protection of Ituri"


def test_an_abbreviated_title_is_no_part_of_the_name_after_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Oyo Gov. Adebayo Fashola declared a health emergency on Thursday.")
    person = next(e for e in facts.entities if e.label == "PERSON")
    assert person.name == "Adebayo Fashola" and any(r.title and r.title.endswith("Gov.") for r in person.roles)


def test_a_nationality_its_acronym_spells_is_part_of_the_body_s_name() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The case was brought by the Kenyan Anti-Graft Agency ( KAGA ) on Monday.")
    name = doc[7:11]   # 'Anti-Graft Agency'
    nationality = doc[6:7]
    mentions = [Mention(6, 7, "NORP", nationality.text, nationality.start_char, nationality.end_char),
                Mention(7, 11, "ORG", name.text, name.start_char, name.end_char)]
    from worker.core.extract.entities.acronyms import with_acronym_words_before
    assert [(m.label, m.text) for m in with_acronym_words_before(doc, mentions)] == [("ORG", "Kenyan Anti-Graft Agency")]


def test_words_the_acronym_does_not_spell_stay_out_of_the_name() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Officials of the Kenyan Anti-Graft Agency ( AGA ) said on Monday.")
    name = doc[4:8]
    mentions = [Mention(4, 8, "ORG", name.text, name.start_char, name.end_char)]
    from worker.core.extract.entities.acronyms import with_acronym_words_before
    assert [m.text for m in with_acronym_words_before(doc, mentions)] == ["Anti-Graft Agency"]
