"""Where an incident happened and who struck, read from how wire copy tells them: a crash or an
attack placed in a country or a province happened in the town the opening places it in; an
attacker may be named by the word before the attack noun (stories invented here)."""

from datetime import datetime, timezone

SAT = datetime(2026, 11, 14, 15, tzinfo=timezone.utc)


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_a_collapse_told_in_a_country_happened_in_the_town_the_next_sentence_names(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOGOTA, Nov 14 (Reuters) - The death toll from the collapse of a gold mine in western Colombia "
                     "rose to nine on Saturday, the mining agency said.\n\nThe tunnel near Segovia, a town of "
                     "about 40,000 people, caved in late on Thursday.", published_at=SAT)
    collapses = _of(facts, "disaster")
    assert len(collapses) == 1 and collapses[0].place == "Segovia"


def test_a_heatwave_told_in_a_country_stays_in_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ISLAMABAD, Nov 14 (Reuters) - At least 21 people have died of heatstroke in Pakistan this week "
                     "as temperatures passed 48 degrees, officials said.\n\nMost of the deaths were in "
                     "Jacobabad, where hospitals ran out of beds.", published_at=SAT)
    heat = _of(facts, "disaster")
    assert len(heat) == 1 and heat[0].subtype == "heatwave" and heat[0].place == "Pakistan"


def test_a_town_in_another_country_does_not_narrow_the_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A bus crash in northern Peru killed 12 people on Saturday, police said.\n\nThe bus had left "
                     "from near Guayaquil the night before.", published_at=SAT)
    crashes = _of(facts, "disaster")
    assert len(crashes) == 1 and crashes[0].place == "Peru"


def test_the_dateline_city_is_no_narrower_scene(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA, Peru (AP) — A bus crash in the Peruvian Andes killed 12 people on Saturday, police in "
                     "Peru said. Rescuers worked through the night.", published_at=SAT)
    assert [e.place for e in _of(facts, "disaster")] != ["Lima"]


def test_a_nationality_before_a_weapon_noun_names_the_attacking_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A Russian drone strike on a bus station killed six people on Saturday, regional officials said.",
                     published_at=SAT)
    attacks = _of(facts, "attack")
    assert len(attacks) == 1 and attacks[0].actor == "Russia"


def test_a_military_airstrike_is_the_military_s(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A military airstrike on a crowded ferry pier killed 14 people on Saturday, a rescue group said.",
                     published_at=SAT)
    attacks = _of(facts, "attack")
    assert len(attacks) == 1 and attacks[0].actor == "military"


def test_people_who_collapse_in_the_heat_are_no_structural_collapse(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("\"We are treating farm workers who collapsed in the fields at noon,\" a doctor said on Saturday.",
                     published_at=SAT)
    assert [e for e in _of(facts, "disaster") if e.subtype == "collapse"] == []


def test_a_hillside_collapse_and_the_landslide_it_was_are_one_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Rescuers pulled more bodies from the mud on Saturday after a hillside collapsed onto a village, "
                     "raising the toll to 11, officials said.\n\nThe landslide buried at least 20 homes shortly "
                     "before dawn.", published_at=SAT)
    slides = _of(facts, "disaster")
    assert len(slides) == 1 and slides[0].subtype == "landslide"


def test_a_typhoon_that_brings_landslides_stays_a_typhoon_and_keeps_its_capsized_boats(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A typhoon slammed into the central Philippines on Saturday, killing at least 12 people, "
                     "officials said. Landslides buried several houses in a mountain village, and coast guard crews "
                     "rescued 20 fishermen whose boats capsized.", published_at=SAT)
    storms = _of(facts, "disaster")
    assert [s.subtype for s in storms] == ["storm"]
