"""A headline's 'X says' is no quote of the story; 'he said' after a sentence whose subject is an
unnamed person is that person; a name right after a said-verb the parser left without a subject
said it; a name inside the quote is never the one 'he' refers to (stories invented here)."""


def _quotes(facts):  # type: ignore[no-untyped-def]
    return [(q.text, q.speaker, q.kind) for q in facts.quotes]


def test_a_headline_said_clause_is_not_a_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Gunmen kill nine in hamlet raid, army says air strikes hit raiders\n\nMAIDUGURI, Nigeria (AFP) - Gunmen killed nine "
                     "farmers in a raid on a hamlet on Tuesday, police said.")
    assert [(q.speaker, q.kind) for q in facts.quotes] == [("police", "indirect")]


def test_he_after_a_sentence_an_unnamed_official_opens_is_that_official(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('GAO, Mali (AFP) - The defence ministry put the toll at nine. A local official reached by '
                     'telephone gave a higher figure. "We have counted twelve graves so far," he said.')
    assert ("We have counted twelve graves so far", "local official", "direct") in _quotes(facts)


def test_a_name_right_after_a_said_verb_without_a_subject_said_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('CEBU, Philippines (AFP) - A ferry sank on Monday. "The water came over the rail in '
                     'seconds," said Aina Reyes, a 31-year-old nurse who held on to a cooler for four hours before '
                     'a fishing boat picked her up.')
    assert ("The water came over the rail in seconds", "Aina Reyes", "direct") in _quotes(facts)


def test_he_is_never_the_subject_of_the_quote_he_closes(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('OSLO (Reuters) - Kjell Aune, a glaciologist at the institute, said the maps needed '
                     'redrawing. "Jostedal alone is not going to drown anyone," he said.')
    (quote,) = [q for q in facts.quotes if q.kind == "direct"]
    assert quote.speaker == "Kjell Aune"
