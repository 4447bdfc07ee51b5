"""A body's name that runs on past the model's cut is one body: Romance joiners ('de la', 'do')
between its capitalised words, and an 'and' adding one or two words after its 'of' (stories
invented here)."""


def _orgs(facts):  # type: ignore[no-untyped-def]
    return [e.name for e in facts.entities if e.label == "ORG"]


def test_a_spanish_name_joined_by_de_la_is_one_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SANTO DOMINGO, Dec 3 (Reuters) - The Banco Central de la Republica Dominicana raised its "
                     "benchmark rate on Thursday.")
    assert "Banco Central de la Republica Dominicana" in _orgs(facts)


def test_an_and_after_the_names_of_adds_to_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("IASI, Romania (AP) — The mayor's lawyer said he would appeal to the High Court of Cassation "
                     "and Justice in Bucharest.")
    assert "High Court of Cassation and Justice" in _orgs(facts)


def test_an_and_before_another_body_leaves_the_first_name_whole(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI (Reuters) - Officials from the Ministry of Health and the Kenya Red Cross said on "
                     "Monday that the camps would close.")
    assert "Ministry of Health" in _orgs(facts)
