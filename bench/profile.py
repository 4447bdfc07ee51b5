"""Where the time goes in one process: each spaCy component, each extractor, record building.

    python -m bench.profile [--stories 60] [--pyinstrument]

Component and extractor times are measured directly (sampling profilers attribute spaCy's Cython
code poorly); `--pyinstrument` adds a call-tree profile of the extraction when pyinstrument is
installed. Writes bench/results/profile.md.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from bench import corpus
from bench.__main__ import DEFAULT_MODEL, RESULTS, machine
from worker.core import extract as extractors
from worker.core.decode import decode
from worker.core.events import build_records
from worker.core.models import RawStory
from worker.core.nlp import load

_EXTRACTORS = ("story_extract", "entities_extract", "timex_extract", "casualties_extract", "quotes_extract",
               "events_extract")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.profile")
    p.add_argument("--stories", type=int, default=60)
    p.add_argument("--words", type=int, default=500)
    p.add_argument("--model", default=DEFAULT_MODEL)
    p.add_argument("--pyinstrument", action="store_true")
    p.add_argument("--blas", choices=["openblas", "blis"], default="openblas", help="as WIRE_BLAS (default openblas)")
    p.add_argument("--out", type=Path, default=RESULTS / "profile.md")
    args = p.parse_args(argv)

    nlp = load(args.model, blas=args.blas)
    stories = corpus.build(nlp, args.stories, words=args.words, seed=11)
    times: Counter[str] = Counter()

    started = time.perf_counter()
    raws = [decode(s.text.encode(), key=s.key.encode()) for s in stories]
    times["decode"] = time.perf_counter() - started
    stories_ok = [r for r in raws if isinstance(r, RawStory)]

    started = time.perf_counter()
    docs = [nlp.make_doc(r.body) for r in stories_ok]
    times["spaCy tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=32)) if hasattr(component, "pipe") else [component(d) for d in docs]
        times[f"spaCy {name}"] = time.perf_counter() - started

    # Wrap each extractor to time it inside the real `extract_all` order.
    originals = {name: getattr(extractors, name).extract for name in _EXTRACTORS}

    def timed(name: str):  # type: ignore[no-untyped-def]
        def run(*a, **k):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                return originals[name](*a, **k)
            finally:
                times[f"extract {name.removesuffix('_extract')}"] += time.perf_counter() - t
        return run

    for name in _EXTRACTORS:
        getattr(extractors, name).extract = timed(name)
    from worker.core.pipeline import Pipeline
    from bench.offline import TOPICS

    pipeline = Pipeline(nlp, topics=TOPICS, source="urn:bench")
    enriched = []
    try:
        for doc, raw in zip(docs, stories_ok):
            enriched.append(pipeline.enrich_doc(doc, raw))
    finally:
        for name in _EXTRACTORS:
            getattr(extractors, name).extract = originals[name]
    started = time.perf_counter()
    for story in enriched:
        build_records(story, TOPICS, "urn:bench")
    times["build records"] = time.perf_counter() - started

    total = sum(times.values())
    words = sum(s.words for s in stories)
    lines = [f"# Profile, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", "",
             f"Machine: {machine()}. {len(stories)} stories, {words} words, one process, matrix library {args.blas}.", "",
             "| stage | ms per story | share |", "|---|---:|---:|"]
    for stage, seconds in times.most_common():
        lines.append(f"| {stage} | {1000 * seconds / len(stories):.1f} | {100 * seconds / total:.0f}% |")
    lines.append(f"| total | {1000 * total / len(stories):.1f} | 100% |")
    if args.pyinstrument:
        lines += ["", "```", _pyinstrument(docs, stories_ok), "```"]
    text = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)
    return 0


def _pyinstrument(docs: list, raws: list[RawStory]) -> str:  # type: ignore[type-arg]
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    for doc, raw in zip(docs, raws):
        extractors.extract_all(doc, raw)
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    return text.replace(str(corpus.REPO_ROOT) + "/", "")  # results are committed: no machine paths


if __name__ == "__main__":
    raise SystemExit(main())
