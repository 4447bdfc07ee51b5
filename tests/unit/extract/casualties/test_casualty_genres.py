"""Tolls that rise while the story is told (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 6, 12, 18, tzinfo=timezone.utc)   # a Friday


def _killed(facts):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == "killed"]


def test_a_risen_toll_revises_the_first_figure_wherever_each_was_placed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA (Reuters) - A ferry capsized on the Meghna river on Friday, killing at least 12 "
                     "people, police said. Another 20 people were injured and taken to hospitals in "
                     "Chandpur. By evening the toll had risen to 17 after five of the injured died.",
                     published_at=FRI)
    killed = _killed(facts)
    assert [(c.count, [s.count for s in c.superseded]) for c in killed] == [(17, [12])]


def test_a_toll_brought_to_a_number_is_the_count_and_the_increment_is_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA, Ghana (AP) — Ghana on Friday reported three more deaths from cholera, bringing "
                     "the toll from the outbreak in the north to 11, officials said.", published_at=FRI)
    assert [c.count for c in _killed(facts)] == [11]


def test_a_tally_of_the_year_to_date_is_background_and_leaves_the_story_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ATHENS (Reuters) - A dinghy sank off the island of Kos on Friday and at least four "
                     "people drowned, the coast guard said. The coast guard said more than 900 people had "
                     "died or gone missing in the Aegean this year.", published_at=FRI)
    assert [(c.count, c.qualifier) for c in _killed(facts)] == [(4, "at_least")]


def test_a_toll_told_for_this_week_is_still_the_story_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA (AP) — A typhoon killed 12 people across the central Philippines this week, "
                     "officials said on Friday.", published_at=FRI)
    assert [c.count for c in _killed(facts)] == [12]
