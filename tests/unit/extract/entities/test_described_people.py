"""People described by what they do: any occupation in an appositive, one plural title before
several names, a possessor left out of the title, a family name written first (stories invented here)."""

from worker.core.extract.common.person_nouns import person_nouns
from worker.core.models.entities import Entity


def _person(facts, name: str) -> Entity:  # type: ignore[no-untyped-def]
    return next(e for e in facts.entities if e.label == "PERSON" and e.name == name)


def test_the_person_nouns_come_from_the_installed_wordnet_and_leave_generic_words_out() -> None:
    nouns = person_nouns()
    assert {"plumber", "cashier", "vendor", "welder"} <= nouns
    assert not {"man", "woman", "child", "victim"} & nouns


def test_an_occupation_no_title_list_holds_is_the_appositives_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"The water rose in minutes," said Hamid Qureshi, a 52-year-old plumber who lives by the canal.')
    assert [r.title for r in _person(facts, "Hamid Qureshi").roles] == ["plumber"]


def test_a_generic_word_for_a_person_is_no_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Rafael Duarte, a 30-year-old man from the village, was taken to hospital on Sunday.")
    assert not any(r.title for r in _person(facts, "Rafael Duarte").roles)


def test_a_possessor_before_the_title_is_no_part_of_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The bakery's manager, Lotte Brenner, said the ovens had been shut since Friday.")
    assert [r.title for r in _person(facts, "Lotte Brenner").roles] == ["manager"]


def test_one_plural_title_before_two_names_is_each_ones_in_the_singular(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Energy ministers Halvard Moen and Petra Lindqvist signed the pipeline accord in Oslo on Monday.")
    assert [r.title for r in _person(facts, "Halvard Moen").roles] == ["Energy minister"]
    assert [r.title for r in _person(facts, "Petra Lindqvist").roles] == ["Energy minister"]


def test_a_family_name_written_first_is_found_again_on_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEOUL (AP) — Unification Minister Choi Seo-yeon met the envoys on Monday.\n\n"
                     "Choi, 49, said the talks would resume in the spring.")
    person = _person(facts, "Choi Seo-yeon")
    assert "Choi" in person.aliases
    assert [q.speaker for q in facts.quotes if q.kind == "indirect"] == ["Choi Seo-yeon"]


def test_a_dated_reuters_dateline_gives_its_country_not_the_date(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA, Ghana, June 9 (Reuters) - Finance Minister Kojo Asante presented the budget on Tuesday.")
    assert [r.affiliation for r in _person(facts, "Kojo Asante").roles] == ["Ghana"]


def test_the_firm_analysts_work_at_is_an_organisation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Shares rose 4% on Tuesday. Analysts at Lindgren raised their price target to 40 crowns.")
    assert [e.label for e in facts.entities if e.name == "Lindgren"] == ["ORG"]


def test_a_courtesy_word_is_no_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Reefs bleached again this year, marine biologist Dr. Sofia Brandt said.")
    assert [r.title for r in _person(facts, "Sofia Brandt").roles] == ["marine biologist"]


def test_a_major_city_in_the_dateline_gives_its_country_from_the_gazetteer(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MILAN (Reuters) - Economy Minister Carla Ferri said on Monday the deficit would narrow.")
    assert [r.affiliation for r in _person(facts, "Carla Ferri").roles] == ["Italy"]
