"""`wire-enrich replay` on a real broker, against what the live worker produced from the same records.

One live run (the real worker process) over stories one minute apart in the past day feeds every
test; each test then replays a window as its own process, in its own group, and compares.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaAdminClient, KafkaProducer

from tests.support.worker_process import WorkerProcess, WorkerTopics, committed, end_offsets, free_port, \
    headers, read_all
from worker.local_kafka import LocalKafka

MINUTE_MS = 60_000
STORIES = 36
# Partition 2 holds only records outside the window: it must be finished without a fetch.
OUTSIDE_ONLY = {0, 1, 2, 33, 34, 35}
WINDOW = range(10, 26)  # record indexes inside [T1, T2)
BAD = 15  # one undecodable record inside the window: its dead letter must replay identically too
CITIES = ["MADRID", "OSLO", "QUITO", "HANOI", "ACCRA", "LIMA", "RIGA", "DOHA", "CAIRO"]


def story(i: int) -> bytes:
    if i == BAD:
        return b"caf\xe9 au lait"
    city = CITIES[i % len(CITIES)]
    return (f"{city} — At least {i + 2} people were killed and {2 * i + 5} injured when a fire broke out in a "
            f"market in {city.title()} on Tuesday, police said.\n\n\"We are still searching,\" fire chief "
            f"Maria Lopez {i} told reporters.").encode()


def partition_of(i: int) -> int:
    return 2 if i in OUTSIDE_ONLY and i % 2 == 0 else i % 2


@dataclass
class Live:
    topics: WorkerTopics
    bootstrap: str
    env: dict[str, str]
    times: list[int]  # record timestamp (ms) per story index
    outputs: list[Any]  # everything the live worker published
    committed: dict[int, int]  # the live group's offsets on the raw topic after the run

    def iso(self, i: int) -> str:
        moment = datetime.fromtimestamp(self.times[i] / 1000, tz=timezone.utc)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def replay(self, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "worker", "replay", *args], env=env or self.env,
                              capture_output=True, text=True, timeout=timeout)

    def replayed(self, group: str) -> list[Any]:
        """Every output record marked with this replay group's header, read to the current end."""
        ends = {t: sum(end_offsets(self.bootstrap, t).values()) for t in self.topics.outputs()}
        records = read_all(self.bootstrap, self.topics.outputs(), timeout=60,
                           until=lambda rs: len(rs) >= sum(ends.values()))
        return [r for r in records if headers(r).get("wire-replay") == group.encode()]


def identity(record: Any) -> tuple[str, bytes | None, bytes, bytes]:
    """What downstream deduplicates on, plus the payload: must be byte-identical across runs."""
    return record.topic, record.key, headers(record).get("ce_id", b""), record.value


