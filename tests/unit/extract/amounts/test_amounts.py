"""Amounts: money with its ISO 4217 code, percentages, counted quantities; never a date, age,
year, time, duration, score or casualty count."""

from collections.abc import Callable

import pytest

from worker.core.extract.amounts.currencies import currencies
from worker.core.models.enriched import Facts

FactsOf = Callable[..., Facts]


def _amounts(facts: Facts) -> list[tuple[str, float, str | None, str | None]]:
    return [(a.kind, a.value, a.unit, a.object) for a in facts.amounts]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The firm paid $1.25 billion for the mine.", 1_250_000_000, "USD"),
        ("The club was sold for €40m last year.", 40_000_000, "EUR"),
        ("The bank set aside £3bn for fines.", 3_000_000_000, "GBP"),
        ("The fund holds 2.5 million euros in cash.", 2_500_000, "EUR"),
        ("The city borrowed US$5 million from lenders.", 5_000_000, "USD"),
        ("The deal is worth HK$800 million to the group.", 800_000_000, "HKD"),
        ("Exports earned USD 12 million in March.", 12_000_000, "USD"),
    ],
)
def test_money_carries_its_scaled_value_and_iso_4217_code(facts_of: FactsOf, sentence: str, value: float,
                                                          unit: str) -> None:
    money = [a for a in facts_of(f"BERLIN — {sentence}").amounts if a.kind == "money"]
    assert [(a.value, a.unit) for a in money] == [(value, unit)]
    assert money[0].evidence.text == money[0].text


def test_evidence_points_at_the_amount_as_written(facts_of: FactsOf) -> None:
    body = "LIMA — The miner agreed to pay $8.4 billion for the copper project, officials said."
    (amount,) = facts_of(body).amounts
    assert amount.text == "$8.4 billion" == body[amount.evidence.start:amount.evidence.end]


def test_a_dollar_is_the_story_countrys_own_when_the_dateline_says_where(facts_of: FactsOf) -> None:
    facts = facts_of("SYDNEY, Australia — The state government pledged $40 million for flood repairs.")
    assert [(a.value, a.unit) for a in facts.amounts] == [(40_000_000, "AUD")]


def test_a_name_no_reading_settles_keeps_no_code_rather_than_a_guess() -> None:
    assert currencies().code("francs", None) is None
    assert currencies().code("francs", "CH") == "CHF"
    assert currencies().code("pounds", None) == "GBP"


def test_percentages_and_counted_quantities_with_their_object(facts_of: FactsOf) -> None:
    facts = facts_of("ANKARA — The army moved 20,000 combat soldiers to the border, and the lira fell 3.5% "
                     "on Monday. About 1,200 families received tents.")
    assert _amounts(facts) == [("quantity", 20_000, None, "combat soldiers"), ("percent", 3.5, "percent", None),
                               ("quantity", 1_200, None, "families")]


def test_dates_years_ages_times_durations_and_scores_are_not_amounts(facts_of: FactsOf) -> None:
    facts = facts_of("MADRID — Garcia, 58, scored twice as Madrid won 3-1 on March 14, 2025, in a match that "
                     "kicked off at 9:30 p.m. A 12-year-old fan waited 48 hours for a ticket. The club was founded "
                     "in 1902 and plays in a magnitude 6 quake zone near Route 66.")
    assert facts.amounts == []


def test_casualty_counts_stay_in_the_casualties_family(facts_of: FactsOf) -> None:
    facts = facts_of("MANILA — A ferry carrying 212 people sank on Saturday, and 18 people died, "
                     "the coast guard said.")
    assert _amounts(facts) == [("quantity", 212, None, "people")]
    assert [c.count for c in facts.casualties if c.category == "killed"] == [18]


def test_a_part_and_a_contrast_count_what_their_partner_counts(facts_of: FactsOf) -> None:
    facts = facts_of("KYIV — Air defence shot down 34 of the 41 drones. The mayor won 6,412 votes to 6,403.")
    assert _amounts(facts) == [("quantity", 34, None, "drones"), ("quantity", 41, None, "drones"),
                               ("quantity", 6_412, None, "votes"), ("quantity", 6_403, None, "votes")]


