"""An attack's attacker named by kind ('gunmen'), shared by joined verbs; a force that 'responded
with air strikes' made a second attack, each toll going to the attack told nearest it; a body that
said 'that it was sending' aid in a second reported clause sent it (stories invented here)."""

from datetime import datetime, timezone

from worker.core.summary import summarize

WED = datetime(2026, 3, 11, 18, tzinfo=timezone.utc)


def _attacks(facts):  # type: ignore[no-untyped-def]
    return [e for e in summarize(facts)["events"] if e["type"] == "attack"]


def test_gunmen_who_killed_villagers_in_an_attack_are_its_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AFP) - Gunmen killed nine farmers in an attack on a hamlet in Borno "
                     "state, police said on Wednesday.", published_at=WED)
    (attack,) = _attacks(facts)
    assert attack["actor"] == "Gunmen"


def test_the_subject_of_joined_harm_verbs_made_the_attack_the_second_verb_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AFP) - Suspected insurgents killed nine farmers and wounded at least six "
                     "in an attack on a hamlet in Borno state, police said on Wednesday.", published_at=WED)
    (attack,) = _attacks(facts)
    assert attack["actor"] == "Suspected insurgents"


def test_an_army_that_responded_with_air_strikes_made_a_second_attack_with_its_own_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AFP) - Suspected insurgents killed nine farmers in an attack on a hamlet "
                     "in Borno state, police said on Wednesday, adding that the army had responded with air "
                     "strikes that killed dozens of the raiders.", published_at=WED)
    by_actor = {a.get("actor"): a.get("killed") for a in _attacks(facts)}
    assert by_actor == {"Suspected insurgents": 9, "army": 24}


def test_a_body_that_said_in_a_second_clause_that_it_was_sending_aid_sent_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AFP) - The World Food Programme said that some 3,000 people had fled "
                     "Kukawa and nearby hamlets since Sunday and that it was sending rice and cooking oil.",
                     published_at=WED)
    (aid,) = [e for e in facts.events if e.type == "aid"]
    assert aid.actor == "World Food Programme"


def test_wounded_flown_on_for_surgery_made_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AFP) - The wounded were taken to a clinic in Monguno, and two were later "
                     "flown to Abuja for surgery, a nurse said.", published_at=WED)
    assert [e for e in facts.events if e.type == "travel"] == []
