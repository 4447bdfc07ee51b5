"""A spokesman 'for the state-owned operator Silesian Coal Company' speaks for the company, a
'Geneva-based director of operations of X' is X's director, and a minister named in a sentence
about another country's government is that country's (stories invented here)."""


def _role(facts, name):  # type: ignore[no-untyped-def]
    (person,) = [e for e in facts.entities if e.label == "PERSON" and e.name == name]
    return next(((r.title, r.affiliation) for r in person.roles if r.title), (None, None))


def test_a_body_in_apposition_to_its_kind_is_the_affiliation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSTRAVA, Czech Republic (AP) - Nine men were hurt, said Pavel Novak, a spokesman for the "
                     "state-owned operator Moravian Coal Company.")
    assert _role(facts, "Pavel Novak") == ("spokesman", "Moravian Coal Company")


def test_where_a_director_is_based_is_not_the_body_they_direct(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("AMMAN (AP) - \"They are safe,\" said Sara Lindholm, the Oslo-based director of operations "
                     "of Northern Relief Alliance, which runs clinics in the area.")
    assert _role(facts, "Sara Lindholm") == ("director", "Northern Relief Alliance")


def test_a_minister_reading_another_governments_statement_is_that_countrys(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BRUSSELS (Reuters) - The EU froze assets of 12 officials. Honduras's government rejected the "
                     "measures in a statement read by Deputy Foreign Minister Carlos Mejia.")
    assert _role(facts, "Carlos Mejia") == ("Deputy Foreign Minister", "Honduras")
