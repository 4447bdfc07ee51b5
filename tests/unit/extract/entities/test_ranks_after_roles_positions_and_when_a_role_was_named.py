"""A spokesman with a rank speaks as the spokesman, a position opening a sentence is a title and
not part of the name, and when something was said is no part of a role (stories invented here)."""


def _person(facts, name):  # type: ignore[no-untyped-def]
    ent = next((e for e in facts.entities if e.label == "PERSON" and e.name == name), None)
    assert ent is not None, [e.name for e in facts.entities]
    return ent


def test_a_spokesman_with_a_rank_speaks_as_the_spokesman(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BULAWAYO, Zimbabwe (AP) — Nine people died when a minibus overturned on Saturday, police "
                     "spokesman Assistant Commissioner Tendai Moyo told The Associated Press.")
    titles = [r.title for r in _person(facts, "Tendai Moyo").roles]
    assert titles and all(t is not None and t.endswith("spokesman") for t in titles)


def test_a_position_opening_a_sentence_is_a_title_not_a_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ATHENS (AP) — Panathinaikos beat Real Madrid 88-80 on Thursday. Center Kofi Mensah "
                     "left the game in the third quarter with a knee injury, the club said.")
    assert any(e.name == "Kofi Mensah" for e in facts.entities if e.label == "PERSON")
    assert not any(e.name.startswith("Center") for e in facts.entities)


def test_when_a_spokeswoman_spoke_is_no_part_of_her_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("POZNAN, Poland (AFP) - Police detained nine people on Thursday. Later on Friday a "
                     "spokeswoman for the regional prosecutor's office, Ewa Kowalczyk, said two more suspects "
                     "had been held.")
    roles = _person(facts, "Ewa Kowalczyk").roles
    assert any(r.title == "spokeswoman" and r.affiliation == "regional prosecutor's office" for r in roles)


def test_a_firm_named_by_what_it_makes_is_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("AARHUS, Denmark (Reuters) - Danish wind turbine maker Vestkyst Vind posted its first "
                     "quarterly profit in two years on Thursday.")
    assert any(e.label == "ORG" and e.name == "Vestkyst Vind" for e in facts.entities)


def test_a_dotted_rank_before_the_name_joins_the_office_told_after_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    from worker.core.summary import summarize
    facts = facts_of("Nine people were treated for burns, said Col. Amara Diallo, the city's fire chief. "
                     "Two stalls were looted, district police commander Supt. Joseph Mensah said.")
    people = {p["name"]: p.get("title") for p in summarize(facts)["persons"]}
    assert people["Amara Diallo"] == "fire chief Col."
    assert people["Joseph Mensah"] == "district police commander Supt."
