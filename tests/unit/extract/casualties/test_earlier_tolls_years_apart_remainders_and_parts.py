"""A toll told with 'a week ago' is the older figure; a toll of two past years told in a 'when'
clause is background, not a revision of the story's toll; arrests counted in a clause before 'and
N more' are a part of the total; 'among them six children' after 'the wounded' is part of the
wounded; 'the remaining 12' are the rest of a count told before; people 'forced to leave' are
displaced; a toll 'over the past decade' is background (stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 3, 9, 18, tzinfo=timezone.utc)


def _counts(facts):  # type: ignore[no-untyped-def]
    return sorted((c.category, c.count) for c in facts.casualties)


def test_a_toll_a_week_ago_is_superseded_by_the_current_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LUSAKA, Zambia (AFP) - A typhoid outbreak in Lusaka has killed 31 people, the health "
                     "ministry said on Monday. The toll stood at 18 deaths a week ago.", published_at=MON)
    (fact,) = facts.casualties
    assert (fact.category, fact.count) == ("killed", 31)


def test_a_toll_of_two_past_years_in_a_when_clause_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LUSAKA, Zambia (AFP) - A typhoid outbreak in Lusaka has killed 31 people since January, the "
                     "health ministry said on Monday. Zambia suffered its worst outbreak in 2017 and 2018, when "
                     "more than 900 people died across the country.", published_at=MON)
    assert _counts(facts) == [("killed", 31)]


def test_arrests_in_a_clause_before_and_n_more_are_part_of_the_total(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NICE, France (AP) — French police have arrested 11 people suspected of smuggling cigarettes, "
                     "prosecutors said Monday. Seven suspects were detained in raids in Nice on Thursday, and four "
                     "more were picked up at the port of Toulon on Saturday, a police spokesman said.",
                     published_at=MON)
    assert _counts(facts) == [("arrested", 11)]


def test_children_among_the_wounded_are_part_of_the_wounded(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BENI, Congo (Reuters) - Gunmen killed 12 villagers and wounded 17 in a night raid, the army "
                     "said on Monday. The wounded, among them five children, were taken to a clinic in Beni, a "
                     "nurse said.", published_at=MON)
    assert ("wounded", 5) not in _counts(facts)
    (wounded,) = [c for c in facts.casualties if c.category == "wounded"]
    assert wounded.count == 17 and [s.count for s in wounded.includes] == [5]


def test_the_remaining_ones_are_the_rest_of_a_count_told_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CUSCO, Peru (Reuters) - Nine people were killed and 26 injured when a bus left the road, "
                     "officials said on Monday. The regional hospital treated 18 of the injured. The remaining "
                     "eight were taken to a clinic in Urcos.", published_at=MON)
    assert _counts(facts) == [("killed", 9), ("wounded", 26)]


def test_people_forced_to_leave_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ADELAIDE, Australia (AP) — A grass fire destroyed 20 homes and forced about 1,500 people to "
                     "leave over the weekend, officials said Monday.", published_at=MON)
    assert ("displaced", 1500) in _counts(facts)


def test_a_toll_over_the_past_decade_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BENI, Congo (Reuters) - Rebels killed 12 villagers in a night raid, the army said on Monday. "
                     "The group has killed thousands of civilians in the region over the past decade.",
                     published_at=MON)
    assert _counts(facts) == [("killed", 12)]
