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

from mode.utils.queues import FlowControlEvent


class KeepQueuedFlowControl(FlowControlEvent):
    """Clears stream queues when flow resumes from a suspension, not when it already flows."""

    def resume(self) -> None:
        if self.is_active():
            return  # already flowing: what is queued was fetched for this generation; keep it
        super().resume()


__all__ = ["KeepQueuedFlowControl"]
