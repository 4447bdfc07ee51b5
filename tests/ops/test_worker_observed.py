"""A real Prometheus server scrapes the real worker process while it enriches stories on a real
broker; the dashboard, the alerts and the counts are checked against what it scraped.

Rule for queries that are legitimately empty on a healthy worker (every alert expression, and the
dashboard's "Not-ready pods" panel): the threshold comparison is removed and the underlying
expression must return data, e.g. ``wire_enrich_ready == 0`` is evaluated as ``wire_enrich_ready``.
Each original expression must still evaluate without error. Every other query must return data
as written, with at least one finite value: an empty result or only NaN fails the test.

Also here: the CloudEvents headers read by kcat (a client we did not write), and readiness
following a broker outage while liveness stays up and the log stays short.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from kafka.consumer.fetcher import ConsumerRecord

from tests.ops.dashboard import expressions
from tests.ops.opstools import RULES, debian_tool
from tests.ops.prometheus_server import PrometheusServer
from tests.support.worker_process import WorkerProcess, WorkerTopics, end_offsets, headers, produce, read_all
from worker.core.events import SPEC_VERSION, STORY_TYPE
from worker.core.families import ENRICHED, FAMILIES, GKG, STORY
from worker.local_kafka import LocalKafka

pytestmark = [pytest.mark.ops, pytest.mark.integration]

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"

# One record per decode-time rejection the worker knows, keyed by the reason it must report.
BAD: dict[str, bytes] = {
    "invalid_utf8": b"caf\xe9 au lait",
    "bad_json": b"{\"body\": ",
    "no_body_field": b"{\"headline\": \"only a headline\"}",
    "empty_body": b"   ",
    "binary": bytes(range(64)) * 4,
}

# Fact type in the metric label -> output topic kind (the GKG row's topic is on in this run).
FACT_TOPICS = {STORY: ENRICHED, **{f.name: f.topic for f in FAMILIES}, GKG: GKG}

_THRESHOLD = re.compile(r"\s*(?:==|!=|>=|<=|>|<)\s*-?\d+(?:\.\d+)?(?=\s*\)|\s*$)")


def without_thresholds(expr: str) -> str:
    """The expression with every comparison against a number literal removed (see module doc)."""
    return _THRESHOLD.sub("", expr.strip())


def alert_expressions() -> list[tuple[str, str]]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [(rule["alert"], rule["expr"]) for group in groups for rule in group["rules"]]


def finite(result: list[dict[str, Any]]) -> list[float]:
    values = [float(sample["value"][1]) for sample in result]
    return [v for v in values if math.isfinite(v)]


def scalar(prom: PrometheusServer, expr: str) -> float:
    result = prom.query(expr)
    assert len(result) == 1, f"{expr} gave {result}"
    return float(result[0]["value"][1])


def by_label(prom: PrometheusServer, expr: str, label: str) -> dict[str, float]:
    return {s["metric"][label]: float(s["value"][1]) for s in prom.query(expr)}


@dataclass
class Observed:
    kafka: LocalKafka
    topics: WorkerTopics
    worker: WorkerProcess
    prom: PrometheusServer
    good: int
    outputs: dict[str, list[ConsumerRecord]]  # by topic kind


def read_outputs(kafka: LocalKafka, topics: WorkerTopics, worker: WorkerProcess) -> dict[str, list[ConsumerRecord]]:
    """Every record on every output topic, read to the end offsets taken now."""
    ends = {kind: sum(end_offsets(kafka.bootstrap_servers, name).values()) for kind, name in topics.names.items()}
    records = read_all(kafka.bootstrap_servers, topics.outputs(), timeout=60, worker=worker,
                       until=lambda rs: len(rs) >= sum(ends.values()))
    kind_of = {name: kind for kind, name in topics.names.items()}
    out: dict[str, list[ConsumerRecord]] = {kind: [] for kind in topics.names}
    for r in records:
        out[kind_of[r.topic]].append(r)
    assert {k: len(v) for k, v in out.items()} == ends, "read more or fewer records than the topics hold"
    return out


@pytest.fixture(scope="module")
def observed(kafka: LocalKafka, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Observed]:
    topics = WorkerTopics(f"obs.{uuid.uuid4().hex[:8]}", optional=(GKG,))
    kafka.create_topics([topics.raw], partitions=2)
    kafka.create_topics(topics.outputs(), partitions=2)
    stories = sorted(STORIES.glob("*.txt"))
    good = [(f"story-{p.stem}".encode(), p.read_bytes()) for p in stories]
    bad = [(f"bad-{reason}".encode(), value) for reason, value in BAD.items()]

    worker = WorkerProcess(topics.env(kafka.bootstrap_servers), tmp_path_factory.mktemp("observed") / "worker.log")
    prom = PrometheusServer([f"127.0.0.1:{worker.metrics_port}"], rule_files=[RULES])
    worker.start()
    try:
        prom.start()
        try:
            # Produce only once Prometheus has scraped a ready worker with its counters at 0, so
            # rate() sees the counters rise instead of first appearing at their final value.
            prom.wait_for('wire_enrich_ready == 1 and on () sum(wire_enrich_records_consumed_total) == 0', 120)
            produce(kafka.bootstrap_servers, topics.raw, good[: len(good) // 2] + bad[:2])
            time.sleep(1)  # a second batch, so the histograms have more than one observation
            produce(kafka.bootstrap_servers, topics.raw, good[len(good) // 2:] + bad[2:])
            read_all(kafka.bootstrap_servers, [topics.names["enriched"], topics.names["dead_letter"]], timeout=90,
                     worker=worker, until=lambda rs: len(rs) >= len(good) + len(bad))
            # Counters move right after the broker's ack; two more scrapes make sure Prometheus
            # holds the final values, and the lag refresh has run at least once since.
            time.sleep(1)
            after = time.time()
            prom.wait_for(f'timestamp(up{{job="wire-enrich"}}) > {after + 1:.3f}', 30)
            outputs = read_outputs(kafka, topics, worker)
            yield Observed(kafka, topics, worker, prom, len(good), outputs)
        finally:
            prom.stop()
    finally:
        code = worker.terminate()
        assert code == 0, worker.log()[-3000:]


def test_every_dashboard_query_returns_data_from_the_live_worker(observed: Observed) -> None:
    prom = observed.prom
    empty = []
    for title, expr in expressions():
        prom.query(expr)  # as written: must at least be a valid query
        if not finite(prom.query(without_thresholds(expr))):
            empty.append(f"{title}: {without_thresholds(expr)}")
    assert not empty, "panels without data:\n" + "\n".join(empty)
    # Throughput panels show traffic, not just a zero line.
    for title in ("Records in /s / A", "Facts published /s by type / A", "Dead letters /s by reason / A"):
        expr = dict(expressions())[title]
        assert max(finite(prom.query(expr))) > 0, title


def test_every_alert_expression_returns_data_and_the_dead_letter_alert_is_pending(observed: Observed) -> None:
    prom = observed.prom
    empty = []
    for name, expr in alert_expressions():
        assert without_thresholds(expr) != expr, f"{name} has no threshold to remove; evaluate it as written"
        prom.query(expr)
        if not finite(prom.query(without_thresholds(expr))):
            empty.append(f"{name}: {without_thresholds(expr)}")
    assert not empty, "alert expressions without data:\n" + "\n".join(empty)
    # 5 of the records were undecodable, far above the 10 % threshold: the rule is pending (its
    # `for` has not elapsed) and every other alert is quiet on this healthy worker.
    states = {r["name"]: r["state"] for r in prom.rules()}
    assert states.pop("WireEnrichDeadLetterRateHigh") in ("pending", "firing")
    assert set(states.values()) == {"inactive"}, states


def test_counts_reconcile_with_the_topics(observed: Observed) -> None:
    prom, outputs = observed.prom, observed.outputs
    consumed = scalar(prom, "sum(wire_enrich_records_consumed_total)")
    extracted = scalar(prom, 'sum(wire_enrich_stage_records_out_total{stage="extract"})')
    dead = scalar(prom, "sum(wire_enrich_dead_letters_total)")
    assert consumed == observed.good + len(BAD)
    assert consumed == extracted + dead
    assert extracted == len(outputs["enriched"]) == observed.good
    assert dead == len(outputs["dead_letter"]) == len(BAD)

    facts = by_label(prom, "wire_enrich_facts_published_total", "type")
    on_topics = {fact_type: float(len(outputs[kind])) for fact_type, kind in FACT_TOPICS.items()}
    assert facts == on_topics
    assert all(n > 0 for n in on_topics.values()), f"a fact type never occurred, the check is empty: {on_topics}"

    dead_by_reason = {r: n for r, n in by_label(prom, "wire_enrich_dead_letters_total", "reason").items() if n}
    on_dlq = Counter(headers(r)["wire-dlq-reason"].decode() for r in outputs["dead_letter"])
    assert dead_by_reason == {r: float(n) for r, n in on_dlq.items()} == {r: 1.0 for r in BAD}
    # Every output record went through the publish stage exactly once; none is still in flight.
    published = scalar(prom, 'sum(wire_enrich_stage_records_out_total{stage="publish"})')
    assert published == sum(len(v) for v in outputs.values())
    assert scalar(prom, "sum(wire_enrich_stage_records_in_progress)") == 0
    assert scalar(prom, "sum(wire_enrich_consumer_lag_offsets)") == 0
    # Shown with -rP: the reconciled figures of this run, for the README and for CI logs.
    print(f"consumed={consumed:.0f} extract_out={extracted:.0f} dead_letters={dead:.0f} "
          f"published={published:.0f} facts={ {k: int(v) for k, v in facts.items()} }")


def test_kcat_sees_the_cloudevents_headers(observed: Observed) -> None:
    kcat = debian_tool("kcat")
    topic = observed.topics.names["enriched"]
    # %h prints the headers as name=value pairs joined by commas; one line per record.
    run = subprocess.run([str(kcat), "-b", observed.kafka.bootstrap_servers, "-C", "-t", topic, "-e", "-q",
                          "-f", "%k\t%h\t%s\n"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stdout.splitlines() if line]
    assert len(lines) == observed.good
    for line in lines:
        key, raw_headers, value = line.split("\t", 2)
        seen = dict(pair.split("=", 1) for pair in raw_headers.split(","))
        assert key.startswith("story-")
        assert seen["ce_specversion"] == SPEC_VERSION
        assert seen["ce_type"] == STORY_TYPE
        assert seen["ce_source"] and seen["ce_id"] and seen["ce_time"]
        assert seen["content-type"] == "application/json"
        assert json.loads(value)
    # The ids kcat shows are the ones our own consumer read: one unique id per story.
    ours = sorted(headers(r)["ce_id"].decode() for r in observed.outputs["enriched"])
    assert sorted(dict(p.split("=", 1) for p in line.split("\t")[1].split(","))["ce_id"] for line in lines) == ours
    assert len(set(ours)) == len(ours)


# --- readiness across a broker outage ---------------------------------------------------------


def probe(port: int, path: str) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def ready_gauge(port: int) -> float:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=3) as response:
        text = response.read().decode()
    match = re.search(r"^wire_enrich_ready (\S+)$", text, re.M)
    assert match, "wire_enrich_ready missing from /metrics"
    return float(match.group(1))


def wait_gauge(port: int, value: float) -> None:
    """The gauge mirrors readiness on the next heartbeat (every second), so allow a few."""
    deadline = time.monotonic() + 3
    while ready_gauge(port) != value:
        assert time.monotonic() < deadline, f"wire_enrich_ready never became {value}"
        time.sleep(0.2)


def wait_readyz(worker: WorkerProcess, status: int, timeout: float, livez: list[int]) -> float:
    """Poll until /readyz answers ``status``; /livez is probed on every round into ``livez``."""
    started = time.monotonic()
    while True:
        assert worker.alive(), worker.log()[-3000:]
        livez.append(probe(worker.metrics_port, "/livez"))
        try:
            if probe(worker.metrics_port, "/readyz") == status:
                return time.monotonic() - started
        except (urllib.error.URLError, ConnectionError):
            pass  # the health port is not bound yet while the model loads
        assert time.monotonic() - started < timeout, f"/readyz never {status}:\n{worker.log()[-3000:]}"
        time.sleep(0.5)


OUTAGE_S = 30.0
# What aiokafka and kafka-python log on every failed connection attempt.
CONNECTION_ERROR = re.compile(r"Unable connect|Connect attempt .* returned error")
PROBLEM = re.compile(r"\[(?:WARNING|ERROR|CRITICAL)\]")
SUPPRESSED = re.compile(r"\((\d+) similar lines? suppressed in the last")


@pytest.fixture(scope="module", autouse=True)
def outage_broker() -> Iterator[Future[LocalKafka]]:
    """The outage test's own broker (it stops it), booted in the background from the start of the
    module so its start-up overlaps the observed run instead of adding to the module's time."""
    broker = LocalKafka(nodes=1)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outage-broker") as pool:
        started = pool.submit(broker.start)
        try:
            yield started
        finally:
            wait([started])
            broker.stop()


