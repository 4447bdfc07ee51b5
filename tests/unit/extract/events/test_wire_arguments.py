"""Trips in relative and 'before' clauses, rounds of talks, groups of bodies, attacks carried out
by a named group, crashes hung on the vehicle, arrests told in two sentences, appeals against a
card, bids and compensation that are no aid, background hazards and tallies, custody requests and
a verdict told by description then name (stories invented here)."""

from datetime import datetime, timezone

THU = datetime(2026, 4, 16, 17, tzinfo=timezone.utc)   # a Thursday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_trip_told_in_a_relative_clause_is_the_named_persons(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADRID (Reuters) - Spain's Defence Minister Lucia Ferrer, who flew to Rabat on Wednesday "
                     "morning, said the two countries would hold joint naval exercises.", published_at=THU)
    trips = _of(facts, "travel")
    assert [(t.actor, t.destination, t.when) for t in trips] == [("Lucia Ferrer", "Rabat", "2026-04-15")]


def test_freight_that_arrived_is_no_traveller(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("JUBA (AFP) - The World Food Programme said it had sent 300 tonnes of sorghum from its "
                     "depot in Mombasa, which arrived in Juba on Tuesday.", published_at=THU)
    assert not _of(facts, "travel")


def test_a_trip_after_a_meeting_is_the_meeting_persons_and_planned(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (AP) — Norway's Prime Minister Erik Lunde is due to meet Swedish business leaders "
                     "on Friday before flying to Stockholm.", published_at=THU)
    trips = _of(facts, "travel")
    assert [(t.actor, t.destination, t.status) for t in trips] == [("Erik Lunde", "Stockholm", "planned")]


def test_a_round_of_talks_held_somewhere_is_a_planned_meeting_there(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DOHA (Reuters) - Sudan's army and the paramilitary group met for indirect talks in Doha "
                     "on Thursday. Mediators said the next round would be held in Jeddah in June.",
                     published_at=THU)
    planned = [m for m in _of(facts, "meeting") if m.status == "planned"]
    assert [(m.place, m.when) for m in planned] == [("Jeddah", "2026-06")]


def test_talks_that_will_be_held_take_the_holding_verbs_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BRUSSELS (AFP) - Fresh talks on the fishing quota will be held in Reykjavik in June, "
                     "the commission said.", published_at=THU)
    meetings = _of(facts, "meeting")
    assert [(m.place, m.when, m.status) for m in meetings] == [("Reykjavik", "2026-06", "planned")]


def test_a_round_of_a_tournament_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (AP) — Chelsea beat Fulham 2-0 on Thursday. The next round will be held in May.",
                     published_at=THU)
    assert not _of(facts, "meeting")


def test_observers_from_a_body_demand_for_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA (Reuters) - Observers from the Economic Community of West African States said the "
                     "count was orderly but urged the electoral commission to publish results from every "
                     "district.", published_at=THU)
    assert [d.actor for d in _of(facts, "demand")] == ["Economic Community of West African States"]


def test_a_named_official_after_a_title_of_a_town_demands(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Gao (AFP) - Fighting closed the main road north on Wednesday. The mayor of Ansongo, "
                     "Moussa Diarra, called on the army to reopen the road.", published_at=THU)
    assert [d.actor for d in _of(facts, "demand")] == ["Moussa Diarra"]


def test_an_attack_carried_out_by_a_named_group_is_that_groups(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Niamey (AFP) - Gunmen attacked an army post near Tillaberi on Wednesday, killing 12 "
                     "soldiers, officials said. A security source said the attack had been carried out by "
                     "Islamic State Sahel Province.", published_at=THU)
    attacks = _of(facts, "attack")
    assert len(attacks) == 1 and attacks[0].actor == "Islamic State Sahel Province"


def test_a_vehicle_ploughing_into_another_is_a_crash(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA (Reuters) - A speeding bus ploughed into a crowded market near Gazipur on "
                     "Thursday, killing nine people, police said.", published_at=THU)
    assert [d.subtype for d in _of(facts, "disaster")] == ["crash"]


def test_people_also_detained_are_the_same_arrests(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA (Reuters) - Police arrested the manager of the collapsed market on Thursday. "
                     "Three building inspectors were also detained, a police spokeswoman said.",
                     published_at=THU)
    assert len(_of(facts, "arrest")) == 1


def test_an_appeal_against_a_red_card_is_no_legal_action(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MILAN (AP) — Inter coach Paolo Riva said the club would appeal against the red card "
                     "shown to their captain.", published_at=THU)
    assert not _of(facts, "legal_action")


def test_an_appeal_against_a_conviction_is_still_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROME (AP) — The former mayor was convicted of fraud on Thursday. His lawyer said he "
                     "would appeal against the conviction.", published_at=THU)
    assert any(e.subtype == "appeal" for e in _of(facts, "legal_action"))


def test_a_share_price_offered_is_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SYDNEY (Reuters) - Harbour Mining offered 4.20 Australian dollars a share in cash for "
                     "its smaller rival on Thursday.", published_at=THU)
    assert not _of(facts, "aid")


def test_compensation_to_the_families_of_the_dead_is_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ISLAMABAD (AP) — The prime minister said the government would give 1 million rupees "
                     "to the families of those killed in the blast.", published_at=THU)
    assert not _of(facts, "aid")


