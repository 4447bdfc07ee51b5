"""A bounded replay of a time window of the raw topic, through the live worker's core and publisher.

Why it looks like this:
- Its own consumer group, manual ``assign``/``seek`` and manual commits: a replay never joins, moves
  or rebalances the live group, and its progress survives an interruption.
- Bounds come from ``offsets_for_times`` (first offset whose timestamp >= T) and are fixed before
  the first fetch, so the run ends even while producers keep appending (Flink's bounded source,
  ``kcat -o s@T1 -o e@T2 -e``). The bound is an offset range: with producer-set timestamps that are
  out of order, a record inside the range is replayed whatever its own timestamp says.
- Every batch goes through the live worker's runner (the pipeline built from the same settings, a
  memory zone per batch, a process pool when ``WIRE_PROCESSES`` asks) and ``BatchHandler`` (every
  output acked with acks=all) before its offsets are committed: the same at-least-once contract
  and the same flat memory as the live worker.
- Record timestamps are passed through untouched; text stories take their publication time from
  them, which is what makes the replayed event ids equal the live ones.
"""

from worker.runtime.replay.job import Replay
from worker.runtime.replay.plan import REPLAY_HEADER, Pacer, PartitionPlan, ReplayError, ReplayPlan, ReplaySummary, \
    Window, default_group, source_record

__all__ = ["REPLAY_HEADER", "Pacer", "PartitionPlan", "Replay", "ReplayError", "ReplayPlan", "ReplaySummary", "Window",
           "default_group", "source_record"]
