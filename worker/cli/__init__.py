"""The ``wire-enrich`` command line: one module per command, imports kept lazy so --help is fast."""

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
app.command("run")(run.run)
app.command("enrich")(enrich.enrich)
app.command("produce")(produce.produce)
app.command("topics")(topics.topics)
app.command("eval")(evaluate.evaluate)
app.command("schemas")(schemas.schemas)
app.command("replay")(replay.replay)
app.command("diff")(diff.diff)
