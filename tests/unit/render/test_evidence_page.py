"""The evidence page's pure parts: segments cover the body exactly and story text stays text."""

from datetime import datetime, timezone

from worker.core.models.base import Evidence
from worker.core.models.enriched import EnrichedStory, Facts
from worker.core.models.entities import Entity
from worker.core.models.quotes import Quote
from worker.core.models.story import StoryFacts
from worker.render.evidence_page import render_evidence_page
from worker.render.spans import collect_facts, segments

BODY = 'Mayor Ines Walcott said "the <b>bridge</b> & road stay shut" on Monday.'


def _ev(text: str) -> Evidence:
    start = BODY.index(text)
    return Evidence(text=text, start=start, end=start + len(text), sentence_start=0, sentence_end=len(BODY))


def _story() -> EnrichedStory:
    person = Entity(entity_id="person-ines-walcott", label="PERSON", name="Ines Walcott", mentions=[_ev("Ines Walcott")])
    quote = Quote(text="the <b>bridge</b> & road stay shut", kind="direct", speaker="Ines Walcott",
                  evidence=_ev('"the <b>bridge</b> & road stay shut"'))
    meta = StoryFacts(story_id="s1", version=1, headline="Bridge <shut>",
                      published_at=datetime(2026, 3, 2, tzinfo=timezone.utc), word_count=13)
    return EnrichedStory(event_id="e", story_id="s1", version=1, extractor_version="wire.extract.test",
                         model="m", body=BODY, facts=Facts(story=meta, entities=[person], quotes=[quote]))


def test_segments_rebuild_the_body_exactly_and_list_every_covering_fact() -> None:
    facts = collect_facts(_story())
    segs = segments(BODY, facts)
    assert "".join(s.text for s in segs) == BODY
    name = next(s for s in segs if s.text == "Ines Walcott")
    assert name.fact_ids == ("f1",)
    inner = next(s for s in segs if "bridge" in s.text)
    assert inner.fact_ids == ("f2",) and inner.families == ("quote",)


def test_each_fact_is_anchored_once_at_its_first_segment() -> None:
    segs = segments(BODY, collect_facts(_story()))
    anchors = [a for s in segs for a in s.anchors]
    assert sorted(anchors) == ["f1", "f2"]


def test_story_text_is_escaped_so_it_can_never_become_markup() -> None:
    page = render_evidence_page(_story())
    assert "<b>bridge</b>" not in page
    assert "&lt;b&gt;bridge&lt;/b&gt; &amp; road" in page
    assert "Bridge &lt;shut&gt;" in page


def test_the_page_forbids_every_network_request_by_policy() -> None:
    page = render_evidence_page(_story())
    assert "default-src 'none'" in page
    assert "http://" not in page and "https://" not in page
