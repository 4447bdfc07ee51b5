"""Events: typed mentions with arguments, merged per real event, linked to casualties."""

from datetime import datetime, timezone

from worker.core.extract.casualties.counts import casualty_key


def test_attack_mentions_merge_and_link_the_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "KYIV — A missile and drone assault killed at least 23 people in Kyiv this week.\n\n"
        "Ukraine mourned victims of this week's attack on Kyiv."
    )
    attacks = [e for e in facts.events if e.type == "attack"]
    assert len(attacks) == 1
    attack = attacks[0]
    assert attack.place == "Kyiv" and attack.when == "2025-W35"
    assert set(attack.weapons) == {"missile", "drone"}
    killed = next(c for c in facts.casualties if c.category == "killed")
    assert casualty_key(killed) in attack.casualty_keys


def test_expected_to_travel_is_planned_travel(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOSCOW — Vladimir Putin is expected to travel to China on Sunday.")
    travel = next(e for e in facts.events if e.type == "travel")
    assert (travel.status, travel.destination, travel.when) == ("planned", "China", "2025-08-31")


def test_hope_to_meet_is_a_proposed_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Ukrainian officials hope to meet with Donald Trump next week.")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.status == "proposed" and meeting.when == "2025-W36"
    assert "Donald Trump" in meeting.participants


def test_met_is_a_held_meeting_with_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NEW YORK — Andriy Yermak met in New York with Steve Witkoff on Thursday.")
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.status == "held" and meeting.place == "New York"
    assert {"Andriy Yermak", "Steve Witkoff"} <= set(meeting.participants)


def test_called_for_is_a_demand_with_what(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Volodymyr Zelenskyy spoke on Friday. He also called for postwar security guarantees.")
    demand = next(e for e in facts.events if e.type == "demand")
    assert demand.actor == "Volodymyr Zelenskyy"
    assert demand.what == "postwar security guarantees"


def test_declared_state_of_emergency_is_a_declaration(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ODESA — Governor Oleh Kiper declared a state of emergency in Odesa on Wednesday.",
                     published_at=datetime(2025, 11, 5, tzinfo=timezone.utc))
    decl = next(e for e in facts.events if e.type == "declaration")
    assert decl.subtype == "emergency" and decl.place == "Odesa" and decl.when == "2025-11-05"


def test_day_of_mourning_is_a_mourning_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV — Authorities declared Friday a day of mourning.")
    mourning = next(e for e in facts.events if e.type == "mourning")
    assert mourning.actor == "Authorities" and mourning.when == "2025-08-29"


def test_earthquake_is_a_disaster_linked_to_its_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA — A strong earthquake struck Turkey on Friday, killing at least 12 people.")
    quake = next(e for e in facts.events if e.type == "disaster")
    assert quake.subtype == "earthquake"
    assert quake.casualty_keys


def test_opened_fire_is_not_a_fire_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER — A gunman opened fire inside a mall on Saturday, killing four people.")
    assert not [e for e in facts.events if e.type == "disaster"]
    assert [e for e in facts.events if e.type == "attack"]


def test_event_evidence_slices_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "KYIV — Authorities declared Friday a day of mourning.\n\nPutin is expected to travel to China on Sunday."
    facts = facts_of(body)
    assert facts.events
    for e in facts.events:
        assert body[e.evidence.start:e.evidence.end] == e.evidence.text


def _events(facts, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_visit_without_a_named_place_is_still_planned_travel(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA — President Selim Arkan will visit the region on Saturday, his office said.")
    [trip] = _events(facts, "travel")
    assert trip.actor == "Selim Arkan" and trip.status == "planned" and trip.destination is None


def test_talks_with_a_named_counterpart_on_a_trip_are_their_own_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TOKYO — Foreign Minister Haruto Saeki will travel to Canberra on Wednesday for talks "
                     "with Australian Foreign Minister Claire Whitfield.")
    [meeting] = _events(facts, "meeting")
    assert "Claire Whitfield" in meeting.participants and meeting.place == "Canberra"
    assert _events(facts, "travel")


def test_purpose_meeting_includes_the_traveller_and_the_destination(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TOKYO — Saeki will fly to Wellington to meet Prime Minister Michael Thorne on Friday.")
    [meeting] = _events(facts, "meeting")
    assert meeting.place == "Wellington" and "Michael Thorne" in meeting.participants and len(meeting.participants) == 2


def test_appearing_before_a_judge_is_a_hearing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MARSEILLE — Twelve of the detainees will appear before a judge on Wednesday.")
    [hearing] = _events(facts, "legal_action")
    assert hearing.subtype == "hearing" and hearing.status == "planned"


def test_investigation_actor_is_who_opened_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Financial Conduct Authority opened an investigation into three traders on Thursday.")
    [probe] = _events(facts, "legal_action")
    assert probe.subtype == "investigation" and probe.actor == "Financial Conduct Authority"


def test_reporting_police_are_the_arresting_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SANTIAGO — Police said 23 people were arrested outside polling stations in Santiago.")
    [arrest] = _events(facts, "arrest")
    assert arrest.actor is not None and arrest.actor.lower() == "police"


def test_police_shooting_an_attacker_is_not_another_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER — A gunman opened fire in a mall, killing four people before police shot him dead.")
    assert len(_events(facts, "attack")) == 1


def test_urging_two_leaders_to_meet_is_not_a_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NEW YORK — The envoy urged Putin and Zelenskyy to meet.")
    assert _events(facts, "demand") == []


def test_capsized_ferry_is_a_disaster_placed_on_the_named_island(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA — A ferry carrying 212 people capsized off the island of Samar on Saturday, "
                     "and at least 18 people died.")
    [sinking] = _events(facts, "disaster")
    assert sinking.subtype == "sinking" and sinking.place == "Samar" and sinking.casualty_keys


def test_summary_shows_the_linked_toll_as_killed(facts_of) -> None:  # type: ignore[no-untyped-def]
    from worker.core.summary import summarize

    facts = facts_of("ANKARA — An earthquake struck eastern Turkey on Friday, killing at least 31 people.")
    [quake] = [e for e in summarize(facts)["events"] if e["type"] == "disaster"]
    assert quake["killed"] == 31


def test_artillery_fire_is_an_attack_placed_where_it_killed_not_a_blaze(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ASTANA, Kazakhstan - Rocket and mortar fire from across the river killed four farmers "
                     "in the eastern Zhaksy district on Tuesday, officials said.")
    assert not [e for e in facts.events if e.type == "disaster"]
    attacks = [e for e in facts.events if e.type == "attack"]
    assert len(attacks) == 1 and (attacks[0].place or "").startswith("Zhaksy")


def test_an_unnamed_government_acts_as_written_for_the_country_its_sentence_or_dateline_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    def actors(body: str) -> set[tuple[str | None, str | None]]:
        return {(e.actor, e.actor_country) for e in facts_of(body).events if e.type == "declaration"}

    assert actors("GENEVA — Kenya's Agriculture Minister, Peter Otieno, said the government had declared "
                  "a national disaster in nine counties.") == {("government", "KE")}
    assert actors("LIMA, Peru — Protests spread to the south on Sunday.\n\nThe government declared a curfew "
                  "in two provinces on Monday.") == {("government", "PE")}
    assert actors("GENEVA — Aid agencies met on Sunday.\n\nPeru's government declared a curfew in two "
                  "provinces on Monday.") == {("Peru", "PE")}


def test_a_match_report_has_no_attack_and_no_casualties(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADRID (AP) — Valencia killed off Sevilla's hopes on Sunday. Their attack was relentless, "
                     "and striker Iker Sola fired a shot past the keeper before a late strike sealed it.")
    assert [e.type for e in facts.events if e.type == "attack"] == []
    assert facts.casualties == []


def test_a_market_report_has_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Investors attacked the plan and shares were hammered, a strike at the bank's profits.")
    assert [e.type for e in facts.events if e.type == "attack"] == []


def test_a_real_attack_keeps_its_event_without_a_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHARKIV, Ukraine — Russian drones attacked the city's power plant overnight, officials said.")
    assert [e.type for e in facts.events if e.type == "attack"] == ["attack"]


def test_a_labour_strike_is_a_protest_not_an_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (AP) — Bus drivers in western Norway went on strike on Monday after pay talks with "
                     "their employers broke down, the drivers' union said. The strike halted buses in Bergen.",
                     published_at=datetime(2026, 3, 4, tzinfo=timezone.utc))
    assert not [e for e in facts.events if e.type == "attack"]
    strike = next(e for e in facts.events if e.type == "protest")
    assert strike.subtype == "strike" and strike.when == "2026-03-02"
    assert strike.participants and "Bus drivers" in strike.participants[0]


def test_walking_off_the_job_is_a_strike(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DUBLIN (AP) — Hundreds of teachers walked off the job on Tuesday over pay, their union said.",
                     published_at=datetime(2026, 3, 4, tzinfo=timezone.utc))
    strike = next(e for e in facts.events if e.type == "protest")
    assert strike.subtype == "strike" and strike.when == "2026-03-03"


def test_a_military_strike_in_a_war_story_stays_an_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHARKIV — A Russian drone strike killed three people in Kharkiv on Monday, officials said.",
                     published_at=datetime(2026, 3, 4, tzinfo=timezone.utc))
    assert [e for e in facts.events if e.type == "attack"]
    assert not [e for e in facts.events if e.type == "protest"]


def test_no_attack_reported_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KABUL — Police patrolled the market on Friday. No attack was reported, officials said.")
    assert not [e for e in facts.events if e.type == "attack"]


def test_an_event_told_with_a_clock_time_is_dated_by_its_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER (AP) — A gunman shot two men outside a bar at 2 a.m. on Sunday, police said.",
                     published_at=datetime(2026, 3, 4, tzinfo=timezone.utc))
    attack = next(e for e in facts.events if e.type == "attack")
    assert isinstance(attack.when, str) and "T" not in attack.when


def test_a_shooting_by_a_man_named_later_as_the_suspect_has_that_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TULSA (AP) — A man opened fire in a parking lot in Tulsa on Friday, wounding three people, "
                     "police said. Deputies arrested the suspected shooter, Roy Kettering, at his home hours later.",
                     published_at=datetime(2026, 3, 7, tzinfo=timezone.utc))
    attack = next(e for e in facts.events if e.type == "attack")
    assert attack.actor == "Roy Kettering"
    arrest = next(e for e in facts.events if e.type == "arrest")
    assert arrest.target == "Roy Kettering" and arrest.actor == "Deputies"


