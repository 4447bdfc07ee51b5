"""A body named before a person's title: 'Arianespace chief executive X', 'IEBC chairman X'."""

from worker.core.models.entities import Entity


def _person(facts, name: str) -> Entity:  # type: ignore[no-untyped-def]
    return next(e for e in facts.entities if e.label == "PERSON" and e.name == name)


def test_a_company_before_a_two_word_title_is_the_affiliation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The ferry left port on time, Nordlys Shipping chief executive Maren Dahl said.")
    role = _person(facts, "Maren Dahl").roles[0]
    assert (role.title, role.affiliation) == ("chief executive", "Nordlys Shipping")
    assert any(e.label == "ORG" and e.name == "Nordlys Shipping" for e in facts.entities)


def test_a_club_the_model_calls_an_adjective_is_the_affiliation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("After the draw, Tarragona coach Ines Roig praised her goalkeeper.")
    role = _person(facts, "Ines Roig").roles[0]
    assert (role.title, role.affiliation) == ("coach", "Tarragona")


def test_a_capitalised_common_word_opening_a_sentence_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Opposition leader Hugo Brandt walked out of the chamber on Tuesday.")
    assert all(r.affiliation != "Opposition" for r in _person(facts, "Hugo Brandt").roles)
    assert not any(e.label == "ORG" and e.name == "Opposition" for e in facts.entities)



def test_a_short_form_before_a_title_is_the_body_named_in_full(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The National Grid Regulatory Authority approved the tariff on Monday. "
                     "NGRA chairwoman Odile Masson said bills would rise by 4%.")
    role = _person(facts, "Odile Masson").roles[0]
    assert role.affiliation == "National Grid Regulatory Authority"
    assert not any(e.label == "ORG" and e.name == "NGRA" for e in facts.entities)


def test_a_race_is_not_an_organisation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Lindqvist won the ninth stage of the Tour de Suisse, his team Nordhav Cycling said.")
    assert not any(e.name.startswith("Tour") for e in facts.entities)


def test_a_company_later_called_by_its_first_word_is_not_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kessington Freight laid off 300 drivers on Monday. Kessington's shares fell 4%.")
    assert not any(e.label == "PERSON" for e in facts.entities)
    firm = next(e for e in facts.entities if e.name == "Kessington Freight")
    assert "Kessington" in firm.aliases


def test_a_body_opening_a_sentence_counts_when_the_story_names_it_elsewhere(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The launch slipped again on Friday, a statement from Korvalis said.\n\n"
                     "Korvalis chief executive Petra Lund said the next attempt would come in May.")
    role = _person(facts, "Petra Lund").roles[0]
    assert (role.title, role.affiliation) == ("chief executive", "Korvalis")


def test_an_age_before_a_title_is_not_part_of_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The home side won late, with 21-year-old striker Tomas Ferrer scoring twice.")
    assert [r.title for r in _person(facts, "Tomas Ferrer").roles] == ["striker"]


def test_a_body_named_x_of_y_before_a_title_is_the_whole_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Crews held the fire line overnight. Municipal District of Upper Kestrel spokesperson "
                     "Ana Whitlock said 900 homes stood empty.")
    role = _person(facts, "Ana Whitlock").roles[0]
    assert role.affiliation == "Municipal District of Upper Kestrel"
    assert not any(e.label == "ORG" and e.name == "Upper Kestrel" for e in facts.entities)


def test_an_occupation_by_its_ending_is_a_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Hydrologist Mira Holt said the river was at its lowest level in 40 years.")
    assert _person(facts, "Mira Holt").roles[0].title == "Hydrologist"


def test_a_short_form_and_title_the_parser_took_for_a_pronoun_and_verb_still_make_the_role(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Malaria cases doubled in the north, the World Health Organization (WHO) said. "
                     "WHO representative Grace Mbeki said clinics were running out of nets.")
    role = _person(facts, "Grace Mbeki").roles[0]
    assert (role.title, role.affiliation) == ("representative", "World Health Organization")


def test_a_role_noun_before_a_name_in_apposition_is_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police detained the suspected gunman, Owen Tarlow, 34, at his brother's flat.")
    assert _person(facts, "Owen Tarlow").roles[0].title == "suspected gunman"


def test_initials_before_a_capitalised_title_are_the_body_even_untagged(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (Reuters) - UNDP Administrator Tomas Berglund said the fund had run dry. "
                     "ILO Director-General Mireille Okoro told reporters wages were falling.")
    assert [(r.title, r.affiliation) for r in _person(facts, "Tomas Berglund").roles] == [("Administrator", "UNDP")]
    assert [(r.title, r.affiliation) for r in _person(facts, "Mireille Okoro").roles] == [("Director-General", "ILO")]


def test_a_title_in_capitals_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Brightline CEO Anna Kowalczyk said ridership had doubled.")
    assert all(r.affiliation != "CEO" for r in _person(facts, "Anna Kowalczyk").roles)
