"""`wire-enrich diff OLD NEW`: the revision records the worker would publish for NEW after OLD."""

from pathlib import Path
from typing import Annotated

import orjson
import typer

from worker.cli.common import fail, parse_time, settings


def diff(
    old: Annotated[Path, typer.Argument(help="The earlier version of the story (any input format).")],
    new: Annotated[Path, typer.Argument(help="The later version of the same story.")],
    published_at: Annotated[str | None, typer.Option(help="Publication time (ISO 8601) for inputs without one.")] = None,
) -> None:
    """Print, as JSON lines, the revisions from OLD to NEW (added, removed, changed facts)."""
    from worker.cli.enrich import OfflineEnricher
    from worker.core.revisions.records import compare

    when = parse_time(published_at, "--published-at")
    for path in (old, new):
        if not path.is_file():
            fail(f"{path}: no such file")
    s = settings()
    with OfflineEnricher(s) as offline:
        # Both files are read as the same story (the id of NEW), as the worker keys them.
        results = offline.enrich_files([old, new], published_at=when, names=[new.name, new.name])
    versions = []
    for path, result in zip((old, new), results):
        if result.story is None:
            fail(f"{path}: rejected: {offline.reason(result)}", code=1)
        versions.append((result.story, result.records))
    if versions[1][0].version <= versions[0][0].version:
        typer.echo(f"note: the worker publishes revisions only when NEW's version is higher "
                   f"({versions[0][0].version} -> {versions[1][0].version}); shown anyway", err=True)
    for record in compare(versions[0], versions[1], topic=s.revisions_topic, source=s.source):
        typer.echo(orjson.dumps(orjson.loads(record.value)).decode())
