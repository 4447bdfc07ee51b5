"""decode -> nlp -> extract -> records: the one path the worker, `enrich`, replay and bench share."""

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from spacy.language import Language
from spacy.tokens import Doc

from worker.core.budget import Budget, OverTimeBudget
from worker.core.chunks import CHUNK_WORDS, parse_long
from worker.core.decode import decode
from worker.core.events import Headers, OutputRecord, Topics, build_records, dead_letter_record, normalised, \
    story_event_id
from worker.core.extract import EXTRACTOR_VERSION, extract_all
from worker.core.language import EXPECTED, LanguageReading, read_language
from worker.core.models import RawStory, Rejection, RejectReason
from worker.core.models.enriched import EnrichedStory
from worker.core.nlp import label
from worker.core.routing import DEAD_LETTERED, METADATA, PIPELINE, Unsupported, by_language, metadata_only


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
    language: str | None = None  # the story's settled language, once decoded
    route: str | None = None  # how it was routed by language: pipeline, metadata or dead_letter


@dataclass
class BatchOutcome:
    results: list[Result]
    stage_seconds: dict[str, float]


class Pipeline:
    def __init__(self, nlp: Language, *, topics: Topics, source: str, max_bytes: int = 1_000_000,
                 max_words: int = 20_000, max_output_bytes: int = 900_000, nlp_batch_size: int = 32,
                 others: Sequence[Language] = (), unsupported: Unsupported = "metadata",
                 extract_budget_s: float = 20.0, expected: Sequence[str] = EXPECTED, clock: Callable[[], float] = time.monotonic) -> None:
        """``nlp`` is the main pipeline; ``others`` add languages (each routed by its ``nlp.lang``)."""
        self.nlp = nlp
        self.pipelines: Mapping[str, Language] = by_language(nlp, *others)
        self.unsupported = unsupported
        self.language = str(nlp.lang)  # a story too short to tell is given the main pipeline's language
        # Languages a reading is settled among: the desk's, and always those it has a pipeline for
        # (empty: every language the detector knows).
        self.expected = tuple(dict.fromkeys([*expected, *self.pipelines])) if expected else ()
        self.topics = topics
        self.source = source
        self.max_bytes = max_bytes
        self.max_words = max_words
        self.max_output_bytes = max_output_bytes
        self.nlp_batch_size = nlp_batch_size
        self.extract_budget_s = extract_budget_s
        self.clock = clock
        self.model = label(nlp)
        self.models = {language: label(p) for language, p in self.pipelines.items()}

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
        readings = {i: read_language(story.body, story.language, default=self.language,
                                 expected=self.expected) for i, story in stories}
        timings["decode"] += time.perf_counter() - started  # reading the language is part of reading the input
        routed: dict[str, list[tuple[int, RawStory]]] = {}
        for i, story in stories:
            language = readings[i].language
            if language in self.pipelines:
                routed.setdefault(language, []).append((i, story))
            elif self.unsupported == "dead_letter":
                rejection = Rejection(reason=RejectReason.UNSUPPORTED_LANGUAGE, stage="decode",
                                      detail=f"no pipeline for language {language!r} "
                                             f"(confidence {readings[i].confidence})")
                results[i] = self._dead_letter(batch[i], rejection, "Rejection")
            else:
                enriched = metadata_only(story, readings[i])
                results[i] = self._checked(batch[i], build_records(enriched, self.topics, self.source), enriched)

        for language, group in routed.items():
            started = time.perf_counter()
            docs = self._parse(self.pipelines[language], [s for _, s in group])
            timings["nlp"] += time.perf_counter() - started

            started = time.perf_counter()
            for (i, story), doc in zip(group, docs):
                if isinstance(doc, Exception):
                    results[i] = self._failed(batch[i], "nlp", doc)
                    continue
                try:
                    enriched = self.enrich_doc(doc, story, readings[i], Budget(self.extract_budget_s, self.clock))
                    records = build_records(enriched, self.topics, self.source)
                    results[i] = self._checked(batch[i], records, enriched)
                except OverTimeBudget as exc:  # the partition moves on; the record says how far it got
                    rejection = Rejection(reason=RejectReason.OVER_TIME_BUDGET, stage="extract", detail=str(exc))
                    results[i] = self._dead_letter(batch[i], rejection, type(exc).__name__)
                except Exception as exc:  # an extractor bug must not stop the partition: dead-letter it
                    results[i] = self._failed(batch[i], "extract", exc)
            timings["extract"] += time.perf_counter() - started
        for i, _ in stories:  # what the metrics count by language
            language = readings[i].language
            route = PIPELINE if language in self.pipelines else (
                DEAD_LETTERED if self.unsupported == "dead_letter" else METADATA)
            done = results[i]
            if done is not None:
                results[i] = replace(done, language=language, route=route)
        return BatchOutcome([r for r in results if r is not None], timings)

    def enrich(self, story: RawStory) -> EnrichedStory:
        """One story, routed by its language like a batch (an unsupported one gets its metadata only)."""
        reading = read_language(story.body, story.language, default=self.language,
                                 expected=self.expected)
        nlp = self.pipelines.get(reading.language)
        if nlp is None:
            return metadata_only(story, reading)
        doc = self._parse_one(nlp, story.body)
        if isinstance(doc, Exception):
            raise doc
        return self.enrich_doc(doc, story, reading)

    def enrich_doc(self, doc: Doc, story: RawStory, reading: LanguageReading | None = None,
                   budget: Budget | None = None) -> EnrichedStory:
        facts = extract_all(doc, story, reading, budget)
        return EnrichedStory(
            event_id=story_event_id(story.story_id, story.version, normalised(facts)),
            story_id=story.story_id, version=story.version, extractor_version=EXTRACTOR_VERSION,
            model=self.models.get(doc.lang_, self.model),
            body=story.body, facts=facts,
        )

    @contextmanager
    def memory_zones(self) -> Iterator[None]:
        """Every pipeline's memory zone at once (spaCy frees what a batch interned in each)."""
        with ExitStack() as stack:
            for nlp in self.pipelines.values():
                stack.enter_context(nlp.memory_zone())
            yield

    def _parse(self, nlp: Language, stories: list[RawStory]) -> list[Doc | Exception]:
        texts = [s.body for s in stories]
        if any(len(t.split()) > CHUNK_WORDS for t in texts):
            return [self._parse_one(nlp, t) for t in texts]  # long ones in pieces, to bound memory
        try:
            return list(nlp.pipe(texts, batch_size=self.nlp_batch_size))
        except Exception:
            # One pathological text must not take its batch-mates down: retry them one by one.
            out: list[Doc | Exception] = []
            for text in texts:
                try:
                    out.append(nlp(text))
                except Exception as exc:
                    out.append(exc)
            return out

    @staticmethod
    def _parse_one(nlp: Language, text: str) -> Doc | Exception:
        try:
            return parse_long(nlp, text) if len(text.split()) > CHUNK_WORDS else nlp(text)
        except Exception as exc:
            return exc

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
