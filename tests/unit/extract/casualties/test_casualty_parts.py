"""Counts that are a place's share, an addition or an allegation (stories invented here)."""

from datetime import datetime, timezone

WED = datetime(2026, 3, 11, 17, tzinfo=timezone.utc)   # a Wednesday


def _of(facts, category):  # type: ignore[no-untyped-def]
    return [c for c in facts.casualties if c.category == category]


def test_a_place_share_told_with_alone_is_part_of_the_toll_not_a_second_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LA PAZ, Bolivia (AP) — Floods across eastern Bolivia have killed at least 52 people "
                     "since Sunday, officials said. In Beni alone, 30 people have died, the regional "
                     "governor said.", published_at=WED)
    killed = _of(facts, "killed")
    assert [c.count for c in killed] == [52]
    assert [(s.group, s.count) for s in killed[0].includes] == [("Beni", 30)]


def test_a_province_share_keeps_its_kind_word(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HANOI (Reuters) - Storms killed 24 people in northern Vietnam on Tuesday, the "
                     "disaster agency said. In Lao Cai province alone, 11 people died in landslides.",
                     published_at=WED)
    killed = _of(facts, "killed")
    assert [c.count for c in killed] == [24]
    assert [s.count for s in killed[0].includes] == [11]


def test_people_also_detained_in_a_later_sentence_add_to_the_arrests(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA (Reuters) - Police arrested the manager of the collapsed market on Wednesday. "
                     "Three building inspectors were also detained, a police spokeswoman said.",
                     published_at=WED)
    assert [c.count for c in _of(facts, "arrested")] == [4]


def test_arrests_without_also_are_not_summed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUITO (AFP) - Police arrested 12 people at the protest on Wednesday. Among them "
                     "were three students, police said.", published_at=WED)
    assert [c.count for c in _of(facts, "arrested")] == [12]


def test_a_killing_a_suspect_is_accused_of_is_no_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MEDELLIN, Colombia (AP) — Police arrested nine members of a gang on Wednesday. The "
                     "gang is suspected of killing 21 shopkeepers since 2024.", published_at=WED)
    assert _of(facts, "killed") == []
    assert [c.count for c in _of(facts, "arrested")] == [9]


def test_a_crash_of_an_earlier_year_told_with_a_participle_is_no_toll(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAHORE (Reuters) - A bus hit a truck on the motorway on Wednesday, killing at least "
                     "nine people, police said. Two buses collided on the same road in 2019, killing 27 "
                     "people.", published_at=WED)
    assert [c.count for c in _of(facts, "killed")] == [9]


def test_people_listed_one_by_one_are_arrested_together(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOMBASA, Kenya (AP) — Police arrested the ship's pilot and a harbour clerk on "
                     "Wednesday.", published_at=WED)
    assert [c.count for c in _of(facts, "arrested")] == [2]


def test_a_list_with_a_number_adds_the_number(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ANKARA (Reuters) - Police detained the factory's safety manager and three foremen on "
                     "Wednesday.", published_at=WED)
    assert [c.count for c in _of(facts, "arrested")] == [4]


def test_people_brought_to_the_surface_are_rescued(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("JOHANNESBURG (Reuters) - A shaft collapsed at a gold mine on Wednesday. Rescuers "
                     "brought 27 miners to the surface by nightfall.", published_at=WED)
    assert [c.count for c in _of(facts, "rescued")] == [27]


def test_people_a_blast_trapped_are_missing_but_not_a_vague_number(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("QUETTA, Pakistan (AP) — A gas explosion ripped through a coal mine on Wednesday, "
                     "killing six miners and trapping 11 others, officials said.", published_at=WED)
    assert [c.count for c in _of(facts, "missing")] == [11]
    vague = facts_of("QUETTA, Pakistan (AP) — A gas explosion ripped through a coal mine on Wednesday, "
                     "killing six miners and trapping dozens of others, officials said.", published_at=WED)
    assert _of(vague, "missing") == []


def test_people_trapped_who_were_rescued_are_only_rescued(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AFP) - Firefighters rescued 14 people trapped in a collapsed building on "
                     "Wednesday.", published_at=WED)
    assert _of(facts, "missing") == [] and [c.count for c in _of(facts, "rescued")] == [14]


def test_an_arrest_of_him_counts_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A man stabbed two passengers on a tram in Graz before officers overpowered and "
                     "arrested him.")
    assert [(c.category, c.count) for c in facts.casualties if c.category == "arrested"] == [("arrested", 1)]


def test_parts_of_the_injured_told_after_them_are_no_new_count(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Five miners were injured when the roof gave way, officials said. Three of the injured "
                     "miners were taken to a hospital in Rustenburg, and two were treated at the mine.")
    wounded = [c for c in facts.casualties if c.category == "wounded"]
    assert [c.count for c in wounded] == [5]


def test_an_owner_and_a_master_arrested_are_two(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police arrested the boat's owner and its master on Tuesday.")
    assert [(c.category, c.count) for c in facts.casualties] == [("arrested", 2)]


def test_people_who_swam_or_were_rescued_are_counted_rescued(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("About 40 passengers swam ashore or were rescued by fishermen, the coast guard said.")
    assert [(c.category, c.count) for c in facts.casualties] == [("rescued", 40)]
