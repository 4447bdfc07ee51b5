"""`wire-enrich enrich FILE...`: the offline path through the same core the worker uses."""

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import orjson
import typer

from worker.cli.common import fail, parse_time, settings

if TYPE_CHECKING:
    from worker.core.nlp import Blas


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
    offline = OfflineEnricher(s.model, s.blas, max_bytes=s.max_record_bytes, max_words=s.max_words)
    outputs: list[Any] = []
    failed = False
    for path in files:
        result = offline.enrich_bytes(path.read_bytes(), published_at=when, name=path.name)
        if isinstance(result, str):
            typer.echo(f"{path}: rejected: {result}", err=True)
            failed = True
            continue
        if output_format is OutputFormat.GKG:
            from worker.render.gkg import gkg_row

            typer.echo(gkg_row(result))
            continue
        if output_format is OutputFormat.HTML:
            from worker.render.evidence_page import render_evidence_page

            typer.echo(render_evidence_page(result))
            continue
        outputs.append(offline.summary(result) if summary else result.model_dump(mode="json"))
    if outputs:
        typer.echo(orjson.dumps(outputs[0] if len(outputs) == 1 else outputs, option=orjson.OPT_INDENT_2).decode())
    if failed:
        raise typer.Exit(1)


class OfflineEnricher:
    """Loads the model once; enriches bytes the way the worker would, without Kafka."""

    def __init__(self, model: str, blas: "Blas" = "openblas", *, max_bytes: int = 1_000_000,
                 max_words: int = 20_000) -> None:
        from worker.core.families import Topics
        from worker.core.nlp import ModelNotFound, load
        from worker.core.pipeline import Pipeline

        try:
            nlp = load(model, blas=blas)
        except ModelNotFound as exc:
            fail(str(exc))
            raise
        topics = Topics.named()
        # The worker's own limits, so a file the worker would dead-letter is rejected here too.
        self.pipeline = Pipeline(nlp, topics=topics, source="urn:wire-enrich:offline", max_bytes=max_bytes,
                                 max_words=max_words)

    def enrich_bytes(self, data: bytes, *, published_at: Any = None, name: str = "") -> Any:
        """The EnrichedStory, or the rejection reason as text."""
        from worker.core.decode import decode
        from worker.core.models import Rejection

        story = decode(data, key=name.encode() or None, timestamp=published_at,
                       max_bytes=self.pipeline.max_bytes, max_words=self.pipeline.max_words)
        if isinstance(story, Rejection):
            return f"{story.reason.value} ({story.detail})"
        return self.pipeline.enrich(story)

    @staticmethod
    def summary(enriched: Any) -> dict[str, Any]:
        from worker.core.summary import summarize

        return summarize(enriched.facts)
