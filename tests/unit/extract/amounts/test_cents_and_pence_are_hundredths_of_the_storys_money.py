"""A currency's hundredths written by name are money: '12 cents' is 0.12 of the dollars or euros
the story counts in, '40 pence' 0.40 of a pound, never a counted quantity of cents."""

from collections.abc import Callable

from worker.core.models.enriched import Facts

FactsOf = Callable[..., Facts]


def _money(facts: Facts) -> list[tuple[str, float, str | None]]:
    return [(a.text, a.value, a.unit) for a in facts.amounts if a.kind == "money"]


def test_cents_divide_the_dollars_the_story_counted_in_before(facts_of: FactsOf) -> None:
    facts = facts_of("ATHENS, Nov 12 (Reuters) - The tanker owner earned $52 million in the quarter and lowered "
                     "its payout to 9 cents a share from 25 cents.")
    assert _money(facts) == [("$52 million", 52_000_000, "USD"), ("9 cents", 0.09, "USD"), ("25 cents", 0.25, "USD")]
    assert not [a for a in facts.amounts if a.kind == "quantity"]


def test_pence_divide_pounds_not_the_dollars_told_before_them(facts_of: FactsOf) -> None:
    facts = facts_of("LEEDS, England (AP) — The bakery chain bought a $3 million oven line. Its shares slipped "
                     "35 pence to 4.10 pounds, and it will pay 6 pence a share.")
    assert _money(facts) == [("$3 million", 3_000_000, "USD"), ("35 pence", 0.35, "GBP"),
                             ("4.10 pounds", 4.1, "GBP"), ("6 pence", 0.06, "GBP")]


def test_cents_after_euros_are_euro_cents(facts_of: FactsOf) -> None:
    facts = facts_of("LISBON (AFP) - The utility sold 600 million euros of bonds, priced at 97 cents on the euro.")
    assert ("97 cents", 0.97, "EUR") in _money(facts)


def test_bare_cents_in_a_story_from_a_dollar_country_are_its_dollars(facts_of: FactsOf) -> None:
    facts = facts_of("HALIFAX, Nova Scotia (AP) — Fuel rose 14 cents a litre over the month, the board said.")
    assert _money(facts) == [("14 cents", 0.14, "CAD")]


def test_cents_after_a_currency_named_in_their_sentence_divide_that_currency(facts_of: FactsOf) -> None:
    facts = facts_of("MANILA, Dec 3 (Reuters) - The central bank bought $400 million of bonds. The peso firmed 18 "
                     "cents to 57.30 per dollar.")
    assert ("18 cents", 0.18, "PHP") in _money(facts)
