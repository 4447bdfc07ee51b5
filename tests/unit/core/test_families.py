"""One table of fact families: topics, record kinds, metric labels and test topics all follow it."""

from datetime import datetime, timezone

import pytest

from tests.support.worker_process import WorkerTopics
from worker.config import Settings, env_name, topic_settings
from worker.core.events import build_records, stable_id
from worker.core.families import DEAD_LETTER, ENRICHED, FAMILIES, FAMILY_NAMES, GKG, GKG_TYPE, OFF_BY_DEFAULT, \
    RECORD_KINDS, REVISIONS, STORY, TOPIC_KINDS, Topics, family
from worker.core.models import Evidence
from worker.core.models.amounts import Amount
from worker.core.models.casualties import Casualty
from worker.core.models.enriched import EnrichedStory, Facts
from worker.core.models.entities import Entity
from worker.core.models.events import EventMention
from worker.core.models.quotes import Quote
from worker.core.models.story import StoryFacts
from worker.runtime.metrics import PUBLISHED_KINDS
from worker.runtime.metrics import TOPIC_KINDS as METRIC_TOPIC_KINDS

BODY = ("OSLO — Three fishermen were rescued on Tuesday, the coast guard said. \"All are safe,\" Kari Holm said. "
        "The boat was worth $2 million.")


def _evidence(text: str) -> Evidence:
    start = BODY.index(text)
    return Evidence(text=text, start=start, end=start + len(text), sentence_start=0, sentence_end=len(BODY))


def _story() -> EnrichedStory:
    facts = Facts(
        story=StoryFacts(story_id="s-9", version=2, published_at=datetime(2025, 3, 4, tzinfo=timezone.utc),
                         word_count=17),
        entities=[Entity(entity_id="person:kari holm", label="PERSON", name="Kari Holm",
                         mentions=[_evidence("Kari Holm")])],
        quotes=[Quote(text="All are safe,", kind="direct", speaker="Kari Holm", cue="say", evidence=_evidence("\"All are safe,\""))],
        casualties=[Casualty(category="rescued", count=3, phrase="Three", evidence=_evidence("Three fishermen"))],
        events=[EventMention(type="disaster", trigger="rescued", evidence=_evidence("rescued"))],
        amounts=[Amount(kind="money", value=2e6, unit="USD", text="$2 million", evidence=_evidence("$2 million"))],
    )
    return EnrichedStory(event_id=stable_id("s-9", "2"), story_id="s-9", version=2, extractor_version="x.v1",
                         model="en_test@1", body=BODY, facts=facts)


def test_every_family_publishes_on_its_own_topic_with_its_own_type_and_kind() -> None:
    topics = Topics.named(lambda kind: f"t.{kind}")
    records = build_records(_story(), topics, "urn:test")
    by_kind = {r.kind: r for r in records}
    assert set(by_kind) == {STORY, *FAMILY_NAMES}
    for row in FAMILIES:
        record = by_kind[row.name]
        assert record.topic == f"t.{row.topic}"
        assert dict(record.headers)["ce_type"] == row.ce_type.encode()
        row.envelope.model_validate_json(record.value)  # the value is the family's envelope


def test_names_are_distinct_and_the_cloudevents_types_carry_a_version() -> None:
    assert len(set(FAMILY_NAMES)) == len(FAMILIES) == len({f.topic for f in FAMILIES})
    assert not {STORY, DEAD_LETTER} & set(FAMILY_NAMES)
    for row in FAMILIES:
        assert row.ce_type.rsplit(".", 1)[-1].startswith("v"), row.ce_type
        assert family(row.name) is family(row.topic) is row
    with pytest.raises(KeyError):
        family("weather")


def test_every_family_has_a_documented_topic_setting_and_settings_name_every_topic() -> None:
    s = Settings()
    for row in FAMILIES:
        field = Settings.model_fields[row.setting]
        assert field.description and isinstance(field.default, str)
    on = [k for k in TOPIC_KINDS if k not in OFF_BY_DEFAULT]
    assert list(s.topics().by_kind()) == on
    assert s.topic_names() == [s.raw_topic, *(getattr(s, topic_settings()[k]) for k in on)]
    assert len(set(s.topic_names())) == len(s.topic_names()), "two topics share a default name"


def test_a_topic_set_without_one_family_is_refused() -> None:
    named = Topics.named()
    with pytest.raises(ValueError, match=FAMILIES[-1].topic):
        Topics(enriched="e", dead_letter="d", facts={k: v for k, v in named.facts.items()
                                                      if k != FAMILIES[-1].topic})


def test_metric_labels_and_record_kinds_follow_the_table() -> None:
    assert PUBLISHED_KINDS == (STORY, *FAMILY_NAMES, GKG)
    assert METRIC_TOPIC_KINDS == (ENRICHED, *(f.topic for f in FAMILIES), REVISIONS, GKG, DEAD_LETTER)
    assert RECORD_KINDS == (STORY, *FAMILY_NAMES, GKG, DEAD_LETTER)


def test_the_tests_topic_environment_selects_every_output_of_the_table() -> None:
    topics = WorkerTopics("p", optional=tuple(OFF_BY_DEFAULT))
    env = topics.env("127.0.0.1:1")
    for kind, field in topic_settings().items():
        assert env[env_name(field)] == (topics.raw if kind == "raw" else topics.names[kind])
    assert set(topics.outputs()) == {f"p.{kind}" for kind in TOPIC_KINDS}
    assert env_name("gkg_topic") not in WorkerTopics("q").env("127.0.0.1:1")  # off unless asked for


def test_the_gkg_row_is_published_only_when_its_topic_is_named() -> None:
    assert GKG not in {r.kind for r in build_records(_story(), Topics.named(), "urn:test")}
    assert Settings().topics().gkg is None
    topics = Topics.named(lambda kind: f"t.{kind}")
    on = Topics(enriched=topics.enriched, dead_letter=topics.dead_letter, facts=topics.facts, gkg="t.gkg")
    (row,) = [r for r in build_records(_story(), on, "urn:test") if r.kind == GKG]
    headers = dict(row.headers)
    assert (row.topic, row.key) == ("t.gkg", b"s-9")
    assert headers["ce_type"] == GKG_TYPE.encode() and headers["ce_subject"] == b"s-9"
    assert headers["content-type"] == b"text/tab-separated-values"
    assert len(row.value.decode().split("\t")) == 27
