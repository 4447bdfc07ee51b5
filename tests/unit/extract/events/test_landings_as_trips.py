"""People who 'landed at' an airport told by its town made a trip to that town; a plane that
landed, a side that 'landed a deal' and migrants counted as landed 'so far' made none (stories
invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)


def _trips(facts):  # type: ignore[no-untyped-def]
    return [(e.actor, e.destination) for e in facts.events if e.type == "travel"]


def test_freed_captives_who_landed_at_an_airport_outside_a_town_went_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DOHA (AFP) - Nine Georgians freed in the exchange landed at Kopitnari airport outside "
                     "Kutaisi on Monday evening, relatives said.", published_at=MON)
    assert [d for _a, d in _trips(facts)] == ["Kutaisi"]


def test_a_town_owning_its_airport_is_where_they_landed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADRID (Reuters) - The two freed engineers landed at Madrid's Barajas airport on Monday "
                     "afternoon, the foreign ministry said.", published_at=MON)
    assert [d for _a, d in _trips(facts)] == ["Madrid"]


def test_a_plane_or_a_deal_that_landed_is_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (Reuters) - The plane landed in Bergen after a delay. The two firms landed a deal "
                     "worth $40 million.", published_at=MON)
    assert _trips(facts) == []


def test_arrivals_counted_so_far_are_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MALTA (AFP) - Some 2,100 migrants had landed in Malta so far in November, the army said.",
                     published_at=MON)
    assert _trips(facts) == []
