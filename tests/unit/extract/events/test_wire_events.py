"""Market rallies, attacks on computers, a disaster told by its country then its town, and
arraignments (stories invented here)."""

from datetime import datetime, timezone

MON = datetime(2026, 3, 2, 15, tzinfo=timezone.utc)   # a Monday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_prices_that_rally_are_no_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEOUL (Reuters) - The won weakened on Monday while chipmaker stocks rallied after the "
                     "central bank held rates. Shares of shipbuilders rallied too, and property and retail "
                     "stocks rallied as well.", published_at=MON)
    assert not _of(facts, "protest")


def test_a_crowd_that_rallies_is_still_a_protest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SEOUL (AP) — About 3,000 nurses rallied outside parliament in Seoul on Monday "
                     "to demand higher pay.", published_at=MON)
    assert _of(facts, "protest")


def test_an_attack_on_computers_that_hurt_nobody_is_no_attack(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Graz (AFP) - A ransomware attack shut down the ticket systems of Austria's state railway "
                     "on Monday, police said. Hackers locked the booking servers and left a note. "
                     "\"People who attack a railway attack everyone,\" the transport minister said.", published_at=MON)
    assert not _of(facts, "attack")


def test_a_disaster_told_by_its_country_and_then_its_town_is_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("An explosion ripped through a chemical plant in eastern Poland on Monday, killing five "
                     "workers, officials said. Firefighters brought 20 people out in the hours after the blast "
                     "at the plant near Lublin, the regional governor said.", published_at=MON)
    disasters = _of(facts, "disaster")
    assert len(disasters) == 1 and disasters[0].place == "Lublin"


def test_an_arraignment_to_come_is_a_planned_hearing(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ACCRA (AP) — Two customs officers arrested on Monday are expected to be arraigned "
                     "before a magistrate in Accra on Thursday, police said.", published_at=MON)
    hearings = [e for e in _of(facts, "legal_action") if e.subtype == "hearing"]
    assert hearings and hearings[0].status == "planned"
