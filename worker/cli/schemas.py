"""`wire-enrich schemas`: write or check the JSON Schema files in schemas/."""

from pathlib import Path
from typing import Annotated

import typer

from worker.cli.common import fail


def schemas(
    directory: Annotated[Path, typer.Option("--dir", help="Where the schema files live.")] = Path("schemas"),
    check: Annotated[bool, typer.Option("--check", help="Only report drift; exit 1 if any.")] = False,
) -> None:
    """Regenerate schemas/ from the models, refusing changes that break existing consumers."""
    import json

    from worker.contracts import compatible, drift, generate, render

    if check:
        changed = drift(directory)
        for name in changed:
            typer.echo(f"drift: {name}")
        raise typer.Exit(1 if changed else 0)
    directory.mkdir(parents=True, exist_ok=True)
    for name, schema in generate().items():
        path = directory / name
        if path.exists():
            old = json.loads(path.read_text())
            if not compatible(old, schema):
                fail(f"{name}: the change breaks compatibility; publish a new type version (…v2) instead")
        path.write_text(render(schema))
        typer.echo(f"wrote {path}")
