"""An attack or a disaster dated months or years back is recalled, not the story's own event: it
lends the story's undated event neither its date nor its toll (stories invented here)."""

from datetime import datetime, timezone

SUN = datetime(2026, 10, 18, 15, tzinfo=timezone.utc)


def _attacks(facts):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == "attack"]


def test_an_airstrike_of_an_earlier_month_does_not_take_over_the_story_strike(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("An airstrike on a crowded bus station killed at least 11 people, rescuers said on Sunday. "
                     "In March, an airstrike hit a school in a neighbouring district and killed at least 25 people.",
                     published_at=SUN)
    attacks = _attacks(facts)
    assert len(attacks) == 1 and attacks[0].when != "2026-03"


def test_a_crash_years_back_does_not_carry_the_story_crash_away(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("At least 15 people were killed when a minibus collided with a lorry on the coast road, "
                     "police said Sunday. In 2021, a collision between two lorries on the same road killed "
                     "nine people.", published_at=SUN)
    crashes = [e for e in facts.events if e.type == "disaster"]
    assert len(crashes) == 1 and crashes[0].when != "2021"


def test_a_demand_told_as_a_noun_with_a_that_clause_names_whom_and_what(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The dockers' leader, Samuel Otieno, repeated the union's demand that the port authority "
                     "rehire the 40 dismissed crane drivers.", published_at=SUN)
    demands = [e for e in facts.events if e.type == "demand"]
    assert len(demands) == 1 and demands[0].target == "port authority" and "rehire" in (demands[0].what or "")


def test_a_skier_crashing_into_netting_unhurt_is_no_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LEVI, Finland (AP) — Norway's Ingrid Dahl won the slalom on Saturday. Sweden's Elsa Berg "
                     "crashed into the safety netting on her second run but skied down on her own.", published_at=SUN)
    assert [e for e in facts.events if e.type == "disaster"] == []


def test_each_giver_in_a_list_of_pledges_pledges_its_own_amount(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA, Oct 13 (Reuters) - Norway pledged $90 million for Yemen, the largest gift, followed by "
                     "Japan with $40 million and Ireland with $12 million, the organisers said.", published_at=SUN)
    gifts = sorted((e.actor, e.what) for e in facts.events if e.type == "aid")
    assert gifts == [("Ireland", "$12 million"), ("Japan", "$40 million"), ("Norway", "$90 million")]


def test_a_speaker_who_says_what_others_would_do_and_urges_is_the_one_who_urges(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Health Minister Rosa Quintero said the government would send two field hospitals to test "
                     "water supplies and urged mayors to close the public wells.", published_at=SUN)
    demands = [e for e in facts.events if e.type == "demand"]
    assert [d.actor for d in demands] == ["Rosa Quintero"]


def test_an_agreement_a_strike_waits_for_is_not_signed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The dockers' union said the walkout would go on until a new contract is signed.", published_at=SUN)
    assert [e for e in facts.events if e.type == "agreement" and e.status == "held"] == []


def test_people_who_face_charges_are_charged_by_who_tells_of_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The three port clerks face charges of bribery and forgery, prosecutors said on Sunday.",
                     published_at=SUN)
    charges = [e for e in facts.events if e.type == "legal_action" and e.subtype == "charge"]
    assert len(charges) == 1 and charges[0].actor == "prosecutors" and "port clerks" in (charges[0].target or "")


def test_goods_sent_by_a_giver_on_a_carrier_are_aid_sent(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A cargo plane carrying 20 tonnes of tents and blankets, sent by the Red Crescent, landed in "
                     "Kabul on Sunday. Fuel shipped by tanker reached the city too.", published_at=SUN)
    aid = [e for e in facts.events if e.type == "aid"]
    assert [(e.actor, e.subtype) for e in aid] == [("Red Crescent", "sent")] and "tents" in (aid[0].what or "")
