"""Vessels held beside their crews are no people arrested, cases of a disease counted beside deaths
are no deaths, and a hospital trip with the burns told one phrase deeper still counts the hurt
(stories invented here)."""


def _counts(facts):  # type: ignore[no-untyped-def]
    return sorted((c.category, c.count) for c in facts.casualties)


def test_trawlers_detained_with_their_crews_count_only_the_crews(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (Reuters) - The navy detained three trawlers and their 38 crew members off the port "
                     "of Paita on Saturday.")
    assert _counts(facts) == [("arrested", 38)]


def test_suspected_cases_joined_to_deaths_are_not_deaths(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOUNDOU, Chad (AP) - The worst-hit town is Moundou, where 12 deaths and about 540 "
                     "suspected cases have been recorded.")
    assert ("killed", 540) not in _counts(facts) and ("killed", 12) in _counts(facts)


def test_people_taken_to_hospitals_some_with_burns_were_hurt(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KATOWICE, Poland (AP) - Thirty miners reached the surface, and 14 of them were taken to "
                     "hospitals, including five with severe burns.")
    assert ("wounded", 14) in _counts(facts)


def test_one_count_told_of_a_country_then_of_its_city_is_one_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LEEDS, England (AP) - Hospitals cancelled operations, officials said, as police in Moldova "
                     "arrested three suspects.\n\nMoldovan police said officers had arrested three men in raids "
                     "in Chisinau on Sunday.")
    assert [(c.category, c.count, c.place) for c in facts.casualties] == [("arrested", 3, "Chisinau")]


def test_miners_left_trapped_are_missing_however_the_participle_hangs(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KATOWICE, Poland (AP) - A gas blast ripped through a coal mine in southern Poland late "
                     "Sunday, killing at least five miners and leaving four others trapped more than 800 meters "
                     "underground, mine officials said.")
    assert ("missing", 4) in _counts(facts)
