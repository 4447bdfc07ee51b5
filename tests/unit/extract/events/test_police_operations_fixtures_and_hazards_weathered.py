"""A police operation aimed at warehouses is no attack, a side travelling to its next opponent is
no trip, and hazards lived through in general are no disaster (stories invented here)."""

from datetime import datetime, timezone

_DAY = datetime(2026, 12, 9, 12, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_police_operation_aimed_at_warehouses_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PATRAS, Greece (AFP) - More than 100 police officers took part in the operation, which "
                     "targeted 14 warehouses and shops in the port, a police spokesman said.", published_at=_DAY)
    assert _of(facts, "attack") == []


def test_gunmen_who_targeted_a_market_still_attacked_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AP) — Gunmen targeted a crowded market on Tuesday, killing nine "
                     "traders, police said.", published_at=_DAY)
    assert len(_of(facts, "attack")) == 1


def test_a_side_travelling_to_its_next_opponent_is_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SZEGED, Hungary (AP) — Szeged beat Kielce 29-27 in the Champions League on Thursday, "
                     "with two late goals and a penalty saved by their goalkeeper in front of a sellout crowd. "
                     "Szeged travel to Barcelona next week.", published_at=_DAY)
    assert _of(facts, "travel") == []


def test_hazards_lived_through_in_general_are_no_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAHORE, Pakistan (AFP) - \"We kept the grid running through floods and heatwaves,\" the "
                     "union leader told the rally on Monday.", published_at=_DAY)
    assert _of(facts, "disaster") == []


def test_a_flood_that_struck_is_still_a_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAHORE, Pakistan (AFP) - Floods killed 12 people in the north of the province on Monday, "
                     "officials said.", published_at=_DAY)
    assert len(_of(facts, "disaster")) == 1


def test_the_sentence_prosecutors_asked_for_is_their_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("RIGA, Latvia (Reuters) - A Riga court sentenced the former port director to six years "
                     "in prison on Monday. Prosecutors had asked for 11 years.", published_at=_DAY)
    demands = _of(facts, "demand")
    assert [(d.actor, d.what) for d in demands] == [("Prosecutors", "11 years")]


def test_a_defendant_asking_for_a_lawyer_demands_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("RIGA, Latvia (Reuters) - The former port director asked for a lawyer when police "
                     "arrived on Monday.", published_at=_DAY)
    assert _of(facts, "demand") == []
