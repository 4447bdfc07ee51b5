"""A real Apache Kafka broker (or a small KRaft cluster) on 127.0.0.1, started from Python.

Used by the integration tests and by the app's embedded default. The broker is the genuine one:
its jars come from Maven Central through `mvn` (pinned in deploy/kafka/pom.xml) and it runs as a
plain `java ... kafka.Kafka` process, because this project has no Docker and allows no fakes.

This module is an edge: it may use kafka-python, but never faust nor anything in worker.core.

    python -m worker.local_kafka --nodes 1      # prints bootstrap servers, Ctrl-C stops
"""

from worker.local_kafka.cluster import LocalKafka
from worker.local_kafka.jars import ensure_jars
from worker.local_kafka.node import DEFAULT_KAFKA_DIR, FAST_START_JVM_OPTS, HOST, JVM_OPTS, KafkaNode, LocalKafkaError

__all__ = ["DEFAULT_KAFKA_DIR", "FAST_START_JVM_OPTS", "HOST", "JVM_OPTS", "KafkaNode", "LocalKafka", "LocalKafkaError",
           "ensure_jars"]
