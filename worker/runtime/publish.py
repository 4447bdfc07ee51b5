"""Send every output of a batch and wait for every broker ack (acks=all) before anyone acks input.

A failed send is retried with bounded, jittered backoff. If a record still cannot be delivered the
whole batch stays un-acked: the caller keeps retrying rounds (never skipping) so the input offset
is never committed past an output that did not reach the broker.
"""

import asyncio
import logging
from collections.abc import Callable, Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.errors import InvalidProducerEpoch, KafkaError, OutOfOrderSequenceNumber, ProducerFenced, \
    UnknownProducerId
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt, \
    wait_exponential_jitter

from worker.core.events import OutputRecord

log = logging.getLogger(__name__)


class PublishFailed(RuntimeError):
    """An output could not be acknowledged by the broker after every retry."""

    def __init__(self, record: OutputRecord, cause: BaseException) -> None:
        super().__init__(f"publishing to {record.topic} failed: {type(cause).__name__}: {cause}")
        self.record = record
        self.cause = cause
        self.pending: list[OutputRecord] = [record]


# Errors after which an idempotent producer's sequence state no longer matches the brokers' (for
# example once every broker restarted while sends were in flight): every further send with the
# same producer id fails the same way, so only a new producer gets the batch through.
_PRODUCER_STATE_ERRORS = (OutOfOrderSequenceNumber, UnknownProducerId, InvalidProducerEpoch, ProducerFenced)


def needs_new_producer(exc: PublishFailed) -> bool:
    return isinstance(exc.cause, _PRODUCER_STATE_ERRORS)


class Publisher:
    def __init__(self, producer: AIOKafkaProducer, *, retries: int,
                 on_retry: Callable[[str], None] = lambda topic: None,
                 on_error: Callable[[str], None] = lambda topic: None,
                 extra_headers: Sequence[tuple[str, bytes]] = ()) -> None:
        self.producer = producer
        self.retries = retries
        self.on_retry = on_retry
        self.on_error = on_error
        self.extra_headers = list(extra_headers)

    async def publish_all(self, records: Sequence[OutputRecord]) -> None:
        """Return only once the broker has acknowledged every record; raise PublishFailed otherwise.

        The exception's ``pending`` lists every record still unacknowledged, so a caller retries
        only those.
        """
        results = await asyncio.gather(*(self._publish_one(r) for r in records), return_exceptions=True)
        failed = [(r, res) for r, res in zip(records, results) if isinstance(res, BaseException)]
        if not failed:
            return
        first = failed[0][1]
        if not isinstance(first, PublishFailed):
            raise first
        first.pending = [r for r, _ in failed]
        raise first

    async def _publish_one(self, record: OutputRecord) -> None:
        def before_sleep(state: RetryCallState) -> None:
            self.on_retry(record.topic)
            log.warning("retrying publish to %s (attempt %d): %s", record.topic, state.attempt_number,
                        state.outcome.exception() if state.outcome else "")

        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type((KafkaError, asyncio.TimeoutError)),
                stop=stop_after_attempt(self.retries + 1),
                wait=wait_exponential_jitter(multiplier=0.2, max=5.0, jitter=0.2),
                before_sleep=before_sleep,
                reraise=True,
            ):
                with attempt:
                    ack = await self.producer.send(
                        record.topic, value=record.value, key=record.key,
                        headers=record.headers + self.extra_headers, timestamp_ms=record.timestamp_ms,
                    )
                    await ack
        except (KafkaError, asyncio.TimeoutError) as exc:
            self.on_error(record.topic)
            raise PublishFailed(record, exc) from exc
