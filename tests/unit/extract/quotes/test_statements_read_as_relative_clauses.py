"""'said in a statement that ...' when the parser takes 'that' for a relative pronoun (stories
invented here)."""

from worker.core.extract.quotes.clauses import clause_after_phrase


def test_what_a_body_said_in_a_statement_is_reported_even_when_parsed_as_a_relative_clause(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADURAI, India (AFP) - Five people died of rabies this month. The World Health Organization "
                     "(WHO) said in a statement that India accounts for about a third of the world's rabies deaths.")
    said = [q for q in facts.quotes if "third of the world" in q.text]
    assert [(q.speaker, q.kind) for q in said] == [("World Health Organization", "indirect")]
    assert said[0].text.startswith("India accounts")


def test_a_statement_that_a_body_issued_is_a_relative_clause_not_what_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police said in a statement that officers released on Monday.")
    said = next(t for t in doc if t.lower_ == "said")
    assert clause_after_phrase(said) == []

