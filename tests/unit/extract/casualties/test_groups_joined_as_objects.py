"""Two counted groups joined as the objects of one verb are two counts, as joined subjects already
are; those held in one operation stay one total (stories invented here)."""

from datetime import datetime, timezone

TUE = datetime(2026, 10, 20, 15, tzinfo=timezone.utc)   # a Tuesday


def _counts(facts, category: str):  # type: ignore[no-untyped-def]
    return sorted((c.count, c.qualifier) for c in facts.casualties if c.category == category)


def test_soldiers_and_civilians_killed_as_objects_are_two_counts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DIFFA, Niger (AFP) - Jihadists killed 14 soldiers and at least five civilians in a dawn "
                     "raid on a garrison town on Tuesday, the defence ministry said.", published_at=TUE)
    assert _counts(facts, "killed") == [(5, "at_least"), (14, "exact")]


def test_groups_joined_as_objects_of_wounding_are_two_counts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GAROWE, Somalia (Reuters) - The blast wounded eight police officers and three "
                     "shopkeepers on Tuesday, a local official said.", published_at=TUE)
    assert _counts(facts, "wounded") == [(3, "exact"), (8, "exact")]


def test_those_arrested_together_as_joined_objects_stay_one_total(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOMBASA, Kenya (AP) - Police arrested four dock workers and two customs clerks on "
                     "Tuesday over the theft of fuel, a spokesman said.", published_at=TUE)
    assert _counts(facts, "arrested") == [(6, "exact")]
