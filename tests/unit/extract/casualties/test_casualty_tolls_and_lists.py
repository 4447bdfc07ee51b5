"""Tolls that rise from a first figure, background counted from long ago, lists of groups held or
killed, and people told only by what happened to them (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 17, tzinfo=timezone.utc)   # a Friday


def _of(facts, category):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == category]


def test_a_first_count_is_superseded_by_the_toll_it_rose_to(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A landslide buried a hamlet on Thursday, killing at least 17 people, officials said. "
                     "The district's first count was six dead, but the toll rose as the day went on.", published_at=FRI)
    [killed] = _of(facts, "killed")
    assert killed.count == 17 and [s.count for s in killed.superseded] == [6]


def test_the_figure_a_toll_stood_at_before_it_rose_is_the_earlier_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A bus fell into a gorge on Thursday, killing at least 21 people. The toll stood at nine in "
                     "the afternoon but rose overnight. By morning 21 bodies had been recovered.", published_at=FRI)
    [killed] = _of(facts, "killed")
    assert killed.count == 21 and [s.count for s in killed.superseded] == [9]


def test_a_part_told_after_among_them_is_no_count_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("By evening, officials said 31 people had died, among them six children.", published_at=FRI)
    [killed] = _of(facts, "killed")
    assert killed.count == 31 and [(s.group, s.count) for s in killed.includes] == [("children", 6)]


def test_a_dateline_read_as_the_subject_still_leaves_the_lede_s_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Nairobi (AFP) - At least 12 people were killed, including two police officers, when "
                     "gunmen attacked a bus in the north on Tuesday, officials said.", published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [12]


def test_a_running_toll_since_a_date_years_back_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Shelling hit a market on Wednesday, killing four traders. The rebels took up arms in "
                     "March 2019. More than 9,000 people have been killed since then, a monitoring group says.",
                     published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [4]


def test_a_toll_since_a_recent_day_is_news(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("At least 14 people have been killed in flooding since Monday, officials said.", published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [14]


def test_a_past_disaster_dated_on_its_noun_or_its_clause_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A storm flooded the coast on Thursday, killing two people. Many still live in camps built "
                     "after the March 2021 floods, which killed more than 800 people. In 2019, a boat capsized on "
                     "the lake, leaving more than 70 people missing. Fires in the hills in early 2024 "
                     "destroyed 40 homes and killed one person.", published_at=FRI)
    assert [c.count for c in _of(facts, "killed")] == [2]
    assert _of(facts, "missing") == []


def test_a_vague_count_and_the_exact_one_inside_it_are_one_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A boat capsized on Thursday, and divers searched for dozens more who were missing. "
                     "Another 35 passengers were unaccounted for on Friday, the coast guard said.", published_at=FRI)
    assert [c.count for c in _of(facts, "missing")] == [35]


def test_groups_each_counted_are_counts_of_their_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Thirty-one soldiers and three civilians had been detained, the army said. Two sentries and "
                     "four of the attackers were killed.", published_at=FRI)
    assert sorted(c.count for c in _of(facts, "arrested")) == [3, 31]
    assert sorted(c.count for c in _of(facts, "killed")) == [2, 4]


def test_a_named_one_and_some_of_his_crew_are_counted_together(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police detained the skipper of the trawler and two of his deckhands in the harbour.", published_at=FRI)
    assert [c.count for c in _of(facts, "arrested")] == [3]


def test_people_forced_to_leave_their_homes_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The fire spread overnight, forcing about 1,800 people to leave their homes.", published_at=FRI)
    assert [c.count for c in _of(facts, "displaced")] == [1800]


def test_an_aged_man_arrested_is_one_and_a_constable_wounded_is_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police arrested a 52-year-old man on suspicion of arson. In a separate incident, a police "
                     "constable was wounded in the arm.", published_at=FRI)
    assert [c.count for c in _of(facts, "arrested")] == [1]
    assert [c.count for c in _of(facts, "wounded")] == [1]


def test_survivors_treated_at_a_hospital_are_wounded(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A survivor spoke to reporters at the provincial hospital, where 19 survivors were being treated.",
                     published_at=FRI)
    assert [c.count for c in _of(facts, "wounded")] == [19]


def test_a_hyphenated_number_is_read_whole(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Sixty-two people were pulled from the water alive.", published_at=FRI)
    assert [c.count for c in _of(facts, "rescued")] == [62]
