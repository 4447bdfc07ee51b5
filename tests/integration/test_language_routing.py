"""On a real broker: a story's language decides its route, and the route shows on the topics.

English copy gets its facts; copy in a language with no pipeline gets its enriched story and no
fact records (the default), or goes to the dead-letter topic as ``unsupported_language``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson

from tests.support.faults import metric
from tests.support.language_stories import ENGLISH, NOT_ENGLISH
from tests.support.worker_process import WorkerProcess, WorkerTopics, headers, produce, read_all
from worker.local_kafka import LocalKafka


def _run(kafka: LocalKafka, prefix: str, tmp: Path, env: dict[str, str]) -> tuple[WorkerTopics, list, float]:
    topics = WorkerTopics(prefix)
    kafka.create_topics([topics.raw, *topics.outputs()], partitions=1)
    stories = [(b"en", ENGLISH.encode()), (b"es", NOT_ENGLISH["es"].encode()), (b"de", NOT_ENGLISH["de"].encode())]
    produce(kafka.bootstrap_servers, topics.raw, stories)
    worker = WorkerProcess({**topics.env(kafka.bootstrap_servers), **env}, tmp / "worker.log").start()
    try:
        records = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=180, worker=worker,
                           until=lambda rs: sum(r.topic in (topics.names["enriched"], topics.names["dead_letter"])
                                                for r in rs) >= 3)
        spanish = metric(worker.metrics_port, "wire_enrich_stories_by_language_total", language="es")
    finally:
        assert worker.terminate() == 0, worker.log()[-3000:]
    return topics, records, spanish


def test_copy_without_a_pipeline_is_published_with_metadata_and_no_fact_records(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics, records, spanish = _run(kafka, unique_name("lang"), tmp_path, {})
    kinds = Counter((r.key, r.topic) for r in records)
    for key in (b"es", b"de"):
        assert kinds[(key, topics.names["enriched"])] == 1
        assert sum(n for (k, _), n in kinds.items() if k == key) == 1  # no entity, quote, casualty, event
    assert kinds[(b"en", topics.names["entities"])] >= 1
    story = next(orjson.loads(r.value) for r in records if r.key == b"es")
    assert story["facts"]["story"]["language"] == "es" and story["model"] == "none"
    assert spanish == 1


def test_the_dead_letter_policy_sends_copy_without_a_pipeline_to_the_dead_letter_topic(
        kafka: LocalKafka, unique_name, tmp_path: Path) -> None:
    topics, records, spanish = _run(kafka, unique_name("langdl"), tmp_path, {"WIRE_UNSUPPORTED_LANGUAGE": "dead_letter"})
    dead = {r.key: headers(r) for r in records if r.topic == topics.names["dead_letter"]}
    assert set(dead) == {b"es", b"de"}
    assert all(b"unsupported_language" in h.values() for h in dead.values())
    assert {r.key for r in records if r.topic == topics.names["enriched"]} == {b"en"}
    assert spanish == 1
