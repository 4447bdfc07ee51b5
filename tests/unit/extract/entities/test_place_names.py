"""Place names as a reader writes them: without the generic noun after them, and never a disease
named after a town (stories invented here)."""


def _places(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in facts.entities if e.label in ("GPE", "LOC")}


def test_a_lower_case_place_noun_after_a_name_is_not_part_of_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA (AP) — The quake struck near Darende, a town in Malatya province, and rescuers also "
                     "reached Kemaliye town before dawn.")
    assert "Malatya province" not in _places(facts) and "Kemaliye town" not in _places(facts)


def test_a_disease_named_after_a_town_is_no_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Uganda confirmed two cases of Marburg virus disease in Kasese on Monday. It was the country's "
                     "second Marburg outbreak in three years, and there is no vaccine for Marburg.")
    assert "Marburg" not in _places(facts) and "Kasese" in _places(facts)
