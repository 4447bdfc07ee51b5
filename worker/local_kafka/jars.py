"""The broker's jars, fetched once from Maven Central and cached in deploy/kafka/lib."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import subprocess
from pathlib import Path

from worker.local_kafka.node import DEFAULT_KAFKA_DIR, LOG_TAIL_LINES, LocalKafkaError

log = logging.getLogger(__name__)


def ensure_jars(kafka_dir: Path = DEFAULT_KAFKA_DIR, maven_repo: Path | None = None,
                mvn: str = "mvn") -> Path:
    """Return `kafka_dir/lib`, running `mvn` to fill it only when the pom changed since then.

    A marker file keyed by the pom's hash lets every later start skip Maven and the network.
    `maven_repo` overrides Maven's local repository (default ~/.m2/repository).
    """
    pom = kafka_dir / "pom.xml"
    if not pom.is_file():
        raise LocalKafkaError(f"no pom.xml in {kafka_dir}")
    lib = kafka_dir / "lib"
    marker = lib / f".fetched-{hashlib.sha256(pom.read_bytes()).hexdigest()[:16]}"

    def fetched() -> bool:
        return marker.exists() and any(lib.glob("kafka_2.13-*.jar"))

    if fetched():
        return lib
    work = kafka_dir / "target"  # gitignored; holds the lock and the half-filled lib
    work.mkdir(exist_ok=True)
    with open(work / "fetch.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel test runs must not fetch into one folder
        if fetched():
            return lib
        if shutil.which(mvn) is None:
            raise LocalKafkaError(f"`{mvn}` not found; install Maven to fetch the broker")
        staging = work / f"lib-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        cmd = [mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(pom),
               "dependency:copy-dependencies", "-DincludeScope=runtime",
               f"-DoutputDirectory={staging}"]
        if maven_repo is not None:
            cmd.append(f"-Dmaven.repo.local={maven_repo}")
        log.info("fetching Kafka jars with Maven (first run only): %s", " ".join(cmd))
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).splitlines()[-LOG_TAIL_LINES:])
            raise LocalKafkaError(f"mvn failed ({done.returncode}):\n{tail}")
        (staging / marker.name).touch()
        shutil.rmtree(lib, ignore_errors=True)
        staging.rename(lib)  # swapped in whole: a crash never leaves a half-filled lib/
    return lib
