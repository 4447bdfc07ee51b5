"""The day an event told without one happened on, and who asks when the sentence names them by a
noun: the body a head noun stands for, a title's office, a group described at length before its
verb (stories invented here)."""

from datetime import datetime, timezone

FRI = datetime(2026, 5, 15, 17, tzinfo=timezone.utc)   # a Friday


def _of(facts, kind):  # type: ignore[no-untyped-def]
    return [e for e in facts.events if e.type == kind]


def test_an_event_without_a_day_of_its_own_happened_on_the_lede_s_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Police fired tear gas at farmers blocking a highway outside Lyon on Wednesday, officials said. "
                     "About 300 tractor drivers protested outside the prefecture, demanding lower fuel taxes.",
                     published_at=FRI)
    assert [e.when for e in _of(facts, "protest")] == ["2026-05-13"]


def test_a_limit_in_the_lede_dates_no_later_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The park authority closed the summit trail until May 30. "
                     "Rangers urged hikers already on the mountain to come down before dark.", published_at=FRI)
    [demand] = _of(facts, "demand")
    assert demand.when is None


def test_an_event_whose_sentence_names_another_time_takes_no_lede_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Flooding cut roads across the valley on Wednesday. In 2019 about 2,000 people marched "
                     "through the town to demand new levees.", published_at=FRI)
    assert all(e.when != "2026-05-13" for e in _of(facts, "protest"))


def test_shelling_read_as_a_gerund_happened_when_its_verb_did(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Shelling on a bus station in the frontline town of Marinka killed at least nine people on "
                     "Thursday, a regional official said.", published_at=FRI)
    assert [e.when for e in _of(facts, "attack")] == ["2026-05-14"]


def test_a_body_named_again_by_its_head_noun_is_that_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Alpine Rescue Board said the slope was unstable. The board urged climbers to stay "
                     "in their huts until the snow had settled.", published_at=FRI)
    assert [e.actor for e in _of(facts, "demand")] == ["Alpine Rescue Board"]


def test_a_title_s_office_asks_in_its_owner_s_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("In Riverton, the governor's office asked drivers not to use the coast road until it reopens.",
                     published_at=FRI)
    assert [e.actor for e in _of(facts, "demand")] == ["governor's office"]


def test_a_group_described_at_length_before_its_verb_is_who_calls(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Institute for Open Courts, a legal charity in Tbilisi that followed the hearings, "
                     "called on the ministry to release the full transcript.", published_at=FRI)
    assert [e.actor for e in _of(facts, "demand")] == ["Institute for Open Courts"]


def test_a_suicide_bomber_s_drive_into_a_checkpoint_is_a_bombing_on_its_day(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("At least nine soldiers were killed on Thursday when a suicide bomber drove a truck packed "
                     "with explosives into an army post outside the town of Jowhar, officials said.", published_at=FRI)
    assert [(e.subtype, e.when) for e in _of(facts, "attack")] == [("bombing", "2026-05-14")]
    assert _of(facts, "disaster") == []


def test_a_crash_with_no_vehicle_and_no_one_hurt_is_no_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The champion won the sprint on Sunday, although a crash in training on Friday had left her "
                     "shoulder stiff.", published_at=FRI)
    assert _of(facts, "disaster") == []


def test_hazards_told_in_general_are_no_disaster(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The satellite reached orbit on Wednesday. Its data will help explain why floods in the "
                     "region have become harder to predict, the agency said.", published_at=FRI)
    assert _of(facts, "disaster") == []
