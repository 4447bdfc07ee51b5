"""How far a reported clause runs: phrases after its comma that have no clause of their own are
still what was said (stories invented here)."""


def _indirect(facts):  # type: ignore[no-untyped-def]
    return [q.text for q in facts.quotes if q.kind == "indirect"]


def test_a_phrase_after_the_content_s_comma_is_still_said(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The league said about 9,000 fans attended, the largest crowd at the stadium this year.")
    assert _indirect(facts) == ["about 9,000 fans attended, the largest crowd at the stadium this year"]


def test_a_clause_of_its_own_after_the_comma_is_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The league said about 9,000 fans attended, but the club disputed the figure.")
    assert _indirect(facts) == ["about 9,000 fans attended"]


def test_words_before_a_trailing_speaker_are_all_said(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Thirty people were pulled from the sea alive, most of them by fishermen who heard the "
                     "distress call, the coast guard said.")
    assert _indirect(facts) == ["Thirty people were pulled from the sea alive, most of them by fishermen who "
                                "heard the distress call"]


def test_a_second_content_verb_whose_past_is_its_base_form_is_still_said(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The carmaker said on Monday it would cut 600 jobs and shut its oldest paint shop "
                     "near Gdansk.")
    assert _indirect(facts) == ["it would cut 600 jobs and shut its oldest paint shop near Gdansk"]
