"""A snapshot of what faust's consumer and the aiokafka consumer under it believe, for the log.

When the worker has work waiting and takes none of it, the question is which layer stopped asking:
faust's own partition sets (active, paused by recovery, taken out while a stream buffer was full),
its flow control, the stream's queue, or aiokafka's per-partition pause and position. Everything
here reads private attributes of both libraries, so every lookup is guarded: a snapshot that
cannot read a field says so instead of failing the timer that asked for it.
"""

from __future__ import annotations

import asyncio
from typing import Any


def _tps(value: Any) -> list[str]:
    try:
        return sorted(tp_name(tp) for tp in (value or ()))
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
        parts[tp_name(tp)] = {
            "paused": state.paused,
            "position": state._position,
            "awaiting_reset": state.awaiting_reset,
            "highwater": state.highwater,
        }
    fetcher = inner._fetcher
    task = getattr(fetcher, "_fetch_task", None)
    return {"partitions": parts, "fetcher_records": _tps(getattr(fetcher, "_records", {}).keys()),
            "fetch_routine": "running" if task is not None and not task.done() else repr(task),
            "generation": inner._coordinator.generation,
            "reassignment_in_progress": inner._subscription.reassignment_in_progress}


def tp_name(tp: Any) -> str:
    """A partition as the logs and metrics write it: 'topic[2]'."""
    return f"{tp.topic}[{tp.partition}]"


def _awaiting(coro: Any) -> str:
    """The chain of awaits a suspended coroutine is in, innermost last: 'a:12 > b:40 > c:7'."""
    where: list[str] = []
    while coro is not None and len(where) < 12:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None) or getattr(coro, "ag_frame", None)
        if frame is not None:
            where.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None) or getattr(coro, "ag_await", None)
    return " > ".join(where[-4:]) or "?"


def _consumer_thread(consumer: Any) -> dict[str, Any]:
    """Calls waiting for faust's consumer thread, and where each task of that thread's loop is.

    Every broker call of faust's consumer (fetch, seek, end offsets) is queued to that thread and
    run by a small pool of workers there; if they are all stuck, the whole consumer stops.
    """
    thread = consumer._thread
    tasks = []
    for task in list(asyncio.all_tasks(thread.thread_loop)):
        tasks.append(_awaiting(task.get_coro()))
    return {"queued_calls": thread.method_queue._queue.qsize(), "alive": thread._thread.is_alive()
            if getattr(thread, "_thread", None) is not None else None, "tasks": sorted(tasks)}


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
        "stream_flow_control_active": lambda: app.flow_control.is_active(),
        "fetcher": lambda: repr(app._fetcher),
        "in_recovery": lambda: app.in_recovery,
        "rebalancing": lambda: app.rebalancing,
        "unacked": lambda: sum(not getattr(m, "acked", False) for m in list(consumer._unacked_messages)),
        "unacked_set_size": lambda: len(consumer._unacked_messages),
        # faust drops a fetched record whose offset is below the partition's read offset, and
        # commits only a run of acks that starts at the committed offset: both, per partition.
        "read_offset": lambda: {tp_name(tp): v for tp, v in dict(consumer._read_offset).items()},
        "acked_head": lambda: {tp_name(tp): (len(v), sorted(v)[:5]) for tp, v in dict(consumer._acked).items() if v},
        "gaps": lambda: {tp_name(tp): str(v)[:200] for tp, v in dict(consumer._gap).items() if v},
        "aiokafka": lambda: _aiokafka_partitions(consumer),
        "consumer_thread": lambda: _consumer_thread(consumer),
        # Where faust's fetch loop waits: for flow to resume, for the thread's fetch, or asleep.
        "fetch_loop": lambda: [chain for chain in map(_awaiting, (t.get_coro() for t in asyncio.all_tasks()))
                               if "_drain_messages" in chain or "getmany" in chain],
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


__all__ = ["positions_past_commits", "snapshot", "tp_name"]
