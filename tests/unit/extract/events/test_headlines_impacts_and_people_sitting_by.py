"""A headline repeats the story, a vehicle that slams into another crashed, and people sitting
near a place do not name the gunman (stories invented here)."""

from datetime import datetime, timezone

_DAY = datetime(2026, 12, 9, 12, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_headline_adds_no_attack_and_no_count_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = ("Gunmen kill 12 in raid on Nigerian market town\n\nKADUNA, Nigeria (AP) — Gunmen on motorcycles "
            "raided a market in the town of Kajuru on Tuesday, killing 12 traders, police said.\n")
    facts = facts_of(body, published_at=_DAY)
    attacks = _of(facts, "attack")
    assert len(attacks) == 1 and attacks[0].place == "Kajuru"
    assert [c.count for c in facts.casualties if c.category == "killed"] == [12]
    assert all(c.evidence.start > body.index("KADUNA") for c in facts.casualties)


def test_a_train_that_slammed_into_a_bus_crashed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NIS, Serbia (Reuters) - A freight train slammed into a minibus at a level crossing near "
                     "Nis on Monday, killing five people, police said.", published_at=_DAY)
    assert [e.subtype for e in _of(facts, "disaster")] == ["crash"]


def test_aircraft_that_struck_positions_made_no_crash(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KHARTOUM (AFP) - The army said its aircraft had struck rebel positions east of the city "
                     "overnight, killing 20 fighters.", published_at=_DAY)
    assert _of(facts, "disaster") == []


def test_men_sitting_in_a_district_do_not_name_the_gunman(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MALMO, Sweden (AFP) - A gunman opened fire on a group of men sitting outside a cafe in the "
                     "Rosengard district late on Wednesday, killing one man, police said.", published_at=_DAY)
    attacks = _of(facts, "attack")
    assert attacks and attacks[0].actor == "gunman"


def test_fire_from_across_a_border_is_the_neighbours(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("OSH, Kyrgyzstan (Reuters) - Mortar fire from across the Uzbek border killed three farmers "
                     "near the village of Kara-Suu on Sunday, officials said.", published_at=_DAY)
    attacks = _of(facts, "attack")
    assert attacks and attacks[0].actor == "Uzbekistan"
