"""Small helpers shared by the commands: settings, logging, clean errors."""

import logging
from datetime import datetime, timezone

import typer
from pydantic import ValidationError
from rich.console import Console

from worker.config import Settings
from worker.runtime.log_limits import RepeatLimiter, install

console = Console(stderr=True)


def settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        fail(f"invalid settings: {exc}")
        raise  # unreachable; fail() exits


def setup_logging(level: str, repeat_window_s: float, log_format: str = "text") -> RepeatLimiter:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_format == "json":
        from worker.runtime.log_format import JsonFormatter

        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonFormatter())
    # Client libraries narrate every connection at INFO; keep their warnings, drop the chatter.
    for noisy in ("kafka", "aiokafka"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
    # During an outage they also repeat the same warning every few tens of ms.
    return install(repeat_window_s)


def fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def parse_time(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail(f"{option} must be an ISO 8601 time such as 2025-08-29T16:00:00Z, not {value!r}")
        raise
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
