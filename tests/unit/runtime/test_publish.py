"""Publishing: every record sent once and all acks awaited together; only failures are retried."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka.errors import KafkaTimeoutError, NotLeaderForPartitionError

from worker.core.events import OutputRecord
from worker.runtime import publish as publish_module
from worker.runtime.publish import PublishFailed, Publisher


class FlakyProducer:
    """Fails the send of some values, or their ack, a given number of times; acknowledges the rest."""

    def __init__(self, send_failures: dict[bytes, int] | None = None, ack_failures: dict[bytes, int] | None = None):
        self.send_failures = dict(send_failures or {})
        self.ack_failures = dict(ack_failures or {})
        self.sends: list[bytes] = []

    async def send(self, topic: str, **kwargs: Any) -> asyncio.Future[None]:
        value = kwargs["value"]
        self.sends.append(value)
        if self.send_failures.get(value, 0) > 0:
            self.send_failures[value] -= 1
            raise KafkaTimeoutError()
        ack: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self.ack_failures.get(value, 0) > 0:
            self.ack_failures[value] -= 1
            ack.set_exception(NotLeaderForPartitionError())
        else:
            ack.set_result(None)
        return ack


def _records(n: int) -> list[OutputRecord]:
    return [OutputRecord(topic="out", key=b"k", value=f"v{i}".encode(), headers=[], event_id=f"id-{i}", kind="story")
            for i in range(n)]


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    from tenacity import wait_none

    monkeypatch.setattr(publish_module, "wait_exponential_jitter", lambda **_: wait_none())


def _publisher(producer: FlakyProducer, retries: int) -> tuple[Publisher, list[str], list[str]]:
    retried: list[str] = []
    errors: list[str] = []
    return Publisher(producer, retries=retries, on_retry=retried.append, on_error=errors.append), retried, errors  # type: ignore[arg-type]


def test_a_clean_batch_sends_each_record_exactly_once_with_no_retry() -> None:
    producer = FlakyProducer()
    publisher, retried, errors = _publisher(producer, retries=3)
    asyncio.run(publisher.publish_all(_records(5)))
    assert producer.sends == [b"v0", b"v1", b"v2", b"v3", b"v4"]
    assert retried == [] and errors == []


def test_a_failed_send_and_a_failed_ack_are_each_retried_until_acknowledged() -> None:
    producer = FlakyProducer(send_failures={b"v1": 2}, ack_failures={b"v3": 1})
    publisher, retried, errors = _publisher(producer, retries=3)
    asyncio.run(publisher.publish_all(_records(5)))
    assert producer.sends.count(b"v1") == 3 and producer.sends.count(b"v3") == 2
    assert all(producer.sends.count(v) == 1 for v in (b"v0", b"v2", b"v4"))
    assert len(retried) == 3 and errors == []  # two retries of v1, one of v3


def test_a_record_failing_past_its_retries_is_reported_pending_with_the_count_of_attempts() -> None:
    producer = FlakyProducer(send_failures={b"v2": 10})
    publisher, retried, errors = _publisher(producer, retries=2)
    with pytest.raises(PublishFailed) as failed:
        asyncio.run(publisher.publish_all(_records(4)))
    assert [r.value for r in failed.value.pending] == [b"v2"]
    assert producer.sends.count(b"v2") == 3  # the first attempt and two retries
    assert len(retried) == 2 and errors == ["out"]