def test_readiness_follows_the_broker_while_liveness_stays_up(outage_broker: Future[LocalKafka],
                                                              tmp_path: Path) -> None:
    """The broker is away for 30 s: /readyz 503 then 200 again, /livez 200 throughout, and the
    client libraries' connection errors are limited to a few lines plus a count of the rest."""
    broker = outage_broker.result(timeout=180)
    topics = WorkerTopics(f"ready.{uuid.uuid4().hex[:8]}")
    broker.create_topics([topics.raw, *topics.outputs()], partitions=1)
    worker = WorkerProcess(topics.env(broker.bootstrap_servers), tmp_path / "worker.log").start()
    livez: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while True:  # /livez answers as soon as the health port is bound, before readiness
            assert worker.alive(), worker.log()[-3000:]
            try:
                livez.append(probe(worker.metrics_port, "/livez"))
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, worker.log()[-3000:]
                time.sleep(0.5)
        wait_readyz(worker, 200, 120, livez)
        wait_gauge(worker.metrics_port, 1)
        # /readyz says 200 once the agent has its producer, which can be before the consumer joined
        # its group; faust's timers (the broker probe among them) only start after that.
        deadline = time.monotonic() + 60
        while "[^Worker]: Ready" not in worker.log():
            assert worker.alive() and time.monotonic() < deadline, worker.log()[-3000:]
            time.sleep(0.5)

        before = len(worker.log())
        broker.stop(node=1)
        down_at = time.monotonic()
        wait_readyz(worker, 503, 30, livez)
        wait_gauge(worker.metrics_port, 0)  # and /metrics still answers while not ready
        # Hold the outage for its full length: the client libraries retry every few tens of ms.
        while (left := OUTAGE_S - (time.monotonic() - down_at)) > 0:
            assert worker.alive(), worker.log()[-3000:]
            livez.append(probe(worker.metrics_port, "/livez"))
            time.sleep(min(1.0, left))

        broker.restart(1)
        wait_readyz(worker, 200, 60, livez)
        during = worker.log()[before:]  # from the stop until the worker is ready again
        outage_s = time.monotonic() - down_at
        wait_gauge(worker.metrics_port, 1)
        assert livez and set(livez) == {200}, livez
    finally:
        code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    lines = during.splitlines()
    connection_errors = [line for line in lines if CONNECTION_ERROR.search(line)]
    problems = [line for line in lines if PROBLEM.search(line)]
    summaries = [int(m.group(1)) for m in SUPPRESSED.finditer(worker.log())]
    # Shown with -rP: the figures the README quotes (one broker, so per broker).
    print(f"outage {outage_s:.0f}s (broker down {OUTAGE_S:.0f}s, then its restart): "
          f"{len(connection_errors)} 'Unable connect' lines, {len(problems)} warning and error lines, "
          f"{len(lines)} lines in all; held back per summary line: {summaries} ({sum(summaries)} in all)")
    assert connection_errors, f"no connection error logged during the outage:\n{during[-3000:]}"
    assert len(connection_errors) <= 20, "\n".join(connection_errors[:40])
    assert len(problems) <= 60, "\n".join(problems[:80])
    assert summaries and sum(summaries) > 0, f"no suppression summary:\n{worker.log()[-3000:]}"


def test_the_threshold_rule_keeps_the_underlying_expression() -> None:
    # Guards the rule in the module docstring: only the comparison goes, nothing else.
    assert without_thresholds("wire_enrich_ready == 0") == "wire_enrich_ready"
    assert without_thresholds("count by (pod) (wire_enrich_ready{pod=~\".*\"} == 0)") == \
        "count by (pod) (wire_enrich_ready{pod=~\".*\"})"
    assert without_thresholds("(time() - max(x) > 600) and on (n) (sum(y) > 0)") == \
        "(time() - max(x)) and on (n) (sum(y))"
    assert without_thresholds("histogram_quantile(0.95, sum by (le) (rate(x{stage!=\"decode\"}[5m])))") == \
        "histogram_quantile(0.95, sum by (le) (rate(x{stage!=\"decode\"}[5m])))"
