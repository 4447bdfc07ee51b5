"""An attack the lede places in a province takes the village the next sentence's attackers
entered, and that sentence's day; a village named otherwise leaves it alone (stories invented
here)."""

from datetime import datetime, timezone

MON = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)


def _attack(facts):  # type: ignore[no-untyped-def]
    (attack,) = [e for e in facts.events if e.type == "attack"]
    return attack


def test_the_village_the_attackers_entered_is_the_attacks_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BENI, Congo, Dec 7 (Reuters) - Rebels killed at least 18 civilians in an overnight attack "
                     "on a village in eastern Congo's North Kivu province, the army said on Monday. The "
                     "attackers, armed with machetes, entered Kalau shortly after midnight on Sunday and set "
                     "fire to a school, an army spokesman said.", published_at=MON)
    attack = _attack(facts)
    assert attack.place == "Kalau" and attack.when == "2026-12-06"


def test_a_village_named_without_the_attackers_going_in_leaves_the_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BENI, Congo, Dec 7 (Reuters) - Rebels killed at least 18 civilians in an overnight attack "
                     "on a village in eastern Congo's North Kivu province, the army said on Monday. Survivors "
                     "fled to Kalau on Sunday, a nurse said.", published_at=MON)
    assert _attack(facts).place != "Kalau"
