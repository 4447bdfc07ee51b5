"""Events the copy names without telling them as done, and arguments a parse hides (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 6, 12, 18, tzinfo=timezone.utc)   # a Friday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_negated_verb_opens_no_investigation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSLO (Reuters) - The markets watchdog said it had not launched an inquiry into "
                     "the shipping firm's accounts.", published_at=FRI)
    assert not _of(facts, "legal_action")


def test_what_was_only_plotted_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("VIENNA (AP) — A former guard was jailed for eight years on Friday for plotting "
                     "to bomb a concert hall in Graz.", published_at=FRI)
    assert not _of(facts, "attack")


def test_a_clause_in_question_asserts_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AP) — Geologists hope the cores will reveal whether ancient floods "
                     "destroyed the coastal villages.", published_at=FRI)
    assert not _of(facts, "disaster")


def test_a_news_conference_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PERTH (AP) — The project leader, Mia Tran, told a news conference in Perth that "
                     "the telescope was working.", published_at=FRI)
    assert not _of(facts, "meeting")


def test_a_groups_record_over_recent_years_is_background(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BAMAKO (AFP) - Soldiers clashed with a gang that has killed dozens of herders in "
                     "the region in recent years, officials said.", published_at=FRI)
    assert not [c for c in facts.casualties if c.category == "killed"]


def test_an_age_participle_does_not_take_the_arrests_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GHENT, Belgium (AP) — Thieves raided a jeweller in Ghent on Tuesday. Officers arrested "
                     "two men aged 30 and 41 on Thursday in Bruges, prosecutors said.", published_at=FRI)
    arrests = _of(facts, "arrest")
    assert [a.when for a in arrests] == ["2026-06-11"]


def test_a_shared_passive_subject_is_arrested_not_arresting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA (Reuters) - A minibus collided with a truck near Kumasi on Thursday, killing six "
                     "people. The truck's driver fled the scene but was arrested, officials said.", published_at=FRI)
    arrest = _of(facts, "arrest")[0]
    assert arrest.actor is None and arrest.target is not None and "driver" in arrest.target
    assert (arrest.when, arrest.place) == ("2026-06-11", "Kumasi")


def test_an_arrest_after_a_protest_takes_its_day_and_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CUSCO, Peru (AP) — About 5,000 teachers marched in Lima on Wednesday to demand "
                     "higher pay. Police arrested 12 people after a scuffle at the regional office.",
                     published_at=FRI)
    arrest = _of(facts, "arrest")[0]
    assert (arrest.place, arrest.when) == ("Lima", "2026-06-10")


def test_a_name_in_apposition_to_the_subject_makes_the_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DUBLIN (AP) — The Irish Farmers Guild said milk prices were falling. Its president, "
                     "Sean Whelan, urged the government to buy surplus milk.", published_at=FRI)
    assert [d.actor for d in _of(facts, "demand")] == ["Sean Whelan"]


def test_the_mission_is_the_body_named_in_apposition_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("JUBA (AFP) - The UN observer mission in South Sudan, UNMISSO, said its patrols had "
                     "found the bodies. The mission condemned the killings and urged the authorities to "
                     "arrest those responsible.", published_at=FRI)
    assert [d.actor for d in _of(facts, "demand")] == ["UNMISSO"]
    assert "UNMISSO" in {e.name for e in facts.entities if e.label == "ORG"}


def test_a_crashed_vehicle_catching_fire_is_the_crash(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LUSAKA (Reuters) - A minibus collided with a truck near Kabwe on Sunday, killing 11 people. "
                     "The minibus caught fire moments later, police said.", published_at=FRI)
    assert [d.subtype for d in _of(facts, "disaster")] == ["crash"]


def test_the_group_an_assault_is_blamed_on_replaces_a_kind_of_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MAIDUGURI, Nigeria (AP) — Militants attacked a market in Nigeria on Sunday, killing nine "
                     "traders. The attack on the market in Gwoza was blamed on the Front for the Liberation "
                     "of Sambisa (FLS), a local armed group.", published_at=FRI)
    attacks = _of(facts, "attack")
    assert [(a.actor, a.place) for a in attacks] == [("Front for the Liberation of Sambisa", "Gwoza")]


def test_an_attack_told_again_with_its_bombing_is_one_attack_at_the_place_it_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KANDAHAR, Afghanistan (Reuters) - Fighters from the separatist Baloch Liberation Front attacked an "
                     "army post late on Monday, killing six soldiers, officials said.\n\n"
                     "The toll rose to eight on Tuesday, the army said.\n\n"
                     "The assault on the post in Spin Boldak district, about 100 km (60 miles) south-east of "
                     "Kandahar, began when a suicide bomber drove a van packed with explosives into the gate, "
                     "two officials said.", published_at=FRI)
    attacks = _of(facts, "attack")
    assert [(a.actor, a.place) for a in attacks] == [("Baloch Liberation Front", "Spin Boldak")]


def test_a_kind_of_attacker_of_a_named_group_is_that_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOPTI, Mali (AP) — Militants linked to the Macina Liberation Front attacked a convoy "
                     "near Djenne on Tuesday, killing four soldiers, the army said.", published_at=FRI)
    assert [a.actor for a in _of(facts, "attack")] == ["Macina Liberation Front"]


def test_attacks_counted_before_are_no_new_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GOMA (AFP) - Gunmen killed three rangers in Virunga park on Sunday. The ranger post had "
                     "been attacked twice before, officials said.", published_at=FRI)
    assert len(_of(facts, "attack")) <= 1


def test_the_edge_of_a_town_is_the_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SANTIAGO, Chile (AP) — A forest fire burned through farms on the edge of Valdivia on "
                     "Friday, killing two people, officials said.", published_at=FRI)
    assert [d.place for d in _of(facts, "disaster")] == ["Valdivia"]


def test_an_order_whose_infinitive_hangs_on_the_addressee_is_a_demand(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAGOS (Reuters) - Aviation Minister Tunde Bello said the airport would reopen on Monday. "
                     "He ordered the agency to inspect every runway light within a week.", published_at=FRI)
    demands = _of(facts, "demand")
    assert [(d.actor, d.what) for d in demands] == [("Tunde Bello", "inspect every runway light within a week")]


def test_a_thing_flown_somewhere_makes_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TOKYO (Reuters) - Engineers sealed the lunar samples on Friday, and the containers will be "
                     "flown to Houston next week, the agency said.", published_at=FRI)
    assert not _of(facts, "travel")


def test_a_deal_with_a_participle_of_signing_is_signed_where_and_when_it_says(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AP) — Miners ended their strike on Friday. The deal, signed at the labour ministry "
                     "in Lima late Thursday, gives them a 6% raise, union leader Rosa Vega said.", published_at=FRI)
    signed = [a for a in _of(facts, "agreement") if a.subtype == "signed"]
    assert [(a.place, a.when) for a in signed] == [("Lima", "2026-06-11")]


def test_operators_can_be_party_to_a_deal(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ROTTERDAM (Reuters) - The dockers' union reached an agreement with port operators on "
                     "Friday, ending a week of stoppages.", published_at=FRI)
    parties = [p for a in _of(facts, "agreement") for p in a.participants]
    assert "port operators" in parties


def test_a_match_report_with_nobody_hurt_has_no_attack_however_it_talks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LEEDS, England (AP) — Leeds thrashed Burnley 3-0, killing off the match before half-time. "
                     "The striker scored twice and the goalkeeper saved a penalty. Burnley's attack never "
                     "recovered from the first goal.")
    assert not [e for e in facts.events if e.type == "attack"]
    assert not facts.casualties


def test_a_riot_after_a_match_is_still_an_attack_when_people_are_hurt(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LEEDS, England (AP) — After the derby, a striker's goal in the last minute of the league "
                     "match set off clashes outside the ground. Fans attacked police with bottles, wounding "
                     "four officers, police said.")
    assert [e.actor for e in facts.events if e.type == "attack"] == ["Fans"]
