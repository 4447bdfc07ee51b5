"""Organisations the model misses or mislabels, read from how the story names them (``bodies``)."""


def _orgs(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in facts.entities if e.label == "ORG"}


def _people(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in facts.entities if e.label == "PERSON"}


def test_a_name_in_apposition_to_a_kind_of_body_is_that_body_everywhere(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Skyvale, the Danish regional airline, said it would drop six routes in the "
                     "winter.\n\nShares in Skyvale fell 2% in Copenhagen.")
    skyvale = [e for e in facts.entities if e.name == "Skyvale"]
    assert [e.label for e in skyvale] == ["ORG"]
    assert len(skyvale[0].mentions) == 2


def test_a_portfolio_before_a_country_is_that_country_agency(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Environment Canada warned of gusts of up to 90 km an hour on Saturday.")
    assert "Environment Canada" in _orgs(facts)
    assert not any(e.label in ("GPE", "LOC") and e.name == "Canada" for e in facts.entities)


def test_capitalised_words_ending_in_a_body_word_are_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Harlow County Sheriff's Office said two deputies were hurt in the crash.\n\n"
                     "The opposition Liberty Movement called for an inquiry.")
    assert {"Harlow County Sheriff's Office", "Liberty Movement"} <= _orgs(facts)


def test_a_body_word_before_a_capitalised_title_is_part_of_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The gunman fled on foot, Harlow Police Chief Dana Ross said on Monday.")
    assert not any(name.endswith("Police") for name in _orgs(facts))
    assert "Dana Ross" in _people(facts)


def test_a_firm_with_a_legal_form_is_no_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The bank's lawyers, Marsh Odell LLP, declined to comment.")
    assert "Marsh Odell LLP" in _orgs(facts)
    assert "Marsh Odell LLP" not in _people(facts)


def test_a_name_before_a_media_noun_is_the_outlet(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("\"It was chaos,\" a passenger told Rede Sul television.")
    assert "Rede Sul" in _orgs(facts)


def test_a_nationality_and_a_portfolio_before_minister_are_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The pipeline deal was signed by Zambian Energy Minister Mwila Banda on Tuesday.")
    assert not any("Energy" in name for name in _orgs(facts))
    role = next(e for e in facts.entities if e.name == "Mwila Banda").roles[0]
    assert role.title is not None and "Minister" in role.title


def test_a_country_lower_case_body_described_in_apposition_is_the_named_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway's maritime authority, the Norwegian Maritime Directorate (NMD), ordered "
                     "the ferry to stay in port.")
    assert not any("authority" in name for name in _orgs(facts))


def test_a_first_name_alone_tagged_after_a_title_takes_the_surname_after_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("But Sevilla coach Ruben Etxeberria sent on three attackers at half-time.")
    assert "Ruben Etxeberria" in _people(facts)
    assert "Ruben" not in _people(facts)


def test_a_name_the_model_cut_short_of_its_bracketed_short_form_is_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Fighters from Islamic State Sahel Province (ISSP) attacked the camp.")
    body = next(e for e in facts.entities if e.name == "Islamic State Sahel Province")
    assert body.label == "ORG"


def test_a_name_with_a_title_in_apposition_is_a_person_whatever_its_label(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("\"The slope is still sliding,\" Hari Prasad Lamsal, the chief district officer, "
                     "told reporters.")
    assert "Hari Prasad Lamsal" in _people(facts)


def test_a_name_listed_between_two_people_is_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Lawyers for the three accused, Dylan Kerrigan, Shane Voss and Mitchell Arnott, "
                     "declined to comment.")
    assert {"Dylan Kerrigan", "Shane Voss", "Mitchell Arnott"} <= _people(facts)


def test_a_party_named_with_the_word_party_is_the_affiliation_by_its_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Opposition leader Tiago Medeiros, head of the Civic Renewal party, addressed the "
                     "crowd. Civic Renewal has 40 seats.")
    assert "Civic Renewal party" not in _orgs(facts)


def test_an_institution_of_a_place_is_a_body_even_with_who_after_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Scientists at the University of Bergen, who ran the survey, said the shelf is thinning.")
    assert "University of Bergen" in _orgs(facts)
    assert "University of Bergen" not in _people(facts)


def test_a_family_trust_is_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The largest holder, the Adeyemi Family Trust, voted against the plan on Monday.")
    assert "Adeyemi Family Trust" in _orgs(facts)
    assert "Adeyemi Family Trust" not in _people(facts)


def test_a_firm_named_again_without_its_legal_word_is_the_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Buyout firm Hollis Brandt Partners made an offer on Monday. Hollis Brandt has until "
                     "Friday to firm up the bid.")
    assert "Hollis Brandt" not in _people(facts)


def test_a_name_after_a_kind_of_body_word_is_that_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The anti-corruption association Transparencia Viva urged the ministry to publish the contracts.")
    assert "Transparencia Viva" in _orgs(facts)
    assert "Transparencia Viva" not in _people(facts)


def test_a_name_taking_which_is_no_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Rival Kessel Farben, which reports next week, has warned that its sales fell.")
    assert "Kessel Farben" not in _people(facts)
    assert "Kessel Farben" in _orgs(facts)


def test_a_federal_body_keeps_its_country_initials_ordinal_and_of_words(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The former treasurer will take his case to the 9th U.S. Circuit Court of Appeals "
                     "in San Francisco, his lawyer said.\n\nThree suppliers admitted the scheme in "
                     "March, the U.S. Attorney's Office said on Friday.")
    orgs = _orgs(facts)
    assert {"9th U.S. Circuit Court of Appeals", "U.S. Attorney's Office"} <= orgs
    assert not {"Circuit Court", "Attorney's Office"} & orgs
