"""Creating and describing the worker's topics with kafka-python's admin client."""

import logging
from dataclasses import dataclass

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from worker.config import Settings
from worker.runtime.kafka_config import kafka_python_options

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TopicInfo:
    name: str
    partitions: int
    exists: bool


def ensure_topics(settings: Settings, names: list[str] | None = None) -> list[str]:
    """Create the missing topics; return the names that were created."""
    wanted = names or settings.topic_names()
    admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **kafka_python_options(settings))
    try:
        existing = set(admin.list_topics())
        missing = [n for n in wanted if n not in existing]
        if missing:
            new = [NewTopic(n, num_partitions=settings.topic_partitions,
                            replication_factor=settings.topic_replication) for n in missing]
            try:
                admin.create_topics(new)
            except TopicAlreadyExistsError:
                pass  # another instance created them first
            log.info("created topics %s", ", ".join(missing))
        return missing
    finally:
        admin.close()


def describe_topics(settings: Settings) -> list[TopicInfo]:
    admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **kafka_python_options(settings))
    try:
        existing = set(admin.list_topics())
        present = [n for n in settings.topic_names() if n in existing]
        partitions = {d["name"]: len(d["partitions"]) for d in admin.describe_topics(present)} if present else {}
        return [TopicInfo(n, partitions.get(n, 0), n in existing) for n in settings.topic_names()]
    finally:
        admin.close()
