"""Over every story we have: no casualty count twice, and no age taken for a count.

The dev story lives beside the repository; the project's CI requires it (a missing one fails
there), elsewhere its test is skipped with the reason said and the repository's stories still run.
"""

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from spacy.language import Language

from tests.support.dev_stories import dev_dir, require_dev_story
from worker.core.extract import extract_all
from worker.core.models import RawStory

REPO_ROOT = Path(__file__).resolve().parents[4]
DEV_DIR = dev_dir()
STORY_DIRS = [REPO_ROOT / "tests" / "data" / "stories", DEV_DIR]
_AGE = re.compile(r"^[- ]?(?:year|month|week)s?[- ]old")


def _stories() -> list[Path]:
    found: list[Path] = []
    for directory in STORY_DIRS:
        found += sorted(p for p in directory.glob("*.txt") if p.with_name(p.stem + ".expected.json").exists())
    return found


def test_dev_story_is_present() -> None:
    assert require_dev_story("kyiv-diplomacy.expected.json").is_file()


@pytest.mark.parametrize("path", _stories(), ids=lambda p: p.stem)
def test_no_double_counted_casualties_and_no_ages_as_counts(nlp: Language, path: Path) -> None:
    body = path.read_text(encoding="utf-8")
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    published = datetime.fromisoformat(expected["published_at"].replace("Z", "+00:00"))
    raw = RawStory(story_id=path.stem, body=body, published_at=published, source_format="text")
    facts = extract_all(nlp(body), raw)
    keys = [(c.category, c.count) for c in facts.casualties]
    assert len(keys) == len(set(keys)), f"a count appears twice: {keys}"
    for fact in facts.casualties:
        # The count's own words must not be an age: 'a 2-year-old girl', 'Albrecht, 58, said'.
        at = body.find(fact.phrase, fact.evidence.start) if fact.phrase else -1
        if at < 0:
            continue
        before, after = body[max(0, at - 20):at], body[at + len(fact.phrase):at + len(fact.phrase) + 12]
        assert not _AGE.match(after), f"age read as a count: {fact.evidence.text!r}"
        assert not (re.search(r"[A-Z][a-z]+, $", before) and after.startswith(",")), \
            f"age read as a count: {fact.evidence.text!r}"
