"""Counts revised by a participle ('raising the number arrested to 16'), an earlier report folded
into the toll wherever the sentence before left the place, tolls of two months kept apart,
travellers stranded overnight, people moved out of their homes, and a report of no one hurt
(stories invented here)."""

from datetime import datetime, timezone

SUN = datetime(2026, 10, 18, 15, tzinfo=timezone.utc)   # a Sunday


def _of(facts, category):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == category]


def test_more_people_held_raising_the_number_arrested_revise_the_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("EL PASO, Texas (AP) — Agents arrested nine people in raids on warehouses on Saturday. Three "
                     "more suspects were detained in Juarez, raising the number arrested to 12.", published_at=SUN)
    arrested = _of(facts, "arrested")
    assert [(c.count, [s.count for s in c.superseded]) for c in arrested] == [(12, [9])]


def test_an_earlier_report_folds_into_the_toll_wherever_the_last_place_was(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("REGINA, Saskatchewan (AP) — An ice storm left at least six people dead across the province, "
                     "officials said Sunday. A man was found dead in his car near Moose Jaw. Police had earlier "
                     "reported five deaths.", published_at=SUN)
    killed = _of(facts, "killed")
    assert [(c.count, [s.count for s in c.superseded]) for c in killed] == [(6, [5])]


def test_a_toll_of_another_month_is_no_revision_of_the_story_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    # The June toll is recalled background since v60 (it opens its sentence months back): neither a
    # revision of Saturday's toll nor a count of the story.
    facts = facts_of("A drone strike on a bus station killed 14 people on Saturday, officials said. In June, a "
                     "strike on a nearby market killed at least 30 people.", published_at=SUN)
    assert sorted(c.count for c in _of(facts, "killed")) == [14]


def test_tolls_of_two_months_in_a_season_report_stay_apart(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Floods killed 14 people in the province on Saturday, officials said. The committee said 30 "
                     "people had died in the same province in June, when the river first burst its banks.",
                     published_at=SUN)
    assert sorted(c.count for c in _of(facts, "killed")) == [14, 30]


def test_travellers_who_spent_the_night_in_halls_are_stranded_not_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 400 motorists spent the night in school gyms and church halls after the pass was "
                     "closed, police said.", published_at=SUN)
    assert _of(facts, "displaced") == []


def test_residents_who_spent_the_night_in_halls_are_still_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 400 residents spent the night in school gyms and church halls after the river rose, "
                     "police said.", published_at=SUN)
    assert [c.count for c in _of(facts, "displaced")] == [400]


def test_people_moved_out_of_their_homes_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 180 people were moved from riverside homes in two villages overnight, the county said.",
                     published_at=SUN)
    assert [c.count for c in _of(facts, "displaced")] == [180]


def test_no_one_reported_hurt_is_no_count_of_the_hurt(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A wall of the tailings dam gave way on Friday. No one was reported hurt.", published_at=SUN)
    assert _of(facts, "wounded") == []


def test_the_number_of_people_in_shelters_revises_those_driven_out(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GUWAHATI, India (AP) — Floods forced about 30,000 people from their homes in Assam on "
                     "Saturday. By Sunday the number of people in shelters had risen to 41,000, "
                     "officials said.", published_at=SUN)
    displaced = _of(facts, "displaced")
    assert [(c.count, [s.count for s in c.superseded]) for c in displaced] == [(41000, [30000])]


def test_a_revision_keeps_every_earlier_figure_and_no_single_person_told_after(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GUWAHATI, India (AP) — Floods forced more than 30,000 people from their homes in Assam on "
                     "Sunday. By the evening the number of people in shelters had risen to about 41,000, officials "
                     "said. A 62-year-old farmer sheltering in a school said the water came at night.",
                     published_at=SUN)
    displaced = _of(facts, "displaced")
    assert [(c.count, [s.count for s in c.superseded]) for c in displaced] == [(41000, [30000])]
