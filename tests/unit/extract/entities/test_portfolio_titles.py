"""A capitalised title with its portfolio before a name: 'Secretary of State X', 'Director of Public
Prosecutions Y', and the two-part body names the model cuts at 'and'."""

from worker.core.models.entities import Entity


def _person(facts, name: str) -> Entity:  # type: ignore[no-untyped-def]
    return next(e for e in facts.entities if e.label == "PERSON" and e.name == name)


def test_a_title_with_its_portfolio_is_the_whole_title_and_no_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Secretary of State Laura Bennet flew to Oslo on Sunday for the talks.")
    assert _person(facts, "Laura Bennet").roles[0].title == "Secretary of State"
    assert not any(e.label == "ORG" and e.name == "State" for e in facts.entities)


def test_a_portfolio_with_a_second_joiner_stays_in_the_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Minister of State for Fisheries Omar Haddad opened the new harbour wall.")
    assert _person(facts, "Omar Haddad").roles[0].title == "Minister of State for Fisheries"


def test_portfolio_words_the_model_read_into_the_name_are_cut_off(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("\u201cThe evidence was overwhelming,\u201d said Deputy Director of Public Prosecutions "
                     "Ruth Kimani after the verdict.")
    person = _person(facts, "Ruth Kimani")
    assert person.roles[0].title == "Deputy Director of Public Prosecutions"
    assert not any(e.label == "PERSON" and "Prosecutions" in e.name for e in facts.entities)


def test_the_first_half_of_a_body_name_joined_by_and_is_part_of_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Two clerks were charged on Friday, the Ethics and Anti-Corruption Commission said.")
    orgs = [e.name for e in facts.entities if e.label == "ORG"]
    assert "Ethics and Anti-Corruption Commission" in orgs
    assert "Anti-Corruption Commission" not in orgs
