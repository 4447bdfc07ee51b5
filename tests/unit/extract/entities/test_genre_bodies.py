"""Bodies named in apposition to what kind of body they are (stories invented here)."""


def _labels(facts, name):  # type: ignore[no-untyped-def]
    return {e.label for e in facts.entities if e.name == name}


def test_a_name_after_its_kind_is_that_body_in_every_mention(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The ruling party lost its majority, while a new protest movement, Silver Lake, won 12 seats. "
                     "Silver Lake's founder, Anna Berg, said she was ready to talk.")
    assert _labels(facts, "Silver Lake") == {"ORG"}


def test_a_mission_named_after_its_kind_is_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The UN observer mission in Haiti, OMNUH, said its patrols had found the bodies.")
    assert _labels(facts, "OMNUH") == {"ORG"}
