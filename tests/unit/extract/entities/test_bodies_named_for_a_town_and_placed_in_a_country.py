"""'the University of Auckland in New Zealand' is the university, placed in its country; 'the U.N.
Peacekeeping Force in Cyprus' keeps the country its name carries (stories invented here)."""


def _bodies(facts):  # type: ignore[no-untyped-def]
    return {e.name for e in facts.entities if e.label == "ORG"}


def test_a_body_named_for_its_town_then_placed_in_a_country_is_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Hana Ito, a volcanologist at the University of Auckland in New Zealand, said the model "
                     "was sound.")
    assert "University of Auckland" in _bodies(facts)


def test_a_body_whose_name_carries_its_country_keeps_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The U.N. Peacekeeping Force in Cyprus said the crossing would reopen on Friday.")
    assert "U.N. Peacekeeping Force in Cyprus" in _bodies(facts)
