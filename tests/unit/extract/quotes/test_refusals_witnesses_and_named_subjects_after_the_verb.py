"""A report refused tells nothing said, an agency's witness is the witness, and a name after
'said co-author' is the speaker however the parser splits the title (stories invented here)."""


def _quotes(facts):  # type: ignore[no-untyped-def]
    return [(q.speaker, q.text) for q in facts.quotes]


def test_what_a_spokesman_did_not_say_is_no_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOR, South Sudan (Reuters) - Police spokesman Daniel Majok said eight herders had been "
                     "arrested. He did not say how many cattle were recovered.")
    assert [t for _, t in _quotes(facts)] == ["eight herders had been arrested"]


def test_what_a_ministry_declined_to_say_is_no_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TBILISI (AFP) - The interior ministry declined to say whether the two men had been "
                     "charged.")
    assert _quotes(facts) == []


def test_an_agency_s_witness_is_the_witness(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SUMY, Ukraine (Reuters) - Ambulances lined the road outside the hospital on Sunday "
                     "morning, a Reuters witness said.")
    speakers = [s for s, _ in _quotes(facts)]
    assert speakers == ["Reuters witness"]


def test_a_name_after_a_hyphenated_title_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("FAIRBANKS, Alaska (AP) — The thaw is reaching deeper every summer, said co-author "
                     "Ruth Kalluk, a hydrologist.")
    assert [s for s, _ in _quotes(facts)] == ["Ruth Kalluk"]
