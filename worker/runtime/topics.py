"""Creating and describing the worker's topics with kafka-python's admin client.

Besides the topics named in the settings, the worker needs the changelog of its revisions table:
faust may not declare topics itself (``topic_allow_declare=False``), and a changelog created by
the broker's auto-creation would have the wrong partition count and no compaction. It must have
as many partitions as the raw topic, because faust keeps a story's state in the changelog
partition numbered like the raw partition the story was read from (and moves both together).
"""

import logging
import time
from dataclasses import dataclass

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from worker.config import Settings
from worker.runtime.kafka_config import kafka_python_options

log = logging.getLogger(__name__)

DAY_S = 86_400


@dataclass(frozen=True)
class TopicInfo:
    name: str
    partitions: int
    exists: bool


def all_topic_names(settings: Settings) -> list[str]:
    """Every topic the worker reads or writes, its revisions changelog included."""
    names = settings.topic_names()
    return names + [settings.revisions_changelog_topic] if settings.revisions_enabled else names


def changelog_configs(settings: Settings) -> dict[str, str]:
    """Topic configs of the changelog: compacted (one record per story) and deleted after the
    retention, so a story not revised for that long leaves the topic; daily segments let the
    deletion happen about on time (Kafka deletes whole segments only)."""
    retention_ms = int(settings.revisions_retention_days * DAY_S * 1000)
    return {"cleanup.policy": "compact,delete", "retention.ms": str(retention_ms),
            "segment.ms": str(min(retention_ms, DAY_S * 1000))}


def ensure_topics(settings: Settings, names: list[str] | None = None) -> list[str]:
    """Create the missing topics; return the names that were created."""
    wanted = names or all_topic_names(settings)
    admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **kafka_python_options(settings))
    try:
        existing = set(admin.list_topics())
        missing = [n for n in wanted if n not in existing]
        changelog = settings.revisions_changelog_topic
        plain = [n for n in missing if n != changelog]
        if plain:
            _create(admin, [NewTopic(n, num_partitions=settings.topic_partitions,
                                     replication_factor=settings.topic_replication) for n in plain])
        if changelog in missing:  # after the raw topic, whose partition count it copies
            partitions = _partitions(admin, settings.raw_topic) or settings.topic_partitions
            _create(admin, [NewTopic(changelog, num_partitions=partitions, replication_factor=settings.topic_replication,
                                     topic_configs=changelog_configs(settings))])
        if missing:
            _until_listed(admin, missing)
            log.info("created topics %s", ", ".join(missing))
        return missing
    finally:
        admin.close()


def describe_topics(settings: Settings) -> list[TopicInfo]:
    admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **kafka_python_options(settings))
    try:
        names = all_topic_names(settings)
        existing = set(admin.list_topics())
        present = [n for n in names if n in existing]
        partitions = {d["name"]: len(d["partitions"]) for d in admin.describe_topics(present)} if present else {}
        return [TopicInfo(n, partitions.get(n, 0), n in existing) for n in names]
    finally:
        admin.close()


def prepare_changelog(settings: Settings) -> str | None:
    """At every start: create the revisions changelog if it is missing, whatever WIRE_CREATE_TOPICS
    says (it is the worker's internal state, as Kafka Streams creates its internal topics), then say
    what is wrong with it, if anything."""
    if not settings.revisions_enabled:
        return None
    ensure_topics(settings, [settings.revisions_changelog_topic])
    return changelog_mismatch(settings)


def changelog_mismatch(settings: Settings) -> str | None:
    """Why the revisions changelog cannot serve the raw topic (missing, or another partition count),
    or None. faust would only find out at the first write, with a batch in flight."""
    if not settings.revisions_enabled:
        return None
    admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **kafka_python_options(settings))
    try:
        raw, changelog = _partitions(admin, settings.raw_topic), _partitions(admin, settings.revisions_changelog_topic)
    finally:
        admin.close()
    if not changelog:
        return (f"the revisions changelog {settings.revisions_changelog_topic!r} does not exist: create it with "
                f"`wire-enrich topics` (or set WIRE_REVISIONS_ENABLED=false)")
    if raw and raw != changelog:
        return (f"the revisions changelog {settings.revisions_changelog_topic!r} has {changelog} partitions, the raw "
                f"topic {settings.raw_topic!r} {raw}: recreate the changelog with {raw} (docs/revisions.md)")
    return None


def _create(admin: KafkaAdminClient, topics: list[NewTopic]) -> None:
    try:
        admin.create_topics(topics)
    except TopicAlreadyExistsError:
        pass  # another instance created them first


def _until_listed(admin: KafkaAdminClient, names: list[str], timeout_s: float = 15.0) -> None:
    """Creation is acknowledged before every broker knows the topic: wait until the metadata lists
    them, so whoever describes or uses them next (faust's table recovery) finds them."""
    deadline = time.monotonic() + timeout_s
    while not set(names) <= set(admin.list_topics()) and time.monotonic() < deadline:
        time.sleep(0.2)


def _partitions(admin: KafkaAdminClient, topic: str) -> int:
    try:
        described = admin.describe_topics([topic])
    except KafkaError:  # not there (yet): the caller falls back to the configured count
        return 0
    return len(described[0]["partitions"]) if described and not described[0].get("error_code") else 0
