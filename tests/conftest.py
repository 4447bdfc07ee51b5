"""Fixtures shared by every folder that needs a real Kafka broker (integration and ops tests).

The single-node broker lives here rather than in one folder's conftest so that a full run starts
it once, whichever folders ask for it. It is lazy: unit-test runs never start it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from worker.local_kafka import LocalKafka


@pytest.fixture(scope="session")
def kafka() -> Iterator[LocalKafka]:
    """One real single-node broker for the whole session. If it cannot start, the fixture raises
    and every test that needs it errors with the broker's log tail; nothing skips."""
    broker = LocalKafka(nodes=1)
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()
