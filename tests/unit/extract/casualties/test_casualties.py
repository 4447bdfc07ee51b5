"""Casualties: one fact per real count, ages never counts, vague words as lower bounds."""

from datetime import datetime, timezone

import pytest

from worker.core.extract.casualties.counts import casualty_key
from worker.core.extract.common.numbers import looks_like_age, parse_quantity


@pytest.mark.parametrize(
    ("phrase", "count", "qualifier"),
    [
        ("Eight", 8, "exact"), ("2,500", 2500, "exact"), ("more than 50", 50, "more_than"),
        ("at least 23", 23, "at_least"), ("dozens", 24, "at_least"), ("scores", 40, "at_least"),
        ("hundreds", 200, "at_least"), ("thousands", 2000, "at_least"), ("a dozen", 12, "about"),
        ("up to 30", 30, "up_to"), ("about 600", 600, "about"), ("twenty-three", 23, "exact"),
        ("more than a dozen", 12, "more_than"), ("tens of thousands", 20000, "at_least"),
    ],
)
def test_quantities_parse_with_their_qualifier(phrase: str, count: int, qualifier: str) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None and (quantity.count, quantity.qualifier) == (count, qualifier)


def test_age_phrases_are_recognised() -> None:
    assert looks_like_age("a 2-year-old girl")
    assert looks_like_age("aged 45")
    assert not looks_like_age("45 people")


def test_repeated_toll_yields_one_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "KYIV — A missile strike killed at least 23 people in Kyiv this week.\n\n"
        "At least 23 people were killed, including four children, officials said."
    )
    killed = [c for c in facts.casualties if c.category == "killed"]
    assert len(killed) == 1
    assert (killed[0].count, killed[0].qualifier, killed[0].place) == (23, "at_least", "Kyiv")
    assert [(s.group, s.count) for s in killed[0].includes] == [("children", 4)]


def test_rising_toll_keeps_latest_figure_and_supersedes_earlier(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "ANKARA — An earthquake killed at least 12 people on Friday, officials said.\n\n"
        "By the evening the death toll had risen to 31."
    )
    killed = [c for c in facts.casualties if c.category == "killed"]
    assert len(killed) == 1
    assert killed[0].count == 31
    assert [s.count for s in killed[0].superseded] == [12]


def test_rising_toll_keeps_its_key(facts_of) -> None:  # type: ignore[no-untyped-def]
    first = facts_of("ANKARA — An earthquake killed at least 12 people, officials said.")
    later = facts_of("ANKARA — An earthquake killed at least 12 people. The death toll later rose to 31.")
    assert casualty_key(first.casualties[0]) == casualty_key(later.casualties[0])


def test_age_is_not_a_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — The youngest victim was a 2-year-old girl. Eight people remain unaccounted for.")
    assert [(c.category, c.count) for c in facts.casualties] == [("missing", 8)]


def test_age_inside_subgroup_is_not_a_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ODESA — Debris injured at least seven people, among them a 9-year-old boy.")
    assert all(c.count != 9 for c in facts.casualties)
    assert [(c.category, c.count) for c in facts.casualties] == [("wounded", 7)]


