"""Where a reported clause stops and who speaks it, in shapes new wire copy brings."""


def _indirect(facts_of, body: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.text, q.speaker) for q in facts_of(body).quotes if q.kind != "direct"]


def test_a_finite_verb_after_a_modal_content_clause_is_the_speakers_own_act(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = _indirect(facts_of, "The Harbour Pilots Guild said it would refuse overtime and booked a hall for a vote.")
    assert quotes == [("it would refuse overtime", "Harbour Pilots Guild")]


def test_a_further_that_clause_is_still_content(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = _indirect(facts_of, "Mayor Ilse Brandt said the bridge was safe and that repairs would start in spring.")
    assert quotes[0][0] == "the bridge was safe and that repairs would start in spring"


def test_a_group_at_a_named_body_speaks_for_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = _indirect(facts_of, "Economists at Corvane Capital said the rate cut had come too late.")
    assert quotes == [("the rate cut had come too late", "Corvane Capital")]


def test_a_nationality_qualifying_an_unnamed_source_keeps_the_source_as_written(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = _indirect(facts_of, "Dozens of fishing boats were seized near the reef, Filipino officials said.")
    assert quotes[0][1] == "Filipino officials"


def test_a_content_clause_hung_on_a_phrase_between_is_still_reported(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = _indirect(facts_of, "Doctors at Meridian General said in a letter that waiting lists had doubled since spring.")
    assert quotes and quotes[0][0] == "waiting lists had doubled since spring"


def test_a_trailing_said_clause_covers_every_clause_before_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = _indirect(facts_of, "One climber fell near the summit on Sunday, and a second was found dead in his tent, "
                                 "rescuers said.")
    assert quotes[0][0].startswith("One climber fell near the summit")


def test_a_clause_opening_in_its_own_words_keeps_a_long_partial_quote(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = _indirect(facts_of, 'Its harbour master, Ruth Okoye, said the channel was "far too shallow for tankers" '
                                 "and warned that dredging would take months.")
    assert ("the channel was far too shallow for tankers", "Ruth Okoye") in quotes


def test_words_quoted_inside_a_reported_clause_are_the_reporters(facts_of) -> None:  # type: ignore[no-untyped-def]
    quotes = facts_of('Hanoi would answer "with equal force", defence spokesman Pham Quoc Bao said.').quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Pham Quoc Bao"]