@pytest.fixture(scope="module")
def live(kafka: LocalKafka, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    topics = WorkerTopics(f"replay.{os.getpid()}.{int(time.time())}")
    kafka.create_topics([topics.raw], partitions=3)
    kafka.create_topics(topics.outputs(), partitions=2)
    bootstrap = kafka.bootstrap_servers
    base = (int(time.time() * 1000) // MINUTE_MS) * MINUTE_MS - 24 * 60 * MINUTE_MS
    times = [base + i * MINUTE_MS for i in range(STORIES)]
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        for i in range(STORIES):
            producer.send(topics.raw, key=f"story-{i}".encode(), value=story(i), partition=partition_of(i),
                          timestamp_ms=times[i]).get(timeout=30)
    finally:
        producer.close()

    env = {**os.environ, **topics.env(bootstrap), "WIRE_LOG_LEVEL": "WARNING"}
    worker = WorkerProcess(topics.env(bootstrap), tmp_path_factory.mktemp("live") / "worker.log").start()
    try:
        done = (topics.names["enriched"], topics.names["dead_letter"])
        outputs = read_all(bootstrap, topics.outputs(), timeout=180, worker=worker,
                           until=lambda rs: sum(r.topic in done for r in rs) >= STORIES)
        deadline = time.monotonic() + 30
        while sum(committed(bootstrap, topics.group, topics.raw).values()) < STORIES:
            assert time.monotonic() < deadline, "the live worker never committed its offsets"
            time.sleep(0.3)
    finally:
        assert worker.terminate() == 0, worker.log()[-3000:]
    yield Live(topics, bootstrap, env, times, outputs, committed(bootstrap, topics.group, topics.raw))


def window_args(live: Live) -> list[str]:
    return ["--from", live.iso(WINDOW.start), "--to", live.iso(WINDOW.stop)]


def live_identities(live: Live, indexes: range) -> set[tuple[str, bytes | None, bytes, bytes]]:
    keys = {f"story-{i}".encode() for i in indexes}
    return {identity(r) for r in live.outputs if r.key in keys}


def test_replay_of_a_window_reproduces_exactly_its_records_with_identical_ids(live: Live) -> None:
    group = "replay-window-1"
    started = time.monotonic()
    run = live.replay(*window_args(live), "--group", group)
    took = time.monotonic() - started
    assert run.returncode == 0, run.stdout + run.stderr

    replayed = live.replayed(group)
    enriched = [r for r in replayed if r.topic == live.topics.names["enriched"]]
    dead = [r for r in replayed if r.topic == live.topics.names["dead_letter"]]
    inside = {f"story-{i}".encode() for i in WINDOW}
    # Exactly the window, each record once: enriched or dead-lettered.
    assert sorted(r.key for r in enriched + dead) == sorted(inside)
    assert [r.key for r in dead] == [f"story-{BAD}".encode()]
    # Byte-identical ids and payloads, on the same topics, as the live run produced for those records.
    assert Counter(identity(r) for r in replayed) == Counter(live_identities(live, WINDOW))
    # The live group did not move (the marker itself is checked in the next test).
    assert committed(live.bootstrap, live.topics.group, live.topics.raw) == live.committed
    # The replay group ends at the window's end bound, and the empty partition is reported at once.
    ends = committed(live.bootstrap, group, live.topics.raw)
    assert sum(ends.values()) == sum(1 for i in range(WINDOW.stop) if partition_of(i) != 2)
    assert 2 not in ends
    assert "consumed       16" in run.stdout and "dead-lettered  1" in run.stdout, run.stdout
    lines = [line.split() for line in run.stdout.splitlines() if line.strip().startswith("2 ")]
    assert lines and lines[0][-1] == "0", run.stdout  # partition 2: 0 records in the window
    print(f"replayed {len(WINDOW)} records in {took:.1f}s (process), {len(replayed)} outputs")


def test_every_replay_output_is_marked_and_the_rest_are_the_live_ones(live: Live) -> None:
    group = "replay-window-2"
    assert live.replay(*window_args(live), "--group", group).returncode == 0
    ends = {t: sum(end_offsets(live.bootstrap, t).values()) for t in live.topics.outputs()}
    records = read_all(live.bootstrap, live.topics.outputs(), timeout=60,
                       until=lambda rs: len(rs) >= sum(ends.values()))
    marks = Counter(headers(r).get("wire-replay") for r in records)
    live_count = len(live.outputs)
    assert marks[None] == live_count  # unmarked records are exactly the live run's
    assert marks[group.encode()] == len(live_identities(live, WINDOW))


def test_rate_limit_holds(live: Live) -> None:
    records, rate = 8, 4.0
    args = ["--from", live.iso(WINDOW.start), "--to", live.iso(WINDOW.start + records)]
    started = time.monotonic()
    run = live.replay(*args, "--rate", str(rate), "--group", "replay-rate")
    took = time.monotonic() - started
    assert run.returncode == 0, run.stdout + run.stderr
    seconds = float(next(line.split()[1] for line in run.stdout.splitlines() if line.strip().startswith("seconds")))
    assert f"consumed       {records}" in run.stdout
    # Only the lower bound is the contract; the run itself measures from its first fetch.
    assert seconds >= records / rate - 0.05, run.stdout
    print(f"{records} records at --rate {rate}: {seconds:.2f}s in the replay, {took:.1f}s for the process")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name)
def test_interrupted_then_resumed_misses_nothing(live: Live, signum: signal.Signals) -> None:
    group = f"replay-resume-{signum.name.lower()}"
    args = [*window_args(live), "--group", group]
    proc = subprocess.Popen([sys.executable, "-m", "worker", "replay", *args, "--rate", "3"], env=live.env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while sum(committed(live.bootstrap, group, live.topics.raw).values()) == 0:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the replay never committed"
            time.sleep(0.2)
        time.sleep(0.5)  # land somewhere inside a later batch, not right at a commit
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    at = committed(live.bootstrap, group, live.topics.raw)
    if signum == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        # A clean stop: exit 130, and what it says it reached is exactly what it committed.
        assert proc.returncode == 130, out + err
        assert "stopped; next offset per partition" in out and "resume with:" in out, out
        assert "Traceback" not in err, err
        said = {int(m.split()[1].rstrip(":")): int(m.split()[2]) for m in out.splitlines()
                if m.strip().startswith("partition ") and " of end " in m}
        assert {p: o for p, o in said.items() if p in at} == at and set(said) == {0, 1, 2}, out
    first = live.replayed(group)
    assert 0 < len({r.key for r in first if r.topic == live.topics.names["enriched"]}) < len(WINDOW) - 1

    resumed = live.replay(*args)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert "already replayed by this group" in resumed.stdout, resumed.stdout
    both = live.replayed(group)
    # Nothing missing; repeats are allowed and are byte-identical to the live outputs.
    assert set(identity(r) for r in both) == live_identities(live, WINDOW)
    keys = Counter(r.key for r in both if r.topic in (live.topics.names["enriched"], live.topics.names["dead_letter"]))
    assert set(keys) == {f"story-{i}".encode() for i in WINDOW}
    print(f"{signum.name} after {len(first)} outputs; {sum(keys.values()) - len(WINDOW)} story repeats after resume")


def test_dry_run_touches_nothing(live: Live) -> None:
    group = "replay-dry"
    before = {t: end_offsets(live.bootstrap, t) for t in live.topics.outputs()}
    run = live.replay(*window_args(live), "--group", group, "--dry-run")
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"records to replay: {len(WINDOW)}" in run.stdout, run.stdout
    assert "dry run" in run.stdout
    assert {t: end_offsets(live.bootstrap, t) for t in live.topics.outputs()} == before
    admin = KafkaAdminClient(bootstrap_servers=live.bootstrap)
    try:
        names = {g["group_id"] if isinstance(g, dict) else g[0] for g in admin.list_groups()}
        assert live.topics.group in names  # the listing works: the live group is there
        assert group not in names
    finally:
        admin.close()


@pytest.mark.parametrize("case", ["reversed", "future", "unknown-topic", "unreachable", "no-bootstrap",
                                  "live-group", "bad-time", "missing-output"])
def test_bad_arguments_are_clear_errors(live: Live, case: str) -> None:
    env = dict(live.env)
    args = window_args(live)
    expect = ""
    if case == "reversed":
        args, expect = ["--from", live.iso(20), "--to", live.iso(10)], "must be after"
    elif case == "future":
        args, expect = ["--from", live.iso(10), "--to", "2999-01-01T00:00:00Z"], "future"
    elif case == "unknown-topic":
        args, expect = [*args, "--topic", "no.such.topic"], "does not exist"
    elif case == "unreachable":
        env["WIRE_BOOTSTRAP_SERVERS"] = f"127.0.0.1:{free_port()}"
        args, expect = [*args, "--connect-timeout", "3"], "cannot reach Kafka"
    elif case == "no-bootstrap":
        env.pop("WIRE_BOOTSTRAP_SERVERS")
        expect = "WIRE_BOOTSTRAP_SERVERS"
    elif case == "live-group":
        args, expect = [*args, "--group", live.topics.group], "live worker"
    elif case == "bad-time":
        args, expect = ["--from", "yesterday"], "ISO 8601"
    elif case == "missing-output":
        env["WIRE_QUOTES_TOPIC"] = "no.such.output"
        expect = "no.such.output"
    started = time.monotonic()
    run = live.replay(*args, env=env, timeout=60)
    assert run.returncode != 0
    assert expect in run.stderr + run.stdout, run.stdout + run.stderr
    assert "Traceback" not in run.stderr + run.stdout, run.stderr
    assert time.monotonic() - started < 30
