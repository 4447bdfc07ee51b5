"""People who bury the dead count the dead; a landslide that buries people leaves them missing;
families forced from their homes are displaced however the parser hangs 'from their homes'
(stories invented here)."""

from datetime import datetime, timezone

TUE = datetime(2026, 3, 10, 18, tzinfo=timezone.utc)


def _counts(facts):  # type: ignore[no-untyped-def]
    return sorted((c.category, c.count) for c in facts.casualties)


def test_those_a_witness_says_they_buried_are_counted_dead(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('GAO, Mali (AFP) - Armed men raided a market town on Monday. "We have buried 14 people, '
                     'among them three boys," a farmer said by telephone.', published_at=TUE)
    assert ("killed", 14) in _counts(facts)
    assert not any(c.category == "missing" for c in facts.casualties)


def test_people_a_landslide_buried_are_still_missing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CUSCO, Peru (Reuters) - A landslide buried nine miners at a gold pit on Monday, the regional "
                     "government said.", published_at=TUE)
    assert _counts(facts) == [("missing", 9)]


def test_families_a_fire_forced_from_their_homes_are_displaced(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TEMUCO, Chile (AP) — A grass fire forced about 900 families from their homes on Monday, "
                     "emergency officials said.", published_at=TUE)
    (fact,) = facts.casualties
    assert (fact.category, fact.count, fact.qualifier) == ("displaced", 900, "about")


def test_a_count_of_missing_revised_down_keeps_the_later_figure(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CEBU, Philippines (AFP) - Fourteen people were still unaccounted for on Monday evening, the "
                     "coast guard said. The number of missing fell to six on Tuesday.", published_at=TUE)
    (fact,) = [c for c in facts.casualties if c.category == "missing"]
    assert fact.count == 6 and [s.count for s in fact.superseded] == [14]