def test_a_raid_by_police_to_arrest_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MILAN (AP) — Police arrested nine people in dawn raids on warehouses in Milan on Monday, "
                     "officials said. Officers seized rifles and cash.",
                     published_at=datetime(2026, 3, 7, tzinfo=timezone.utc))
    assert not [e for e in facts.events if e.type == "attack"]


def test_an_attack_blamed_on_a_named_group_has_that_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOGADISHU (Reuters) - Gunmen killed 12 soldiers at a base near Afgoye on Sunday. The "
                     "governor blamed the attack on fighters from al Shabaab.",
                     published_at=datetime(2026, 3, 9, tzinfo=timezone.utc))
    attacks = [e for e in facts.events if e.type == "attack"]
    assert any("Shabaab" in (a.actor or "") for a in attacks)


def test_they_in_a_said_clause_is_who_said_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI (AP) — The African Union called for calm. Police said they had arrested 40 people "
                     "in Mombasa on Monday.", published_at=datetime(2026, 3, 11, tzinfo=timezone.utc))
    arrest = next(e for e in facts.events if e.type == "arrest")
    assert arrest.actor == "Police"


def test_an_attack_is_not_placed_where_later_talks_are_due(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ODESA — A Russian missile strike killed five people in Odesa on Monday. The strike came a "
                     "day before delegations were due to meet in Geneva for talks.",
                     published_at=datetime(2026, 3, 10, tzinfo=timezone.utc))
    attacks = [e for e in facts.events if e.type == "attack"]
    assert attacks and all(a.place != "Geneva" for a in attacks)


