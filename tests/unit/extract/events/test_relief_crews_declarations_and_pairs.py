"""Crews and machines sent to a disaster, money announced as aid, states of catastrophe, hearings
that are a charge's occasion, 'both countries', trips told by 'flew in' and calls for something
to be done (stories invented here)."""

from datetime import datetime, timezone

WED = datetime(2026, 3, 11, 16, tzinfo=timezone.utc)   # a Wednesday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_planes_and_crews_sent_to_a_fire_are_aid_and_their_arrival_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SALTA (AFP) - Wildfires burned across the province on Wednesday. Neighbouring Chile "
                     "sent three water-bombing planes and 60 brigade members, who arrived in Salta overnight.",
                     published_at=WED)
    aid = _of(facts, "aid")
    assert [(e.actor, e.subtype, e.destination) for e in aid] == [("Chile", "sent", "Salta")]
    assert _of(facts, "travel") == []


def test_money_announced_in_emergency_aid_is_pledged_aid_not_a_declaration(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("VALPARAISO (AFP) - Floods swept through the port city on Tuesday. The government announced "
                     "2 billion pesos in emergency aid for families whose homes were flooded.", published_at=WED)
    assert [(e.actor, e.subtype) for e in _of(facts, "aid")] == [("government", "pledged")]
    assert _of(facts, "declaration") == []


def test_a_state_of_catastrophe_is_an_emergency_declared(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CONCEPCION (AFP) - Interior Minister Lucia Vergara declared a state of catastrophe in the "
                     "Biobio region on Wednesday as fires spread towards the coast.", published_at=WED)
    assert [(e.subtype, e.actor) for e in _of(facts, "declaration")] == [("emergency", "Lucia Vergara")]


def test_a_hearing_at_which_a_charge_is_sought_is_no_second_legal_action(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSORNO (AFP) - Police arrested a 52-year-old shepherd on Wednesday. Prosecutors said they "
                     "would seek to charge him with negligent arson at a hearing on Thursday.", published_at=WED)
    assert [e.subtype for e in _of(facts, "legal_action")] == ["charge"]


def test_both_countries_agreeing_are_the_first_two_countries_the_story_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DOHA, March 11 (Reuters) - Venezuela freed three Dutch sailors on Wednesday in exchange for a "
                     "Venezuelan pilot jailed in the Netherlands. Qatar's foreign ministry said both countries had "
                     "agreed to reopen their embassies by June.", published_at=WED)
    assert [e.participants for e in _of(facts, "agreement")] == [["Venezuela", "Netherlands"]]


def test_an_official_who_flew_in_travelled_to_the_dateline_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DOHA, March 11 (Reuters) - Two freed sailors landed at the airport on Wednesday. The Dutch "
                     "foreign minister, who flew in from The Hague overnight, met them on the tarmac.",
                     published_at=WED)
    assert [e.destination for e in _of(facts, "travel")] == ["Doha"]


def test_calling_for_something_to_be_done_is_a_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("IZMIR (AP) — Opposition lawmakers have called for speed limiters to be fitted to every "
                     "intercity coach after the crash.", published_at=WED)
    assert [e.actor for e in _of(facts, "demand")] == ["Opposition lawmakers"]
