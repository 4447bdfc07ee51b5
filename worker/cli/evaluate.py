"""`wire-enrich eval DIR`: score the extraction on hand-labelled stories."""

from pathlib import Path
from typing import Annotated, Any

import orjson
import typer

from worker.cli.common import fail, settings


def evaluate(
    directory: Annotated[Path, typer.Argument(help="Folder of NAME.txt files with NAME.expected.json beside.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Precision, recall and F1 per fact family and story, plus the micro-average."""
    from worker.cli.enrich import OfflineEnricher
    from worker.core.evaluate import EvaluationError, evaluate_dir

    if not directory.is_dir():
        fail(f"{directory}: not a directory")
    offline = OfflineEnricher(settings().model)

    def enrich(text: bytes, published_at: Any, name: str) -> dict[str, Any]:
        result = offline.enrich_bytes(text, published_at=published_at, name=name)
        if isinstance(result, str):
            raise EvaluationError(f"{name}: rejected: {result}")
        return offline.summary(result)

    try:
        report = evaluate_dir(directory, enrich)
    except EvaluationError as exc:
        fail(str(exc))
        raise
    if as_json:
        typer.echo(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2).decode())
    else:
        typer.echo(report.to_text())
