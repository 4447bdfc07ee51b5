"""`wire-enrich run`: the worker; with no bootstrap servers, a self-contained local demo.

Embedded default: start a real single-node Kafka, create the topics, feed the sample stories that
ship with the package (every input format plus one bad record), run the worker as its own process
exactly as in production, show what came out, then stop everything cleanly.
"""

import asyncio
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Coroutine
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from worker.cli.common import console, fail, settings, setup_logging
from worker.config import Settings

if TYPE_CHECKING:
    from worker.runtime.app import WorkerApp


def run(
    keep_running: Annotated[bool, typer.Option(
        "--keep-running", help="Embedded mode: leave broker and worker up until Ctrl-C.")] = False,
) -> None:
    """Run the worker (consumes WIRE_RAW_TOPIC); with no WIRE_BOOTSTRAP_SERVERS, run the local demo."""
    s = settings()
    if s.bootstrap_servers:
        run_worker(s)
    else:
        run_embedded(s, keep_running=keep_running)


def run_worker(s: Settings) -> None:
    """The production path: load the model, serve health, authenticate to Kafka (retrying with
    backoff while the credentials are refused), make sure topics exist, hand over to faust."""
    import faust
    from prometheus_client import CollectorRegistry

    import worker
    from worker.core.nlp import ModelNotFound, model_meta
    from worker.runtime.app import WorkerApp
    from worker.runtime.metrics import Metrics
    from worker.runtime.topics import ensure_topics, prepare_changelog

    limiter = setup_logging(s.log_level, s.log_repeat_window_s, s.log_format)
    (s.data_dir / "faust").mkdir(parents=True, exist_ok=True)
    try:
        meta = model_meta(s.model)
    except ModelNotFound as exc:
        fail(str(exc))
        raise
    import spacy

    registry = CollectorRegistry()
    metrics = Metrics.create(registry, model=str(meta.get("name")), model_version=str(meta.get("version")),
                             spacy_version=spacy.__version__, version=worker.__version__, input_topics=[s.raw_topic])
    from worker.runtime.executor import runner_for

    # One process loads the model here; with a pool only the pool's processes do (about 200 MiB each).
    runner = runner_for(s, keep_stories=s.story_pages > 0)  # the pages render the stories themselves
    metrics.watch_pool(runner.pool_pids)  # CPU and memory of the pool too
    # One loop for everything: the health server's heartbeat started before faust keeps beating in it.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    app = WorkerApp(s, metrics, executor=runner.executor, process=runner.process)
    try:
        if not _until_signal(loop, _start_health_and_authenticate(app)):
            return  # SIGTERM while not yet authenticated: a clean stop
        if s.create_topics:
            try:
                if not _until_signal(loop, asyncio.to_thread(ensure_topics, s)):
                    return
            except Exception as exc:  # the broker is unreachable or refuses: say so, no traceback
                fail(f"cannot prepare topics on {s.bootstrap_servers}: {type(exc).__name__}: {exc}")
        try:  # before faust starts: it would find out at the first write, with a batch in flight
            problem = loop.run_until_complete(asyncio.to_thread(prepare_changelog, s))
        except Exception as exc:
            problem = f"cannot check the revisions changelog on {s.bootstrap_servers}: {type(exc).__name__}: {exc}"
        if problem:
            fail(problem)

        class Worker(faust.Worker):  # the class name labels faust's log lines: "[^Worker]: Ready"
            def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
                super().on_setup_root_logger(logger, level)
                limiter.attach(logger)  # faust has just replaced the root handlers with its own
                if s.log_format == "json":
                    from worker.runtime.log_format import JsonFormatter

                    for handler in logger.handlers:
                        handler.setFormatter(JsonFormatter())

        Worker(app.app, loop=loop, loglevel=s.log_level.lower(), quiet=True).execute_from_commandline()
    finally:
        if not loop.is_closed():  # faust did not run (it closes the loop when it stops)
            if app.health is not None:
                loop.run_until_complete(app.health.stop())
            loop.close()
        app.shutdown()
        runner.shutdown()


async def _start_health_and_authenticate(app: "WorkerApp") -> None:
    await app.start_health()
    await app.authenticate()


def _until_signal(loop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, Any]) -> bool:
    """Run ``work`` on ``loop`` until it ends (True) or SIGTERM/SIGINT cancels it (False).

    faust installs its own handlers once it runs; before that these make a stop prompt and clean.
    """
    task = loop.create_task(work)
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, task.cancel)
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        console.print("stopped by a signal before the worker started consuming")
        return False
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
    return True


def sample_files() -> list[Path]:
    folder = resources.files("worker") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.is_file())


