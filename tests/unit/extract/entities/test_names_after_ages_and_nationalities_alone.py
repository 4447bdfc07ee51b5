"""A name after an age is a person's, whatever the model tagged;
a nationality alone ('a German, who ...') names no one (stories invented here)."""


def _labels(facts):  # type: ignore[no-untyped-def]
    return {e.name: e.label for e in facts.entities}


def test_a_name_after_an_age_is_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MBUJI-MAYI, Congo (AFP) - A mother in the district of Mbuji-Mayi, 33-year-old Ilunga Mbayo, said "
                     "she had walked four hours with her sons to reach a clinic.")
    assert _labels(facts).get("Ilunga Mbayo") == "PERSON"


def test_a_nationality_alone_is_no_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ALGIERS (AP) — Two Italians and a German, who worked for a water charity, were freed on "
                     "Saturday, the foreign ministry said.")
    assert "German" not in [e.name for e in facts.entities if e.label == "PERSON"]
