"""`wire-enrich replay`: re-run a time window of the raw topic through the worker, bounded and throttled.

Exit codes: 0 every partition reached its end bound (or --dry-run), 2 bad arguments or an
unreachable broker, 1 a failure during the run, 130 stopped by SIGINT/SIGTERM (resumable with the
same --group).
"""

from __future__ import annotations

import asyncio
import signal
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
    TimeRemainingColumn

from worker.cli.common import console, fail, parse_time, settings, setup_logging

if TYPE_CHECKING:
    from worker.config import Settings
    from worker.runtime.executor import Runner
    from worker.runtime.replay import ReplayPlan, ReplaySummary, Window

INTERRUPTED = 130
out = Console(highlight=False, soft_wrap=True)  # stdout: the plan and the summary, for scripts and logs


def replay(
    from_: Annotated[str, typer.Option("--from", help="Window start T1 (ISO 8601, UTC if no offset given).")],
    to: Annotated[str | None, typer.Option(
        "--to", help="Window end T2, exclusive (ISO 8601); default: the end of the topic when the replay starts.")
    ] = None,
    topic: Annotated[str | None, typer.Option(help="Topic to replay; default WIRE_RAW_TOPIC.")] = None,
    rate: Annotated[float | None, typer.Option(
        help="Most records per second (client-side), so live traffic is not starved.", min=0.001)] = None,
    group: Annotated[str | None, typer.Option(
        help="Consumer group of the replay; reuse it to resume. Default: derived from WIRE_APP_ID and the window.")
    ] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Print partitions, offsets and record counts; commit and publish nothing.")] = False,
    connect_timeout: Annotated[float, typer.Option(help="Seconds to wait for the broker.", min=0.1)] = 10.0,
) -> None:
    """Replay the raw records of a time window through the same pipeline, in its own consumer group."""
    from worker.runtime.replay import Window, default_group

    s = settings()
    if not s.bootstrap_servers:
        fail("WIRE_BOOTSTRAP_SERVERS is not set; a replay needs the cluster that holds the topic")
    setup_logging(s.log_level, s.log_repeat_window_s, s.log_format)
    window = _window(from_, to)
    name = group or default_group(s.app_id, window)
    if name == s.app_id:
        fail(f"--group {name!r} is the live worker's consumer group; a replay needs its own")
    code = asyncio.run(_main(s, topic or s.raw_topic, window, name, rate=rate, dry_run=dry_run,
                             connect_timeout=connect_timeout))
    raise typer.Exit(code)


def _window(from_: str, to: str | None) -> Window:
    from worker.runtime.replay import Window

    now = datetime.now(timezone.utc)
    start = parse_time(from_, "--from")
    end = parse_time(to, "--to")
    assert start is not None
    if start > now:
        fail(f"--from {start.isoformat()} is in the future")
    if end is not None and end > now:
        fail(f"--to {end.isoformat()} is in the future; omit --to to replay up to the current end")
    if end is not None and end <= start:
        fail(f"--to ({end.isoformat()}) must be after --from ({start.isoformat()})")
    return Window(start, end or now, open_end=end is None)


async def _main(s: Settings, topic: str, window: Window, group: str, *, rate: float | None, dry_run: bool,
                connect_timeout: float) -> int:
    from worker.runtime.replay import Replay, ReplayError

    stop = asyncio.Event()
    _install_signals(stop)
    job = Replay(s, topic=topic, window=window, group=group, connect_timeout_s=connect_timeout)
    try:
        await job.connect()
    except ReplayError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        await job.close()
        return 2
    runner: Runner | None = None
    try:
        plan = await job.plan()
        _print_plan(plan)
        if dry_run:
            out.print("dry run: nothing committed, nothing published")
            return 0
        if plan.records == 0:
            out.print("nothing to replay")
            return 0
        runner = await asyncio.get_running_loop().run_in_executor(None, _runner, s)
        if stop.is_set():
            _print_stopped(plan, {p.partition: p.start for p in plan.partitions})
            return INTERRUPTED
        # Bar and ETA cover the whole window; a resumed run starts with the part already done.
        before = plan.window_records - plan.records
        with _progress() as progress:
            task = progress.add_task("replay", total=plan.window_records, completed=before)
            report = _LogProgress(plan.window_records, before)

            def on_progress(done: int) -> None:
                progress.update(task, completed=before + done)
                report(before + done)

            summary = await job.run(plan, runner, rate=rate, stop=stop, on_progress=on_progress)
        _print_summary(plan, summary)
        if not summary.complete:
            _print_stopped(plan, summary.positions)
            return INTERRUPTED
        return 0
    except ReplayError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        return 2
    except asyncio.CancelledError:
        # A second signal abandons the batch in flight: it was not committed, so a resume redoes it.
        console.print("[bold yellow]abandoned the batch in flight; it will be replayed on resume[/]")
        return INTERRUPTED
    except Exception as exc:  # a broker or commit failure mid-run: report it, no traceback
        console.print(f"[bold red]error:[/] replay failed: {type(exc).__name__}: {exc}")
        return 1
    finally:
        await job.close()
        if runner is not None:
            runner.shutdown()


