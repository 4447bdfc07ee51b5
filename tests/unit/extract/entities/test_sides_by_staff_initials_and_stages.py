"""Clubs told by their staff ('X coach'), by initials before a town ('THW Kiel'), by a title in
apposition ('champion X'), by a town and nickname the model missed whole; a group of a
competition is no body (stories invented here)."""


def _orgs(facts):  # type: ignore[no-untyped-def]
    return {e.name for e in facts.entities if e.label == "ORG"}


def test_a_name_before_a_coach_or_winger_is_a_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TUNIS (AFP) - Esperance beat Al Merrikh 2-0 in the African Champions League on Saturday with "
                     "a goal in each half. Al Merrikh winger Samir Dahab missed a penalty in the 30th minute, and "
                     "Al Merrikh coach Omar Nour said his players had lost their nerve.")
    assert "Al Merrikh" in _orgs(facts)


def test_initials_before_a_town_name_a_club_and_the_town_alone_is_that_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("EINDHOVEN, Netherlands (AP) — PSV Eindhoven beat Ajax 3-1 in the league on Sunday with two "
                     "goals from striker Luuk de Graaf. Eindhoven lead the table by four points, and Ajax coach "
                     "Pieter Smit said his defenders had been too slow.")
    assert "PSV Eindhoven" in _orgs(facts)
    assert not any(e.label == "PERSON" and "Eindhoven" in e.name for e in facts.entities)


def test_a_town_and_nickname_the_model_missed_are_one_club(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER (AP) — Mika Laine scored twice in the third period, and the Denver Pioneers came back "
                     "to beat the Calgary Flames 4-3 on Saturday night. Flames goaltender Aki Salo made 30 saves, and "
                     "Denver scored the winning goal on a power-play with a minute left. The Pioneers host the "
                     "Seattle Wolves on Tuesday, two points behind them in the standings.")
    orgs = _orgs(facts)
    assert "Denver Pioneers" in orgs and "Denver" not in orgs and "Pioneers" not in orgs
    assert any(e.label == "GPE" and e.name == "Denver" for e in facts.entities)


def test_a_group_of_a_competition_is_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CAIRO (AFP) - Zamalek beat Simba 2-1 in the African Champions League on Friday with a header "
                     "in the 88th minute. The result leaves Zamalek top of Group C with ten points.")
    assert not any(name.startswith("Group") for name in _orgs(facts))
