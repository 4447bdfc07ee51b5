"""Revisions between story versions: added, removed, changed, and the per-story state machine."""

from dataclasses import dataclass, field

import orjson

from worker.core.events import stable_id
from worker.core.revisions import RevisionState, advance, diff, snapshot_of


@dataclass
class Rec:
    kind: str
    value: bytes
    headers: list[tuple[str, bytes]] = field(default_factory=list)


def _ev(text: str, start: int) -> dict[str, int | str]:
    return {"text": text, "start": start, "end": start + len(text), "sentence_start": 0, "sentence_end": 200}


def _fact(kind: str, key: str, fact: dict[str, object]) -> Rec:
    return Rec(kind, orjson.dumps({"fact": fact}), [("ce_id", b"x"), ("wire-fact-key", key.encode())])


def _snap(version: int, toll: int, quote: str | None, at: int = 10) -> object:
    recs = [Rec("story", b"{}"), _fact("casualty", "k-toll", {"category": "killed", "count": toll, "evidence": _ev(f"killing {toll}", at)})]
    if quote:
        recs.append(_fact("quote", f"k-{quote}", {"text": quote, "speaker": "Ana Ruiz", "evidence": _ev(quote, 60)}))
    return snapshot_of("ferry", version, "x.v1", recs)


def test_a_rising_toll_is_one_changed_fact_with_both_values_and_both_evidences() -> None:
    revs = diff(_snap(1, 18, "We keep searching"), _snap(2, 23, "We keep searching"), stable_id)  # type: ignore[arg-type]
    assert [(r.change, r.fact_type) for r in revs] == [("changed", "casualty")]
    rev = revs[0]
    assert (rev.old["count"], rev.new["count"]) == (18, 23)  # type: ignore[index]
    assert rev.changed_fields == ["count"]
    assert rev.old_evidence.text == "killing 18" and rev.new_evidence.text == "killing 23"  # type: ignore[union-attr]


def test_a_withdrawn_quote_is_removed_and_a_new_one_added() -> None:
    revs = diff(_snap(1, 18, "We keep searching"), _snap(2, 18, "Divers resume at dawn"), stable_id)  # type: ignore[arg-type]
    assert sorted((r.change, r.fact_key) for r in revs) == [("added", "k-Divers resume at dawn"), ("removed", "k-We keep searching")]


def test_a_fact_read_at_another_offset_is_not_a_revision() -> None:
    assert diff(_snap(1, 18, None, at=10), _snap(2, 18, None, at=55), stable_id) == []  # type: ignore[arg-type]


def test_revision_ids_are_deterministic_and_differ_per_version_pair() -> None:
    a = diff(_snap(1, 18, None), _snap(2, 23, None), stable_id)  # type: ignore[arg-type]
    b = diff(_snap(1, 18, None), _snap(2, 23, None), stable_id)  # type: ignore[arg-type]
    c = diff(_snap(1, 18, None), _snap(3, 23, None), stable_id)  # type: ignore[arg-type]
    assert a[0].event_id == b[0].event_id != c[0].event_id


def test_the_first_version_yields_nothing_and_a_later_one_yields_its_revisions() -> None:
    revs, state, outcome = advance(None, _snap(1, 18, None), stable_id)  # type: ignore[arg-type]
    assert (revs, outcome) == ([], "first")
    revs, state, outcome = advance(state, _snap(2, 23, None), stable_id)  # type: ignore[arg-type]
    assert outcome == "newer" and len(revs) == 1 and state.latest.version == 2 and state.previous.version == 1  # type: ignore[union-attr]


def test_an_older_version_after_a_newer_one_yields_nothing_and_keeps_the_state() -> None:
    _, state, _ = advance(None, _snap(3, 23, None), stable_id)  # type: ignore[arg-type]
    revs, after, outcome = advance(state, _snap(2, 20, None), stable_id)  # type: ignore[arg-type]
    assert (revs, outcome) == ([], "older") and after == state


def test_the_latest_version_redelivered_republishes_the_same_revision_ids() -> None:
    _, state, _ = advance(None, _snap(1, 18, None), stable_id)  # type: ignore[arg-type]
    first, state, _ = advance(state, _snap(2, 23, None), stable_id)  # type: ignore[arg-type]
    again, same, outcome = advance(state, _snap(2, 23, None), stable_id)  # type: ignore[arg-type]
    assert outcome == "redelivered" and same == state
    assert [r.event_id for r in again] == [r.event_id for r in first]


def test_a_resent_first_version_yields_nothing() -> None:
    _, state, _ = advance(None, _snap(1, 18, None), stable_id)  # type: ignore[arg-type]
    revs, _, outcome = advance(state, _snap(1, 18, None), stable_id)  # type: ignore[arg-type]
    assert (revs, outcome) == ([], "duplicate")


def test_the_state_round_trips_through_json_as_a_changelog_would_carry_it() -> None:
    _, state, _ = advance(None, _snap(1, 18, "We keep searching"), stable_id)  # type: ignore[arg-type]
    _, state, _ = advance(state, _snap(2, 23, None), stable_id)  # type: ignore[arg-type]
    assert RevisionState.model_validate_json(state.model_dump_json()) == state
