"""A mayor the story names with no town is the dateline town's mayor; a dateline that names a
country gives none; nor does a mayor 'of' a town the model left untagged (stories invented here)."""


def _affiliation(facts, name):  # type: ignore[no-untyped-def]
    (person,) = [e for e in facts.entities if e.label == "PERSON" and e.name == name]
    return next((r.affiliation for r in person.roles if r.affiliation), None)


def test_a_mayor_with_no_town_said_is_the_dateline_towns(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEDALIA, Mo. (AP) — The town will reopen its grain depot next spring, Mayor Carla Benning "
                     "said Monday.")
    assert _affiliation(facts, "Carla Benning") == "Sedalia"


def test_a_mayor_of_another_town_is_not_given_the_dateline_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEDALIA, Mo. (AP) — Mayor Carla Benning of Warrensburg said Monday the depot would reopen.")
    assert _affiliation(facts, "Carla Benning") != "Sedalia"


def test_a_dateline_country_gives_no_mayor_a_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SINGAPORE (Reuters) - Mayor Carla Benning said on Monday the depot would reopen.")
    assert _affiliation(facts, "Carla Benning") != "Singapore"
