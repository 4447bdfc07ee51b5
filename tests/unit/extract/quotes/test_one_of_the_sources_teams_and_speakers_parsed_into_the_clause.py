"""'One of the sources said' as written, a body brought in by 'a' that looks back to no one, and a
trailing said-clause whose speaker the parser hung inside the report (stories invented here)."""


def _said(facts, word):  # type: ignore[no-untyped-def]
    return [(q.speaker, q.kind, q.text) for q in facts.quotes if word in q.text]


def test_one_of_the_sources_told_before_speaks_as_written(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GAO, Mali (Reuters) - Gunmen raided a market on Friday, three local sources told Reuters. "
                     "Six traders were wounded, one of the sources said.")
    assert [(s, k) for s, k, _ in _said(facts, "Six traders")] == [("one of the sources", "indirect")]


def test_a_team_brought_in_by_a_speaks_as_written_not_as_a_body_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AFP) - The race will go to a runoff, the National Jury of Elections said on Monday. "
                     "A team of observers from the European Union said the count had been calm.")
    assert [s for s, _, _ in _said(facts, "the count had been calm")] == ["team of observers from the European Union"]


def test_a_speaker_hung_inside_the_report_ends_the_report_and_speaks_for_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AFP) - The race will go to a runoff, the National Elections Commission said on Monday. "
                     "With 90 percent of ballots counted, Quispe had 41 percent, ahead of Rojas with 37 percent, the "
                     "commission, known by its Spanish initials CNE, said.")
    (found,) = _said(facts, "90 percent")
    assert found[0] == "National Elections Commission"
    assert found[2].endswith("ahead of Rojas with 37 percent")
