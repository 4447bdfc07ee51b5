"""The attackers' dead are a count of their own, and wounded who died are counted among the dead
(stories invented here)."""

from datetime import datetime, timezone

TUESDAY = datetime(2025, 10, 14, 12, tzinfo=timezone.utc)


def _counts(facts):  # type: ignore[no-untyped-def]
    return sorted((c.category, c.count, tuple(s.count for s in c.superseded)) for c in facts.casualties)


def test_attackers_killed_revise_no_toll_of_those_they_attacked(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KANDAHAR, Afghanistan (Reuters) - Gunmen stormed a border post late on Monday, killing at "
                     "least five guards and wounding nine, officials said.\n\n"
                     "The toll rose to eight on Tuesday after three wounded guards died in hospital, the army "
                     "said. It said 14 attackers were killed in a battle that lasted four hours.",
                     published_at=TUESDAY)
    counts = _counts(facts)
    assert ("killed", 8, (5,)) in counts and ("killed", 14, ()) in counts
    assert ("wounded", 9, ()) in counts
    assert not [c for c in counts if c[0] == "wounded" and c[1] == 3]
