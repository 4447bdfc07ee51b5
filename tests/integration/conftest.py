"""Integration tests run against a real Kafka broker started once per test session (the `kafka`
fixture in tests/conftest.py, shared with the ops tests).

The broker never "goes missing" quietly: if it cannot start, the fixture raises and every test
that needs it errors with the broker's log tail. Nothing here skips.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from worker.local_kafka import LocalKafka

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test in this folder needs the broker: mark it, so `-m "not integration"` works.
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """Names (topics, groups, client ids) unique to this test and this run."""
    test = re.sub(r"[^A-Za-z0-9._-]+", "-", request.node.name)[:80]

    def make(prefix: str = "t") -> str:
        return f"{prefix}.{test}.{uuid.uuid4().hex[:8]}"

    return make


@pytest.fixture
def topic_factory(kafka: LocalKafka, unique_name: Callable[[str], str]) -> Callable[..., str]:
    """Create a fresh topic on the session broker and return its name."""

    def make(partitions: int = 1, configs: Mapping[str, str] | None = None) -> str:
        name = unique_name("topic")
        kafka.create_topics([name], partitions=partitions, configs=configs)
        return name

    return make
