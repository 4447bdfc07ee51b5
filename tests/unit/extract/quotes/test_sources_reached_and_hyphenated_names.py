"""How a source was reached is no part of who it is, and a given name joined by a hyphen is whole
(stories invented here)."""


def _speakers(facts):  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts.quotes]


def test_a_trader_reached_by_phone_is_a_trader(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEGOU (AFP) - \"They came from every side. We could only hide and wait,\" a trader reached "
                     "by phone said on Tuesday.")
    assert _speakers(facts) == ["trader"]


def test_a_spokesman_speaking_by_telephone_is_the_spokesman(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A spokesman for the rebel group, speaking by telephone from Kampala, said the sanctions were "
                     "unfair.")
    assert _speakers(facts) == ["spokesman for the rebel group"]


def test_a_korean_given_name_joined_by_a_hyphen_is_one_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BUSAN, South Korea (AP) — \"We are not asking for a fortune,\" union leader Park Ji-hoon told "
                     "the crowd on Saturday.")
    assert "Park Ji-hoon" in [p.name for p in facts.entities if p.label == "PERSON"]
    assert _speakers(facts) == ["Park Ji-hoon"]
