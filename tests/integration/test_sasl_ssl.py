"""SASL/SCRAM over TLS against a real broker with a SASL_SSL listener; certificates are made here.

Right credentials: the worker enriches end to end through the authenticated listener. Wrong
credentials: one clear error in the log, never ready, a non-zero exit instead of a reconnect loop.
In both runs no password appears in the worker's log.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.faults import OutputCollector, all_terminal, corpus, http_status, produce_items, \
    terminal_positions, wait_for
from tests.support.worker_process import WorkerProcess, WorkerTopics
from worker.local_kafka import LocalKafka

USER = "wire-enrich"
PASSWORD = "Scram-pass-7f3a9c"  # distinctive, so a grep of the logs cannot miss it
WRONG = "Not-the-pass-41d2e8"
KEYSTORE_PASSWORD = "keystore-pass"
MECHANISM = "SCRAM-SHA-512"
WATCH_S = 20.0


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_certificates(folder: Path) -> tuple[Path, Path]:
    """A throwaway CA and a broker certificate for 127.0.0.1; returns (CA PEM, PKCS12 keystore)."""
    folder.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=wire-test-ca",
             "-keyout", "ca.key", "-out", "ca.pem", cwd=folder)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "broker.key",
             "-out", "broker.csr", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl("x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-days", "2", "-extfile", "san.ext", "-out", "broker.pem", cwd=folder)
    _openssl("pkcs12", "-export", "-in", "broker.pem", "-inkey", "broker.key", "-certfile", "ca.pem",
             "-name", "broker", "-passout", f"pass:{KEYSTORE_PASSWORD}", "-out", "broker.p12", cwd=folder)
    return folder / "ca.pem", folder / "broker.p12"


@pytest.fixture(scope="module")
def secure_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalKafka, Path]]:
    ca, keystore = make_certificates(tmp_path_factory.mktemp("tls"))
    prefix = "listener.name.sasl_ssl."
    broker = LocalKafka(
        nodes=1,
        extra_listeners={"SASL_SSL": "SASL_SSL"},
        # SCRAM users of a KRaft cluster are written into its metadata when storage is formatted.
        format_args=["--add-scram", f"{MECHANISM}=[name={USER},password={PASSWORD}]"],
        overrides={
            "sasl.enabled.mechanisms": MECHANISM,
            f"{prefix}sasl.enabled.mechanisms": MECHANISM,
            f"{prefix}{MECHANISM.lower()}.sasl.jaas.config":
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            f"{prefix}ssl.keystore.type": "PKCS12",
            f"{prefix}ssl.keystore.location": str(keystore),
            f"{prefix}ssl.keystore.password": KEYSTORE_PASSWORD,
            f"{prefix}ssl.key.password": KEYSTORE_PASSWORD,
        },
    )
    broker.start()
    try:
        yield broker, ca
    finally:
        broker.stop()


def _env(kafka: LocalKafka, ca: Path, topics: WorkerTopics, password: str) -> dict[str, str]:
    # Topics are made by the test over the plaintext listener; the worker only uses SASL_SSL.
    return {**topics.env(kafka.bootstrap_for("SASL_SSL")), "WIRE_CREATE_TOPICS": "false",
            "WIRE_SECURITY_PROTOCOL": "SASL_SSL", "WIRE_SASL_MECHANISM": MECHANISM,
            "WIRE_SASL_USERNAME": USER, "WIRE_SASL_PASSWORD": password, "WIRE_SSL_CAFILE": str(ca),
            "WIRE_PUBLISH_TIMEOUT_S": "10"}


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
            records = out.wait(all_terminal(topics, key_at), timeout=180, workers=[worker])
            wait_for(lambda: http_status(worker.metrics_port, "/readyz") == 200, 30, "never ready")
        finally:
            code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    done = terminal_positions(records, topics, key_at)
    assert len(done) == len(items)
    assert sum(r.topic == topics.names["enriched"] for r in records) == sum(i.kind == "good" for i in items)
    assert PASSWORD not in worker.log()


def test_wrong_credentials_give_a_clear_error_never_ready_and_no_reconnect_loop(
        secure_kafka: tuple[LocalKafka, Path], tmp_path: Path) -> None:
    """Wrong credentials are a configuration error, not an outage: the worker says so once and
    exits non-zero, never ready, so the orchestrator's restart backoff (not a client loop) paces
    any further attempt."""
    kafka, ca = secure_kafka
    topics = _topics(kafka, "wrong")
    worker = WorkerProcess(_env(kafka, ca, topics, WRONG), tmp_path / "worker.log").start()
    started = time.monotonic()
    statuses = []
    try:
        while time.monotonic() - started < WATCH_S:
            statuses.append(http_status(worker.metrics_port, "/readyz"))
            time.sleep(0.5)
        code = worker.proc.poll()  # type: ignore[union-attr]
        log = worker.log()
    finally:
        if worker.alive():
            worker.terminate()
    attempts = len(re.findall(r"SaslAuthenticationFailed", log))
    print(f"SCENARIO 8 wrong SASL credentials: exit code {code}, {attempts} authentication failures in "
          f"{WATCH_S:.0f}s, readyz seen {sorted(set(statuses))}")
    assert code not in (None, 0), f"still running or exited 0 with wrong credentials\n{log[-3000:]}"
    assert "Authentication failed during authentication due to invalid credentials" in log, log[-3000:]
    assert 200 not in statuses, statuses
    assert 1 <= attempts <= 3, f"{attempts} authentication failures in {WATCH_S:.0f}s"
    assert PASSWORD not in log and WRONG not in log
