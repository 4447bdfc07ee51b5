"""A person's role told by ', who heads/chairs ...' or ', who runs/owns ...' after the name, when
no title names one (stories invented here)."""


def _role(facts, name):  # type: ignore[no-untyped-def]
    (person,) = [e for e in facts.entities if e.label == "PERSON" and e.name == name]
    return next(((r.title, r.affiliation) for r in person.roles), (None, None))


def test_who_heads_a_body_is_its_head(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NANDED, India (AP) - Trains were late again, said Ravi Kulkarni, who heads a farmers' "
                     "cooperative in the district.")
    assert _role(facts, "Ravi Kulkarni") == ("head", "farmers' cooperative")


def test_who_runs_a_bar_is_a_bar_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEVILLE, Spain (AP) - \"The water came in the night,\" said Carmen Ruiz, who runs a bar "
                     "beside the river.")
    assert _role(facts, "Carmen Ruiz") == ("bar owner", None)


def test_whose_centre_it_is_comes_from_for(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KASESE, Uganda (AP) - The camp is full, said Grace Nakato, who manages a transit centre "
                     "for the Uganda Red Cross Society.")
    assert _role(facts, "Grace Nakato") == ("transit centre manager", "Uganda Red Cross Society")


def test_a_title_named_before_the_name_wins_over_the_clause(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEVILLE, Spain (AP) - Mayor Carmen Ruiz, who runs a bar beside the river, said the water "
                     "rose fast.")
    assert _role(facts, "Carmen Ruiz")[0] == "Mayor"
