"""A real Prometheus server for tests: scrape given targets, evaluate rules, answer queries.

Runs the ``prometheus`` binary of the Debian package on a free loopback port with a generated
configuration and a throw-away TSDB directory, and talks to it over its HTTP API only.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml


class PrometheusQueryError(AssertionError):
    """The server rejected a query (bad syntax, bad types); carries the error the API gave."""

    def __init__(self, expr: str, error_type: str, error: str) -> None:
        super().__init__(f"{error_type}: {error}\n  in: {expr}")
        self.expr = expr
        self.error_type = error_type
        self.error = error


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrometheusServer:
    """``with PrometheusServer(["127.0.0.1:9108"]) as prom: prom.query("up")``."""

    def __init__(
        self,
        targets: Sequence[str],
        *,
        job: str = "wire-enrich",
        scrape_interval: str = "1s",
        rule_files: Sequence[Path] = (),
        binary: str = "prometheus",
        start_timeout_s: float = 30.0,
    ) -> None:
        self.targets = list(targets)
        self.job = job
        self.scrape_interval = scrape_interval
        self.rule_files = [Path(p).resolve() for p in rule_files]
        self.binary = binary
        self.start_timeout_s = start_timeout_s
        self.port = 0
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def config(self) -> dict[str, Any]:
        return {
            "global": {"scrape_interval": self.scrape_interval, "evaluation_interval": self.scrape_interval},
            "rule_files": [str(p) for p in self.rule_files],
            "scrape_configs": [
                {"job_name": self.job, "scrape_timeout": self.scrape_interval, "static_configs": [{"targets": self.targets}]}
            ],
        }

    def start(self) -> None:
        executable = shutil.which(self.binary)
        if executable is None:
            raise AssertionError(
                f"{self.binary} not found; apt-get update && apt-get install -y --no-install-recommends prometheus"
            )
        self._dir = tempfile.TemporaryDirectory(prefix="wire-enrich-prometheus-")
        workdir = Path(self._dir.name)
        config = workdir / "prometheus.yml"
        config.write_text(yaml.safe_dump(self.config()))
        self.port = free_port()
        log = (workdir / "prometheus.log").open("wb")
        self._process = subprocess.Popen(
            [
                executable,
                f"--config.file={config}",
                f"--storage.tsdb.path={workdir / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--log.level=warn",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=workdir,
        )
        log.close()
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise AssertionError(f"prometheus exited with {self._process.returncode}:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/-/ready", timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        self.stop()
        raise AssertionError(f"prometheus not ready after {self.start_timeout_s} s")

    def log(self) -> str:
        if self._dir is None:
            return ""
        path = Path(self._dir.name) / "prometheus.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
            self._process = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def __enter__(self) -> PrometheusServer:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def api(self, path: str, **params: str) -> Any:
        """GET an /api/v1 endpoint; returns ``data`` or raises PrometheusQueryError."""
        query = urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=10) as response:
                body = json.load(response)
        except urllib.error.HTTPError as error:
            body = json.load(error)
        if body.get("status") != "success":
            raise PrometheusQueryError(params.get("query", path), body.get("errorType", "?"), body.get("error", "?"))
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Instant query now; returns the result list (empty when nothing matches)."""
        data = self.api("query", query=expr)
        result = data["result"]
        # a scalar result is [timestamp, value]; wrap it like a one-sample vector
        return [{"metric": {}, "value": result}] if data["resultType"] == "scalar" else list(result)

    def wait_for(self, expr: str, timeout_s: float = 30.0) -> list[dict[str, Any]]:
        """Poll until ``expr`` returns data, e.g. until the first scrape has landed."""
        deadline = time.monotonic() + timeout_s
        while True:
            result = self.query(expr)
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"no data for {expr} after {timeout_s} s")
            time.sleep(0.2)

    def rules(self) -> list[dict[str, Any]]:
        """Every loaded rule with its health and last error."""
        return [rule for group in self.api("rules")["groups"] for rule in group["rules"]]
