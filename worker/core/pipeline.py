"""decode -> nlp -> extract -> records: the one path the worker, `enrich`, replay and bench share."""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from spacy.language import Language
from spacy.tokens import Doc

from worker.core.budget import Budget, OverTimeBudget
from worker.core.decode import decode
from worker.core.events import Headers, OutputRecord, Topics, build_records, dead_letter_record, normalised, \
    story_event_id
from worker.core.extract import EXTRACTOR_VERSION, extract_all
from worker.core.models import RawStory, Rejection, RejectReason
from worker.core.models.enriched import EnrichedStory
from worker.core.nlp import label


@dataclass(frozen=True)
class SourceRecord:
    """One raw record as an edge hands it over; the core never asks where it came from."""

    value: bytes | None
    key: bytes | None = None
    headers: Headers = field(default_factory=list)
    timestamp_ms: int | None = None
    topic: str = ""
    partition: int = -1
    offset: int = -1


@dataclass(frozen=True)
class Result:
    """Everything one source record turned into: outputs, or a dead letter."""

    source: SourceRecord
    records: list[OutputRecord]
    story: EnrichedStory | None = None
    rejection: Rejection | None = None
    error_class: str | None = None


@dataclass
class BatchOutcome:
    results: list[Result]
    stage_seconds: dict[str, float]


class Pipeline:
    def __init__(self, nlp: Language, *, topics: Topics, source: str, max_bytes: int = 1_000_000,
                 max_words: int = 20_000, max_output_bytes: int = 900_000, nlp_batch_size: int = 32,
                 extract_budget_s: float = 20.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.nlp = nlp
        self.topics = topics
        self.source = source
        self.max_bytes = max_bytes
        self.max_words = max_words
        self.max_output_bytes = max_output_bytes
        self.nlp_batch_size = nlp_batch_size
        self.extract_budget_s = extract_budget_s
        self.clock = clock
        self.model = label(nlp)

    def process(self, batch: Sequence[SourceRecord]) -> BatchOutcome:
        """Run a batch; never raises for bad input: each record ends enriched or dead-lettered."""
        timings = {"decode": 0.0, "nlp": 0.0, "extract": 0.0}
        started = time.perf_counter()
        decoded = [decode(r.value, key=r.key, timestamp=_as_time(r.timestamp_ms), max_bytes=self.max_bytes,
                          max_words=self.max_words)
                   for r in batch]
        timings["decode"] = time.perf_counter() - started

        results: list[Result | None] = [None] * len(batch)
        stories: list[tuple[int, RawStory]] = []
        for i, item in enumerate(decoded):
            if isinstance(item, Rejection):
                results[i] = self._dead_letter(batch[i], item, "Rejection")
            else:
                stories.append((i, item))

        started = time.perf_counter()
        docs = self._parse([s for _, s in stories])
        timings["nlp"] = time.perf_counter() - started

        started = time.perf_counter()
        for (i, story), doc in zip(stories, docs):
            if isinstance(doc, Exception):
                results[i] = self._failed(batch[i], "nlp", doc)
                continue
            try:
                enriched = self.enrich_doc(doc, story, Budget(self.extract_budget_s, self.clock))
                records = build_records(enriched, self.topics, self.source)
                results[i] = self._checked(batch[i], records, enriched)
            except OverTimeBudget as exc:  # the partition moves on; the record says how far it got
                rejection = Rejection(reason=RejectReason.OVER_TIME_BUDGET, stage="extract", detail=str(exc))
                results[i] = self._dead_letter(batch[i], rejection, type(exc).__name__)
            except Exception as exc:  # an extractor bug must not stop the partition: dead-letter it
                results[i] = self._failed(batch[i], "extract", exc)
        timings["extract"] = time.perf_counter() - started
        return BatchOutcome([r for r in results if r is not None], timings)

    def enrich(self, story: RawStory) -> EnrichedStory:
        return self.enrich_doc(self.nlp(story.body), story)

    def enrich_doc(self, doc: Doc, story: RawStory, budget: Budget | None = None) -> EnrichedStory:
        facts = extract_all(doc, story, budget)
        return EnrichedStory(
            event_id=story_event_id(story.story_id, story.version, normalised(facts)),
            story_id=story.story_id, version=story.version, extractor_version=EXTRACTOR_VERSION,
            model=self.model, body=story.body, facts=facts,
        )

    def _parse(self, stories: list[RawStory]) -> list[Doc | Exception]:
        texts = [s.body for s in stories]
        try:
            return list(self.nlp.pipe(texts, batch_size=self.nlp_batch_size))
        except Exception:
            # One pathological text must not take its batch-mates down: retry them one by one.
            out: list[Doc | Exception] = []
            for text in texts:
                try:
                    out.append(self.nlp(text))
                except Exception as exc:
                    out.append(exc)
            return out

    def _checked(self, source: SourceRecord, records: list[OutputRecord], story: EnrichedStory) -> Result:
        """The story's outputs, or its dead letter when one output is larger than the broker takes.

        A record over the brokers' ``message.max.bytes`` is refused on every retry; deciding here,
        before publishing, keeps that refusal from holding the batch un-acked for ever.
        """
        largest = max(records, key=lambda r: len(r.value) + sum(len(k) + len(v) for k, v in r.headers))
        size = len(largest.value) + sum(len(k) + len(v) for k, v in largest.headers)
        if size <= self.max_output_bytes:
            return Result(source, records, story=story)
        rejection = Rejection(reason=RejectReason.OUTPUT_TOO_LARGE, stage="extract",
                              detail=f"the {largest.kind} record would be {size} bytes; the limit is {self.max_output_bytes}")
        return self._dead_letter(source, rejection, "Rejection")

    def _failed(self, source: SourceRecord, stage: str, exc: Exception) -> Result:
        rejection = Rejection(reason=RejectReason.EXTRACT_FAILED, detail=f"{type(exc).__name__}: {exc}"[:1000],
                              stage=stage)
        return self._dead_letter(source, rejection, type(exc).__name__)

    def _dead_letter(self, source: SourceRecord, rejection: Rejection, error_class: str) -> Result:
        record = dead_letter_record(
            rejection, topic=self.topics.dead_letter, value=source.value, key=source.key, headers=source.headers,
            timestamp_ms=source.timestamp_ms, origin_topic=source.topic, origin_partition=source.partition,
            origin_offset=source.offset, error_class=error_class,
        )
        return Result(source, [record], rejection=rejection, error_class=error_class)


def _as_time(timestamp_ms: int | None) -> datetime | None:
    if timestamp_ms is None or timestamp_ms < 0:
        return None
    return datetime.fromtimestamp(timestamp_ms / 1000, tz=timezone.utc)
