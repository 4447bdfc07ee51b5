"""Who 'the government', 'the bank' and 'the company' are when they speak, and whose a trailing
'saying' is after a demand (stories invented here)."""


def _speakers(facts):  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts.quotes]


def test_the_government_is_the_speaker_as_written_not_the_charity_named_last(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BAMAKO (AFP) - Volunteers from the Malian Red Cross carried the wounded to the clinic. "
                     "The government said it would pay for the funerals.")
    assert _speakers(facts) == ["government"]


def test_the_bank_is_the_bank_named_before_not_the_regulator(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SINGAPORE (Reuters) - The Monetary Authority of Singapore fined Lionsgate Harbour Bank "
                     "$3 million on Tuesday for weak checks on transfers. The bank said it had tightened its "
                     "controls.")
    assert _speakers(facts) == ["Lionsgate Harbour Bank"]


def test_the_company_is_the_company_acting_not_the_broker_quoted_after(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("AARHUS, Denmark (Reuters) - Halvorsen Wind Systems lowered its profit forecast on Wednesday, "
                     "blaming a gearbox fault. \"The fault cost them a quarter,\" said an analyst at Skagen Capital "
                     "Markets. The company said the fault had been fixed.")
    assert _speakers(facts)[-1] == "Halvorsen Wind Systems"


def test_a_participle_after_a_demand_is_the_demanders(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOMBASA, Kenya (AP) — The Kenya Union of Clinical Officers (KUCO) demanded that the county "
                     "pay overtime to staff in the cholera wards, saying three officers had fallen ill.")
    assert _speakers(facts) == ["Kenya Union of Clinical Officers"]


def test_a_survivor_named_before_told_is_the_speaker_whatever_the_parse(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NIS, Serbia (Reuters) - A freight train hit a minibus on Monday.\n\n\"The gate was open and "
                     "nobody warned us,\" a passenger, Dragan Milosevic, 48, told state broadcaster RTS from his "
                     "bed in hospital. \"Then everything went black.\"")
    assert _speakers(facts) == ["Dragan Milosevic", "Dragan Milosevic"]


def test_a_candidates_campaign_speaks_for_the_candidate(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SKOPJE (AFP) - Daniel Kostov lost Sunday's runoff by 900 votes. Kostov's campaign said "
                     "the count in two districts had been rigged.")
    assert _speakers(facts) == ["Daniel Kostov"]
