"""Throwaway certificates and SASL/SCRAM-over-TLS broker settings, made by the tests themselves.

Shared by the single-broker TLS tests (tests/integration) and the 3-node fault cluster
(tests/faults), which serves a SASL_SSL listener beside its plaintext one.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

KEYSTORE_PASSWORD = "keystore-pass"
SASL_USER = "wire-enrich"
SASL_PASSWORD = "Scram-pass-7f3a9c"  # distinctive, so a grep of the logs cannot miss it
SASL_MECHANISM = "SCRAM-SHA-512"


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_certificates(folder: Path) -> tuple[Path, Path]:
    """A throwaway CA and a broker certificate for 127.0.0.1; returns (CA PEM, PKCS12 keystore).
    Every node of a local cluster listens on 127.0.0.1, so one broker certificate serves them all."""
    folder.mkdir(parents=True, exist_ok=True)
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=wire-test-ca",
            "-keyout", "ca.key", "-out", "ca.pem", cwd=folder)
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "broker.key",
            "-out", "broker.csr", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl("x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-days", "2", "-extfile", "san.ext", "-out", "broker.pem", cwd=folder)
    openssl("pkcs12", "-export", "-in", "broker.pem", "-inkey", "broker.key", "-certfile", "ca.pem",
            "-name", "broker", "-passout", f"pass:{KEYSTORE_PASSWORD}", "-out", "broker.p12", cwd=folder)
    return folder / "ca.pem", folder / "broker.p12"


def sasl_ssl_broker(keystore: Path, password: str = SASL_PASSWORD) -> dict[str, object]:
    """LocalKafka keyword arguments for a SASL_SSL listener with one SCRAM user.

    SCRAM users of a KRaft cluster are written into its metadata when storage is formatted, so the
    user comes in as a format argument, not as a config change after start."""
    prefix = "listener.name.sasl_ssl."
    return {
        "extra_listeners": {"SASL_SSL": "SASL_SSL"},
        "format_args": ["--add-scram", f"{SASL_MECHANISM}=[name={SASL_USER},password={password}]"],
        "overrides": {
            "sasl.enabled.mechanisms": SASL_MECHANISM,
            f"{prefix}sasl.enabled.mechanisms": SASL_MECHANISM,
            f"{prefix}{SASL_MECHANISM.lower()}.sasl.jaas.config":
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            f"{prefix}ssl.keystore.type": "PKCS12",
            f"{prefix}ssl.keystore.location": str(keystore),
            f"{prefix}ssl.keystore.password": KEYSTORE_PASSWORD,
            f"{prefix}ssl.key.password": KEYSTORE_PASSWORD,
        },
    }


def sasl_ssl_worker_env(ca: Path, password: str = SASL_PASSWORD) -> dict[str, str]:
    """The worker's security settings for that listener (its bootstrap comes with the topics)."""
    return {"WIRE_SECURITY_PROTOCOL": "SASL_SSL",
            "WIRE_SASL_MECHANISM": SASL_MECHANISM, "WIRE_SASL_USERNAME": SASL_USER,
            "WIRE_SASL_PASSWORD": password, "WIRE_SSL_CAFILE": str(ca)}