def _install_signals(stop: asyncio.Event) -> None:
    """First SIGINT/SIGTERM: finish the batch in flight, commit, stop. Second: abandon it."""
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()

    def on_signal(signum: int) -> None:
        if stop.is_set():
            if main is not None:
                main.cancel()
            return
        console.print(f"[yellow]{signal.Signals(signum).name}: stopping after the batch in flight "
                      "(again to abandon it)[/]")
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal, signum)


def _runner(s: Settings) -> Runner:
    """The live worker's runner, built from the same settings (model, topics, source, limits, processes)."""
    from worker.core.nlp import ModelNotFound, model_meta
    from worker.runtime.executor import runner_for
    from worker.runtime.replay import ReplayError

    try:
        model_meta(s.model)  # a missing model is one clear line, before any process starts
    except ModelNotFound as exc:
        raise ReplayError(str(exc)) from exc
    return runner_for(s)


def _progress() -> Progress:
    return Progress(TextColumn("[bold]replay[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("records"),
                    TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console,
                    transient=not console.is_terminal)


class _LogProgress:
    """Without a terminal (a Kubernetes Job, CI) the bar cannot redraw: log a line now and then."""

    def __init__(self, total: int, before: int, every_s: float = 10.0) -> None:
        self.total = total
        self.before = before
        self.every_s = every_s
        self.started = time.monotonic()
        self.last = self.started
        self.enabled = not console.is_terminal

    def __call__(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < self.every_s or done >= self.total:
            return
        self.last = now
        rate = (done - self.before) / (now - self.started)
        eta = f"{(self.total - done) / rate:.0f}s" if rate > 0 else "?"
        console.print(f"replay: {done}/{self.total} records ({100 * done / self.total:.0f}%), "
                      f"{rate:.1f} records/s, ETA {eta}", highlight=False)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _print_plan(plan: ReplayPlan) -> None:
    w = plan.window
    end = f"{_iso(w.end)} (topic end at start)" if w.open_end else _iso(w.end)
    out.print(f"replay of {plan.topic} from {_iso(w.start)} to {end} in group {plan.group}")
    out.print(f"{'partition':>9} {'window start':>13} {'end':>10} {'committed':>10} {'from':>10} {'records':>8}")
    for p in plan.partitions:
        committed = "-" if p.committed is None else str(p.committed)
        out.print(f"{p.partition:>9} {p.window_start:>13} {p.end:>10} {committed:>10} {p.start:>10} {p.records:>8}")
    resumed = plan.window_records - plan.records
    note = f" ({resumed} already replayed by this group)" if resumed else ""
    out.print(f"records to replay: {plan.records}{note}")


def _print_summary(plan: ReplayPlan, summary: ReplaySummary) -> None:
    from worker.core.families import FAMILY_NAMES

    facts = ", ".join(f"{kind}={summary.outputs.get(kind, 0)}"
                      for kind in FAMILY_NAMES)
    out.print(f"replay {plan.group}: {'complete' if summary.complete else 'stopped'}")
    out.print(f"  consumed       {summary.consumed}")
    out.print(f"  enriched       {summary.enriched}")
    out.print(f"  dead-lettered  {summary.dead_lettered}")
    out.print(f"  facts          {facts}")
    out.print(f"  seconds        {summary.seconds:.1f}")
    if summary.seconds > 0 and summary.consumed:
        out.print(f"  records/s      {summary.consumed / summary.seconds:.1f}")


def _print_stopped(plan: ReplayPlan, positions: dict[int, int]) -> None:
    out.print("stopped; next offset per partition (everything before it is committed):")
    for p in plan.partitions:
        at = positions.get(p.partition, p.start)
        out.print(f"  partition {p.partition}: {at} of end {p.end} ({p.end - at} left)")
    w = plan.window
    to = f" --to {_iso(w.end)}"
    out.print(f"resume with: wire-enrich replay --from {_iso(w.start)}{to} --topic {plan.topic} "
              f"--group {plan.group}")
