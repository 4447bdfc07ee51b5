"""`python -m worker.local_kafka --nodes 1`: a real local Kafka until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time
from pathlib import Path

from worker.local_kafka.cluster import LocalKafka


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a real local Kafka until Ctrl-C.")
    parser.add_argument("--nodes", type=int, default=1, help="1, or 3 for a KRaft cluster")
    parser.add_argument("--data-dir", type=Path, help="keep the data here (default: temp)")
    parser.add_argument("--topics", default="", help="comma-separated topics to create")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("kafka").setLevel(logging.WARNING)  # the client's INFO is connection noise
    # Ctrl-C even when started in the background (where SIGINT arrives ignored); SIGTERM from a
    # supervisor stops the brokers cleanly too.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with LocalKafka(args.nodes, data_dir=args.data_dir) as kafka:
        kafka.create_topics(t for t in args.topics.split(",") if t)
        print(kafka.bootstrap_servers, flush=True)
        try:
            while all(n.alive for n in kafka.nodes):
                time.sleep(1)
        except KeyboardInterrupt:
            return 0
        dead = next(n for n in kafka.nodes if not n.alive)
        print(f"node {dead.node_id} exited:\n{dead.log_tail()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
