"""Wire idioms of events: a trip 'expected' somewhere, a market's 'rally', a meeting told in the
present on a day to come, a judge's order, a hearing that only dates a remark, a crowd counted
as 'N of X', arrests told after a purpose clause (sentences invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 12, 4, 15, tzinfo=timezone.utc)   # a Friday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_minister_expected_in_a_city_is_a_planned_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Foreign Minister Ilse Kramer is expected in Vilnius on Tuesday for talks on energy.",
                     published_at=FRI)
    trips = _of(facts, "travel")
    assert [(t.actor, t.destination, t.status) for t in trips] == [("Ilse Kramer", "Vilnius", "planned")]


def test_prices_expected_to_rise_in_a_city_are_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Rents are expected to rise in Vilnius next year, the central bank said.", published_at=FRI)
    assert not _of(facts, "travel")


def test_a_rally_in_a_market_report_is_no_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TOKYO (Reuters) - The Nikkei's rally fizzled on Friday as shares of exporters fell, "
                     "the yen strengthened and bond yields rose.", published_at=FRI)
    assert not _of(facts, "protest")


def test_a_rally_of_people_in_a_story_about_markets_is_still_a_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 4,000 protesters held a rally outside the stock exchange in Seoul on Friday as "
                     "shares fell and the currency weakened against the dollar.", published_at=FRI)
    assert _of(facts, "protest")


def test_a_meeting_told_in_the_present_on_a_day_to_come_is_planned(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Investors will wait until the central bank's board meets on Dec. 16 in Frankfurt.",
                     published_at=FRI)
    assert [m.status for m in _of(facts, "meeting")] == ["planned"]


def test_a_judges_order_to_repay_is_no_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Magistrate Ruth Okello sentenced Peter Wanjiru to five years in prison on Friday and "
                     "also ordered Wanjiru to repay the stolen funds.", published_at=FRI)
    assert not _of(facts, "demand")


def test_a_hearing_that_only_dates_a_remark_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("His lawyer, Omar Haddad, said after the hearing that the company would comply.",
                     published_at=FRI)
    assert not [e for e in _of(facts, "legal_action") if e.subtype == "hearing"]


def test_a_crowd_told_as_a_number_of_people_has_that_size_and_they_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 3,500 of the union's members marched through Accra on Friday to demand better pay.",
                     published_at=FRI)
    assert [p.size for p in _of(facts, "protest")] == [3500]
    assert all(d.actor != "3,500" for d in _of(facts, "demand"))


def test_arrests_told_after_a_purpose_clause_are_by_the_main_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police fired water cannon to scatter the protesters and detained 12 people in Tbilisi "
                     "on Friday.", published_at=FRI)
    assert [a.actor for a in _of(facts, "arrest")] == ["Police"]


def test_the_charity_that_urges_is_the_charity_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Norwegian Refugee Council said it had opened three clinics in Gao. The charity urged donors to "
                     "fund food for 20,000 children.", published_at=FRI)
    assert [d.actor for d in _of(facts, "demand")] == ["Norwegian Refugee Council"]


def test_an_observer_mission_urges_for_the_body_it_comes_from(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("An observer mission from the African Union said the vote had been calm and urged the "
                     "commission to publish results by Sunday.", published_at=FRI)
    assert [d.actor for d in _of(facts, "demand")] == ["African Union"]


def test_what_police_raids_target_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police arrested 14 people in raids across Porto on Friday. The raids targeted "
                     "garages and flats used to store stolen cars, police said.", published_at=FRI)
    assert not _of(facts, "attack")


def test_a_club_appealing_a_decision_in_a_match_report_goes_to_no_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Rovers beat Albion 2-1 in a league match on Friday with two goals in the second half. "
                     "Their striker was sent off for a second booking. The club said it would appeal the "
                     "decision.", published_at=FRI)
    assert not _of(facts, "legal_action")


def test_the_injured_flown_to_a_hospital_make_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Three injured climbers were flown to Innsbruck University Hospital on Friday.",
                     published_at=FRI)
    assert not _of(facts, "travel")


def test_a_visit_to_a_building_in_a_town_goes_to_the_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Prime Minister Elena Varga said she would visit the flooded school in Bologna on Saturday.",
                     published_at=FRI)
    assert [(t.actor, t.destination) for t in _of(facts, "travel")] == [("Elena Varga", "Bologna")]


def test_marching_to_congress_is_no_congress_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 5,000 farmers marched to Congress in Lima on Friday to demand lower fuel prices.",
                     published_at=FRI)
    assert not _of(facts, "meeting")


def test_tens_of_thousands_of_people_demand_as_those_people(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tens of thousands of nurses marched through Nairobi on Friday to demand unpaid wages.",
                     published_at=FRI)
    assert [d.actor for d in _of(facts, "demand")] == ["nurses"]


def test_a_ship_heading_for_a_port_is_no_visit(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Customs officers said the tanker had declared Malta as its destination but was heading "
                     "for Benghazi.", published_at=FRI)
    assert not _of(facts, "travel")
