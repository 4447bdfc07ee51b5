"""Aid told from the receiving end or as food staples, and talks someone is invited to."""

from datetime import datetime, timezone

TUE = datetime(2026, 3, 3, 12, tzinfo=timezone.utc)   # a Tuesday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_aid_received_from_a_giver_is_the_givers_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHARTOUM (Reuters) - About 900 households in Kassala received blankets from the Red Cross "
                     "on Monday, a local official said.", published_at=TUE)
    (a,) = _of(facts, "aid")
    assert (a.actor, a.subtype, a.when, a.plover) == ("Red Cross", "sent", "2026-03-02", "AID")
    assert (a.target or "").startswith("About 900 households")


def test_something_received_without_a_giver_or_not_aid_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHARTOUM (Reuters) - Farmers received higher prices from traders this season. The camp "
                     "received blankets on Monday. The town did not receive aid from the capital.", published_at=TUE)
    assert _of(facts, "aid") == []


def test_food_staples_sent_are_aid_but_shipped_grain_is_trade(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ISLAMABAD (AP) — Pakistan sent 300 tonnes of wheat to Afghanistan on Monday.", published_at=TUE)
    (a,) = _of(facts, "aid")
    assert (a.actor, a.subtype, a.what) == ("Pakistan", "sent", "300 tonnes of wheat")
    facts = facts_of("KYIV (AP) — Ukraine shipped 2 million tonnes of grain to Egypt last year.", published_at=TUE)
    assert _of(facts, "aid") == []


def test_whoever_is_invited_to_talks_takes_part(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAGOS (AFP) - Labour Minister Chidi Okafor invited union leaders to talks on Wednesday, "
                     "his office said.", published_at=TUE)
    (m,) = _of(facts, "meeting")
    assert m.participants == ["Chidi Okafor", "union leaders"] and m.when == "2026-03-04"
    assert m.plover == "CONSULT"


def test_it_in_a_said_clause_gives_as_the_named_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HARARE (AP) — A cyclone hit the east on Monday.\n\nThe African Development Bank said it "
                     "would provide $80 million in emergency loans.", published_at=TUE)
    (a,) = _of(facts, "aid")
    assert (a.actor, a.what) == ("African Development Bank", "$80 million in emergency loans")


def test_a_vehicle_sent_with_its_load_goes_where_the_load_is_carried(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA (AFP) - Turkey sent three ships carrying 900 tonnes of tents and medicines to "
                     "Libya on Monday, the foreign ministry said.", published_at=TUE)
    (a,) = _of(facts, "aid")
    assert (a.actor, a.destination, a.when) == ("Turkey", "Libya", "2026-03-02")
    assert a.what == "three ships carrying 900 tonnes of tents and medicines"
