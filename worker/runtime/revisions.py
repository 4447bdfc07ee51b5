"""Story revisions in the live worker: the per-story state table and the keeper the handler calls.

The pure part (what changed between two versions, which outcome a version has) lives in
``worker.core.revisions``; this module keeps its state in a faust table and fits it into the
agent's at-least-once contract:

- the revisions of a batch are computed after the previous batch is fully acked (so a story's
  earlier version in that batch is already in the table), appended to each story's outputs and
  published with them;
- the new states are written to the table only after the whole batch is acknowledged by the
  broker, and the changelog is flushed before the agent acks the input. A crash before the write
  republishes the same revisions (same ids) on redelivery; a crash after it finds the version as
  the latest and republishes them too (outcome ``redelivered``).

faust writes a table key to the changelog partition of the *current event* (and RocksDB keeps one
database per partition, chosen the same way). Our agent handles batches in their own tasks, where
faust's current event is whichever record the stream loop saw last, so every read and write here
runs with the current event set to the record the story came from: a story's state lives in the
changelog partition of its own raw partition, and moves with it on a rebalance.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
import zlib
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import faust
import orjson
from faust.streams import _current_event  # the context variable behind faust.current_event()
from faust.types import EventT

from worker.config import Settings
from worker.core.pipeline import BatchOutcome
from worker.core.revisions import RevisionState
from worker.core.revisions.records import revise
from worker.runtime.metrics import Metrics

log = logging.getLogger(__name__)

TABLE_NAME = "revisions"
DAY_S = 86_400
# Kafka's default max.message.bytes is 1 MB; a kept state above this is shrunk (see encode_state).
MAX_STATE_BYTES = 900_000

Position = tuple[str, int, int]


def make_table(app: faust.App, settings: Settings) -> Any:
    """The table: story id -> compressed RevisionState, in RocksDB (rocksdict) with a TTL equal
    to the changelog's retention, so local disk is bounded the same way as the topic."""
    return app.Table(
        TABLE_NAME, key_type=bytes, value_type=bytes,  # raw bytes both ways: the app's serializers are "raw"
        # "rocksdb:<name>", not "rocksdb://": faust ignores an empty store URL (it is falsy) and would
        # fall back to the app's memory store; the path names the files, <tabledir>/revisions-<p>.db.
        store=f"rocksdb:{TABLE_NAME}", options={"driver": "rocksdict", "ttl": int(settings.revisions_retention_days * DAY_S)},
        help="Per story id: the facts of the latest version the worker published, and the one before.",
    )


def encode_state(state: RevisionState) -> bytes | None:
    """Compressed JSON (wire JSON compresses about 4x). A state still too large for one Kafka record
    drops the version before the latest (only a redelivery needs it); None if even that is too large."""
    value = zlib.compress(state.model_dump_json().encode())
    if len(value) > MAX_STATE_BYTES and state.previous is not None:
        value = zlib.compress(state.model_copy(update={"previous": None}).model_dump_json().encode())
    return value if len(value) <= MAX_STATE_BYTES else None


def decode_state(value: bytes) -> RevisionState:
    return RevisionState.model_validate_json(zlib.decompress(value))


@contextmanager
def current_event(event: EventT) -> Iterator[None]:
    """Make ``event`` faust's current event for this task only (context variables are per task)."""
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)


class RevisionKeeper:
    """Owns the table for the agent; hands out one :class:`BatchRevisions` per batch."""

    def __init__(self, table: Any, metrics: Metrics, *, topic: str, source: str,
                 flush: Callable[[], Awaitable[None]], flush_timeout_s: float = 30.0) -> None:
        self.table = table
        self.metrics = metrics
        self.topic = topic
        self.source = source
        self.flush = flush  # sends faust's buffered changelog records and waits for them
        # faust's producer waits up to 20 minutes for a request; a batch must not wait that long.
        self.flush_timeout_s = flush_timeout_s

    def for_batch(self, events: Sequence[EventT]) -> BatchRevisions:
        return BatchRevisions(self, events)


class BatchRevisions:
    """The revisions of one batch: computed before publishing, kept after the batch is acked."""

    def __init__(self, keeper: RevisionKeeper, events: Sequence[EventT]) -> None:
        self.keeper = keeper
        self.events: dict[Position, EventT] = {
            (e.message.topic, e.message.partition, e.message.offset): e for e in events}
        self.writes: dict[bytes, tuple[EventT, RevisionState]] = {}
        self.outcomes: list[str] = []
        self.changes: list[str] = []

    def add(self, outcome: BatchOutcome) -> None:
        """Append to each enriched story's outputs the revisions it yields against the kept state."""
        seen: dict[bytes, RevisionState] = {}  # states this batch moved on, before they are written
        for i, result in enumerate(outcome.results):
            source = result.source
            event = self.events.get((source.topic, source.partition, source.offset))
            if result.story is None or event is None:
                continue  # a dead letter; or a record of another batch, which cannot happen
            key = result.story.story_id.encode()
            try:
                state = seen[key] if key in seen else self._read(event, key)
                records, new_state, how = revise(state, result.story, result.records, topic=self.keeper.topic,
                                                 source=self.keeper.source)
            except Exception:  # revisions are extra: a failure here must not hold the story's facts back
                log.exception("story %s: revisions skipped", result.story.story_id)
                continue
            self.outcomes.append(how)
            if records:
                outcome.results[i] = replace(result, records=[*result.records, *records])
                self.changes.extend(orjson.loads(r.value)["change"] for r in records)
            if how in ("first", "newer"):
                seen[key] = new_state
                self.writes[key] = (event, new_state)

    async def keep(self) -> None:
        """After the batch is acknowledged: write the new states, flush the changelog, count."""
        keeper = self.keeper
        for key, (event, state) in self.writes.items():
            value = encode_state(state)
            try:
                with current_event(event):
                    if value is not None:
                        keeper.table[key] = value
                    else:  # an older state must not stay behind: the next version would compare against it
                        log.warning("story %s: kept facts too large for the changelog; its next version yields "
                                    "no revisions", key.decode(errors="replace"))
                        keeper.table.pop(key, None)
            except Exception:  # the facts are out: never stall the partition for the state that follows them
                log.exception("story %s: state not kept; its next version compares with an older one",
                              key.decode(errors="replace"))
        if self.writes:
            try:
                await asyncio.wait_for(keeper.flush(), timeout=keeper.flush_timeout_s)
            except asyncio.TimeoutError:
                log.warning("changelog not flushed within %.0fs; faust keeps sending it", keeper.flush_timeout_s)
        for how in self.outcomes:
            keeper.metrics.record_story_version(how)
        for change in self.changes:
            keeper.metrics.record_revisions(change)

    def _read(self, event: EventT, key: bytes) -> RevisionState | None:
        with current_event(event):
            value = self.keeper.table.get(key)
        if value is None:
            return None
        try:
            return decode_state(value)
        except (ValueError, zlib.error) as exc:  # unreadable (a format this version does not know): start afresh
            log.warning("story %s: kept state unreadable (%s); treated as first seen", key.decode(errors="replace"),
                        exc)
            return None
