"""A fine a regulator imposes is a sanction, with whom and how much; a court's fine and a fine told
in the passive or in a past year are not (stories invented here)."""

from datetime import datetime, timezone

THU = datetime(2026, 5, 14, 18, tzinfo=timezone.utc)   # a Thursday


def _sanctions(facts):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == "sanction"]


def test_a_regulator_that_fined_a_firm_imposed_a_sanction_with_the_amount_and_the_reason(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA, Ghana (Reuters) - The National Communications Authority fined Kente Mobile 4 million "
                     "cedis on Thursday for failing to register SIM cards, the regulator said.", published_at=THU)
    (found,) = _sanctions(facts)
    assert (found.subtype, found.actor, found.target) == ("imposed", "National Communications Authority", "Kente Mobile")
    assert found.what is not None and found.what.startswith("4 million cedis") and "SIM cards" in found.what


def test_a_fine_handed_down_by_a_judge_is_part_of_a_sentence_not_a_sanction(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PERTH, Australia (AP) — Judge Karen Holt sentenced a fishing skipper to two years in prison "
                     "on Thursday and fined him 80,000 dollars for taking protected sharks.", published_at=THU)
    assert _sanctions(facts) == []


def test_a_judge_who_also_fined_the_defendant_imposed_no_sanction(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PERTH, Australia (AP) — Judge Karen Holt sentenced a fishing skipper to two years in prison "
                     "on Thursday. She also fined him 80,000 dollars.", published_at=THU)
    assert _sanctions(facts) == []


def test_those_sentenced_and_fined_in_one_passive_clause_fined_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PERTH, Australia (AP) — Three skippers were each given suspended sentences on Thursday and "
                     "fined 20,000 dollars.", published_at=THU)
    assert _sanctions(facts) == []


def test_a_fine_told_in_the_passive_or_dated_to_a_past_year_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA, Ghana (Reuters) - The quarry had been fined for blasting too close to homes, the "
                     "agency said on Thursday. The competition authority fined two cement makers in May 2024 for "
                     "fixing prices.", published_at=THU)
    assert _sanctions(facts) == []
