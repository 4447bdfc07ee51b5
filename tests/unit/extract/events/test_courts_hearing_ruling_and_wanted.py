"""Court copy told without the usual words: a court that began hearing a request, a judge who
will hear evidence or give a ruling, a man wanted somewhere on charges; what either side 'can'
do is no event, nor a ruling told before (stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)
COURT = ("LONDON (Reuters) - A London court on Monday began hearing a U.S. request to extradite Daniel "
         "Reeve, a fund manager accused of fraud.")


def _legal(facts):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == "legal_action"]


def test_a_court_that_began_hearing_a_request_held_a_hearing_that_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    hearings = [e for e in _legal(facts_of(COURT, published_at=MON)) if e.subtype == "hearing"]
    assert [e.when for e in hearings] == ["2026-12-07"]


def test_a_judge_who_will_hear_evidence_and_give_a_ruling_sets_both(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(COURT + "\n\nJudge Ann Fisk said she would hear evidence from two doctors on Tuesday and "
                     "expected to give her ruling in March.", published_at=MON)
    planned = sorted((e.subtype, str(e.when)) for e in _legal(facts) if e.status == "planned")
    assert planned == [("hearing", "2026-12-08"), ("verdict", "2027-03")]


def test_a_man_wanted_in_a_city_on_charges_is_charged_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(COURT + "\n\nReeve, 51, is wanted in Chicago on charges of wire fraud over a fund that "
                     "closed in June last year.", published_at=MON)
    charges = [e for e in _legal(facts) if e.subtype == "charge"]
    assert [(e.target, e.place, e.when) for e in charges] == [("Daniel Reeve", "Chicago", None)]


def test_what_either_side_can_do_and_a_ruling_told_before_are_no_events(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (Reuters) - Either side can appeal to the High Court. The bank said it accepted "
                     "the ruling.", published_at=MON)
    assert _legal(facts) == []


def test_people_with_placards_who_gathered_outside_a_court_protested(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(COURT + "\n\nAbout 40 savers, some holding placards, gathered outside the court.",
                     published_at=MON)
    assert [e.type for e in facts.events if e.type == "protest"] == ["protest"]