def test_drones_that_struck_a_city_are_an_attack_by_their_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kyiv (AFP) - Russian drones struck a residential district of Odesa overnight, killing two "
                     "people, officials said. The port company struck a deal with its creditors last year.",
                     published_at=datetime(2026, 3, 10, tzinfo=timezone.utc))
    attacks = [e for e in facts.events if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].actor == "Russia" and attacks[0].trigger == "struck"


def test_court_steps_are_legal_actions_with_their_defendant(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "SEATTLE (AP) — A jury convicted former port director Owen Straley of fraud on Monday. Two of his aides, "
        "Kim Doyle and Ray Penn, pleaded guilty last year. Lawyer Ada Frost said her client would appeal. "
        "A similar lawsuit against the port was dismissed by a state court in 2024. Straley is due in court "
        "on Friday.", published_at=datetime(2026, 3, 10, tzinfo=timezone.utc))
    legal = [e for e in facts.events if e.type == "legal_action"]
    pleas = [e for e in legal if e.subtype == "verdict" and e.target and "Kim Doyle" in e.target]
    assert pleas and pleas[0].when == "2025"
    appeal = next(e for e in legal if e.subtype == "appeal")
    assert appeal.actor == "Owen Straley"
    dismissed = [e for e in legal if e.subtype == "verdict" and e.actor and "court" in e.actor]
    assert dismissed and not [e for e in legal if e.subtype == "lawsuit"]
    hearing = next(e for e in legal if e.subtype == "hearing")
    assert hearing.status == "planned" and hearing.target == "Owen Straley" and hearing.when == "2026-03-13"


