"""The ``wire-enrich`` command line: one module per command, imports kept lazy so --help is fast."""

from typing import Annotated

import typer

from worker.cli import diff, enrich, evaluate, produce, run, schemas, topics
from worker.cli import replay

app = typer.Typer(
    name="wire-enrich",
    help="Turn raw news-wire stories into structured, evidence-carrying facts on Kafka.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    """`wire-enrich --version`: what an operator pastes into a bug report."""
    if not value:
        return
    import spacy

    import worker
    from worker.cli.common import settings
    from worker.core.extract.version import EXTRACTOR_VERSION
    from worker.core.nlp import ModelNotFound, model_meta

    s = settings()
    try:
        meta = model_meta(s.model)
        model = f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    except ModelNotFound:
        model = f"{s.model} (not installed)"
    typer.echo(f"wire-enrich {worker.__version__}\nextractor {EXTRACTOR_VERSION}\nmodel {model}\n"
               f"spacy {spacy.__version__}")
    raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version, the extractor version, the model and spaCy's version.")] = False,
) -> None:
    """Turn raw news-wire stories into structured, evidence-carrying facts on Kafka."""


app.command("run")(run.run)
app.command("enrich")(enrich.enrich)
app.command("produce")(produce.produce)
app.command("topics")(topics.topics)
app.command("eval")(evaluate.evaluate)
app.command("schemas")(schemas.schemas)
app.command("replay")(replay.replay)
app.command("diff")(diff.diff)
