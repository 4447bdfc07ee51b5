"""Tolls of an earlier event a sentence opens by recalling, tallies of people held, tolls revised
after a 'but', counted animals and expelled diplomats (stories invented here)."""

from datetime import datetime, timezone

SUN = datetime(2026, 10, 18, 15, tzinfo=timezone.utc)   # a Sunday


def _of(facts, category):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == category]


def test_a_sentence_opening_with_a_month_long_past_recalls_a_toll_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Gunmen attacked a police post near Kayes on Saturday, killing six officers, officials said. "
                     "In June, fighters ambushed a supply convoy on the same road, killing at least 25 soldiers "
                     "and wounding 30.", published_at=SUN)
    assert [c.count for c in _of(facts, "killed")] == [6] and _of(facts, "wounded") == []


def test_a_season_s_toll_told_in_its_month_still_counts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("At least nine people died of heatstroke in July, when temperatures reached 46 degrees, the "
                     "emergency committee said in its report on the drought.", published_at=SUN)
    assert [c.count for c in _of(facts, "killed")] == [9]


def test_bringing_the_number_held_to_a_figure_revises_the_arrests(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police arrested seven people in raids in Tororo on Friday. Two more suspects were detained "
                     "on Saturday, bringing the number held to nine, a police spokesman said.", published_at=SUN)
    assert [(c.count, [s.count for s in c.superseded]) for c in _of(facts, "arrested")] == [(9, [7])]


def test_bodies_recovered_before_a_toll_that_rose_are_the_earlier_figure(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A bus plunged into a gorge near Mandi late Saturday, killing at least 12 people, police said "
                     "Sunday. By dawn, eight bodies had been recovered, but the toll rose to 12 later in the morning "
                     "after rescuers reached the last seats.", published_at=SUN)
    assert [c.count for c in _of(facts, "killed")] == [12]


def test_animals_killed_are_no_casualties(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The court heard that his clients killed at least 11 sheep and four bears in a closed reserve "
                     "between 2020 and 2023.", published_at=SUN)
    assert _of(facts, "killed") == []


def test_a_diplomat_ordered_to_leave_is_expelled_not_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Later on Sunday, state media reported that a Lithuanian diplomat in Minsk had been ordered to "
                     "leave.", published_at=SUN)
    assert _of(facts, "displaced") == []


def test_a_rounded_floor_and_a_closer_floor_are_one_displaced_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Floods have forced more than 6,000 people from their homes, authorities said Sunday. At least "
                     "6,300 people were staying in schools and sports halls across nine towns, officials said.",
                     published_at=SUN)
    assert [c.count for c in _of(facts, "displaced")] == [6300]


def test_the_figure_a_rise_started_from_is_no_count_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Gunmen attacked a border post near Kidal early Saturday, killing at least 12 people, most of them "
                     "soldiers, sources said Sunday. The army said on Saturday evening that eight soldiers had been "
                     "killed. On Sunday a local official said four more bodies had been found, bringing the toll to 12.",
                     published_at=SUN)
    killed = _of(facts, "killed")
    assert [(c.count, [s.count for s in c.superseded]) for c in killed] == [(12, [8])]
