"""A lede's dateline town is never the attacker the parser hangs on the harm verb; the subject of
'killed ... and abducted ... in a raid' made the raid; a day is when a demand was made, never whom
it asks (stories invented here)."""

from datetime import datetime, timezone

from worker.core.summary import summarize

MON = datetime(2026, 3, 9, 18, tzinfo=timezone.utc)


def _events(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in summarize(facts)["events"] if e["type"] == kind]


def test_the_attacker_is_the_subject_nearest_the_verb_not_the_dateline(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KATSINA, Nigeria, March 9 (Reuters) - Gunmen killed 12 people in a raid on a market "
                     "town, police said on Monday.", published_at=MON)
    (attack,) = _events(facts, "attack")
    assert attack["actor"] == "Gunmen"


def test_the_raid_told_after_two_joined_verbs_is_their_subjects(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KATSINA, Nigeria, March 9 (Reuters) - Armed bandits killed 12 people and abducted at least "
                     "30 others in a raid on a market town, police said on Monday.", published_at=MON)
    (attack,) = _events(facts, "attack")
    assert attack["actor"] == "Armed bandits"


def test_a_day_after_called_on_is_no_target_of_the_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LUSAKA, March 9 (Reuters) - The main opposition party called on Monday for a full recount "
                     "of the presidential vote.", published_at=MON)
    (demand,) = _events(facts, "demand")
    assert demand.get("target") != "Monday" and "recount" in demand["what"]


def test_air_strikes_in_a_labour_free_story_are_no_strike_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA (AFP) - Switzerland froze the assets of a shipping firm on Monday. A rights group said "
                     "the firm's fuel had let the army carry out more than 900 air strikes since the coup.",
                     published_at=MON)
    assert not _events(facts, "protest")


def test_the_person_a_who_clause_describes_is_whom_it_arrested(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("IASI, Romania (AP) — A court jailed the former mayor, Dorin Lupescu, for six years on Monday. "
                     "Lupescu, who was arrested in May 2023, denied wrongdoing.", published_at=MON)
    assert [e.get("target") for e in _events(facts, "arrest")] == ["Dorin Lupescu"]
