"""The summary has the expected-file shape, and the dev story scores where it should."""

import json
from collections.abc import Callable

from worker.core.evaluate import FAMILIES, load_expected, published_at, score_story
from worker.core.models.enriched import Facts
from worker.core.summary import summarize
from tests.support.dev_stories import require_dev_story
from tests.unit.conftest import STORIES_DIR

Run = Callable[..., Facts]


def test_summary_has_every_key_of_the_expected_file(facts_of: Run) -> None:
    expected = load_expected(STORIES_DIR / "quake-toll.expected.json")
    body = (STORIES_DIR / "quake-toll.txt").read_text(encoding="utf-8")
    summary = summarize(facts_of(body, published_at(expected)))
    assert set(FAMILIES) | {"published_at"} <= set(summary)
    assert summary["published_at"] == expected["published_at"]
    json.dumps(summary)  # plain JSON all the way down


def test_dev_story_story_and_entity_families_reach_target(facts_of: Run) -> None:
    expected = load_expected(require_dev_story("kyiv-diplomacy.expected.json"))
    body = require_dev_story().read_text(encoding="utf-8")
    scores = score_story(summarize(facts_of(body, published_at(expected))), expected)
    for family in ("dateline", "section_heads", "credit", "persons", "organizations", "places"):
        assert scores[family].f1 >= 0.9, family
    assert scores["quotes"].r >= 0.9


def test_a_title_before_the_name_outranks_a_generic_appositive_head(facts_of: Run) -> None:
    summary = summarize(facts_of(
        "Chief Inspector Rhona Gale, head of the Harbour Crimes Unit, said two men were held."))
    gale = next(p for p in summary["persons"] if p["name"] == "Rhona Gale")
    assert gale["title"] == "Chief Inspector"
    assert gale["affiliation"] == "Harbour Crimes Unit"


def test_magistrates_and_farmers_carry_their_titles(facts_of: Run) -> None:
    summary = summarize(facts_of(
        "The men appeared before Magistrate Helen Ward on Friday. \"The water took everything,\" said "
        "Tomas Ruel, a farmer from the valley."))
    titles = {p["name"]: p.get("title") for p in summary["persons"]}
    assert titles.get("Helen Ward") == "Magistrate" and titles.get("Tomas Ruel") == "farmer"
