"""Events: typed mentions with arguments, merged per real event, linked to casualties."""

from datetime import datetime, timezone

from worker.core.extract.casualties import casualty_key


def test_attack_mentions_merge_and_link_the_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "KYIV — A missile and drone assault killed at least 23 people in Kyiv this week.\n\n"
        "Ukraine mourned victims of this week's attack on Kyiv."
    )
    attacks = [e for e in facts.events if e.type == "attack"]
    assert len(attacks) == 1
    attack = attacks[0]
    assert attack.place == "Kyiv" and attack.when == "2025-W35"
    assert set(attack.weapons) == {"missile", "drone"}
    killed = next(c for c in facts.casualties if c.category == "killed")
    assert casualty_key(killed) in attack.casualty_keys


def test_expected_to_travel_is_planned_travel(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOSCOW — Vladimir Putin is expected to travel to China on Sunday.")
    travel = next(e for e in facts.events if e.type == "travel")
    assert (travel.status, travel.destination, travel.when) == ("planned", "China", "2025-08-31")


def test_hope_to_meet_is_a_proposed_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Ukrainian officials hope to meet with Donald Trump next week.")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.status == "proposed" and meeting.when == "2025-W36"
    assert "Donald Trump" in meeting.participants


def test_met_is_a_held_meeting_with_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NEW YORK — Andriy Yermak met in New York with Steve Witkoff on Thursday.")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.status == "held" and meeting.place == "New York"
    assert {"Andriy Yermak", "Steve Witkoff"} <= set(meeting.participants)


def test_called_for_is_a_demand_with_what(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Volodymyr Zelenskyy spoke on Friday. He also called for postwar security guarantees.")
    demand = next(e for e in facts.events if e.type == "demand")
    assert demand.actor == "Volodymyr Zelenskyy"
    assert demand.what == "postwar security guarantees"


def test_declared_state_of_emergency_is_a_declaration(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ODESA — Governor Oleh Kiper declared a state of emergency in Odesa on Wednesday.",
                     published_at=datetime(2025, 11, 5, tzinfo=timezone.utc))
    decl = next(e for e in facts.events if e.type == "declaration")
    assert decl.subtype == "emergency" and decl.place == "Odesa" and decl.when == "2025-11-05"


def test_day_of_mourning_is_a_mourning_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Authorities declared Friday a day of mourning.")
    mourning = next(e for e in facts.events if e.type == "mourning")
    assert mourning.actor == "Authorities" and mourning.when == "2025-08-29"


def test_earthquake_is_a_disaster_linked_to_its_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA — A strong earthquake struck Turkey on Friday, killing at least 12 people.")
    quake = next(e for e in facts.events if e.type == "disaster")
    assert quake.subtype == "earthquake"
    assert quake.casualty_keys


def test_opened_fire_is_not_a_fire_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER — A gunman opened fire inside a mall on Saturday, killing four people.")
    assert not [e for e in facts.events if e.type == "disaster"]
    assert [e for e in facts.events if e.type == "attack"]


def test_event_evidence_slices_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "KYIV — Authorities declared Friday a day of mourning.\n\nPutin is expected to travel to China on Sunday."
    facts = facts_of(body)
    assert facts.events
    for e in facts.events:
        assert body[e.evidence.start:e.evidence.end] == e.evidence.text
