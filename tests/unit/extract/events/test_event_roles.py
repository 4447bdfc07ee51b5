"""Event arguments by role, and mentions that are no event of their own (stories invented here)."""

from datetime import datetime, timezone

WED = datetime(2026, 2, 11, 12, tzinfo=timezone.utc)   # a Wednesday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def _one(facts, kind, subtype=None):  # type: ignore[no-untyped-def]
    found = [e for e in _of(facts, kind) if subtype is None or e.subtype == subtype]
    assert len(found) == 1, [e.model_dump(exclude={"evidence"}) for e in facts.events]
    return found[0]


def test_an_agreement_still_to_be_signed_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (Reuters) - Norway and Iceland are expected to sign agreements on fishing quotas "
                     "when their ministers meet next week, officials said.", published_at=WED)
    assert not _of(facts, "agreement")


def test_a_signed_agreement_is_still_an_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (Reuters) - Norway and Iceland signed an agreement on fishing quotas on Monday.",
                     published_at=WED)
    assert _one(facts, "agreement").status == "held"


def test_a_ban_on_travelling_names_no_traveller_and_is_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BRUSSELS (AP) — The measures freeze the assets of those listed and ban them from "
                     "travelling to the European Union.", published_at=WED)
    assert not _of(facts, "travel")


def test_a_trip_whose_traveller_is_an_unresolved_pronoun_is_dropped(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LEEDS, England (Reuters) - The coach said the squad would rest before their trip to "
                     "Newcastle on Saturday.", published_at=WED)
    assert not _of(facts, "travel")


def test_a_visit_by_a_named_minister_names_the_traveller(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI (AFP) - The accord was signed during a two-day visit by Foreign Minister "
                     "Amina Wekesa to Kampala.", published_at=WED)
    trip = _one(facts, "travel")
    assert (trip.actor, trip.destination) == ("Amina Wekesa", "Kampala")


def test_an_appeal_to_a_higher_court_is_a_legal_appeal(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CEBU, Philippines (AP) — A Cebu court on Monday found former governor Nestor Ramos "
                     "guilty of fraud. Ramos's lawyer, Ana Cruz, said her client would appeal to the "
                     "Court of Appeals.", published_at=WED)
    appeal = _one(facts, "legal_action", "appeal")
    assert appeal.status == "planned" and appeal.actor == "Nestor Ramos"


def test_appealing_to_donors_is_still_no_legal_appeal(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA (AP) — The agency appealed to donors for 40 million dollars.", published_at=WED)
    assert not [e for e in facts.events if e.subtype == "appeal"]


def test_prosecutors_charging_someone_is_a_charge_without_with(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DURBAN (Reuters) - Prosecutors charged the company's founder, Sipho Dlamini, last "
                     "month.", published_at=WED)
    charge = _one(facts, "legal_action", "charge")
    assert (charge.actor, charge.target) == ("Prosecutors", "Sipho Dlamini")


def test_a_shop_charging_customers_is_no_charge(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DURBAN (Reuters) - The bakery charged customers twice for their bread.", published_at=WED)
    assert not _of(facts, "legal_action")


def test_the_second_of_two_coordinated_court_verbs_keeps_the_court_and_the_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PERTH (AP) — A Perth court on Tuesday convicted a former councillor of bribery and "
                     "sentenced him to four years in prison.", published_at=WED)
    sentence = _one(facts, "legal_action", "sentence")
    assert sentence.actor == "Perth court" and sentence.when == "2026-02-10"


def test_a_trial_that_opens_later_is_a_planned_trial_of_its_owner(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (AFP) - Police detained the driver, Mateo Vargas, on Sunday. His trial opens "
                     "in April.", published_at=WED)
    trial = _one(facts, "legal_action", "trial")
    assert (trial.status, trial.target, trial.when) == ("planned", "Mateo Vargas", "2026-04")


def test_a_judge_ordering_suspects_held_is_a_hearing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANTWERP (AFP) - A judge on Tuesday ordered six of the dockers held for another "
                     "month.", published_at=WED)
    hearing = _one(facts, "legal_action", "hearing")
    assert (hearing.actor, hearing.target, hearing.when) == ("judge", "six of the dockers", "2026-02-10")
    assert hearing.what == "held for another month"


