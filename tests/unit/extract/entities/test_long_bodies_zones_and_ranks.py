"""Long body names the model cuts at a comma or at 'and', made whole by the acronym after them or by
the field they go on to name; a time zone after a clock time and a rank before a name are no
bodies (sentences invented here)."""

from worker.core.extract.entities.acronyms import _skips_one


def _orgs(facts):  # type: ignore[no-untyped-def]
    return [e.name for e in facts.entities if e.label == "ORG"]


def test_a_union_named_across_a_comma_is_one_body_by_its_acronym(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Ghana Registered Nurses, Midwives and Pharmacists Association (GRNMPA) said its "
                     "members would stop work on Monday.")
    assert "Ghana Registered Nurses, Midwives and Pharmacists Association" in _orgs(facts)


def test_an_acronym_may_leave_out_one_word_of_a_long_name() -> None:
    assert _skips_one("KMPPDU", "KMPDU")
    assert not _skips_one("KMPPDU", "XMPDU")      # the first letter must be kept
    assert not _skips_one("ABC", "AB")            # too short to tell


def test_two_bodies_joined_by_and_stay_two(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Officials of the Bank of Ghana and the Ghana Revenue Authority (GRA) met on Tuesday.")
    orgs = _orgs(facts)
    assert "Ghana Revenue Authority" in orgs and not any("Bank of Ghana and" in o for o in orgs)


def test_an_institute_for_two_fields_is_one_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Researchers at the Institute for Coastal and Polar Studies in Tromso said the ice had thinned.")
    assert "Institute for Coastal and Polar Studies" in _orgs(facts)


def test_a_time_zone_after_a_clock_time_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The shares were down 3.1% at 14.20 euros by 1030 GMT, traders said.")
    assert "GMT" not in _orgs(facts)


def test_a_rank_before_a_name_is_no_body_but_the_person_keeps_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The army's spokesman, Brigadier General Aung Kyaw Min, said the strike hit a weapons store.")
    assert "Brigadier General" not in _orgs(facts)
    person = next(e for e in facts.entities if e.label == "PERSON")
    assert person.name == "Aung Kyaw Min" and "Brigadier General" in [r.title for r in person.roles]


def test_an_elected_office_of_a_place_is_affiliated_with_that_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Senator Dana Whitfield of Nebraska said the deal freed dangerous men. Farmer Joe Pike of "
                     "Iowa said prices had fallen.")
    roles = {e.name: [(r.title, r.affiliation) for r in e.roles] for e in facts.entities if e.label == "PERSON"}
    assert roles["Dana Whitfield"] == [("Senator", "Nebraska")]
    assert all(a is None for _, a in roles["Joe Pike"])   # a farmer of Iowa serves no one there


def test_no_name_ends_in_and_a_hospital_named_past_it_is_one_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Six patients were moved to Moi Kipsang Teaching and Referral Hospital in Eldoret, she said.")
    names = [e.name for e in facts.entities]
    assert "Moi Kipsang Teaching and Referral Hospital" in names and not any(n.endswith(" and") for n in names)


def test_a_ministry_whose_field_goes_on_past_and_is_one_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Ministry of Rural Development and Cooperatives said 4,000 homes were flooded.")
    assert "Ministry of Rural Development and Cooperatives" in _orgs(facts)


def test_a_ministry_and_an_acronym_after_it_stay_two_bodies(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Ministry of Education and UNESCO said 400 schools had reopened.")
    assert "Ministry of Education and UNESCO" not in _orgs(facts)
