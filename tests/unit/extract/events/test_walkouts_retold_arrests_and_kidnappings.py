"""Walkouts told without 'strike', a stoppage due on a day a 'when' clause names, arrests retold
with the same count, a union named before, and kidnappings as attacks of their own (stories
invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)
DOCKS = ("ANTWERP, Dec 7 (Reuters) - The port was brought to a standstill on Monday as thousands of "
         "dockworkers walked out over pension cuts, officials said.")


def _events(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_workers_who_walked_out_on_a_day_said_by_the_main_clause_struck_that_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    (strike,) = _events(facts_of(DOCKS, published_at=MON), "protest")
    assert (strike.subtype, strike.when) == ("strike", "2026-12-07")


def test_a_stoppage_due_on_the_day_a_when_clause_hangs_on_is_planned_then(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(DOCKS + "\n\nThe union urged the employers to return to the table before Thursday, when "
                     "a second 48-hour stoppage is due to begin.", published_at=MON)
    planned = [e for e in _events(facts, "protest") if e.status == "planned"]
    assert [e.when for e in planned] == ["2026-12-10"]


def test_workers_at_a_towns_terminal_who_joined_the_walkout_struck_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(DOCKS + "\n\nWorkers at the Zeebrugge terminal joined the walkout, a port spokesman said.",
                     published_at=MON)
    assert "Zeebrugge" in [e.place for e in _events(facts, "protest")]


def test_a_day_said_with_a_speech_verb_does_not_date_what_happened_as_it_was_said(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LEEDS, England (AP) - Hospitals cancelled operations, officials said Monday, as police in "
                     "Moldova arrested three suspects.\n\nMoldovan police said officers had arrested three men "
                     "in raids in Chisinau on Sunday.", published_at=MON)
    assert [e.when for e in _events(facts, "arrest")] == ["2026-12-06"]


def test_the_same_count_arrested_retold_by_the_same_force_is_one_arrest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(DOCKS + " Police arrested 14 people at a picket line.\n\nFourteen people were detained, "
                     "two of them for assault, a police spokeswoman said.", published_at=MON)
    assert len(_events(facts, "arrest")) == 1


def test_the_union_is_the_union_named_after_its_kind_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(DOCKS + "\n\nThe strike was called by the dockers' union BTB.\n\nThe union is demanding "
                     "that the reform be withdrawn.", published_at=MON)
    assert [e.actor for e in _events(facts, "demand")] == ["BTB"]


def test_gunmen_who_kidnapped_passengers_attacked_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KADUNA, Nigeria (AFP) - Gunmen kidnapped 11 passengers from a bus on a highway near "
                     "Zaria on Saturday, police said.", published_at=MON)
    assert [(e.subtype, e.actor) for e in _events(facts, "attack")] == [("kidnapping", "Gunmen")]


def test_captives_taken_weeks_ago_and_freed_now_were_kidnapped_in_the_story(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MUSCAT, Oman (AP) - Three engineers abducted by an armed group in Yemen six weeks ago "
                     "were freed on Sunday, officials said.", published_at=MON)
    assert [e.subtype for e in _events(facts, "attack")] == ["kidnapping"]


def test_abductions_in_a_raid_told_first_are_that_raid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GUSAU, Nigeria (Reuters) - Bandits killed nine villagers in a raid on Saturday, police "
                     "said.\n\nThe attackers also abducted 20 people before fleeing.", published_at=MON)
    assert len(_events(facts, "attack")) == 1


def test_a_tally_of_kidnappings_over_months_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PORT-AU-PRINCE (AP) - More than 900 people were kidnapped between January and September, "
                     "the United Nations said.", published_at=MON)
    assert _events(facts, "attack") == []
