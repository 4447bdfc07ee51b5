"""A quote its said-clause interrupts after an earlier quote, a body that reports again as 'It', a
body that reports in a relative clause, and a report the parser read as an adjective (stories
invented here)."""


def _said(facts, word):  # type: ignore[no-untyped-def]
    return [(q.speaker, q.kind) for q in facts.quotes if word in q.text]


def test_a_quote_interrupted_by_she_said_after_another_quote_is_one_quote_of_hers(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOKOTO, Nigeria (Reuters) - Cases doubled. \"We are running out of beds,\" said Dr. Amina "
                     "Garba, the agency's officer in Sokoto. \"Every night we wait,\" she said, \"more babies fall "
                     "ill.\"")
    joined = [q for q in facts.quotes if "Every night we wait" in q.text]
    assert len(joined) == 1 and "more babies fall ill" in joined[0].text
    assert joined[0].speaker == "Amina Garba"


def test_it_said_after_a_ministry_s_report_is_the_ministry_again(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BAMAKO (Reuters) - Gunmen attacked a checkpoint on Monday, the defence ministry said in "
                     "a statement. It said nine soldiers were wounded and two vehicles were burned.")
    assert _said(facts, "nine soldiers") == [("defence ministry", "indirect")]


def test_it_said_after_a_person_s_report_is_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BAMAKO (Reuters) - Gunmen attacked a checkpoint on Monday, army spokesman Souleymane "
                     "Dembele said. It said nothing about the wounded.")
    assert _said(facts, "nothing about") == []


def test_a_body_that_reports_in_a_relative_clause_is_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA (AFP) - The strike was called by the Ghana Road Transport Coordinating Council "
                     "(GRTCC), which said most of its 40,000 members had stopped work.")
    assert [s for s, _ in _said(facts, "40,000 members")] == ["Ghana Road Transport Coordinating Council"]


def test_a_report_whose_verb_the_parser_took_for_an_adjective_is_still_reported(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("JINJA, Uganda (AP) — Police arrested 11 people on Monday, police spokesman Samuel Okello "
                     "said. Okello said the ring forged animal movement permits and used trucks to move the "
                     "cattle at night.")
    assert _said(facts, "forged animal movement permits") == [("Samuel Okello", "indirect")]


def test_a_trailing_it_said_after_a_body_s_report_is_the_body_and_it_inside_a_clause_is_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KADUGLI, Sudan (AFP) - Shelling hit a market on Sunday, the local doctors' network said. "
                     "Women and children were among the dead, it said. Nurses protested over wages which it said "
                     "had not been paid since May.")
    assert _said(facts, "among the dead") == [("local doctors' network", "indirect")]
    assert _said(facts, "not been paid") == []
