"""A snapshot of what faust's consumer and the aiokafka consumer under it believe, for the log.

When the worker has work waiting and takes none of it, the question is which layer stopped asking:
faust's own partition sets (active, paused by recovery, taken out while a stream buffer was full),
its flow control, the stream's queue, or aiokafka's per-partition pause and position. Everything
here reads private attributes of both libraries, so every lookup is guarded: a snapshot that
cannot read a field says so instead of failing the timer that asked for it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


def _tps(value: Any) -> list[str]:
    try:
        return sorted(f"{tp.topic}[{tp.partition}]" for tp in (value or ()))
    except Exception as exc:  # a set changed under us on the consumer thread: say so
        return [f"unreadable: {exc!r}"]


def _aiokafka_partitions(consumer: Any) -> dict[str, Any]:
    inner = consumer._thread._ensure_consumer()
    assignment = inner._subscription.subscription.assignment if inner._subscription.subscription else None
    if assignment is None:
        return {"assignment": None}
    parts: dict[str, Any] = {}
    for tp in sorted(assignment.tps):
        state = assignment.state_value(tp)
        parts[f"{tp.topic}[{tp.partition}]"] = {
            "paused": state.paused,
            "position": state._position,
            "awaiting_reset": state.awaiting_reset,
            "highwater": state.highwater,
        }
    fetcher = inner._fetcher
    return {"partitions": parts, "fetcher_records": _tps(getattr(fetcher, "_records", {}).keys()),
            "generation": inner._coordinator.generation}


def snapshot(app: Any) -> dict[str, Any]:
    """What each layer holds now; a field that cannot be read is reported as such."""
    out: dict[str, Any] = {}
    consumer = app.consumer
    for name, read in {
        "assigned": lambda: _tps(consumer.assignment()),
        "active": lambda: _tps(consumer._active_partitions),
        "paused": lambda: _tps(consumer._paused_partitions),
        "buffered": lambda: _tps(consumer._buffered_partitions),
        "flow_active": lambda: consumer.flow_active,
        "in_recovery": lambda: app.in_recovery,
        "rebalancing": lambda: app.rebalancing,
        "unacked": lambda: len(consumer._unacked_messages),
        "aiokafka": lambda: _aiokafka_partitions(consumer),
        "queues": lambda: {
            str(getattr(chan, "topics", chan)): {
                "size": chan.queue.qsize(),
                "pending_drop_callbacks": len(chan.queue._pending_pressure_drop_callbacks)}
            for chan in list(app.topics._topics) if hasattr(chan, "queue")},
    }.items():
        try:
            out[name] = read()
        except Exception as exc:  # private layout differs: report, never fail the caller
            out[name] = f"unreadable: {exc!r}"
    return out




def positions_past_commits(positions: dict[Any, int | None], committed: dict[Any, int | None]) -> dict[Any, tuple[int, int]]:
    """Partitions whose fetch position is past the committed offset: (committed, position).

    With nothing un-acked in the worker, every record between the two was fetched and never
    reached the agent. A partition with no commit yet, or no position, cannot be judged.
    """
    past: dict[Any, tuple[int, int]] = {}
    for tp, position in positions.items():
        done = committed.get(tp)
        if position is not None and done is not None and position > done:
            past[tp] = (done, position)
    return past


class StallWatch:
    """Finds records the consumer fetched that never reached the agent, and fetches them again.

    ``taken()`` is called whenever the agent takes a batch, ``check()`` on a timer. When no batch
    was taken for ``after_s``, nothing is un-acked (so nothing is queued or in flight), and a
    partition's fetch position is past its committed offset, the records between were lost on the
    way in (faust drops queued records in some rebalance paths; ``flow.py`` closes the one we
    found). The watch then seeks every partition back to its committed offset, as faust itself
    does after a rebalance: those records come again, at worst a few twice. It seeks once per
    committed state, so a partition whose last offset is a transaction marker (the position is
    then one past the commit for good) costs one harmless seek, not one per tick.
    """

    def __init__(self, app: Any, after_s: float, on_reseek: Callable[[], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.on_reseek = on_reseek
        self.after_s = after_s
        self._clock = clock
        self._last_taken = clock()
        self._sought: dict[Any, tuple[int, int]] | None = None

    def taken(self) -> None:
        self._last_taken = self._clock()

    def _positions(self) -> dict[Any, int | None]:
        consumer = self.app.consumer
        inner = consumer._thread._ensure_consumer()
        assignment = inner._subscription.subscription.assignment
        changelogs = set(self.app.tables.changelog_topics)
        return {tp: assignment.state_value(tp)._position for tp in consumer.assignment()
                if tp.topic not in changelogs and assignment.state_value(tp) is not None}

    async def check(self) -> dict[str, Any] | None:
        """Seek back and return what was seen, when records were lost; else None."""
        consumer = self.app.consumer
        try:
            if (self._clock() - self._last_taken < self.after_s or consumer._unacked_messages
                    or self.app.rebalancing or not consumer.flow_active):
                return None
            past = positions_past_commits(self._positions(), dict(consumer._committed_offset))
        except Exception:  # not started, or rebalancing right now: next tick
            return None
        if not past or past == self._sought:
            self._sought = past or None
            return None
        self._sought = past
        report = {"idle_s": round(self._clock() - self._last_taken, 1),
                  "committed_and_position": {f"{tp.topic}[{tp.partition}]": v for tp, v in past.items()},
                  **snapshot(self.app)}
        log.warning("records were fetched and never reached the agent; seeking back to the committed "
                    "offsets: %s", report)
        await consumer.perform_seek()
        self.on_reseek()
        return report


__all__ = ["StallWatch", "positions_past_commits", "snapshot"]
