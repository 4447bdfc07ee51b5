"""Charges planned by prosecutors, meetings named by their series, a bus that plunged after losing its
brakes, strikers who march, a call on someone to act read as an adverbial, a demand joined to what a
speaker reported, and what a union seeks (stories invented here)."""

from datetime import datetime, timezone

WED = datetime(2026, 3, 11, 16, tzinfo=timezone.utc)   # a Wednesday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_prosecutors_who_plan_to_charge_suspects_with_a_crime_bring_a_planned_charge(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("RECIFE, Brazil (AP) — Police arrested 14 people on Wednesday in raids on a lottery scam. "
                     "Prosecutors plan to charge the suspects with fraud and money laundering, a police official said.",
                     published_at=WED)
    charges = [e for e in _of(facts, "legal_action") if e.subtype == "charge"]
    assert [(e.actor, e.target, e.status) for e in charges] == [("Prosecutors", "suspects", "planned")]
    assert charges[0].what == "fraud and money laundering"


def test_those_urged_to_investigate_are_not_the_urgers(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GAO, Mali (AFP) - Gunmen killed nine herders near the town on Tuesday. A rights group urged "
                     "the authorities to investigate.", published_at=WED)
    assert [e.actor for e in _of(facts, "legal_action")] == []


def test_last_year_s_conference_is_dated_not_held_by_last_year(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BEIRUT (AFP) - Donors pledged $900 million for Lebanon on Wednesday. Only half the money "
                     "promised at last year's conference has been paid, aid agencies said.", published_at=WED)
    assert all("last year" not in " ".join(e.participants) for e in _of(facts, "meeting"))


def test_the_next_donors_meeting_due_to_be_held_somewhere_is_a_planned_meeting_of_donors(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BEIRUT (AFP) - Donors pledged $900 million for Lebanon on Wednesday. The next donors' "
                     "meeting is due to be held in Geneva in September.", published_at=WED)
    meetings = [e for e in _of(facts, "meeting") if e.place == "Geneva"]
    assert [(e.participants, e.status, e.when) for e in meetings] == [(["donors"], "planned", "2026-09")]


def test_a_bus_that_lost_its_brakes_and_plunged_crashed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CUSCO, Peru (AP) — A tourist bus lost its brakes on a mountain road and plunged into a gorge "
                     "on Wednesday, killing at least nine people, police said.", published_at=WED)
    assert [e.subtype for e in _of(facts, "disaster")] == ["crash"]


def test_striking_miners_who_march_behind_a_dateline_are_the_marchers(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANTOFAGASTA, Chile, March 11 (Reuters) - About 3,000 striking copper miners and their families "
                     "marched through the port city on Wednesday, police said.", published_at=WED)
    marches = _of(facts, "protest")
    assert [(e.size, e.subtype) for e in marches] == [(3000, None)]
    assert marches[0].participants and "miners" in marches[0].participants[0]


def test_calling_on_a_government_to_lift_sanctions_is_a_demand_not_a_sanction(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HAVANA (AFP) - Cuba's foreign ministry welcomed the release of the prisoners on Wednesday, "
                     "and called on Washington to lift sanctions on the state airline.", published_at=WED)
    assert [(e.actor, e.target, e.what) for e in _of(facts, "demand")] == \
        [("foreign ministry", "Washington", "lift sanctions on the state airline")]
    assert _of(facts, "sanction") == []


def test_a_demand_joined_to_a_reported_clause_is_the_speaker_s(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TEHRAN (AFP) - Amnesty International said at least six foreign nationals remained in prison "
                     "and urged Tehran to release them.", published_at=WED)
    assert [(e.actor, e.target) for e in _of(facts, "demand")] == [("Amnesty International", "Tehran")]


def test_what_a_union_is_seeking_is_its_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ORURO, Bolivia (AP) — A strike at the tin smelter entered its fourth day on Wednesday. "
                     "The union is seeking a 9% pay rise and a bonus for night shifts.", published_at=WED)
    assert [(e.actor, e.what) for e in _of(facts, "demand")] == \
        [("union", "a 9% pay rise and a bonus for night shifts")]


def test_workers_who_want_to_go_home_demand_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ORURO, Bolivia (AP) — A strike at the tin smelter entered its fourth day on Wednesday. "
                     "Many workers want to go home for the holiday.", published_at=WED)
    assert _of(facts, "demand") == []


def test_the_agency_is_the_body_named_agency_before_any_other(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PRAGUE (Reuters) - The National Cyber Security Agency (NCSA) said the attack bore the marks of "
                     "a gang known as GreyFin. The agency urged other hospitals to check their networks.",
                     published_at=WED)
    assert [e.actor for e in _of(facts, "demand")] == ["National Cyber Security Agency"]


def test_the_agency_without_one_so_named_is_the_body_named_last(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADURAI, India (AFP) - Five people died of rabies this month. The World Health Organization "
                     "said rabies kills thousands in India each year. The agency sent 20,000 doses of vaccine to "
                     "the state last week, a state official said.", published_at=WED)
    assert [e.actor for e in _of(facts, "aid")] == ["World Health Organization"]
