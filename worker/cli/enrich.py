"""`wire-enrich enrich FILE...`: the offline path through the same core the worker uses."""

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import orjson
import typer

from worker.cli.common import fail, parse_time, settings

if TYPE_CHECKING:
    from worker.config import Settings
    from worker.core.pipeline import Result


class OutputFormat(StrEnum):
    JSON = "json"
    HTML = "html"
    GKG = "gkg"


def enrich(
    files: Annotated[list[Path], typer.Argument(help="Story files: text, our JSON, or ninjs 1.x/2.x.")],
    summary: Annotated[bool, typer.Option("--summary", help="Print the facts in the evaluation shape.")] = False,
    published_at: Annotated[str | None, typer.Option(help="Publication time (ISO 8601) for inputs without one.")] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="json: the EnrichedStory; html: a self-contained evidence page (one file only)."),
    ] = OutputFormat.JSON,
) -> None:
    """Enrich story files offline and print JSON to stdout."""
    when = parse_time(published_at, "--published-at")
    if output_format is not OutputFormat.JSON and summary:
        fail("--summary prints the evaluation shape; it cannot be combined with --format html or gkg")
    if output_format is OutputFormat.HTML and len(files) != 1:
        fail("--format html renders one story file and cannot be combined with --summary")
    for path in files:
        if not path.is_file():
            fail(f"{path}: no such file")
    s = settings()
    with OfflineEnricher(s) as offline:
        results = offline.enrich_files(files, published_at=when)
    outputs: list[Any] = []
    failed = False
    for path, result in zip(files, results):
        if result.story is None:
            typer.echo(f"{path}: rejected: {offline.reason(result)}", err=True)
            failed = True
            continue
        story = result.story
        if output_format is OutputFormat.GKG:
            from worker.core.gkg import gkg_row

            typer.echo(gkg_row(story))
            continue
        if output_format is OutputFormat.HTML:
            from worker.render.evidence_page import render_evidence_page

            typer.echo(render_evidence_page(story))
            continue
        outputs.append(offline.summary(story) if summary else story.model_dump(mode="json"))
    if outputs:
        typer.echo(orjson.dumps(outputs[0] if len(outputs) == 1 else outputs, option=orjson.OPT_INDENT_2).decode())
    if failed:
        raise typer.Exit(1)


class OfflineEnricher:
    """Enriches files the way the worker does, without Kafka: the worker's runner, built from the
    settings (model, limits, batch size, memory zone per batch, a process pool when
    ``WIRE_PROCESSES`` asks), so a file the worker would dead-letter is rejected here with the
    worker's reason. A context manager: leaving it stops the runner (and any pool)."""

    def __init__(self, s: "Settings") -> None:
        from worker.core.nlp import ModelNotFound, model_meta
        from worker.runtime.executor import runner_for

        try:
            model_meta(s.model)  # a missing model is one clear line, before any process starts
        except ModelNotFound as exc:
            fail(str(exc))
            raise
        self.batch_size = s.batch_size
        self.runner = runner_for(s, keep_stories=True)

    def __enter__(self) -> "OfflineEnricher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.runner.shutdown()

    def enrich_files(self, files: "Sequence[Path]", *, published_at: datetime | None = None,
                     names: "Sequence[str] | None" = None) -> "list[Result]":
        """One result per file, in order; each file is one record keyed by its name (or ``names``)."""
        from worker.core.pipeline import SourceRecord

        when = int(published_at.timestamp() * 1000) if published_at is not None else None
        keys = names if names is not None else [path.name for path in files]
        records = [SourceRecord(value=path.read_bytes(), key=key.encode() or None, timestamp_ms=when, topic="file",
                                partition=0, offset=i) for i, (path, key) in enumerate(zip(files, keys))]
        results: list[Result] = []
        for start in range(0, len(records), self.batch_size):
            results.extend(self.runner.process(records[start:start + self.batch_size]).results)
        return results

    def enrich_file(self, path: Path, *, published_at: datetime | None = None, name: str | None = None) -> "Result":
        return self.enrich_files([path], published_at=published_at, names=[name or path.name])[0]

    @staticmethod
    def reason(result: "Result") -> str:
        """The worker's rejection reason, as its dead letter's headers carry it."""
        rejection = result.rejection
        assert rejection is not None
        return f"{rejection.reason.value} at {rejection.stage} ({rejection.detail})"

    @staticmethod
    def summary(enriched: Any) -> dict[str, Any]:
        from worker.core.summary import summarize

        return summarize(enriched.facts)
