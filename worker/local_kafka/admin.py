"""Topic administration of a running local Kafka: create topics, wait for in-sync replicas."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing, contextmanager

from kafka import KafkaAdminClient

from worker.local_kafka.node import LocalKafkaError

log = logging.getLogger(__name__)

_TOPIC_ALREADY_EXISTS = 36  # Kafka protocol error code


class TopicAdmin:
    """Mixed into ``LocalKafka``: what tests and the demo do with its topics."""

    bootstrap_servers: str
    replication: int

    @contextmanager
    def _admin(self, bootstrap: str | None = None,
               timeout_ms: int = 10_000) -> Iterator[KafkaAdminClient]:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap or self.bootstrap_servers,
                                 client_id="local-kafka", request_timeout_ms=timeout_ms,
                                 bootstrap_timeout_ms=timeout_ms)
        with closing(admin):
            yield admin

    def create_topics(self, names: Iterable[str], partitions: int = 1,
                      replication: int | None = None, configs: Mapping[str, str] | None = None,
                      timeout: float = 30.0) -> None:
        """Create topics (existing ones stay as they are) and wait until every partition has
        a leader in the metadata. `replication` defaults to the cluster's (1 or 3)."""
        names = list(names)
        if not names:
            return
        spec = {"num_partitions": partitions, "replication_factor": replication or self.replication,
                "configs": dict(configs or {})}
        with self._admin() as admin:
            result = admin.create_topics({name: spec for name in names}, raise_errors=False,
                                         timeout_ms=int(timeout * 1000))
            for topic in result["topics"]:
                if topic["error_code"] not in (0, _TOPIC_ALREADY_EXISTS):
                    raise LocalKafkaError(f"creating {topic['name']} failed: {topic}")
            admin.wait_for_topics(names, timeout_ms=int(timeout * 1000))

    def wait_for_isr(self, topic: str, size: int | None = None, timeout: float = 60.0) -> None:
        """Wait until every partition of `topic` has `size` in-sync replicas (default: all)."""
        deadline = time.monotonic() + timeout
        while True:
            try:  # right after a restart a request may still fail; that is "not yet"
                with self._admin() as admin:
                    parts = admin.describe_topics([topic])[0]["partitions"]
            except Exception as exc:
                log.debug("describe %s failed: %r", topic, exc)
                parts = []
            want = size or max((len(p["replica_nodes"]) for p in parts), default=-1)
            if parts and all(len(p["isr_nodes"]) == want for p in parts):
                return
            if time.monotonic() > deadline:
                raise LocalKafkaError(f"ISR of {topic} not {want} after {timeout}s: {parts}")
            time.sleep(0.3)