def test_unaccounted_for_means_missing_and_words_are_numbers(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Eight people remain unaccounted for, and more than 50 were wounded.")
    got = {(c.category, c.count, c.qualifier) for c in facts.casualties}
    assert got == {("missing", 8, "exact"), ("wounded", 50, "more_than")}


def test_vague_quantity_keeps_its_phrase(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA — Dozens of people were injured when a road collapsed.")
    assert [(c.count, c.qualifier, c.phrase) for c in facts.casualties] == [(24, "at_least", "Dozens")]


def test_arrests_and_injured_officers_are_separate_facts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PARIS — Police arrested 47 people on Tuesday. Fourteen police officers were injured.",
                     published_at=datetime(2025, 10, 7, tzinfo=timezone.utc))
    got = {(c.category, c.count) for c in facts.casualties}
    assert got == {("arrested", 47), ("wounded", 14)}


def test_non_people_are_not_casualties(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA — Hundreds of villages were under water and 300 homes were destroyed.")
    assert facts.casualties == []


def test_casualty_evidence_slices_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "KYIV — Interior Minister Ihor Klymenko said 17 people were rescued from rubble, among them four children."
    facts = facts_of(body)
    assert facts.casualties
    for c in facts.casualties:
        assert body[c.evidence.start:c.evidence.end] == c.evidence.text


def test_second_object_does_not_hide_the_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ODESA — Debris hit a building in the city, injuring at least seven people, among them a 9-year-old boy.")
    [fact] = facts.casualties
    assert (fact.category, fact.count, fact.qualifier) == ("wounded", 7, "at_least")
    assert [(g.group, g.count) for g in fact.includes] == [("boy", 1)]


def test_no_one_killed_is_not_a_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('SYDNEY — "We were very lucky that no one was killed," she said. Nobody was hurt.')
    assert facts.casualties == []


def test_treated_for_burns_counts_as_wounded(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ATHENS — At least 19 people were treated in hospital for burns, among them five firefighters.")
    assert [(c.category, c.count) for c in facts.casualties] == [("wounded", 19)]


def test_forced_from_homes_counts_as_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA — Floods have forced more than 25,000 people from their homes in northern Bangladesh.")
    assert [(c.category, c.count, c.qualifier) for c in facts.casualties] == [("displaced", 25000, "more_than")]


def test_earlier_figure_is_superseded_even_when_told_last(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA — A ferry capsized off Samar and at least 18 people died, officials said. "
                     "Officials had earlier put the death toll at 11.")
    [fact] = [c for c in facts.casualties if c.category == "killed"]
    assert fact.count == 18 and [s.count for s in fact.superseded] == [11]


def test_number_of_rescued_rising_revises_the_rescue_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA — Rescuers pulled 150 passengers from the water, the coast guard said. "
                     "Later the number of rescued rose to 171.")
    [fact] = [c for c in facts.casualties if c.category == "rescued"]
    assert fact.count == 171 and [s.count for s in fact.superseded] == [150]


def test_vague_figure_does_not_revise_a_precise_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA — Floods forced more than 25,000 people from their homes in Bangladesh. "
                     "Thousands have been evacuated to schools.")
    assert sorted(c.count for c in facts.casualties if c.category == "displaced") == [2000, 25000]


def test_single_person_told_with_an_article_is_part_of_the_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ATHENS — A wildfire north of Athens killed two people. "
                     "A 78-year-old man was found dead in his car, and a firefighter died of heart failure.")
    assert [(c.category, c.count) for c in facts.casualties] == [("killed", 2)]


def test_a_toll_from_years_before_the_story_is_a_comparison_not_a_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "BEIRA — Floods killed at least 14 people on Monday, officials said.\n\n"
        "It was the worst flooding since a storm killed more than 400 people in 2017.",
        published_at=datetime(2025, 3, 5, 12, tzinfo=timezone.utc))
    assert [c.count for c in facts.casualties if c.category == "killed"] == [14]


def test_a_toll_dated_late_last_year_is_still_news_in_early_january(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO — A bus crash killed nine people on Dec. 30, police said.",
                     published_at=datetime(2026, 1, 2, 12, tzinfo=timezone.utc))
    assert [c.count for c in facts.casualties if c.category == "killed"] == [9]


def test_people_plucked_from_rooftops_are_rescued_and_people_moved_to_shelters_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "BEIRA — Helicopters plucked 75 people from flooded rooftops on Monday, officials said.\n\n"
        "About 2,400 residents had been moved to schools and tent camps before the river burst its banks.")
    found = {(c.category, c.count) for c in facts.casualties}
    assert ("rescued", 75) in found and ("displaced", 2400) in found


def test_one_suspect_named_with_the_definite_article_is_one_arrest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER — Two people were wounded in the shooting. Deputies arrested the suspected "
                     "shooter, Wade Pollard, 31, at a motel on Monday.",
                     published_at=datetime(2026, 3, 3, tzinfo=timezone.utc))
    got = {(c.category, c.count) for c in facts.casualties}
    assert got == {("wounded", 2), ("arrested", 1)}


def test_a_yearly_statistic_is_background_not_a_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA — Three people died when a minibus overturned on Sunday. Crashes kill "
                     "more than 3,000 people a year in the country, and floods displace thousands annually.",
                     published_at=datetime(2026, 3, 3, tzinfo=timezone.utc))
    got = {(c.category, c.count) for c in facts.casualties}
    assert got == {("killed", 3)}