def run_embedded(s: Settings, *, keep_running: bool) -> None:
    from worker.local_kafka import LocalKafka, LocalKafkaError

    console.print("[bold]No WIRE_BOOTSTRAP_SERVERS set: starting a local Apache Kafka broker[/]")
    data_dir = s.data_dir.resolve() / "kafka"
    try:
        kafka = LocalKafka(1, data_dir=data_dir if keep_running else None).start()
    except LocalKafkaError as exc:
        fail(f"the local broker did not start: {exc}")
        raise
    worker_proc: subprocess.Popen[bytes] | None = None
    try:
        env = {**os.environ, "WIRE_BOOTSTRAP_SERVERS": kafka.bootstrap_servers}
        live = s.model_copy(update={"bootstrap_servers": kafka.bootstrap_servers})
        console.print(f"broker ready at {kafka.bootstrap_servers}")
        from worker.runtime.topics import ensure_topics

        ensure_topics(live)
        samples = sample_files()
        _produce(live, samples)
        console.print(f"fed {len(samples)} sample records to {s.raw_topic}; starting the worker")
        log_path = s.data_dir.resolve() / "worker.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        console.print(f"worker log: {log_path}")
        with log_path.open("wb") as log_file:
            worker_proc = subprocess.Popen([sys.executable, "-m", "worker", "run"], env=env,
                                           stdout=log_file, stderr=subprocess.STDOUT)
        try:
            outputs = _collect(live, expected_inputs=len(samples), worker=worker_proc)
        except typer.Exit:
            console.print(log_path.read_text(errors="replace")[-4000:])
            raise
        _show(outputs, live)
        if keep_running:
            console.print(f"worker and broker keep running (bootstrap {kafka.bootstrap_servers}); Ctrl-C stops")
            worker_proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        if worker_proc is not None and worker_proc.poll() is None:
            worker_proc.send_signal(signal.SIGTERM)
            try:
                worker_proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker_proc.kill()
        kafka.stop()
        console.print("worker and broker stopped cleanly")


def _produce(s: Settings, files: list[Path]) -> None:
    from kafka import KafkaProducer

    from worker.runtime.kafka_config import kafka_python_options

    producer = KafkaProducer(acks="all", **kafka_python_options(s))
    try:
        for path in files:
            producer.send(s.raw_topic, key=path.name.encode(), value=path.read_bytes()).get(timeout=30)
    finally:
        producer.close()


def _collect(s: Settings, *, expected_inputs: int, worker: subprocess.Popen[bytes],
             timeout: float = 180.0) -> list[Any]:
    """Read the output topics until every input has its enriched story or dead letter."""
    from kafka import KafkaConsumer

    from worker.runtime.kafka_config import kafka_python_options

    consumer = KafkaConsumer(*[t for t in s.topic_names() if t != s.raw_topic], auto_offset_reset="earliest",
                             enable_auto_commit=False, consumer_timeout_ms=1000, **kafka_python_options(s))
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            records.extend(consumer)
            done = sum(1 for r in records if r.topic in (s.enriched_topic, s.dead_letter_topic))
            if done >= expected_inputs:
                time.sleep(1.0)
                records.extend(consumer)
                return records
            if worker.poll() is not None:
                fail(f"the worker exited early with code {worker.returncode}")
        fail(f"timed out after {timeout:.0f}s waiting for outputs")
    finally:
        consumer.close()
    return records


def _show(records: list[Any], s: Settings) -> None:
    import orjson
    from rich.table import Table

    table = Table(title="What came out", expand=True)
    for column in ("topic", "key", "ce_type / reason", "summary"):
        table.add_column(column, overflow="fold")
    for r in sorted(records, key=lambda r: (r.topic != s.enriched_topic, r.topic, r.offset)):
        headers = {k: v.decode(errors="replace") for k, v in (r.headers or [])}
        key = (r.key or b"").decode(errors="replace")
        if r.topic == s.dead_letter_topic:
            table.add_row(r.topic, key, headers.get("wire-dlq-reason", "?"), headers.get("wire-dlq-detail", ""))
            continue
        value = orjson.loads(r.value)
        table.add_row(r.topic, key, headers.get("ce_type", ""), _summary(r.topic, value, s))
    from rich.console import Console

    Console(width=max(console.width, 140)).print(table)
    counts: dict[str, int] = {}
    for r in records:
        counts[r.topic] = counts.get(r.topic, 0) + 1
    console.print("records per topic: " + ", ".join(f"{t}={n}" for t, n in sorted(counts.items())))


def _summary(topic: str, value: dict[str, Any], s: Settings) -> str:
    if topic == s.enriched_topic:
        facts = value["facts"]
        return (f"{len(facts['entities'])} entities, {len(facts['quotes'])} quotes, "
                f"{len(facts['casualties'])} casualties, {len(facts['time_expressions'])} times, "
                f"{len(facts['events'])} events")
    fact = value.get("fact", {})
    for field in ("name", "text", "category", "type"):
        if field in fact:
            extra = f" {fact['count']}" if "count" in fact else ""
            return f"{fact[field]}{extra}"[:120]
    return ""
