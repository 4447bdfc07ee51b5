"""`wire-enrich topics`: create the missing topics and describe them all."""

from typing import Annotated

import typer

from worker.cli.common import fail, settings


def topics(
    create: Annotated[bool, typer.Option("--create/--no-create", help="Create missing topics first.")] = True,
) -> None:
    """Create (unless --no-create) and describe every topic the worker reads or writes."""
    from kafka.errors import KafkaError

    from worker.runtime.topics import describe_topics, ensure_topics

    s = settings()
    if not s.bootstrap_servers:
        fail("WIRE_BOOTSTRAP_SERVERS is not set")
    try:
        if create:
            ensure_topics(s)
        for info in describe_topics(s):
            state = f"{info.partitions} partitions" if info.exists else "missing"
            typer.echo(f"{info.name:32} {state}")
    except (KafkaError, OSError, ValueError) as exc:  # one clear line, never a traceback
        fail(f"Kafka at {s.bootstrap_servers}: {type(exc).__name__}: {exc}")
