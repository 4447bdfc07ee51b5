"""faust's flow control, without the queue clear that loses records after a table recovery.

faust's ``FlowControlEvent.resume()`` empties every stream queue, even when flow was never
suspended. After a rebalance with a table (our revisions table), recovery resumes flow to read the
changelog, then ``Recovery._resume_streams`` resumes the input partitions, seeks them to the
committed offsets and calls ``resume()`` again. Records the fetcher delivered between the seek and
that second ``resume()`` are dropped from the queue while the consumer's position has moved past
them: the agent never sees them, their offsets never get acked, and faust, which commits only a
contiguous run of acks, never commits that partition again. The worker then sits idle with lag.
(Reported upstream as faust-streaming issue 596; still open in the version we pin.)

Clearing is only needed when flow comes back from a suspension: faust suspends and clears the
queues itself when partitions are revoked, and streams skip events of an older consumer generation.
So ``resume()`` here clears on that transition only. The cost of keeping the queue is at most a
few records delivered twice around the seek, which the delivery contract allows (at least once).
"""

from __future__ import annotations

import asyncio
from typing import Any

from mode.utils.queues import FlowControlEvent


class KeepQueuedFlowControl(FlowControlEvent):
    """Clears stream queues when flow resumes from a suspension, not when it already flows."""

    def resume(self) -> None:
        if self.is_active():
            return  # already flowing: what is queued was fetched for this generation; keep it
        super().resume()



# How long a seek waits for faust's fetch loop to park before seeking anyway.
_PARK_TIMEOUT_S = 2.0


def _fetch_loop_started(consumer: Any) -> bool:
    """faust starts its fetch loop (the ``Fetcher`` service) only after the first seek of a new
    worker: there is nothing to park then, and waiting for it held every start for the whole
    timeout (2 s before the first record was read)."""
    fetcher = getattr(getattr(consumer, "app", None), "_fetcher", None)
    return fetcher is None or bool(getattr(fetcher, "started", True))


def install_parked_seek(consumer: Any) -> None:
    """Make faust's ``perform_seek`` stop the fetch loop before it seeks, so no record of the old
    position reaches the streams after it.

    faust's fetch loop hands out a fetched batch record by record and keeps a read offset: a record
    below it is dropped as already read, a record more than one above it marks the offsets between
    as a gap, which faust then counts as acked. ``perform_seek`` resets the read offsets to the
    committed ones, but if the loop is in the middle of a batch fetched before the seek, its next
    record (from the old position) sets the read offset far ahead again and marks the range between
    as a gap: the records fetched again after the seek are dropped as already read, and the acks of
    the gap and of the real records both land in faust's list of acked offsets, whose commit then
    advances about one offset per commit. Both were seen after restarts (docs/guarantees.md).
    Stopping flow makes the loop leave the batch at the next record (and abandon a record waiting
    for room in a full queue); once it waits for flow again, the seek is safe. Flow is resumed only
    if it was on.
    """
    if getattr(consumer, "_parked_seek", False):
        return  # faust restarted the agent: already installed
    original = consumer.perform_seek

    async def perform_seek() -> None:
        stopping = consumer.flow_active
        if stopping:
            # Flow stays off for the whole seek even when no loop runs yet: a fetch loop that
            # starts while the seek awaits then waits for flow instead of reading the old position.
            consumer.stop_flow()
            if _fetch_loop_started(consumer):
                deadline = asyncio.get_running_loop().time() + _PARK_TIMEOUT_S
                while not consumer.can_resume_flow._waiters and asyncio.get_running_loop().time() < deadline:
                    await asyncio.sleep(0.01)  # the loop parks within one record's hand-off
        try:
            await original()
        finally:
            if stopping:
                consumer.resume_flow()

    consumer.perform_seek = perform_seek
    consumer._parked_seek = True


__all__ = ["KeepQueuedFlowControl", "install_parked_seek"]
