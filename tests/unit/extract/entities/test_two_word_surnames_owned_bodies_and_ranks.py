"""A surname of two words given alone is the person's; a body the model cut at its owner's mark is
whole; a naval rank is a title, not part of a name (stories invented here)."""


def _by_name(facts, name):  # type: ignore[no-untyped-def]
    return next(e for e in facts.entities if e.name == name)


def test_a_two_word_surname_alone_is_the_person_not_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANTWERP, Belgium (AP) — A court jailed Pieter Van Damme, 58, on Tuesday for dumping acid. "
                     "Prosecutors said Van Damme had saved his firm a fortune. Van Damme will appeal.")
    person = _by_name(facts, "Pieter Van Damme")
    assert person.label == "PERSON" and "Van Damme" in person.aliases
    assert not any(e.label == "ORG" and e.name == "Van Damme" for e in facts.entities)


def test_a_body_cut_at_its_owners_mark_keeps_its_last_word(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LA PAZ (Reuters) - The march was called by the Bolivian Miners' Federation (FSTMB), the "
                     "oldest union in the country, on Monday.")
    body = next(e for e in facts.entities if e.label == "ORG" and "Miners" in e.name)
    assert body.name == "Bolivian Miners' Federation"


def test_a_commodore_is_a_title_not_part_of_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CEBU, Philippines (AFP) - A ferry sank on Monday. Navy spokesman Commodore Luis Abad said "
                     "40 people had been rescued.")
    assert any(e.label == "PERSON" and e.name == "Luis Abad" for e in facts.entities)
    assert not any(e.name.startswith("Commodore") for e in facts.entities)
