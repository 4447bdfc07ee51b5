"""(d) The per-message faust agent most first versions look like, as the comparison point.

One record at a time: `nlp(text)` right on the event loop, the same extraction as the worker,
then every output sent and its broker ack awaited before the next record. The model is loaded as
spaCy ships it (`spacy.load`), plus the worker's paragraph-break component so the outputs are the
worker's own; the worker's faster attribute rules (`worker.core.attribute_index`) are one of the
things this baseline does not have. Same topics, same outputs, so only the way of running differs.
Reads the worker's WIRE_ settings.

    python -m bench.naive_agent
"""

from __future__ import annotations

import faust
import spacy

from worker.config import Settings
from worker.core.decode import decode
from worker.core.events import build_records
from worker.core.models import Rejection
from worker.core.nlp import PARAGRAPH_BREAKS
from worker.core.pipeline import Pipeline


def build(settings: Settings) -> faust.App:
    s = settings
    nlp = spacy.load(s.model)
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    topics = s.topics()
    pipeline = Pipeline(nlp, topics=topics, source=s.source)
    app = faust.App(f"{s.app_id}", broker=[f"kafka://{b}" for b in s.bootstrap_servers.split(",")],
                    value_serializer="raw", key_serializer="raw", topic_allow_declare=False,
                    topic_disable_leader=True, producer_acks=-1, consumer_auto_offset_reset="earliest",
                    web_enabled=False, store="memory://", datadir=str(s.data_dir / "faust"), autodiscover=False)
    raw = app.topic(s.raw_topic, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    out = {name: app.topic(name, key_serializer="raw", value_serializer="raw") for name in s.topic_names()}

    @app.agent(raw)
    async def enrich(stream: faust.StreamT) -> None:
        async for event in stream.events():
            story = decode(event.message.value, key=event.message.key)
            if isinstance(story, Rejection):
                await (await out[s.dead_letter_topic].send(key=event.message.key, value=event.message.value))
                continue
            enriched = pipeline.enrich_doc(nlp(story.body), story)
            for record in build_records(enriched, topics, s.source):
                await (await out[record.topic].send(key=record.key, value=record.value,
                                                    headers=record.headers))

    return app


def main() -> None:
    settings = Settings()
    (settings.data_dir / "faust").mkdir(parents=True, exist_ok=True)
    app = build(settings)
    faust.Worker(app, loglevel=settings.log_level.lower(), quiet=True).execute_from_commandline()


if __name__ == "__main__":
    main()