def test_a_minister_ordering_an_inquiry_is_no_hearing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANTWERP (AFP) - The minister ordered an inquiry into the collapse.", published_at=WED)
    assert not [e for e in facts.events if e.subtype == "hearing"]


def test_a_typhoons_floods_and_landslides_are_the_typhoons_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA (Reuters) - The storm came ashore in Cagayan province on Tuesday, flooding "
                     "villages along the coast. Nine people were killed by landslides in the hills, "
                     "officials said.", published_at=WED)
    storm = _one(facts, "disaster")
    assert storm.subtype == "storm"


def test_a_drought_that_hurts_nobody_in_the_story_is_no_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TOWNSVILLE, Australia (AP) — Scientists said a long drought and a marine heatwave had "
                     "bleached large parts of the reef this summer.", published_at=WED)
    assert not _of(facts, "disaster")


def test_a_heatwave_that_kills_is_a_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MADRID (Reuters) - A heatwave killed 14 people in southern Spain on Monday, health "
                     "officials said.", published_at=WED)
    assert _one(facts, "disaster").subtype == "heatwave"


def test_an_attack_blamed_on_a_named_group_takes_its_whole_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (Reuters) - Gunmen killed nine farmers on Monday. The governor "
                     "blamed the attack on fighters from Islamic State West Africa Province.", published_at=WED)
    assert any(e.actor == "Islamic State West Africa Province" for e in _of(facts, "attack"))


def test_a_city_is_never_the_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHARKIV, Ukraine (AP) — Two people were wounded in the Kharkiv attack on Monday, "
                     "the mayor said.", published_at=WED)
    assert all(e.actor != "Kharkiv" for e in _of(facts, "attack"))


def test_troops_killing_attackers_in_a_gunfight_made_the_gunfight(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GAO, Mali (AFP) - The army said troops had killed four of the attackers in a gunfight "
                     "on Tuesday.", published_at=WED)
    fight = _one(facts, "attack")
    assert fight.actor == "troops" and fight.when == "2026-02-10"


def test_the_raids_told_after_police_raids_are_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAGOS (Reuters) - Police arrested 20 people in raids on illegal fuel depots on "
                     "Monday. The raids follow an explosion at a depot last month that killed five people.",
                     published_at=WED)
    assert not _of(facts, "attack")


def test_they_were_detained_repeats_the_arrests_told_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GHENT (AFP) - Belgian police arrested eight people and seized two tonnes of cannabis, "
                     "prosecutors said. They were detained in raids on Monday in Ghent and Bruges.",
                     published_at=WED)
    assert len(_of(facts, "arrest")) == 1


def test_the_day_arrests_were_announced_is_not_the_day_they_were_made(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GHENT (AFP) - Belgian police arrested eight people in a cannabis inquiry, prosecutors "
                     "said on Tuesday.", published_at=WED)
    assert _one(facts, "arrest").when is None


def test_asking_someone_to_act_is_a_demand_with_its_addressee(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROME (AFP) - The transport ministry asked bus operators to cut fares by a fifth on "
                     "Monday.", published_at=WED)
    asked = _one(facts, "demand")
    assert asked.target == "bus operators" and asked.what.startswith("cut fares")


def test_asking_not_to_be_named_or_a_court_ordering_repayment_is_no_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROME (AFP) - The judge jailed the trader and ordered him to repay two million euros, "
                     "said a court official, who asked not to be named. The trader will ask the appeals "
                     "court to free him.", published_at=WED)
    assert not _of(facts, "demand")


def test_the_union_is_the_union_the_story_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (Reuters) - The Norwegian Dockworkers Federation said 4,000 members walked out on "
                     "Monday. The union urged port owners to reopen pay talks.", published_at=WED)
    assert _one(facts, "demand").actor == "Norwegian Dockworkers Federation"


