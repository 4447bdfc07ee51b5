"""TLS without SASL against a real broker whose SSL listener requires client certificates.

Every client the worker opens (faust's consumer and producer, our producer, the admin client and
the authentication check) must present the client certificate: with it the worker enriches end to
end; without it the worker stays live, never ready (readiness names the refused handshake) and
retries with a bounded backoff until SIGTERM stops it. Certificates are made here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.test_sasl_ssl import _get
from tests.support.faults import OutputCollector, all_terminal, corpus, http_status, produce_items, \
    terminal_positions, wait_for
from tests.support.tls import KEYSTORE_PASSWORD, make_certificates, openssl as _openssl
from tests.support.worker_process import WorkerProcess, WorkerTopics
from worker.local_kafka import LocalKafka

KEY_PASSWORD = "client-key-pass-5c1e"
ATTEMPT_LINE = re.compile(r"Kafka authentication failed \(attempt (\d+)")


def make_client_certificate(folder: Path, ca_dir: Path, name: str) -> tuple[Path, Path]:
    """A client certificate signed by the CA in ``ca_dir`` (or its own CA when ca_dir is None);
    its key is encrypted with KEY_PASSWORD, as a secret mounted in a pod would be."""
    _openssl("req", "-newkey", "rsa:2048", "-passout", f"pass:{KEY_PASSWORD}", "-subj", f"/CN={name}",
             "-keyout", f"{name}.key", "-out", f"{name}.csr", cwd=folder)
    _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", str(ca_dir / "ca.pem"), "-CAkey", str(ca_dir / "ca.key"),
             "-CAcreateserial", "-days", "2", "-out", f"{name}.pem", cwd=folder)
    return folder / f"{name}.pem", folder / f"{name}.key"


@pytest.fixture(scope="module")
def mtls_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalKafka, Path, Path, Path]]:
    folder = tmp_path_factory.mktemp("mtls")
    ca, keystore = make_certificates(folder)
    cert, key = make_client_certificate(folder, folder, "wire-enrich-client")
    prefix = "listener.name.ssl."
    broker = LocalKafka(
        nodes=1,
        extra_listeners={"SSL": "SSL"},
        overrides={
            f"{prefix}ssl.keystore.type": "PKCS12",
            f"{prefix}ssl.keystore.location": str(keystore),
            f"{prefix}ssl.keystore.password": KEYSTORE_PASSWORD,
            f"{prefix}ssl.key.password": KEYSTORE_PASSWORD,
            f"{prefix}ssl.truststore.type": "PEM",
            f"{prefix}ssl.truststore.location": str(ca),
            f"{prefix}ssl.client.auth": "required",
        },
    )
    broker.start()
    try:
        yield broker, ca, cert, key
    finally:
        broker.stop()


def _env(kafka: LocalKafka, ca: Path, topics: WorkerTopics, cert: Path | None, key: Path | None) -> dict[str, str]:
    env = {**topics.env(kafka.bootstrap_for("SSL")), "WIRE_CREATE_TOPICS": "false",
           "WIRE_SECURITY_PROTOCOL": "SSL", "WIRE_SSL_CAFILE": str(ca), "WIRE_PUBLISH_TIMEOUT_S": "10"}
    if cert and key:
        env |= {"WIRE_SSL_CERTFILE": str(cert), "WIRE_SSL_KEYFILE": str(key), "WIRE_SSL_KEY_PASSWORD": KEY_PASSWORD}
    return env


def _topics(kafka: LocalKafka, name: str) -> WorkerTopics:
    topics = WorkerTopics(f"mtls.{name}.{time.monotonic_ns() % 10**8}")
    kafka.create_topics([topics.raw], partitions=1)
    kafka.create_topics(topics.outputs(), partitions=1)
    return topics


def test_a_client_certificate_enriches_end_to_end_over_mutual_tls(
        mtls_kafka: tuple[LocalKafka, Path, Path, Path], tmp_path: Path) -> None:
    kafka, ca, cert, key = mtls_kafka
    topics = _topics(kafka, "right")
    items = corpus(30, "mtls")
    positions = produce_items(kafka.bootstrap_servers, topics.raw, items)
    key_at = dict(zip(positions, (i.key for i in items)))
    worker = WorkerProcess(_env(kafka, ca, topics, cert, key), tmp_path / "worker.log").start()
    with OutputCollector(kafka.bootstrap_servers, topics.outputs()) as out:
        try:
            records = out.wait(all_terminal(topics, key_at), timeout=180, workers=[worker])
            wait_for(lambda: http_status(worker.metrics_port, "/readyz") == 200, 30, "never ready")
        finally:
            code = worker.terminate()
    assert code == 0, worker.log()[-3000:]
    assert len(terminal_positions(records, topics, key_at)) == len(items)
    assert KEY_PASSWORD not in worker.log()


def test_without_a_client_certificate_the_worker_is_live_never_ready_and_retries_until_sigterm(
        mtls_kafka: tuple[LocalKafka, Path, Path, Path], tmp_path: Path) -> None:
    kafka, ca, _cert, _key = mtls_kafka
    topics = _topics(kafka, "none")
    worker = WorkerProcess(_env(kafka, ca, topics, None, None), tmp_path / "worker.log").start()
    ready: list[tuple[int, str]] = []
    try:
        wait_for(lambda: http_status(worker.metrics_port, "/livez") != 0 or not worker.alive(), 120,
                 "the health port never opened")
        started = time.monotonic()
        while time.monotonic() - started < 15 and worker.alive():
            ready.append(_get(worker.metrics_port, "/readyz"))
            time.sleep(0.5)
        alive = worker.alive()
        live = http_status(worker.metrics_port, "/livez")
        window_log = worker.log()
    finally:
        code = worker.terminate(timeout=60)
    assert alive and live == 200, window_log[-3000:]
    assert {status for status, _ in ready} == {503}
    assert any("TLS handshake refused" in body for _, body in ready), ready[-1:]
    attempts = [int(n) for n in ATTEMPT_LINE.findall(window_log)]
    assert 2 <= len(attempts) <= 6 and attempts == list(range(1, len(attempts) + 1)), window_log[-3000:]
    assert code == 0
