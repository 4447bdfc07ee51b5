"""Bodies defined by the acronym after them, whatever the model called their name, and the kind of
body written after a name, which is no part of it (stories invented here)."""


def _bodies(facts):  # type: ignore[no-untyped-def]
    return [e.name for e in facts.entities if e.label == "ORG"]


def test_a_branch_defined_by_its_acronym_is_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("EDMONTON, Alberta (AP) — Officers with Alberta's Fish and Wildlife Enforcement Branch (FWEB) "
                     "seized 12 elk antlers from a barn on Monday.")
    assert "Fish and Wildlife Enforcement Branch" in _bodies(facts)


def test_a_river_branch_without_an_acronym_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("WALTON, N.Y. (AP) — The Delaware River's West Branch rose 6 feet overnight, flooding two "
                     "farms, county officials said.")
    assert "West Branch" not in _bodies(facts)


def test_an_office_named_after_the_un_is_one_body_with_its_acronym(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GOMA, Congo (AFP) - The United Nations Office for the Coordination of Humanitarian Affairs "
                     "(OCHA) said on Friday that 52,000 people had fled the fighting. OCHA said roads were cut.")
    bodies = [e for e in facts.entities if e.label == "ORG"]
    office = [e for e in bodies if e.name == "United Nations Office for the Coordination of Humanitarian Affairs"]
    assert office and "OCHA" in office[0].aliases
    assert not any(e.name.startswith("Office for") for e in bodies)


def test_a_transliterated_group_spelling_its_acronym_is_the_body_not_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BAMAKO (AFP) - Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the ambush in a "
                     "statement, saying its fighters had taken two trucks.")
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in _bodies(facts)
    assert not [e for e in facts.entities if e.label == "PERSON"]
    assert [q.speaker for q in facts.quotes] == ["Jama'at Nusrat al-Islam wal-Muslimin"]


def test_an_institute_for_two_listed_fields_is_one_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HOBART, Australia (AP) — Scientists at the university's Institute for Coastal and Polar "
                     "Studies said the sea ice had retreated early.")
    assert "Institute for Coastal and Polar Studies" in _bodies(facts)


def test_the_kind_of_body_after_a_news_agency_is_cut(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BEIJING (AP) — The state-run Xinhua news agency said the dam had held overnight.")
    assert "Xinhua" in _bodies(facts)
    assert "Xinhua news" not in _bodies(facts)


def test_a_coast_guard_opening_a_sentence_is_still_no_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA (AP) — A ferry sank off Mindoro on Sunday. Coast guard crews rescued 41 passengers, "
                     "officials said.")
    assert not [b for b in _bodies(facts) if b.startswith("Coast")]


def test_a_minister_in_a_town_no_other_country_has_serves_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Uppsala (AFP) - Justice Minister Gunnar Lind said on Friday the shooting was an attack on "
                     "everyone.")
    roles = {e.name: [(r.title, r.affiliation) for r in e.roles] for e in facts.entities if e.label == "PERSON"}
    assert roles["Gunnar Lind"] == [("Justice Minister", "Sweden")]
