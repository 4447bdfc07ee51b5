"""EnrichedStory -> output records: topic, key, JSON value, CloudEvents binary-mode headers.

Ids are deterministic so a replay or a redelivery yields byte-identical ids and downstream can
deduplicate on ``ce_source`` + ``ce_id``.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import orjson
from pydantic import BaseModel

from worker.core.families import DEAD_LETTER, FAMILIES, GKG, GKG_TYPE, STORY, STORY_TYPE, TYPE_PREFIX, Topics, family
from worker.core.gkg import gkg_row
from worker.core.models import Rejection
from worker.core.models.enriched import EnrichedStory

# Fixed forever: changing it changes every id ever published.
ID_NAMESPACE = uuid.UUID("6f1c9e0a-3b7d-5c2e-9a41-7d0e2b5f8c13")
SPEC_VERSION = "1.0"
Headers = list[tuple[str, bytes]]

__all__ = ["Headers", "OutputRecord", "REVISION_TYPE", "STORY_TYPE", "Topics", "build_records", "dead_letter_record",
           "fact_identity", "normalised", "revision_records", "stable_id", "story_event_id"]


@dataclass(frozen=True)
class OutputRecord:
    topic: str
    key: bytes | None
    value: bytes
    headers: Headers
    event_id: str
    kind: str  # one of families.RECORD_KINDS (story, a family's name, dead_letter) or revision
    timestamp_ms: int | None = None


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts)))


def normalised(value: Any) -> str:
    """Canonical JSON of a fact: sorted keys, so equal content always hashes the same."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def fact_identity(kind: str, fact: BaseModel) -> str:
    """What makes a fact the same fact across story versions (the fact key's content)."""
    return family(kind).identity(fact.model_dump(mode="json"))


def build_records(story: EnrichedStory, topics: Topics, source: str) -> list[OutputRecord]:
    """Every output of one story version, the enriched story first."""
    facts = story.facts
    key = story.story_id.encode()
    published = facts.story.published_at
    common: dict[str, Any] = {"story_id": story.story_id, "story_version": story.version,
              "published_at": published, "extractor_version": story.extractor_version}
    records = [_record(topics.enriched, key, story, story.event_id, STORY_TYPE, STORY, published, source,
                       story.extractor_version)]
    for row in FAMILIES:
        for fact in row.facts(facts):
            event_id = stable_id(story.story_id, str(story.version), row.name, normalised(fact))
            fact_key = stable_id(story.story_id, row.name, row.identity(fact.model_dump(mode="json")))
            # Each envelope types its own `fact` field; the row says which envelope this family uses.
            fields: dict[str, Any] = {**common, "event_id": event_id, "fact_key": fact_key, "fact": fact}
            model = row.envelope(**fields)
            records.append(_record(topics.of(row), key, model, event_id, row.ce_type, row.name, published, source,
                                   story.extractor_version, fact_key=fact_key))
    if topics.gkg:
        records.append(_gkg_record(story, topics.gkg, source))
    return records


def _gkg_record(story: EnrichedStory, topic: str, source: str) -> OutputRecord:
    """The story as one GKG 2.1 row, keyed by story id, with the same CloudEvents headers."""
    row = gkg_row(story).encode()
    event_id = stable_id(story.story_id, str(story.version), GKG, row.decode())
    headers = _headers(story.story_id.encode(), event_id, GKG_TYPE, story.facts.story.published_at, source,
                       story.extractor_version, b"text/tab-separated-values")
    return OutputRecord(topic=topic, key=story.story_id.encode(), value=row, headers=headers, event_id=event_id,
                        kind=GKG)


def story_event_id(story_id: str, version: int, facts_json: str) -> str:
    return stable_id(story_id, str(version), "story", facts_json)


def _record(topic: str, key: bytes, model: BaseModel, event_id: str, ce_type: str, kind: str,
            published: datetime, source: str, extractor_version: str, fact_key: str | None = None) -> OutputRecord:
    headers = _headers(key, event_id, ce_type, published, source, extractor_version, b"application/json")
    if fact_key:
        headers.append(("wire-fact-key", fact_key.encode()))
    return OutputRecord(topic=topic, key=key, value=model.model_dump_json().encode(), headers=headers,
                        event_id=event_id, kind=kind)


def _headers(key: bytes, event_id: str, ce_type: str, published: datetime, source: str, extractor_version: str,
             content_type: bytes) -> Headers:
    """CloudEvents binary-mode headers, the same on every output of a story."""
    return [
        ("ce_specversion", SPEC_VERSION.encode()),
        ("ce_id", event_id.encode()),
        ("ce_type", ce_type.encode()),
        ("ce_source", source.encode()),
        ("ce_time", _rfc3339(published).encode()),
        ("ce_subject", key),
        ("content-type", content_type),
        ("wire-extractor-version", extractor_version.encode()),
    ]


def dead_letter_record(
    rejection: Rejection,
    *,
    topic: str,
    value: bytes | None,
    key: bytes | None,
    headers: Headers,
    timestamp_ms: int | None,
    origin_topic: str,
    origin_partition: int,
    origin_offset: int,
    error_class: str = "Rejection",
) -> OutputRecord:
    """The original record, unchanged, plus context headers saying where it came from and why."""
    context: Headers = [
        ("wire-dlq-reason", rejection.reason.value.encode()),
        ("wire-dlq-stage", rejection.stage.encode()),
        ("wire-dlq-error-class", error_class.encode()),
        ("wire-dlq-detail", rejection.detail[:1000].encode()),
        ("wire-dlq-topic", origin_topic.encode()),
        ("wire-dlq-partition", str(origin_partition).encode()),
        ("wire-dlq-offset", str(origin_offset).encode()),
    ]
    event_id = stable_id(origin_topic, str(origin_partition), str(origin_offset), DEAD_LETTER)
    return OutputRecord(topic=topic, key=key, value=value or b"", headers=list(headers) + context,
                        event_id=event_id, kind=DEAD_LETTER, timestamp_ms=timestamp_ms)


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


REVISION_TYPE = f"{TYPE_PREFIX}.fact.revision.v1"


def revision_records(revisions: list[BaseModel], topic: str, source: str, published: datetime,
                     extractor_version: str) -> list[OutputRecord]:
    """Revision records for the revisions topic: keyed by story id, CloudEvents headers as every fact."""
    out: list[OutputRecord] = []
    for rev in revisions:
        data = rev.model_dump()
        out.append(_record(topic, data["story_id"].encode(), rev, data["event_id"], REVISION_TYPE, "revision",
                           published, source, extractor_version, fact_key=data["fact_key"]))
    return out
