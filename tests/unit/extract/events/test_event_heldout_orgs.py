"""Held-out English events: court orders, health declarations, snow, convened meetings (stories invented here)."""

from datetime import datetime, timezone

WED = datetime(2026, 2, 11, 12, tzinfo=timezone.utc)   # a Wednesday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_court_ordering_a_company_to_pay_is_a_ruling_not_a_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAGOS, Nigeria (AP) — A Nigerian court on Monday ordered the state power company, "
                     "Kano Electric, to compensate 40,000 households for outages.", published_at=WED)
    assert not _of(facts, "demand")
    ruling = [e for e in _of(facts, "legal_action") if e.subtype == "verdict"]
    assert [(e.actor, e.when) for e in ruling] == [("Nigerian court", "2026-02-09")]


def test_a_minister_ordering_officials_to_act_is_still_a_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (Reuters) - The interior minister on Monday ordered police chiefs to close the "
                     "border crossings.", published_at=WED)
    assert [e.type for e in facts.events if e.type in {"demand", "legal_action"}] == ["demand"]


def test_a_health_body_declaring_an_outbreak_over_is_a_declaration_by_that_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA (Reuters) - The World Health Organization on Tuesday declared an outbreak of "
                     "cholera in eastern Chad over.", published_at=WED)
    found = _of(facts, "declaration")
    assert [(e.subtype, e.actor, e.when) for e in found] == [("outbreak", "World Health Organization", "2026-02-10")]


def test_deadly_snowfall_is_a_storm(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (Reuters) - Heavy snowfall buried villages across northern Norway on Tuesday, "
                     "killing three people, officials said.", published_at=WED)
    found = _of(facts, "disaster")
    assert [(e.subtype, e.when) for e in found] == [("storm", "2026-02-10")]


def test_calling_a_meeting_for_a_day_is_no_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BERLIN (Reuters) - The Verdi union said it would fight the plan and called a meeting "
                     "of shop stewards for Friday.", published_at=WED)
    assert not _of(facts, "demand")
    assert _of(facts, "meeting")


def test_calling_for_a_strike_is_still_a_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BERLIN (Reuters) - The Verdi union called for a general strike on Friday.", published_at=WED)
    assert [e.actor for e in _of(facts, "demand")] == ["Verdi union"]


def test_an_earlier_crash_of_another_month_is_not_merged_into_todays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER (AP) — A coal train derailed and hit a pickup truck near Golden on Tuesday, "
                     "killing two people, police said.\n\nThe railroad said another of its trains derailed "
                     "near Pueblo in March, injuring nobody.", published_at=WED)
    today = [e for e in _of(facts, "disaster") if e.when == "2026-02-10"]
    assert len(today) == 1 and today[0].place != "Pueblo"


def test_a_record_since_a_year_is_no_second_crash(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER (AP) — A coal train derailed near Golden on Tuesday, killing two people, police "
                     "said.\n\nThe derailment is the deadliest in the state since 2009.", published_at=WED)
    assert [e.when for e in _of(facts, "disaster")] == ["2026-02-10"]
