"""Every event type is coded in PLOVER and CAMEO from the table, with its QuadClass."""

from typing import get_args

from worker.core.extract.events.codes import CODES, code
from worker.core.models.events import EventType


def test_every_event_type_has_a_row() -> None:
    assert {t for t, _ in CODES} == set(get_args(EventType))


def test_quad_class_follows_the_cameo_root_code() -> None:
    assert code("meeting", None, []) == ("CONSULT", "04", 1)
    assert code("demand", None, []) == ("REQUEST", "10", 3)
    assert code("protest", None, []) == ("PROTEST", "14", 4)
    assert code("arrest", None, []) == ("COERCE", "17", 4)


def test_a_shooting_is_an_assault_and_shelling_is_military_fighting() -> None:
    assert code("attack", None, ["gun"]) == ("ASSAULT", "18", 4)
    assert code("attack", None, ["artillery", "gun"]) == ("ASSAULT", "19", 4)


def test_a_subtype_row_overrides_its_type_row() -> None:
    assert code("legal_action", "charge", []) == ("ACCUSE", "11", 3)
    assert code("legal_action", "sentence", []) == ("COERCE", "17", 4)
    assert code("declaration", "curfew", []) == ("COERCE", "17", 4)


def test_a_disaster_is_not_an_interaction_so_it_carries_no_code() -> None:
    assert code("disaster", "earthquake", []) == (None, None, None)


def test_extracted_events_carry_their_codes(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI, Kenya — Police arrested 40 protesters on Monday, officials said.")
    arrests = [e for e in facts.events if e.type == "arrest"]
    assert arrests and (arrests[0].plover, arrests[0].cameo, arrests[0].quad_class) == ("COERCE", "17", 4)
