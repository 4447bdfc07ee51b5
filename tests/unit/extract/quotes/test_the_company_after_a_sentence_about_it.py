"""'The company said' after a sentence about one company is that company, not a public body the
story named more often; 'the Swiss carmaker said' is the carmaker named before, not the country
(stories invented here)."""


def _speakers(facts):  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts.quotes if q.kind == "indirect"]


def test_the_company_is_the_body_the_sentence_before_was_about(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LISBON, Dec 7 (Reuters) - A Lisbon court fined a wine exporter for grant fraud on Monday. "
                     "Investigators from the European Anti-Fraud Office (OLAF) said the scheme ran for six years. "
                     "The European Anti-Fraud Office said it welcomed the ruling. Quinta Verde Wines, based near "
                     "Santarem, has since replaced its board. The company said it would pay the fine.")
    assert _speakers(facts)[-1] == "Quinta Verde Wines"


def test_a_kind_of_body_with_its_nationality_is_the_body_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ZURICH (Reuters) - Shares in Alpen Motors fell 9% on Monday after the Swiss carmaker said "
                     "its profit had halved.")
    assert _speakers(facts) == ["Alpen Motors"]
