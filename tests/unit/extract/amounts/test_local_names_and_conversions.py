"""A currency named as its own country writes it, and a dollar figure in brackets that converts
an amount for readers abroad."""

from collections.abc import Callable

from worker.core.extract.amounts.currencies import local_names
from worker.core.models.enriched import Facts

FactsOf = Callable[..., Facts]


def _money(facts: Facts) -> list[tuple[str, float, str | None]]:
    return [(a.text, a.value, a.unit) for a in facts.amounts if a.kind == "money"]


def test_a_currency_in_its_countrys_own_plural_is_money_in_that_currency(facts_of: FactsOf) -> None:
    facts = facts_of("BELO HORIZONTE, Brazil (AP) — The mayor froze 3.2 million reais in contracts and "
                     "officers seized 250,000 reais in cash.")
    assert _money(facts) == [("3.2 million reais", 3_200_000, "BRL"), ("250,000 reais", 250_000, "BRL")]
    assert not [a for a in facts.amounts if a.kind == "quantity"]


def test_local_names_leave_english_adjectives_out() -> None:
    assert local_names("BR")["reais"] == "BRL"
    # '2,000 Indian troops', '5,000 South Africans' count people, whatever the currency's name.
    assert "indian" not in local_names("IN") and "south" not in local_names("ZA")


def test_a_dollar_figure_in_brackets_after_another_currency_is_us_dollars(facts_of: FactsOf) -> None:
    facts = facts_of("PERTH, Australia (AP) — Each family will get 2,500 Australian dollars ($1,650), "
                     "and the council set aside $4 million for repairs.")
    assert _money(facts) == [("2,500 Australian dollars", 2500, "AUD"), ("$1,650", 1650, "USD"),
                             ("$4 million", 4_000_000, "AUD")]


def test_crowns_are_the_crown_currency_of_their_adjective_or_of_the_story(facts_of: FactsOf) -> None:
    facts = facts_of("OSLO, Dec 3 (Reuters) - The ferry operator raised 2.4 billion Norwegian crowns in new shares, "
                     "and a charity gave 500,000 Czech crowns. Tickets will cost 90 crowns from January.")
    assert _money(facts) == [("2.4 billion Norwegian crowns", 2_400_000_000, "NOK"),
                             ("500,000 Czech crowns", 500_000, "CZK"), ("90 crowns", 90, "NOK")]
