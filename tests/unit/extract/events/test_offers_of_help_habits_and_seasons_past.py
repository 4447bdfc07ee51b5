"""A country offering to do a helping thing offers aid still to be given, an offer to mediate or
to resign does not; a river that floods 'most springs' tells a habit, not a flood; floods 'last
winter' told as a cause are recalled, not the story's disaster; a minibus that fell into a gorge
crashed, fares that fell did not (stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 12, 7, 18, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_country_offering_to_send_help_offers_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("VALPARAISO, Chile (Reuters) - Chile will rebuild the pier, officials said. Peru has offered "
                     "to send divers to inspect the piles, its navy said.", published_at=MON)
    (aid,) = _of(facts, "aid")
    assert (aid.actor, aid.status) == ("Peru", "planned") and aid.what is not None and aid.what.startswith("send divers")


def test_an_offer_to_mediate_or_to_resign_is_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("DOHA (AFP) - Qatar has offered to mediate between the two sides. The mayor offered to "
                     "resign on Sunday.", published_at=MON)
    assert _of(facts, "aid") == []


def test_a_river_that_floods_most_springs_tells_a_habit(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEDALIA, Mo. (AP) — The Lamine River, which floods the road near the county line most "
                     "springs, will be bridged next year, the state said.", published_at=MON)
    assert _of(facts, "disaster") == []


def test_floods_last_winter_told_as_a_cause_are_recalled(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("TAUPO, New Zealand (AP) — Taupo will rebuild its lakeside boardwalk with NZ$4 million from "
                     "the government, after floods last winter tore away its planks, the council said Monday.",
                     published_at=MON)
    assert _of(facts, "disaster") == []


def test_a_vehicle_that_fell_into_a_gorge_crashed_and_fares_that_fell_did_not(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HUANCAYO, Peru (Reuters) - At least 14 people were killed when a minibus fell about 150 "
                     "metres into a gorge on Sunday, police said. Bus fares fell 4% last year.", published_at=MON)
    (crash,) = _of(facts, "disaster")
    assert crash.subtype == "crash"


def test_traffic_that_fell_by_a_share_is_no_crash(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HOLYHEAD, Wales (AP) — Lorry traffic on the Irish Sea routes had fallen by about 6% this "
                     "year, the port said on Monday.", published_at=MON)
    assert _of(facts, "disaster") == []
