"""A producer whose idempotence state the brokers reject is replaced; other failures only retry."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from aiokafka.errors import KafkaTimeoutError, OutOfOrderSequenceNumber
from prometheus_client import CollectorRegistry

from worker.core.events import OutputRecord
from worker.core.pipeline import BatchOutcome, Result, SourceRecord
from worker.runtime import handler as handler_module
from worker.runtime.handler import BatchHandler
from worker.runtime.metrics import Metrics
from worker.runtime.publish import Publisher


class FakeProducer:
    """Fails every send with `error` (None: acknowledges it), counting what it was asked."""

    def __init__(self, error: type[Exception] | None) -> None:
        self.error = error
        self.sent: list[bytes] = []

    async def send(self, topic: str, **kwargs: Any) -> asyncio.Future[None]:
        if self.error is not None:
            raise self.error()
        self.sent.append(kwargs["value"])
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


def _outcome(batch: list[SourceRecord]) -> BatchOutcome:
    records = [OutputRecord(topic="out", key=r.key, value=r.value or b"", headers=[], event_id=f"id-{i}",
                            kind="story") for i, r in enumerate(batch)]
    return BatchOutcome(results=[Result(source=r, records=[o]) for r, o in zip(batch, records)], stage_seconds={})


async def _run(first_error: type[Exception], monkeypatch: pytest.MonkeyPatch) -> tuple[int, FakeProducer, FakeProducer]:
    monkeypatch.setattr(handler_module, "_ROUND_BACKOFF_S", (0.0,))
    stuck, fresh = FakeProducer(first_error), FakeProducer(None)
    publisher = Publisher(stuck, retries=0)  # type: ignore[arg-type]
    renewals = 0

    async def renew() -> None:
        nonlocal renewals
        renewals += 1
        publisher.producer = fresh  # type: ignore[assignment]

    handler = BatchHandler(_outcome, ThreadPoolExecutor(1), publisher, _metrics(),
                           renew_producer=renew)
    batch = [SourceRecord(value=f"v{i}".encode(), key=f"k{i}".encode()) for i in range(3)]
    if first_error is OutOfOrderSequenceNumber:
        await asyncio.wait_for(handler.handle(batch), timeout=10)
    else:
        # Not a producer-state error: the same producer is retried, round after round.
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(handler.handle(batch), timeout=0.5)
    return renewals, stuck, fresh


def test_out_of_order_sequence_gets_a_new_producer_and_the_batch_through(monkeypatch: pytest.MonkeyPatch) -> None:
    renewals, _, fresh = asyncio.run(_run(OutOfOrderSequenceNumber, monkeypatch))
    assert renewals == 1
    assert fresh.sent == [b"v0", b"v1", b"v2"]


def test_a_timeout_keeps_the_producer_and_keeps_retrying(monkeypatch: pytest.MonkeyPatch) -> None:
    renewals, _, fresh = asyncio.run(_run(KafkaTimeoutError, monkeypatch))
    assert renewals == 0 and fresh.sent == []


def _metrics() -> Metrics:
    return Metrics.create(CollectorRegistry(), model="m", model_version="0", spacy_version="0", version="0")
