"""Client connection options derived from settings, for aiokafka and kafka-python alike."""

import ssl
from typing import Any

from worker.config import Settings


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The one TLS context every client uses: server verification, plus the client certificate
    when one is configured (mutual TLS)."""
    if "SSL" not in settings.security_protocol:
        return None
    context = ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
    if settings.ssl_certfile:
        password = settings.ssl_key_password.get_secret_value() if settings.ssl_key_password else None
        context.load_cert_chain(str(settings.ssl_certfile), str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
                                password=password)
    return context


def aiokafka_options(settings: Settings) -> dict[str, Any]:
    options: dict[str, Any] = {"bootstrap_servers": settings.bootstrap_servers,
                               "security_protocol": settings.security_protocol}
    if context := ssl_context(settings):
        options["ssl_context"] = context
    if settings.sasl_mechanism:
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = settings.sasl_password.get_secret_value() if settings.sasl_password else None
    return options


def kafka_python_options(settings: Settings) -> dict[str, Any]:
    options: dict[str, Any] = {"bootstrap_servers": settings.bootstrap_servers.split(","),
                               "security_protocol": settings.security_protocol}
    if settings.ssl_cafile:
        options["ssl_cafile"] = str(settings.ssl_cafile)
    if settings.ssl_certfile:
        options["ssl_certfile"] = str(settings.ssl_certfile)
        if settings.ssl_keyfile:
            options["ssl_keyfile"] = str(settings.ssl_keyfile)
        if settings.ssl_key_password:
            options["ssl_password"] = settings.ssl_key_password.get_secret_value()
    if settings.sasl_mechanism:
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = settings.sasl_password.get_secret_value() if settings.sasl_password else None
    return options


def producer_options(settings: Settings, client_id: str) -> dict[str, Any]:
    """The worker's and replay's producer: acks from every in-sync replica, idempotent retries.

    Enriched stories are JSON of several kilobytes, so aiokafka's default 16 KiB batches held one
    or two records each; larger batches halved the broker's CPU in the live benchmark.
    """
    return {"acks": "all", "enable_idempotence": True, "linger_ms": 5, "compression_type": None,
            "max_batch_size": settings.producer_batch_bytes,
            "request_timeout_ms": int(settings.publish_timeout_s * 1000), "client_id": client_id,
            **aiokafka_options(settings)}


def faust_credentials(settings: Settings) -> Any:
    """faust's credentials: SASL (over TLS when the protocol says so), or TLS alone (server
    verification and, with a client certificate, mutual TLS). Without them faust's consumer would
    connect in plaintext while our producer used TLS."""
    import faust

    context = ssl_context(settings)
    if settings.sasl_mechanism:
        return faust.SASLCredentials(
            username=settings.sasl_username, password=settings.sasl_password.get_secret_value()
            if settings.sasl_password else None, ssl_context=context, mechanism=settings.sasl_mechanism,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None
