"""SASL/SCRAM over TLS against a real broker with a SASL_SSL listener; certificates are made here.

Right credentials: the worker enriches end to end through the authenticated listener. Wrong
credentials: the worker stays up, live but never ready (readiness names the reason), and retries
authentication with a bounded backoff, one clear log line per attempt, until SIGTERM stops it
cleanly. In both runs no password appears in the worker's log.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.faults import OutputCollector, all_terminal, corpus, http_status, produce_items, \
    terminal_positions, wait_for
from tests.support.tls import SASL_PASSWORD as PASSWORD, make_certificates, sasl_ssl_broker, sasl_ssl_worker_env
from tests.support.worker_process import WorkerProcess, WorkerTopics
from worker.local_kafka import LocalKafka

WRONG = "Not-the-pass-41d2e8"
WATCH_S = 20.0
ATTEMPT_LINE = re.compile(r"Kafka authentication failed \(attempt (\d+)")


@pytest.fixture(scope="module")
def secure_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalKafka, Path]]:
    ca, keystore = make_certificates(tmp_path_factory.mktemp("tls"))
    broker = LocalKafka(nodes=1, **sasl_ssl_broker(keystore))  # type: ignore[arg-type]
    broker.start()
    try:
        yield broker, ca
    finally:
        broker.stop()


def _env(kafka: LocalKafka, ca: Path, topics: WorkerTopics, password: str) -> dict[str, str]:
    # Topics are made by the test over the plaintext listener; the worker only uses SASL_SSL.
    return {**topics.env(kafka.bootstrap_for("SASL_SSL")), "WIRE_CREATE_TOPICS": "false",
            **sasl_ssl_worker_env(ca, password), "WIRE_PUBLISH_TIMEOUT_S": "10"}


def _topics(kafka: LocalKafka, name: str) -> WorkerTopics:
    topics = WorkerTopics(f"sasl.{name}.{time.monotonic_ns() % 10**8}")
    kafka.create_topics([topics.raw], partitions=1)
    kafka.create_topics(topics.outputs(), partitions=1)
    return topics


def test_right_credentials_enrich_end_to_end_over_sasl_ssl_and_the_password_is_never_logged(
        secure_kafka: tuple[LocalKafka, Path], tmp_path: Path) -> None:
    kafka, ca = secure_kafka
    topics = _topics(kafka, "right")
    items = corpus(40, "sasl")
    positions = produce_items(kafka.bootstrap_servers, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    worker = WorkerProcess(_env(kafka, ca, topics, PASSWORD), tmp_path / "worker.log").start()
    with OutputCollector(kafka.bootstrap_servers, topics.outputs()) as out:
        try:
            # Health is served before faust starts, so it answers before faust's first rebalance ends.
            wait_for(lambda: http_status(worker.metrics_port, "/livez") == 200 or not worker.alive(), 120,
                     "the health port never opened", interval=0.1)
            assert "[^Worker]: Ready" not in worker.log(), worker.log()[-3000:]
            records = out.wait(all_terminal(topics, key_at), timeout=180, workers=[worker])
            wait_for(lambda: http_status(worker.metrics_port, "/readyz") == 200, 30, "never ready")
        finally:
            code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    done = terminal_positions(records, topics, key_at)
    assert len(done) == len(items)
    assert sum(r.topic == topics.names["enriched"] for r in records) == sum(i.kind == "good" for i in items)
    assert PASSWORD not in worker.log()


def _get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as response:
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode()
    except OSError:
        return 0, ""  # not listening (yet)


def test_wrong_credentials_keep_the_worker_live_never_ready_retrying_with_backoff_until_sigterm(
        secure_kafka: tuple[LocalKafka, Path], tmp_path: Path) -> None:
    """Wrong credentials: the process stays up and healthy (/livez 200) but never ready (/readyz 503
    naming the reason, wire_enrich_ready 0), and it retries authentication with an exponential
    backoff, not a reconnect loop; SIGTERM then stops it promptly with code 0."""
    kafka, ca = secure_kafka
    topics = _topics(kafka, "wrong")
    worker = WorkerProcess(_env(kafka, ca, topics, WRONG), tmp_path / "worker.log").start()
    live: list[int] = []
    ready: list[tuple[int, str]] = []
    try:
        # The health port opens once the model is loaded, before the first authentication attempt.
        wait_for(lambda: http_status(worker.metrics_port, "/livez") != 0 or not worker.alive(), 120,
                 "the health port never opened")
        started = time.monotonic()
        while time.monotonic() - started < WATCH_S and worker.alive():
            live.append(http_status(worker.metrics_port, "/livez"))
            ready.append(_get(worker.metrics_port, "/readyz"))
            time.sleep(0.5)
        alive = worker.alive()
        _, metrics = _get(worker.metrics_port, "/metrics")
        window_log = worker.log()
    finally:
        stop_started = time.monotonic()
        code = worker.terminate(timeout=60)
        stop_s = time.monotonic() - stop_started
    log = worker.log()
    attempts = [int(n) for n in ATTEMPT_LINE.findall(window_log)]
    statuses = sorted({status for status, _ in ready})
    print(f"SCENARIO SASL wrong credentials: alive after {WATCH_S:.0f}s {alive}, {len(attempts)} authentication "
          f"attempts from start to {WATCH_S:.0f}s after the health port opened, readyz seen {statuses} in "
          f"{len(ready)} probes, livez seen {sorted(set(live))}, stopped by SIGTERM in {stop_s:.1f}s with "
          f"code {code}")
    print("readyz body:", ready[-1][1] if ready else "")
    assert alive, f"the worker exited with wrong credentials\n{log[-3000:]}"
    assert live and set(live) == {200}, live
    assert statuses == [503], statuses
    # The first probes may come before the first attempt has been refused; from then on the reason shows.
    named = [i for i, (_, body) in enumerate(ready) if "authentication failed" in body]
    assert named and named[0] <= 6, ready[:8]
    assert all("authentication failed" in b and "invalid credentials" in b for _, b in ready[named[0]:]), ready
    assert re.search(r"^wire_enrich_ready 0\.0$", metrics, re.M), metrics[-2000:]
    assert "SaslAuthenticationFailed" in log and "invalid credentials" in log, log[-3000:]
    assert 3 <= len(attempts) <= 6, f"{len(attempts)} authentication attempts\n{log[-3000:]}"
    assert attempts == list(range(1, len(attempts) + 1)), attempts
    assert code == 0 and stop_s < 10, (code, stop_s, log[-3000:])
    assert PASSWORD not in log and WRONG not in log
    assert all(WRONG not in body for _, body in ready)
