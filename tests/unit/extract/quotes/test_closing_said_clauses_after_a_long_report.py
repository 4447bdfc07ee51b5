"""'..., researchers at X said Monday.' closing a long sentence: the phrase after the last comma is
the speaker even when the parser takes a subject from inside the report (stories invented here)."""


def _indirect(facts):  # type: ignore[no-untyped-def]
    return [(q.text, q.speaker) for q in facts.quotes if q.kind == "indirect"]


def test_the_phrase_after_the_last_comma_speaks_a_long_report(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MISSOULA, Mont. (AP) — The snowfields of the Bitterroot range lost about a fifth of their "
                     "area in a decade, and three of them have now vanished, scientists at the Bitterroot Research "
                     "Station said Monday.")
    ((text, speaker),) = _indirect(facts)
    assert text.startswith("The snowfields") and text.endswith("have now vanished")
    assert "Bitterroot Research Station" in (speaker or "")


def test_a_body_closing_a_report_that_opens_with_a_name_is_its_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BERN (AFP) - The measures target Northern Star Shipping, a Singapore-based carrier, and two "
                     "of its directors, who are also barred from Swiss territory, the Federal Office for Trade said "
                     "in a statement.")
    ((text, speaker),) = _indirect(facts)
    assert text.startswith("The measures target") and text.endswith("barred from Swiss territory")
    assert speaker == "Federal Office for Trade"
