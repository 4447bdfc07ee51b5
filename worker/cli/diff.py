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
    from worker.core.events import build_records
    from worker.core.revisions.records import compare

    when = parse_time(published_at, "--published-at")
    for path in (old, new):
        if not path.is_file():
            fail(f"{path}: no such file")
    s = settings()
    offline = OfflineEnricher(s.model, s.blas, max_bytes=s.max_record_bytes, max_words=s.max_words)
    versions = []
    for path in (old, new):
        # Both files are read as the same story (the id of NEW), as the worker keys them.
        story = offline.enrich_bytes(path.read_bytes(), published_at=when, name=new.name)
        if isinstance(story, str):
            fail(f"{path}: rejected: {story}", code=1)
        versions.append((story, build_records(story, offline.pipeline.topics, offline.pipeline.source)))
    if versions[1][0].version <= versions[0][0].version:
        typer.echo(f"note: the worker publishes revisions only when NEW's version is higher "
                   f"({versions[0][0].version} -> {versions[1][0].version}); shown anyway", err=True)
    for record in compare(versions[0], versions[1], topic=s.revisions_topic, source=offline.pipeline.source):
        typer.echo(orjson.dumps(orjson.loads(record.value)).decode())