def test_the_same_amount_told_twice_is_one_fact(facts_of: FactsOf) -> None:
    facts = facts_of("SEATTLE — The deal is worth $1.8 billion.\n\nAnalysts said $1.8 billion was a fair price.")
    assert [a.evidence.start for a in facts.amounts] == [facts.amounts[0].evidence.start]
    assert len(facts.amounts) == 1


def test_an_old_toll_the_casualties_family_leaves_out_is_still_no_amount(facts_of: FactsOf) -> None:
    facts = facts_of("MAPUTO — The storm is the worst since a cyclone killed more than 600 people in 2019. "
                     "Police had listed 30 residents as missing.")
    assert facts.amounts == []


def test_a_date_before_a_noun_and_pounds_that_weigh_are_not_sums_or_counts(facts_of: FactsOf) -> None:
    facts = facts_of("PARIS — On 14 March talks resumed. Police seized 500 pounds of cocaine and fined "
                     "the crew 500 pounds in all.")
    assert _amounts(facts) == [("quantity", 500, None, "pounds"), ("money", 500, "GBP", None)]


def test_a_part_of_a_whole_told_without_a_number_or_after_a_possessive(facts_of: FactsOf) -> None:
    facts = facts_of("OSLO — The yard will refit 12 of the frigates. Inspectors found that 9 of Norway's "
                     "15 ferries need new engines, and 8 of them were late.")
    assert _amounts(facts) == [("quantity", 12, None, "frigates"), ("quantity", 9, None, "ferries"),
                               ("quantity", 15, None, "ferries")]


def test_a_count_told_again_with_fewer_words_is_one_fact(facts_of: FactsOf) -> None:
    facts = facts_of("OSLO — The navy ordered 8 coastal patrol boats on Monday. The 8 boats will be built "
                     "in Bergen, and 3 boats are already at sea.")
    assert _amounts(facts) == [("quantity", 8, None, "coastal patrol boats"), ("quantity", 3, None, "boats")]


def test_rupees_in_crore_and_lakh_take_the_story_countrys_rupee(facts_of: FactsOf) -> None:
    facts = facts_of("NEW DELHI — The state set aside Rs 1,200 crore for roads and 5 lakh rupees for each "
                     "village; the metro plan costs Rs. 1.5 lakh crore.")
    assert [(a.value, a.unit) for a in facts.amounts] == [(12e9, "INR"), (5e5, "INR"), (1.5e12, "INR")]
    facts = facts_of("KARACHI, Pakistan — The city will spend Rs 300 million on buses.")
    assert [(a.value, a.unit) for a in facts.amounts] == [(3e8, "PKR")]
    assert currencies().code("Rs", None) == "INR"
    assert facts_of("LAHORE — The Warriors beat Lahore Qalandars 3-1 and the Strikers lost 2-0.").amounts == []


def test_a_number_a_capitalised_name_carries_is_a_label_not_a_count(facts_of: FactsOf) -> None:
    facts = facts_of("OTTAWA — Executive Order 14024 sanctions companies, and Bill 96 changes rules for shops. "
                     "Under Decree 45 officials froze accounts; Unit 731 veterans spoke. About 600 farmers and "
                     "All 27 members came.")
    assert _amounts(facts) == [("quantity", 600, None, "farmers"), ("quantity", 27, None, "members")]
    facts = facts_of("AKRON — The recount gave Lindqvist 2,118 ballots to 2,090 for her rival.")
    assert _amounts(facts) == [("quantity", 2_118, None, "ballots"), ("quantity", 2_090, None, "ballots")]


def test_an_amount_written_as_an_adjective_is_money(facts_of: FactsOf) -> None:
    facts = facts_of("The carrier dropped its 2.3 billion-euro offer for the rail operator on Monday.")
    money = [(a.kind, a.value, a.unit) for a in facts.amounts]
    assert money == [("money", 2.3e9, "EUR")]


def test_cfa_francs_in_a_story_from_mali_are_west_african_francs(facts_of: FactsOf) -> None:
    facts = facts_of("BAMAKO, Mali (AP) — The government said it would pay 5 million CFA francs to the family of "
                     "each soldier killed.")
    assert ("money", 5_000_000, "XOF", None) in _amounts(facts)
