"""A bomb that went off is a bombing, not an accident, and its attacker is the group that claimed
it (stories invented here)."""

from datetime import datetime, timezone

THU = datetime(2026, 6, 4, 17, tzinfo=timezone.utc)   # a Thursday

_BOMBING = ("MOGADISHU, June 4 (Reuters) - A bomb hidden in a parked car exploded outside a busy restaurant "
            "in Beledweyne on Wednesday, killing at least nine people, police said. The blast shattered "
            "windows across the street. Al-Shabaab claimed responsibility for the bombing in a statement.")


def test_a_bomb_that_exploded_is_an_attack_not_a_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(_BOMBING, published_at=THU)
    assert not [e for e in facts.events if e.type == "disaster"]
    assert any(e.type == "attack" and "bomb" in e.weapons for e in facts.events)


def test_the_group_that_claimed_a_bombing_is_its_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(_BOMBING, published_at=THU)
    assert {e.actor for e in facts.events if e.type == "attack"} == {"Al-Shabaab"}


def test_a_gas_explosion_stays_a_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A gas explosion ripped through a crowded market in Kano on Wednesday, killing four people, "
                     "fire officials said.", published_at=THU)
    assert [e.type for e in facts.events if e.type in ("attack", "disaster")] == ["disaster"]
