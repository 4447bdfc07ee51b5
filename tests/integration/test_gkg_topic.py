"""The GKG topic on a real broker: named, it carries one GKG 2.1 row per story keyed by story id."""

from __future__ import annotations

from pathlib import Path

from tests.support.worker_process import WorkerProcess, WorkerTopics, headers, produce, read_all
from worker.core.extract.version import EXTRACTOR_VERSION
from worker.core.families import GKG, GKG_TYPE
from worker.local_kafka import LocalKafka

CITIES = ["NAIROBI", "LIMA", "OSLO"]


def story(i: int) -> bytes:
    return (f"{CITIES[i]} — The government pledged ${i + 1}.25 billion on Monday to rebuild {2 + i},000 homes, "
            f"and the currency rose {i + 1}.5% after the announcement, officials said.").encode()


def test_a_named_gkg_topic_gets_one_row_per_story_with_its_amounts(kafka: LocalKafka, unique_name,
                                                                    tmp_path: Path) -> None:
    topics = WorkerTopics(unique_name("gkg"), optional=(GKG,))
    kafka.create_topics([topics.raw, *topics.outputs()], partitions=2)
    stories = [(f"gkg-story-{i}".encode(), story(i)) for i in range(len(CITIES))]
    produce(kafka.bootstrap_servers, topics.raw, stories)
    worker = WorkerProcess(topics.env(kafka.bootstrap_servers), tmp_path / "worker.log").start()
    try:
        records = read_all(kafka.bootstrap_servers, [topics.names[GKG], topics.names["enriched"]], timeout=180,
                           worker=worker, until=lambda rs: sum(r.topic == topics.names[GKG] for r in rs) >= len(stories)
                           and sum(r.topic == topics.names["enriched"] for r in rs) >= len(stories))
    finally:
        code = worker.terminate()
    assert code == 0, worker.log()[-3000:]

    rows = {r.key: r for r in records if r.topic == topics.names[GKG]}
    assert sorted(rows) == sorted(k for k, _ in stories)  # one row per story, keyed by its id
    assert len([r for r in records if r.topic == topics.names[GKG]]) == len(stories)
    for i, (key, _) in enumerate(stories):
        record = rows[key]
        h = headers(record)
        assert h["ce_type"] == GKG_TYPE.encode() and h["ce_subject"] == key
        assert h["content-type"] == b"text/tab-separated-values"
        assert h["wire-extractor-version"] == EXTRACTOR_VERSION.encode() and h["ce_id"]
        cols = record.value.decode().split("\t")
        assert len(cols) == 27 and cols[4] == key.decode()
        amounts = [block.split(",") for block in cols[24].split(";")]
        assert [(a, o) for a, o, _ in amounts] == [(str((i + 1) * 1_000_000_000 + 250_000_000), "USD"),
                                                   (str((2 + i) * 1000), "homes"), (f"{i + 1}.5", "percent")]
    assert len({headers(r)["ce_id"] for r in rows.values()}) == len(stories)
