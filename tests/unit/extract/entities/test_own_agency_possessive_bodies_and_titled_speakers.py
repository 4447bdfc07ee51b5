"""The filing agency spoken to in its own copy, a body whose name ends in a possessive, a plural
noun opening a sentence, and a titled speaker the model took for a title of a work (stories
invented here)."""


def _names(facts, label):  # type: ignore[no-untyped-def]
    return [e.name for e in facts.entities if e.label == label]


def test_the_agency_a_source_told_under_its_own_dateline_is_no_body_of_the_story(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADURAI, India (AFP) - Dog bites have tripled this year, the hospital's dean, Dr. Priya "
                     "Raman, told AFP.")
    assert "AFP" not in _names(facts, "ORG")


def test_another_agency_told_is_still_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADURAI, India (AP) — Dog bites have tripled this year, the hospital's dean, Dr. Priya "
                     "Raman, told Reuters.")
    assert "Reuters" in _names(facts, "ORG")


def test_a_body_named_with_a_possessive_keeps_it_when_a_verb_follows(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GRAZ, Austria (Reuters) - Moody's said on Monday the steelmaker's debt would stay high.")
    assert "Moody's" in _names(facts, "ORG")


def test_a_plural_noun_opening_a_sentence_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ABUJA (AFP) - Drivers switched off their apps on Monday. Commuters struggled to find "
                     "rides across the city.")
    assert "Commuters" not in _names(facts, "ORG")


def test_a_titled_speaker_after_a_quote_is_a_person_whatever_the_model_calls_him(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DAKAR (AFP) - \"This deal gives our boats a future for the next decade,\" Senegal's "
                     "Foreign Minister Ousmane Diallo told AFP. Diallo said the president would travel on "
                     "Wednesday.")
    people = [(e.name, e.roles[0].title if e.roles else None) for e in facts.entities if e.label == "PERSON"]
    assert ("Ousmane Diallo", "Foreign Minister") in people
    assert "Diallo" not in _names(facts, "ORG")
