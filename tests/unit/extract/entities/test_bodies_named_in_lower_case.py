"""Bodies wire copy names in lower case by what they do ('the health ministry', 'the national
police', 'the Rennes prosecutor's office') are organisations; a head word alone refers back, and a
body that qualifies a title is part of the title (stories invented here)."""


def _bodies(facts):  # type: ignore[no-untyped-def]
    return {e.name for e in facts.entities if e.label == "ORG"}


def test_a_portfolio_ministry_in_lower_case_is_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (AFP) - The health ministry said on Monday that 14 clinics had run out of insulin.")
    assert "health ministry" in _bodies(facts)


def test_a_national_police_and_a_weather_bureau_are_bodies(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA (Reuters) - The national police said roads were closed, and the weather bureau "
                     "warned of more rain on Tuesday.")
    assert {"national police", "weather bureau"} <= _bodies(facts)


def test_a_town_named_first_is_part_of_its_prosecutors_office(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("RENNES, France (AFP) - The Rennes prosecutor's office said two men had been charged.")
    assert "Rennes prosecutor's office" in _bodies(facts)


def test_a_head_word_alone_or_a_level_alone_names_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (AFP) - The ministry said on Monday that the regional office would reopen.")
    assert not {"ministry", "regional office"} & _bodies(facts)


def test_a_body_that_qualifies_a_title_is_no_body_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (AFP) - A health ministry spokesman said the clinics would reopen on Monday.")
    assert "health ministry" not in _bodies(facts)


def test_a_countrys_lower_case_ministry_leaves_the_country_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PORT VILA, Dec 15 (Reuters) - Vanuatu and Fiji signed a fisheries pact on Tuesday. The pact "
                     "will then be lodged with the United Nations, the Vanuatu foreign ministry said.")
    assert "Vanuatu" in {e.name for e in facts.entities if e.label == "GPE"}
