"""Snapshots of published facts, the diff between two versions, and the per-story state machine.

A snapshot is read from the output records themselves (every record carrying a ``wire-fact-key``
header is a fact), so any fact family published today or added later takes part without a change
here, and a revision's fact key is exactly the one consumers upsert on.
"""

from collections.abc import Iterable
from typing import Any, Literal, Protocol

import orjson
from pydantic import Field

from worker.core.models.base import Contract, Evidence
from worker.core.revisions.models import FactState, Revision, RevisionChange, Snapshot

__all__ = ["Outcome", "RevisionState", "Snapshot", "advance", "diff", "snapshot_of"]

# Fields that say where a fact was read, not what it says: a fact re-read at another offset is unchanged.
WHERE_READ = frozenset({"evidence", "mentions", "sentence_start", "sentence_end"})
FACT_KEY_HEADER = "wire-fact-key"

Outcome = Literal["first", "newer", "redelivered", "duplicate", "older"]


class _Record(Protocol):
    """What a snapshot reads of an output record (read-only, as OutputRecord is frozen)."""

    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> bytes: ...
    @property
    def headers(self) -> list[tuple[str, bytes]]: ...


class RevisionState(Contract):
    """What the worker keeps per story id: the latest version's snapshot and the one before it.

    Keeping the one before lets a redelivered latest version (after a crash between publishing and
    committing) publish the same revisions again, with the same ids, instead of losing them.
    """

    latest: Snapshot
    previous: Snapshot | None = None
    revisions: int = Field(default=0, description="Revision records this state has produced in total.")


def _content(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _content(v) for k, v in value.items() if k not in WHERE_READ}
    if isinstance(value, list):
        return [_content(v) for v in value]
    return value


def snapshot_of(story_id: str, version: int, extractor_version: str, records: Iterable[_Record]) -> Snapshot:
    facts: dict[str, FactState] = {}
    for record in records:
        key = dict(record.headers).get(FACT_KEY_HEADER)
        if key is None:
            continue
        fact = orjson.loads(record.value)["fact"]
        evidence = fact.get("evidence") or next(iter(fact.get("mentions") or []), None)
        facts[key.decode()] = FactState(fact_type=record.kind, value=_content(fact),
                                        evidence=Evidence.model_validate(evidence) if evidence else None)
    return Snapshot(story_id=story_id, version=version, extractor_version=extractor_version, facts=facts)


def diff(old: Snapshot, new: Snapshot, make_id: Any) -> list[Revision]:
    """Revisions from ``old`` to ``new`` in a stable order (by fact key); ``make_id(*parts) -> str``."""
    out: list[Revision] = []
    for key in sorted(old.facts.keys() | new.facts.keys()):
        before, after = old.facts.get(key), new.facts.get(key)
        if before is not None and after is not None and before.value == after.value:
            continue
        change: RevisionChange = "added" if before is None else "removed" if after is None else "changed"
        fields = sorted(k for k in (before.value.keys() | after.value.keys())
                        if before.value.get(k) != after.value.get(k)) if before and after else []
        out.append(Revision(
            event_id=make_id(new.story_id, str(old.version), str(new.version), key, change),
            story_id=new.story_id, fact_key=key, fact_type=(after or before).fact_type,  # type: ignore[union-attr]
            change=change, old_version=old.version, new_version=new.version, changed_fields=fields,
            old=before.value if before else None, new=after.value if after else None,
            old_evidence=before.evidence if before else None, new_evidence=after.evidence if after else None,
        ))
    return out


def advance(state: RevisionState | None, new: Snapshot, make_id: Any) -> tuple[list[Revision], RevisionState, Outcome]:
    """The revisions a new snapshot yields and the state to keep; pure, so replays agree."""
    if state is None:
        return [], RevisionState(latest=new), "first"
    latest = state.latest
    if new.version > latest.version:
        revisions = diff(latest, new, make_id)
        return revisions, RevisionState(latest=new, previous=latest, revisions=state.revisions + len(revisions)), "newer"
    if new.version < latest.version:
        return [], state, "older"
    if state.previous is not None and new.facts == latest.facts:
        # The latest version again: publish the same revisions (same ids) in case the first try was lost.
        return diff(state.previous, new, make_id), state, "redelivered"
    return [], state, "duplicate"
