"""Unnamed people as speakers: a relative clause hung inside the speaker's phrase is no part of it,
and 'he said' after an unnamed teller in the sentence before is that teller (stories invented here)."""


def _quotes(facts):  # type: ignore[no-untyped-def]
    return [(q.kind, q.speaker) for q in facts.quotes]


def test_a_relative_clause_inside_an_unnamed_speaker_is_cut_from_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A driver for an aid convoy, who asked not to be named, told reporters that the road had "
                     "been closed since dawn.")
    assert ("indirect", "driver for an aid convoy") in _quotes(facts)


def test_he_said_after_an_unnamed_teller_is_that_teller(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police Chief Omar Haddad said the bridge would reopen on Monday.\n\n"
                     "A ferryman on the east bank told reporters that the water had risen overnight. "
                     "\"We lost two boats before dawn,\" he said.")
    assert ("direct", "ferryman on the east bank") in _quotes(facts)


def test_he_said_after_a_named_teller_stays_with_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A ferryman on the east bank said the water had risen overnight.\n\n"
                     "Police Chief Omar Haddad told reporters that the bridge would reopen on Monday. "
                     "\"We will check every pillar first,\" he said.")
    assert ("direct", "Omar Haddad") in _quotes(facts)
