"""The worker serves the evidence pages of its last stories on the metrics port, read in a real
headless Chromium: a real broker, a real worker process, the pages of what it published.

Also pinned: the list keeps only the last WIRE_STORY_PAGES stories, newest first; a story id
with characters that mean something in a URL or in HTML is linked and shown safely; the pages
load nothing from anywhere. (Without the setting the routes do not exist: tests/unit/runtime/test_health.py.)
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.worker_process import WorkerProcess, WorkerTopics, produce, read_all
from worker.core.models.enriched import EnrichedStory
from worker.local_kafka import LocalKafka
from worker.render.spans import collect_facts

pytestmark = [pytest.mark.ops, pytest.mark.integration]

STORIES = Path(__file__).resolve().parents[1] / "data" / "stories"
LIMIT = 3
ODD_ID = "desk/7 & <b>flash</b>?v=1#top"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WorkerProcess, list[EnrichedStory]]]:
    files = sorted(STORIES.glob("*.txt"))[:LIMIT + 1]
    with LocalKafka(nodes=1) as kafka:
        topics = WorkerTopics(f"pages.{uuid.uuid4().hex[:8]}")
        kafka.create_topics([topics.raw, *topics.outputs()], partitions=1)
        env = {**topics.env(kafka.bootstrap_servers), "WIRE_STORY_PAGES": str(LIMIT)}
        worker = WorkerProcess(env, tmp_path_factory.mktemp("pages") / "worker.log").start()
        try:
            records = [(f"story-{p.stem}".encode(), p.read_bytes()) for p in files[:-1]]
            last = json.dumps({"id": ODD_ID, "headline": "A story with an awkward id",
                               "body": files[-1].read_text(encoding="utf-8")}).encode()
            produce(kafka.bootstrap_servers, topics.raw, [*records, (ODD_ID.encode(), last)])
            out = read_all(kafka.bootstrap_servers, [topics.names["enriched"]], timeout=120, worker=worker,
                           until=lambda rs: len(rs) >= len(files))
            yield worker, [EnrichedStory.model_validate_json(r.value) for r in out]
        finally:
            worker.terminate()


def _base(worker: WorkerProcess) -> str:
    return f"http://127.0.0.1:{worker.metrics_port}"


def test_the_list_shows_the_last_stories_published_newest_first_and_links_each_page(
        served: tuple[WorkerProcess, list[EnrichedStory]], browser: Any) -> None:
    worker, stories = served
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    response = page.goto(f"{_base(worker)}/stories")
    assert response.status == 200 and "default-src 'none'" in response.headers["content-security-policy"]
    ids = page.eval_on_selector_all("li .meta", "els => els.map(e => e.textContent.split(' · ')[0])")
    assert ids == [s.story_id for s in reversed(stories)][:LIMIT]  # the oldest one fell off the list
    page.get_by_text("A story with an awkward id").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "A story with an awkward id"
    assert all(url.startswith(_base(worker)) for url in requests)  # nothing loaded from elsewhere


def test_a_story_page_marks_every_fact_with_exactly_its_evidence(
        served: tuple[WorkerProcess, list[EnrichedStory]], browser: Any) -> None:
    worker, stories = served
    story = stories[-2]
    page = browser.new_context().new_page()
    assert page.goto(f"{_base(worker)}/stories/{story.story_id}").status == 200
    facts = collect_facts(story)
    assert len(facts) >= 5
    for fact in facts:
        text = page.eval_on_selector_all(f'#story a.m[data-f~="{fact.fact_id}"]',
                                         "els => els.map(e => e.textContent).join('')")
        assert text == "".join(story.body[s.start:s.end] for s in fact.spans), fact.title


def test_a_story_not_among_the_last_ones_is_not_found(served: tuple[WorkerProcess, list[EnrichedStory]]) -> None:
    worker, stories = served
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{_base(worker)}/stories/{stories[0].story_id}", timeout=10)
    assert err.value.code == 404
