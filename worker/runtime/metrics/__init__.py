"""Prometheus metrics of the worker: one ``Metrics`` object built from a registry.

``labels`` holds the closed label sets and buckets, ``series`` registers the series, ``recorder``
is the object the app passes down.
"""

from worker.runtime.metrics.labels import OTHER, PREFIX, PUBLISHED_KINDS, REASONS, STAGE_REASONS, STAGES, \
    STORY_STAGES, TOPIC_KINDS
from worker.runtime.metrics.recorder import Metrics, StageTracker

__all__ = ["Metrics", "OTHER", "PREFIX", "PUBLISHED_KINDS", "REASONS", "STAGES", "STAGE_REASONS", "STORY_STAGES", "StageTracker",
           "TOPIC_KINDS"]
