"""`wire-enrich eval DIR`: score the extraction on hand-labelled stories."""

from datetime import datetime
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
    from worker.core.evaluate import FAMILIES, EvaluationError, evaluate_dir

    if not directory.is_dir():
        fail(f"{directory}: not a directory")
    s = settings()

    def enrich(text_path: Path, published_at: datetime) -> dict[str, Any]:
        result = offline.enrich_file(text_path, published_at=published_at)
        if result.story is None:
            raise EvaluationError(f"{text_path.name}: rejected: {offline.reason(result)}")
        return offline.summary(result.story)

    with OfflineEnricher(s) as offline:
        try:
            report = evaluate_dir(directory, enrich)
        except EvaluationError as exc:
            fail(str(exc))
            raise
    if as_json:
        typer.echo(orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2).decode())
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Extraction scores: {len(report.stories)} stories in {directory}")
    table.add_column("family")
    for column in ("P", "R", "F1"):
        table.add_column(column, justify="right")
    for family in FAMILIES:
        score = report.families[family]
        if not score.predicted and not score.expected:  # e.g. amounts where no story annotates them
            table.add_row(family, "-", "-", "- (nothing to score)")
            continue
        table.add_row(family, f"{score.p:.3f}", f"{score.r:.3f}", f"{score.f1:.3f}")
    micro = report.micro
    table.add_row("[bold]micro[/]", f"{micro.p:.3f}", f"{micro.r:.3f}", f"[bold]{micro.f1:.3f}[/]")
    Console(width=100).print(table)
    geo = report.geo.as_dict()
    if geo["places"]:
        def share(v: float | None) -> str:
            return "-" if v is None else f"{v:.3f}"

        typer.echo(f"geocoding of {geo['places']} annotated places: country {share(geo['country'])}, "
                   f"GeoNames id {share(geo['geonameid'])} (of {geo['with_geonameid']}; "
                   f"{share(geo['geonameid_of_all'])} of all), "
                   f"within 161 km {share(geo['within_161km'])} (of {geo['with_point']})")
    codes = report.codes.as_dict()
    if codes["matched_with_plover"]:
        typer.echo(f"event codes: PLOVER type right on {report.codes.plover_right} of "
                   f"{codes['matched_with_plover']} matched events ({codes['plover_accuracy']:.3f})"
                   + (f"; crowd size right on {report.codes.size_right} of {codes['matched_with_size']}"
                      " matched protests" if codes["matched_with_size"] else ""))
    for name in report.skipped:
        typer.echo(f"skipped {name}: no expected file")
