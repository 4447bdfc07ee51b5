"""Label sets and buckets of the worker's metrics: every label has a small closed set of values.

The fact and topic labels come from the fact-family table, so a new family gets its series
pre-created at 0 without touching this file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from worker.core.families import FAMILY_NAMES, GKG, STORY
from worker.core.families import TOPIC_KINDS as _TOPIC_KINDS
from worker.core.models.raw import RejectReason
from worker.core.routing import COUNTED_LANGUAGES, OTHER_LANGUAGE, ROUTES

log = logging.getLogger(__name__)

PREFIX = "wire_enrich"

STAGES: tuple[str, ...] = ("decode", "nlp", "extract", "publish")
# `stage` of the per-story timing: where one story's time goes from its Kafka timestamp to its
# batch acked (docs/capacity.md): the consumer, the wait for a spaCy process, the pipeline's stages,
# the wait for the batch before it to be acked (acks stay in input order), publishing.
STORY_STAGES: tuple[str, ...] = ("consumer_wait", "pool_wait", "decode", "nlp", "extract", "order_wait", "publish")
# `type` of facts_published: the enriched story, every fact family ('entity', 'quote', ...) and
# the GKG row when its topic is on.
PUBLISHED_KINDS: tuple[str, ...] = (STORY, *FAMILY_NAMES, GKG)
# `topic_kind` of the publish error and retry series: every output topic by its kind.
TOPIC_KINDS: tuple[str, ...] = _TOPIC_KINDS
# Story revisions (docs/revisions.md): what a revision record says, and how a version compared.
REVISION_CHANGES: tuple[str, ...] = ("added", "removed", "changed")
# Stories by language (docs/languages.md): the languages wire services file in most, then "other";
# and how each was routed: a pipeline read it, metadata only, or dead-lettered.
LANGUAGES: tuple[str, ...] = (*COUNTED_LANGUAGES, OTHER_LANGUAGE)
LANGUAGE_ROUTES: tuple[str, ...] = ROUTES
VERSION_OUTCOMES: tuple[str, ...] = ("first", "newer", "redelivered", "duplicate", "older")
# `shape` of a nudge of a stalled consumer (worker/runtime/stall_watch.py).
STALL_SHAPES: tuple[str, ...] = ("records_lost", "nothing_fetched")

# The core's rejection reasons plus the one only the publishing edge can produce. Anything else
# collapses into "other" so a typo or a new exception class can never mint a new series.
OTHER = "other"
REASONS: tuple[str, ...] = tuple(dict.fromkeys([*(r.value for r in RejectReason), "publish_failed", OTHER]))

# Which (stage, reason) pairs can really happen; only these are pre-created. Other known pairs are
# still accepted, they just appear on first use.
_LATER_REASONS = ("extract_failed", "output_too_large", "over_time_budget", "publish_failed", OTHER)
_DECODE_REASONS = tuple(r for r in REASONS if r not in _LATER_REASONS)
STAGE_REASONS: Mapping[str, tuple[str, ...]] = {
    "decode": _DECODE_REASONS,
    "nlp": ("extract_failed",),
    "extract": ("extract_failed", "output_too_large", "over_time_budget"),
    "publish": ("publish_failed",),
}
# The reason counted when a tracked stage raises instead of reporting its own failures.
STAGE_ERROR_REASON: Mapping[str, str] = {
    "decode": "bad_field",
    "nlp": "extract_failed",
    "extract": "extract_failed",
    "publish": "publish_failed",
}

# spaCy on a small model takes milliseconds per story and seconds per batch; publishing waits for
# acks=all. The buckets span 1 ms to 2 min so both single records and slow batches land inside.
LATENCY_BUCKETS = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
# End to end includes time spent waiting in the topic, so it reaches into hours during a backlog.
E2E_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)


def known(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return value


def reason_label(value: str) -> str:
    return value if value in REASONS else OTHER


def bounded(value: str, allowed: Sequence[str], what: str) -> str:
    """Keep a label in its closed set without raising: these calls run after outputs are acked,
    where an exception would leave the batch un-acked and stall the partition."""
    if value in allowed:
        return value
    log.warning("unknown %s %r counted as %r", what, value, OTHER)
    return OTHER
