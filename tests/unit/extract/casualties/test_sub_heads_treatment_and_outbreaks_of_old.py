"""A sub-head repeats the text below it, people being treated beside the injured are hurt, and a
past outbreak dated beside its noun is background (stories invented here)."""

from datetime import datetime, timezone

_DAY = datetime(2026, 12, 9, 12, tzinfo=timezone.utc)


def _counts(facts, category):  # type: ignore[no-untyped-def]
    return [c.count for c in facts.casualties if c.category == category]


def test_a_sub_head_adds_no_count_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("Floods cut off river towns\n\nMONGU, Zambia (AP) — Floodwater from the Zambezi swept through "
            "low-lying villages on Monday, forcing about 3,000 people to flee their homes, officials said.\n\n"
            "Dozens hurt in stampede for boats\n\nFamilies carried what they could to a school on the ridge, "
            "where the district council set up tents.\n")
    facts = facts_of(body, published_at=_DAY)
    assert _counts(facts, "displaced") == [3000]
    assert _counts(facts, "wounded") == []


def test_people_being_treated_after_a_crash_that_injured_others_are_wounded(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MUTARE, Zimbabwe (AP) — A minibus overturned on a mountain pass on Sunday, killing 11 "
                     "people, police said. Two of the injured died overnight. Another 19 passengers were being "
                     "treated, five of them in a serious condition.", published_at=_DAY)
    assert _counts(facts, "wounded") == [19]


def test_patients_being_treated_in_an_outbreak_are_no_wounded(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KENEMA, Sierra Leone (AP) — Lassa fever has killed six people in the district this month, "
                     "health officials said. Another 19 patients were being treated at an isolation ward.",
                     published_at=_DAY)
    assert _counts(facts, "wounded") == []


def test_an_outbreak_dated_beside_its_noun_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KENEMA, Sierra Leone (AP) — Lassa fever has killed six people in the district this month, "
                     "health officials said. The last large outbreak in the east, in 2016, killed at least 30 "
                     "people, officials said.", published_at=_DAY)
    assert _counts(facts, "killed") == [6]