def test_aid_sent_by_it_is_the_speaking_bodys_and_arrives_where_it_landed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("JUBA (AFP) - UNICEF said it had delivered 50 tonnes of medical supplies from its "
                     "warehouse in Nairobi, which arrived in Juba on Tuesday.", published_at=THU)
    aid = _of(facts, "aid")
    assert [(a.actor, a.destination, a.when) for a in aid] == [("UNICEF", "Juba", "2026-04-14")]


def test_a_hazard_of_an_earlier_month_describing_a_place_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Lilongwe (AFP) - Measles has killed 23 children in Mzimba, where floods in January "
                     "destroyed several clinics, the health ministry said on Thursday.", published_at=THU)
    assert not _of(facts, "disaster")


def test_landslides_and_floods_of_one_downpour_are_one_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DHAKA (Reuters) - Floods triggered by heavy rain have killed at least 20 people in "
                     "northern Bangladesh, officials said on Thursday. In Sylhet alone, eight people died "
                     "when a landslide buried a hillside camp on Wednesday.", published_at=THU)
    assert len(_of(facts, "disaster")) == 1


def test_strikes_counted_over_the_year_are_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOGOTA (AP) — Taxi drivers went on strike in Bogota three times this year to protest "
                     "against app-based rivals. Police arrested a ride-hailing driver on Thursday.",
                     published_at=THU)
    assert not _of(facts, "protest")


def test_a_habit_of_a_kind_of_actor_is_no_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TEGUCIGALPA (AFP) - Police arrested 11 people on Thursday in raids on street gangs, "
                     "which demand weekly payments from shopkeepers.", published_at=THU)
    assert not _of(facts, "demand")


def test_asking_a_judge_to_keep_suspects_in_custody_is_a_planned_hearing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SANTIAGO (AFP) - Prosecutor Ines Rojas said her office would ask a judge on Friday to "
                     "keep the four suspects in custody during the investigation.", published_at=THU)
    hearings = [e for e in _of(facts, "legal_action") if e.subtype == "hearing"]
    assert [(h.actor, h.when, h.status) for h in hearings] == [("Ines Rojas", "2026-04-17", "planned")]


def test_a_verdict_told_by_description_then_by_name_is_one_and_the_client_is_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DENVER (AP) — A federal jury on Thursday convicted a former county treasurer of "
                     "embezzlement. Martin Hale, 58, was found guilty on four counts. The jury acquitted "
                     "him of one count of perjury. His lawyer said his client was disappointed and would "
                     "appeal.", published_at=THU)
    legal = _of(facts, "legal_action")
    verdicts = [e for e in legal if e.subtype == "verdict"]
    assert len(verdicts) == 1 and verdicts[0].target == "Martin Hale"
    assert [e.actor for e in legal if e.subtype == "appeal"] == ["Martin Hale"]


def test_a_court_located_in_its_subject_places_the_sentence(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI, Kenya (AP) — A court in Mombasa on Friday sentenced a former port manager, "
                     "Peter Otieno, to eight years in prison for bribery.")
    sentences = [e for e in facts.events if e.type == "legal_action"]
    assert [e.place for e in sentences] == ["Mombasa"]


def test_people_named_by_their_work_are_the_actors_of_a_demand_they_march_for(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("In the capital, about 2,000 farmers marched to demand cheaper fertiliser on Monday.")
    assert [d.actor for d in _of(facts, "demand")] == ["farmers"]


def test_a_demand_coordinated_after_an_accusation_is_the_accusers(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Senator Ruth Okello accused the ministry of hiding the figures and called for a public audit.")
    assert [(d.actor, d.what) for d in _of(facts, "demand")] == [("Ruth Okello", "a public audit")]


def test_a_bodys_own_observers_ask_for_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Commonwealth said its observers had seen ballot boxes opened early and asked the "
                     "commission to recount the votes.")
    assert [d.actor for d in _of(facts, "demand")] == ["Commonwealth"]


def test_a_trip_to_a_capital_named_in_apposition_goes_to_that_city(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SUVA (Reuters) - Japan's Foreign Minister Kenji Mori arrived in the Fijian capital Suva on "
                     "Wednesday for talks on fisheries.", published_at=THU)
    trips = _of(facts, "travel")
    assert [(t.actor, t.destination) for t in trips] == [("Kenji Mori", "Suva")]


def test_a_vehicle_before_its_passengers_still_crashed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CUSCO, Peru (AP) — A minibus carrying tourists plunged into a gorge near Cusco on Tuesday, "
                     "killing six people, police said.", published_at=THU)
    assert [e.subtype for e in _of(facts, "disaster")] == ["crash"]


def test_the_association_is_the_association_of_beekeepers_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("VARNA, Bulgaria (AP) — The National Association of Beekeepers led the march on Thursday. The "
                     "association demanded that the ministry ban two pesticides before spring.", published_at=THU)
    assert [e.actor for e in _of(facts, "demand")] == ["National Association of Beekeepers"]


def test_a_demand_after_a_subordinate_clause_is_the_main_clauses_subjects(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CHAMONIX, France (AP) — The Mont Blanc Mountain Rescue Service closed two routes on Tuesday, "
                     "after heavy rain fell overnight, and urged climbers to stay below 3,000 metres.",
                     published_at=THU)
    assert [e.actor for e in _of(facts, "demand")] == ["Mont Blanc Mountain Rescue Service"]


def test_leaders_of_a_named_bloc_agree_as_the_bloc(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ABUJA (AFP) - Leaders of the Economic Community of West African States agreed on Monday to "
                     "open a joint customs post on the border, officials said.", published_at=THU)
    assert [e.participants for e in _of(facts, "agreement")] == [["Economic Community of West African States"]]
