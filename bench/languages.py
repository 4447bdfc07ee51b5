"""`python -m bench.languages`: how often the worker reads a story's language right, and how fast.

Reads the detection corpus (tests/data/languages/<code>.jsonl: one invented wire story a line, in
the language its file is named after) through the worker's own reading, ``read_language``, with
nothing declared, and prints accuracy per language and overall, each miss, and the time one
reading takes (median and 95th percentile over every story, repeated).

    python -m bench.languages                      # the default expected languages
    python -m bench.languages --expected ''        # every language the detector knows
    python -m bench.languages --expected en,fr     # an English and French desk
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from worker.core.language import EXPECTED, read_language, warm

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "languages"


@dataclass(frozen=True)
class Story:
    id: str
    language: str  # the language it is written in: its file's name
    headline: str
    body: str


@dataclass(frozen=True)
class Reading:
    story: Story
    found: str
    confidence: float

    @property
    def right(self) -> bool:
        return self.found == self.story.language


def load(corpus: Path = CORPUS) -> list[Story]:
    """Every story of the corpus, its language taken from its file's name."""
    stories = []
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                stories.append(Story(item["id"], path.stem, item.get("headline", ""), item["body"]))
    return stories


def read_all(stories: Sequence[Story], expected: Sequence[str] = EXPECTED) -> list[Reading]:
    """The worker's reading of each story's body, as a story with no declared language gets it."""
    out = []
    for story in stories:
        reading = read_language(story.body, None, default="en", expected=expected)
        out.append(Reading(story, reading.language, reading.confidence))
    return out


def accuracy(readings: Sequence[Reading]) -> dict[str, float]:
    """Share of stories read right, per language and ``overall``."""
    by: dict[str, list[bool]] = {}
    for r in readings:
        by.setdefault(r.story.language, []).append(r.right)
    out = {language: sum(hits) / len(hits) for language, hits in sorted(by.items())}
    out["overall"] = sum(r.right for r in readings) / len(readings) if readings else 0.0
    return out


def timings_ms(stories: Sequence[Story], expected: Sequence[str], repeat: int) -> list[float]:
    """Milliseconds of each reading, every story ``repeat`` times."""
    out = []
    for _ in range(repeat):
        for story in stories:
            started = time.perf_counter()
            read_language(story.body, None, expected=expected)
            out.append((time.perf_counter() - started) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.languages", description=__doc__.splitlines()[0])
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--expected", default=",".join(EXPECTED),
                   help="comma-separated ISO 639-1 codes the reading is settled among ('' for all)")
    p.add_argument("--repeat", type=int, default=20, help="repetitions of the timing run (default 20)")
    args = p.parse_args(argv)
    expected = [c.strip() for c in args.expected.split(",") if c.strip()]
    started = time.perf_counter()
    warm()
    print(f"detector loaded in {time.perf_counter() - started:.2f} s; expected: {expected or 'every language'}")
    stories = load(args.corpus)
    readings = read_all(stories, expected)
    for r in readings:
        if not r.right:
            print(f"  miss {r.story.id}: read {r.found} ({r.confidence}) : {r.story.body[:60]!r}")
    for language, share in accuracy(readings).items():
        n = len(readings) if language == "overall" else sum(r.story.language == language for r in readings)
        print(f"{language:>8}  {share:.3f}  ({round(share * n)}/{n})")
    ms = sorted(timings_ms(stories, expected, args.repeat))
    print(f"per story: median {statistics.median(ms):.3f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.3f} ms "
          f"({len(ms)} readings)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
