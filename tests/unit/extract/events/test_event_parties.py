"""Who acts, where and with whom, when the parse or the model's labels mislead (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 6, 12, 18, tzinfo=timezone.utc)   # a Friday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def _one(facts, kind):  # type: ignore[no-untyped-def]
    found = _of(facts, kind)
    assert len(found) == 1, [e.model_dump(exclude={"evidence"}) for e in facts.events]
    return found[0]


def test_the_agency_in_the_dateline_never_makes_the_arrest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TUCSON (AP) — Police detained six people in Tempe on Monday over a string of pharmacy "
                     "break-ins, the sheriff's office said.", published_at=FRI)
    arrest = _one(facts, "arrest")
    assert arrest.actor == "Police"


def test_a_town_the_model_read_as_a_body_is_still_where_the_arrest_happened(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TUCSON (AP) — Police detained six people in Tempe on Monday over a string of pharmacy "
                     "break-ins across Arizona. Tempe is a college town.", published_at=FRI)
    assert _one(facts, "arrest").place == "Tempe"


def test_the_second_of_two_coordinated_verbs_arrests_with_the_first_ones_subject(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (Reuters) - Riot police used water cannon on a crowd of students who blocked the "
                     "ministry gates and detained 14 people, officials said.", published_at=FRI)
    assert _one(facts, "arrest").actor == "Riot police"


def test_a_relative_pronoun_acts_for_the_body_its_clause_hangs_on(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PRETORIA (Reuters) - The Asset Recovery Unit, which opened an inquiry in 2024, has sued "
                     "the contractor, Nandi Builders.", published_at=FRI)
    actors = {e.actor for e in _of(facts, "legal_action")}
    assert "which" not in actors and "Asset Recovery Unit" in actors


def test_a_named_storm_is_its_own_disaster_with_its_verbs_place_and_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HAVANA (AP) — Hurricane Orla tore across western Cuba on Thursday, "
                     "flattening homes, officials said.", published_at=FRI)
    storm = _one(facts, "disaster")
    assert (storm.subtype, storm.place, storm.when) == ("storm", "Cuba", "2026-06-11")


def test_the_two_leaders_are_the_two_people_just_named(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEOUL (AP) — Chilean President Ana Rojas met South Korean President Lee Jun-ho on "
                     "Friday. The two presidents signed an agreement on lithium supplies.", published_at=FRI)
    assert set(_one(facts, "agreement").participants) == {"Ana Rojas", "Lee Jun-ho"}


def test_a_time_owned_by_another_noun_does_not_date_the_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (Reuters) - Thousands of farmers marched in Lima on Friday to protest against "
                     "last week's water tariff.", published_at=FRI)
    protests = _of(facts, "protest")
    assert [p.when for p in protests] == ["2026-06-12"]


def test_teams_that_meet_play_a_fixture_not_talks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DUBLIN (AP) — Ireland beat Fiji 31-10 on Friday. The sides meet again in Suva in July.",
                     published_at=FRI)
    assert not _of(facts, "meeting")


def test_aid_announced_is_aid_and_money_announced_is_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    aid = facts_of("SUVA (AFP) - New Zealand announced 12 million dollars in aid for cyclone recovery.",
                   published_at=FRI)
    assert _one(aid, "aid").actor == "New Zealand"
    buyback = facts_of("TOKYO (Reuters) - Kaito Motors announced a 2 billion dollar share buyback.",
                       published_at=FRI)
    assert not _of(buyback, "aid")


def test_a_capitalised_plural_after_the_dateline_is_read_as_the_attacker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KANO, June 12 (Reuters) - Gunmen attacked a bus station in Zamfara state on Thursday, "
                     "killing nine people, police said.", published_at=FRI)
    assert _one(facts, "attack").actor == "Gunmen"


def test_a_state_of_calamity_is_declared(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA (AP) — The mayor declared a state of calamity in the city on Friday.",
                     published_at=FRI)
    assert _one(facts, "declaration").subtype == "emergency"


def test_boats_a_storm_capsized_are_the_storms_own_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANILA (AP) — A typhoon battered the eastern Philippines on Friday. Three ferries "
                     "capsized off Samar.", published_at=FRI)
    assert len(_of(facts, "disaster")) == 1


def test_a_storm_word_that_begins_a_title_or_a_body_is_no_storm(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MIAMI (AP) — Fire Chief Rosa Delgado said the Hurricane Center would brief reporters "
                     "on Friday.", published_at=FRI)
    assert not _of(facts, "disaster")


def test_a_named_storm_told_in_two_places_is_one_storm(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HAVANA (AP) — Hurricane Orla tore across western Cuba on Thursday. The storm later "
                     "flooded towns in Pinar del Rio.", published_at=FRI)
    assert len(_of(facts, "disaster")) == 1
