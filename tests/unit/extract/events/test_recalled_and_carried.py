"""An earlier disaster or attack the story only recalls is no event of it; a vehicle's route and
people or goods flown somewhere make no trip (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 17, tzinfo=timezone.utc)   # a Friday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_disaster_of_a_past_year_recalled_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A freight train derailed near Kutno on Thursday, killing two workers. The country's worst "
                     "rail accident was the 2012 collision near Lowicz, in which 14 people died.", published_at=FRI)
    assert [e.when for e in _of(facts, "disaster")] == ["2026-05-14"]


def test_a_train_s_route_is_no_trip(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The regional train was travelling from Gdansk to Torun with 90 people on board when it "
                     "left the track on Thursday.", published_at=FRI)
    assert not _of(facts, "travel")


def test_goods_flown_somewhere_make_no_trip_of_the_sender(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The agency said it had flown 40 tonnes of salts to Pemba on Thursday.", published_at=FRI)
    assert not _of(facts, "travel")


def test_freed_prisoners_flown_home_still_travel(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The freed sailors were flown to Manila on Thursday, the ministry said.", published_at=FRI)
    assert [e.destination for e in _of(facts, "travel")] == ["Manila"]
