"""`wire-enrich produce FILE...`: send story files to the raw topic, one record per file."""

from pathlib import Path
from typing import Annotated

import typer

from worker.cli.common import fail, settings


def produce(
    files: Annotated[list[Path], typer.Argument(help="Files to send as they are (bytes unchanged).")],
    topic: Annotated[str | None, typer.Option(help="Target topic (default: WIRE_RAW_TOPIC).")] = None,
) -> None:
    """Send files to the raw topic with acks=all; the key is the file name."""
    from kafka import KafkaProducer
    from kafka.errors import KafkaError

    from worker.runtime.kafka_config import kafka_python_options

    s = settings()
    if not s.bootstrap_servers:
        fail("WIRE_BOOTSTRAP_SERVERS is not set (`wire-enrich run` starts a local broker and feeds samples itself)")
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        fail(f"no such file: {', '.join(missing)}")
    try:
        producer = KafkaProducer(acks="all", **kafka_python_options(s))
    except (KafkaError, OSError, ValueError) as exc:  # unreachable, TLS files unreadable, bad options
        fail(f"cannot reach Kafka at {s.bootstrap_servers}: {type(exc).__name__}: {exc}")
        raise
    target = topic or s.raw_topic
    try:
        for path in files:
            try:
                meta = producer.send(target, key=path.name.encode(), value=path.read_bytes()).get(timeout=30)
            except (KafkaError, OSError) as exc:  # one clear line, never a traceback
                fail(f"{path.name}: not sent to {target}: {type(exc).__name__}: {exc}", code=1)
                raise
            typer.echo(f"{path.name} -> {meta.topic}[{meta.partition}]@{meta.offset}")
    finally:
        producer.close(timeout=5)