def test_a_visitor_holding_talks_takes_part_and_the_talks_are_at_the_dateline(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA, Peru (AP) — Chile's Foreign Minister Rosa Vidal arrived in Lima on Monday and will "
                     "hold talks with Peruvian officials on Wednesday.",
                     published_at=datetime(2026, 3, 9, 12, tzinfo=timezone.utc))
    talks = next(e for e in facts.events if e.type == "meeting")
    assert "Rosa Vidal" in talks.participants and talks.place == "Lima" and talks.when == "2026-03-11"


def test_a_meeting_in_a_where_clause_is_at_that_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA, Peru (AP) — On Friday Vidal flies to Quito, where she is due to meet President "
                     "Mario Ruiz.", published_at=datetime(2026, 3, 9, 12, tzinfo=timezone.utc))
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert meeting.place == "Quito" and "Mario Ruiz" in meeting.participants


def test_arrests_in_a_march_take_its_day_and_the_dateline_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOFIA (AP) — Thousands of people marched through the capital on Saturday to demand new "
                     "elections, and police detained 12 people after scuffles.",
                     published_at=datetime(2026, 3, 9, 12, tzinfo=timezone.utc))
    arrest = next(e for e in facts.events if e.type == "arrest")
    assert arrest.place == "Sofia" and arrest.when == "2026-03-07"


def test_travel_to_a_place_the_model_read_as_a_person_is_still_travel(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KATHMANDU (AP) — Heavy rain hit Rasuwa district. Home Minister Deepak Raj Shrestha will fly "
                     "to Rasuwa on Wednesday to oversee the relief effort.",
                     published_at=datetime(2026, 3, 9, 12, tzinfo=timezone.utc))
    trip = next(e for e in facts.events if e.type == "travel")
    assert (trip.actor, trip.destination, trip.status) == ("Deepak Raj Shrestha", "Rasuwa", "planned")


def test_a_bare_investigation_that_continues_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (AP) — Two men were released on Monday while the investigation continues.",
                     published_at=datetime(2026, 3, 9, 12, tzinfo=timezone.utc))
    assert not [e for e in facts.events if e.type == "legal_action" and e.subtype == "investigation"]


def test_strikers_protesting_and_the_strike_told_again_are_one_strike(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROME (AP) — Train drivers across Italy went on strike on Monday over pay, their union said. "
                     "The union said drivers were protesting against longer shifts. It said the strike would "
                     "end on Tuesday.", published_at=datetime(2026, 3, 10, 12, tzinfo=timezone.utc))
    protests = [e for e in facts.events if e.type == "protest"]
    assert len(protests) == 1 and protests[0].subtype == "strike" and protests[0].when == "2026-03-09"


def test_delegations_named_by_nationality_meet_as_their_countries(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA (AP) — German and Turkish delegations are due to meet in Kars on Friday.",
                     published_at=datetime(2026, 3, 10, 12, tzinfo=timezone.utc))
    meeting = next(e for e in facts.events if e.type == "meeting")
    assert {"Germany", "Turkey"} <= set(meeting.participants)


def test_a_strike_only_called_for_is_no_protest_yet(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LYON (AP) — Dock workers' unions called for a national strike on Friday over pay.",
                     published_at=datetime(2026, 3, 10, 12, tzinfo=timezone.utc))
    assert not [e for e in facts.events if e.type == "protest"]


def test_a_protest_carries_its_crowd_size_when_stated(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BELGRADE (AP) — About 20,000 students marched through Belgrade on Sunday to protest against "
                     "corruption.", published_at=datetime(2026, 3, 10, 12, tzinfo=timezone.utc))
    march = next(e for e in facts.events if e.type == "protest")
    assert march.size == 20000


def test_a_vague_crowd_has_no_size(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BELGRADE (AP) — Thousands of students marched through Belgrade on Sunday.",
                     published_at=datetime(2026, 3, 10, 12, tzinfo=timezone.utc))
    march = next(e for e in facts.events if e.type == "protest")
    assert march.size is None