def test_a_campaign_challenging_a_result_in_court_is_its_candidates_appeal(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LUSAKA, Zambia (AP) — Hakainde Mweemba lost the vote by 3,000 ballots. Mweemba's "
                     "campaign said it would challenge the result at the Constitutional Court.", published_at=WED)
    appeal = _one(facts, "legal_action", "appeal")
    assert appeal.status == "planned" and (appeal.actor or "").endswith("Mweemba")


def test_a_bus_plunging_off_a_road_is_a_crash_and_plunging_shares_are_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    crash = facts_of("LA PAZ (AFP) - Twelve people were killed when a bus plunged into a gorge on Tuesday, "
                     "police said.", published_at=WED)
    assert _one(crash, "disaster").subtype == "crash"
    market = facts_of("NEW YORK (Reuters) - Shares in the carmaker plunged 12% on Tuesday.", published_at=WED)
    assert not _of(market, "disaster")


def test_forces_owned_by_a_speaking_ministry_attack_as_its_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KYIV (AFP) - Russian drones struck a district of Odesa on Monday, killing two people. "
                     "Russia's defence ministry said its forces had struck military targets in Odesa.",
                     published_at=WED)
    assert {e.actor for e in _of(facts, "attack")} == {"Russia"}


def test_an_investigation_before_a_charge_is_the_charging_bodys(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OTTAWA (Reuters) - The Royal Canadian Mounted Police charged the broker in May after a "
                     "two-year investigation.", published_at=WED)
    probe = _one(facts, "legal_action", "investigation")
    assert probe.actor == "Royal Canadian Mounted Police"


def test_a_bodys_investigation_told_twice_is_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LONDON (Reuters) - The Competition and Markets Authority opened an investigation into "
                     "the bakery chain in June. The Competition and Markets Authority said on Tuesday that "
                     "its inquiry was continuing.", published_at=WED)
    assert len([e for e in facts.events if e.subtype == "investigation"]) == 1


def test_a_bloc_agreeing_to_extend_sanctions_is_a_sanction_not_an_agreement(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BRUSSELS (Reuters) - The European Union agreed on Monday to extend its sanctions on "
                     "Belarus for six months.", published_at=WED)
    assert not _of(facts, "agreement") and _of(facts, "sanction")


def test_they_who_will_appear_before_a_magistrate_are_the_suspects_told_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DALLAS (AP) — The suspects face charges of wire fraud. They are expected to appear "
                     "before a federal magistrate on Friday.", published_at=WED)
    hearing = _one(facts, "legal_action", "hearing")
    assert (hearing.status, hearing.actor, hearing.target, hearing.when) == (
        "planned", "federal magistrate", "suspects", "2026-02-13")


def test_a_superlative_in_apposition_ranks_the_protest_and_tells_no_new_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SOFIA (AFP) - Some 20,000 people marched in central Sofia on Sunday against a new "
                     "mining law, the largest street protest in Bulgaria in five years.", published_at=WED)
    assert len(_of(facts, "protest")) == 1


def test_a_sides_attack_in_a_match_report_is_no_attack_even_when_fans_were_hurt(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GLASGOW (Reuters) - Two fans were injured in a fight outside the ground before the "
                     "match, police said. The Rangers attack tore the visitors apart in the second half and the "
                     "striker scored the winner in the 88th minute, ending a late collapse by the "
                     "visitors' defence in the league.", published_at=WED)
    assert not _of(facts, "attack") and not _of(facts, "disaster")


def test_gunfire_near_a_stadium_is_still_an_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAGOS (Reuters) - Gunmen opened fire with rifles outside a stadium before a league "
                     "match on Sunday, killing three people, police said.", published_at=WED)
    assert _of(facts, "attack")


def test_an_undated_arrest_after_an_attack_is_dated_by_the_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DAYTON, Ohio (AP) — A gunman shot two people outside a diner on Sunday, police said. "
                     "Officers arrested the suspected shooter, Dean Foley, about four hours later.",
                     published_at=WED)
    assert _one(facts, "arrest").when == "2026-02-08"
