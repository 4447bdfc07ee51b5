"""Authenticate to Kafka before faust starts, and keep trying with a bounded backoff while it fails.

Wrong SASL credentials would otherwise make faust's producer fail its bootstrap and the process
exit, to be restarted at the orchestrator's pace with nothing telling readiness why. Instead the
worker opens one connection to a bootstrap server (TLS, SASL handshake and a metadata request,
the same options the worker's clients use) before faust starts, while the health server already
answers: ``/livez`` 200, ``/readyz`` 503 naming the reason. A refused authentication is retried
with exponential backoff and jitter, from about 1 s up to ``WIRE_AUTH_RETRY_MAX_S``, one log
line per failed attempt. The line carries the broker's message, the user name and the
mechanism, never the password.

Without SASL there is nothing to check. Only authentication failures are retried here: a broker
that cannot be reached (or a TLS handshake that fails) is left to the start-up that follows,
which reports it.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable

from aiokafka.conn import collect_hosts, create_conn
from aiokafka.errors import IllegalSaslStateError, SaslAuthenticationFailed, UnsupportedSaslMechanismError
from aiokafka.protocol.metadata import MetadataRequest
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, wait_exponential_jitter

from worker.config import Settings
from worker.runtime.kafka_config import aiokafka_options
from worker.errors import WireEnrichError

log = logging.getLogger(__name__)

AUTH_ERRORS = (SaslAuthenticationFailed, UnsupportedSaslMechanismError, IllegalSaslStateError)
FIRST_RETRY_S = 1.0


class AuthenticationFailed(WireEnrichError):
    """The brokers refused the configured credentials (the message is safe to log)."""


async def check_authentication(settings: Settings, timeout_s: float) -> None:
    """One authenticated round trip to the first bootstrap server that answers.

    Raises ``AuthenticationFailed`` when a broker refused the credentials and none accepted them;
    returns when one accepted them, or when none could be reached for another reason (logged).
    """
    options = aiokafka_options(settings)
    options.pop("bootstrap_servers")
    refused: list[str] = []
    unreachable: list[str] = []
    for host, port, _family in collect_hosts(settings.bootstrap_servers, randomize=False):
        where = f"{host}:{port}"
        conn = None
        try:
            conn = await asyncio.wait_for(
                create_conn(host, port, client_id=f"{settings.app_id}-preflight",
                            request_timeout_ms=int(timeout_s * 1000), **options),
                timeout=timeout_s)
            await asyncio.wait_for(conn.send(MetadataRequest([])), timeout=timeout_s)
            return
        except AUTH_ERRORS as exc:
            refused.append(f"{where}: {exc}")  # a broker error's text already names its class
        except Exception as exc:
            if _tls_refusal(exc):  # mutual TLS: no or an untrusted client certificate
                refused.append(f"{where}: TLS handshake refused: {_tls_reason(exc)}")
                continue
            unreachable.append(f"{where}: {type(exc).__name__}: {exc}")
        finally:
            if conn is not None:
                conn.close()
    if refused:
        raise AuthenticationFailed("; ".join(refused))
    if unreachable:
        log.warning("could not check Kafka authentication, no bootstrap server answered (%s); "
                    "starting anyway", "; ".join(unreachable))


def _tls_refusal(exc: BaseException) -> bool:
    """A TLS handshake the broker ended: an SSL error anywhere in the exception's chain."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _tls_reason(exc: BaseException) -> str:
    seen: BaseException | None = exc
    while seen is not None and not isinstance(seen, ssl.SSLError):
        seen = seen.__cause__ or seen.__context__
    return str(getattr(seen, "reason", None) or seen or exc)


async def authenticate(settings: Settings, *, on_failure: Callable[[str], None],
                       timeout_s: float = 10.0) -> None:
    """Retry ``check_authentication`` until the SASL credentials are accepted; never gives up.

    ``on_failure(reason)`` is called after every refused attempt (the app turns readiness false
    with it). Cancel the calling task to stop waiting (SIGTERM).
    """
    if not settings.sasl_mechanism and "SSL" not in settings.security_protocol:
        return  # nothing to authenticate: the clients report an unreachable broker themselves
    who = (f"user {settings.sasl_username!r} with {settings.sasl_mechanism}" if settings.sasl_mechanism
           else f"TLS client certificate {str(settings.ssl_certfile) if settings.ssl_certfile else '(none)'}")

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        delay = state.next_action.sleep if state.next_action else 0.0
        log.error("Kafka authentication failed (attempt %d, %s): %s; not ready, next attempt in %.1f s",
                  state.attempt_number, who, exc, delay)

    async def attempt() -> None:
        try:
            await check_authentication(settings, timeout_s)
        except AuthenticationFailed as exc:
            on_failure(f"authentication failed: {exc}")
            raise

    retrying = AsyncRetrying(
        retry=retry_if_exception_type(AuthenticationFailed),
        wait=wait_exponential_jitter(initial=FIRST_RETRY_S, max=settings.auth_retry_max_s, jitter=FIRST_RETRY_S),
        before_sleep=before_sleep,
        reraise=True,
    )
    attempts = 0
    async for try_ in retrying:
        with try_:
            attempts += 1
            await attempt()
    if attempts > 1:
        log.info("Kafka authentication succeeded after %d attempts (%s)", attempts, who)
