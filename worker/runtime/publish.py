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
from worker.errors import WireEnrichError

log = logging.getLogger(__name__)


class PublishFailed(WireEnrichError, RuntimeError):
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


_RETRIABLE = (KafkaError, asyncio.TimeoutError)


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
        failures = await self._send_once(records)
        if not failures:
            return
        results = await asyncio.gather(*(self._retry(r, exc) for r, exc in failures), return_exceptions=True)
        failed = [(r, res) for (r, _), res in zip(failures, results) if isinstance(res, BaseException)]
        if not failed:
            return
        first = failed[0][1]
        if not isinstance(first, PublishFailed):
            raise first
        first.pending = [r for r, _ in failed]
        raise first

    async def _send(self, record: OutputRecord) -> "asyncio.Future[object]":
        return await self.producer.send(
            record.topic, value=record.value, key=record.key,
            headers=record.headers + self.extra_headers, timestamp_ms=record.timestamp_ms,
        )

    async def _send_once(self, records: Sequence[OutputRecord]) -> list[tuple[OutputRecord, BaseException]]:
        """Every record sent once, then all acks awaited together; what failed, with its error.

        The common path creates no task and no retry state per record: at a few hundred records
        a second both showed up as a large share of the event loop's time.
        """
        failures: list[tuple[OutputRecord, BaseException]] = []
        acks: list[tuple[OutputRecord, asyncio.Future[object]]] = []
        for record in records:
            try:
                acks.append((record, await self._send(record)))
            except _RETRIABLE as exc:
                failures.append((record, exc))
        results = await asyncio.gather(*(ack for _, ack in acks), return_exceptions=True)
        for (record, _), result in zip(acks, results):
            if isinstance(result, _RETRIABLE):
                failures.append((record, result))
            elif isinstance(result, BaseException):
                raise result
        return failures

    async def _retry(self, record: OutputRecord, failure: BaseException) -> None:
        """The record's first attempt failed with `failure`: retry it with bounded, jittered backoff."""
        def before_sleep(state: RetryCallState) -> None:
            self.on_retry(record.topic)
            log.warning("retrying publish to %s (attempt %d): %s", record.topic, state.attempt_number,
                        state.outcome.exception() if state.outcome else "")

        first: BaseException | None = failure
        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception_type(_RETRIABLE),
                stop=stop_after_attempt(self.retries + 1),
                wait=wait_exponential_jitter(multiplier=0.2, max=5.0, jitter=0.2),
                before_sleep=before_sleep,
                reraise=True,
            ):
                with attempt:
                    if first is not None:  # attempt 1 is the one that already failed
                        exc, first = first, None
                        raise exc
                    await (await self._send(record))
        except _RETRIABLE as exc:
            self.on_error(record.topic)
            raise PublishFailed(record, exc) from exc
