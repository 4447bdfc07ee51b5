"""A toll the story calls previous is the older figure; arrests told in parts across two
sentences are the total told before; 'killing 11 of them' after 'the attackers' counts the
attackers apart; 'treated for heat exhaustion' counts the hurt; a record over recent years shared
by joined verbs is background (stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 3, 9, 18, tzinfo=timezone.utc)


def _counts(facts):  # type: ignore[no-untyped-def]
    return sorted((c.category, c.count) for c in facts.casualties)


def test_a_toll_called_previous_is_superseded_by_the_new_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MONGU, Zambia (AFP) - A cholera outbreak has killed 38 people in Western province since "
                     "September, the health ministry said on Monday. The previous toll, given by the ministry "
                     "last week, stood at 22 deaths.", published_at=MON)
    (fact,) = facts.casualties
    assert (fact.category, fact.count) == ("killed", 38)
    assert [s.count for s in fact.superseded] == [22]


def test_arrests_told_in_parts_in_two_sentences_are_the_total_told_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOMBASA, Kenya (AFP) - Police seized 900 kilograms of heroin at the port and arrested nine "
                     "people, police said on Monday. Six suspects were detained at the docks on Saturday, a "
                     "spokesman said. Three more were arrested in Nairobi on Sunday, police said.", published_at=MON)
    assert _counts(facts) == [("arrested", 9)]


def test_parts_that_do_not_add_up_to_a_total_stay_counts_of_their_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOMBASA, Kenya (AFP) - Police arrested nine people at the port, police said on Monday. Six "
                     "suspects were detained in Malindi on Saturday. Five more were arrested in Nairobi on Sunday.",
                     published_at=MON)
    assert ("arrested", 9) in _counts(facts) and len(facts.casualties) > 1


def test_attackers_killed_as_them_are_counted_apart_from_the_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOKOTO, Nigeria (Reuters) - Gunmen killed 14 villagers in a raid on Sunday, police said. "
                     "The army said troops had chased the attackers into the hills, killing nine of them.",
                     published_at=MON)
    assert ("killed", 14) in _counts(facts) and ("killed", 9) in _counts(facts)


def test_people_treated_for_heat_exhaustion_are_hurt(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("FRESNO, Calif. (AP) — The fire destroyed 60 homes on Sunday. Three firefighters were treated "
                     "for heat exhaustion and released, officials said.", published_at=MON)
    assert _counts(facts) == [("wounded", 3)]


def test_a_record_over_recent_years_shared_by_joined_verbs_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOKOTO, Nigeria (Reuters) - Gunmen killed 14 villagers in a raid on Sunday, police said. "
                     "Armed gangs have killed thousands of people and kidnapped thousands more across the region "
                     "in recent years.", published_at=MON)
    assert _counts(facts) == [("killed", 14)]
