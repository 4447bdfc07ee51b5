"""The repeat limiter: the first line of a kind passes, repeats within the window are counted and
summed up in one line when the window ends; our own loggers are never touched. A fake clock drives
every window, so nothing sleeps."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator

import pytest

from worker.runtime.log_limits import RepeatLimiter

CONNECT = "Unable connect to node with id %s: %s"
METADATA = "Unable to update metadata from %s"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.emitted = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.emitted.set()

    def lines(self) -> list[str]:
        return [r.getMessage() for r in self.records]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def limiter(clock: Clock) -> RepeatLimiter:
    return RepeatLimiter(30.0, clock=clock)


@pytest.fixture
def out(limiter: RepeatLimiter) -> Iterator[Capture]:
    """A handler on the root logger with the limiter on it, as the worker installs it."""
    root = logging.getLogger()
    handler = Capture()
    handler.addFilter(limiter)
    level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def test_first_line_passes_and_repeats_within_the_window_are_suppressed(clock: Clock, out: Capture) -> None:
    client = logging.getLogger("aiokafka.client")
    client.error(CONNECT, 1, "[Errno 111] Connect call failed")
    for i in range(500):
        clock.now += 0.05  # every 50 ms, as during an outage: 25 s in all
        client.error(CONNECT, 1, f"[Errno 111] Connect call failed (attempt {i})")
    assert out.lines() == ["Unable connect to node with id 1: [Errno 111] Connect call failed"]


def test_the_summary_line_comes_when_the_window_ends_with_the_count(clock: Clock, limiter: RepeatLimiter,
                                                                    out: Capture) -> None:
    client = logging.getLogger("aiokafka.client")
    client.error(CONNECT, 1, "refused")
    for _ in range(412):
        clock.now += 0.05
        client.error(CONNECT, 1, "refused again")
    limiter.flush()
    assert len(out.records) == 1, "the window has not ended yet: no summary"
    clock.now = 1000.0 + 30.0
    limiter.flush()
    assert out.lines()[1:] == [
        "Unable connect to node with id 1: refused again (412 similar lines suppressed in the last 30 s)"]
    summary = out.records[1]
    assert (summary.name, summary.levelno) == ("aiokafka.client", logging.ERROR)
    limiter.flush()
    assert len(out.records) == 2, "a window is summed up once"
    # The next occurrence opens a new window: it passes, as the first line of its window.
    client.error(CONNECT, 1, "still refused")
    assert out.lines()[2] == "Unable connect to node with id 1: still refused"


def test_a_late_repeat_brings_the_summary_first_without_a_flush(clock: Clock, out: Capture) -> None:
    client = logging.getLogger("aiokafka.client")
    client.error(CONNECT, 1, "a")
    clock.now += 1
    client.error(CONNECT, 1, "b")
    clock.now += 40
    client.error(CONNECT, 1, "c")
    assert out.lines() == ["Unable connect to node with id 1: a",
                           "Unable connect to node with id 1: b (1 similar line suppressed in the last 30 s)",
                           "Unable connect to node with id 1: c"]


def test_a_window_without_repeats_ends_silently(clock: Clock, limiter: RepeatLimiter, out: Capture) -> None:
    logging.getLogger("kafka.conn").warning("Connect attempt to %s returned error %s", "node", 111)
    clock.now += 31
    limiter.flush()
    assert len(out.records) == 1


def test_templates_and_loggers_are_independent(clock: Clock, limiter: RepeatLimiter, out: Capture) -> None:
    client = logging.getLogger("aiokafka.client")
    coordinator = logging.getLogger("aiokafka.consumer.group_coordinator")
    for _ in range(3):
        client.error(CONNECT, 1, "refused")
        client.error(METADATA, [1])
        coordinator.error(METADATA, [1])  # same template, other logger: its own kind
        clock.now += 1
    assert out.lines() == ["Unable connect to node with id 1: refused", "Unable to update metadata from [1]",
                           "Unable to update metadata from [1]"]
    clock.now += 30
    limiter.flush()
    assert sorted(out.lines()[3:]) == sorted([
        "Unable connect to node with id 1: refused (2 similar lines suppressed in the last 30 s)",
        "Unable to update metadata from [1] (2 similar lines suppressed in the last 30 s)",
        "Unable to update metadata from [1] (2 similar lines suppressed in the last 30 s)"])


def test_a_new_problem_shows_its_first_line_during_a_flood(clock: Clock, out: Capture) -> None:
    client = logging.getLogger("aiokafka.client")
    for _ in range(100):
        client.error(CONNECT, 1, "refused")
        clock.now += 0.01
    logging.getLogger("aiokafka.conn").error("Unexpected exception in AIOKafkaConnection")
    assert out.lines() == ["Unable connect to node with id 1: refused", "Unexpected exception in AIOKafkaConnection"]


def test_our_own_loggers_and_client_lines_below_warning_are_untouched(clock: Clock, limiter: RepeatLimiter,
                                                                       out: Capture) -> None:
    ours = [logging.getLogger(name) for name in ("worker.runtime.publish", "worker", "kafkaesque", "faust.app")]
    for _ in range(50):
        for logger in ours:
            logger.error("publish to %s failed", "t")
        logging.getLogger("aiokafka.client").info("Metadata for %s", "t")
        clock.now += 0.1
    clock.now += 60
    limiter.flush()
    assert len(out.records) == 50 * (len(ours) + 1)
    assert not any("suppressed" in line for line in out.lines())


def test_faust_transport_warnings_are_limited(clock: Clock, out: Capture) -> None:
    for _ in range(10):
        logging.getLogger("faust.transport.drivers.aiokafka").warning("Heartbeat failed: %r", "timeout")
    assert len(out.records) == 1


def test_a_window_of_zero_lets_everything_through(clock: Clock) -> None:
    handler = Capture()
    handler.addFilter(RepeatLimiter(0, clock=clock))
    for _ in range(5):
        handler.handle(logging.makeLogRecord({"name": "aiokafka.client", "levelno": logging.ERROR, "msg": CONNECT,
                                              "args": (1, "x")}))
    assert len(handler.records) == 5


def test_shared_by_two_handlers_each_record_counts_once_and_both_agree(clock: Clock, limiter: RepeatLimiter,
                                                                       out: Capture) -> None:
    second = Capture()
    second.addFilter(limiter)
    root = logging.getLogger()
    root.addHandler(second)
    try:
        client = logging.getLogger("aiokafka.client")
        for _ in range(4):
            client.error(CONNECT, 1, "refused")
        clock.now += 30
        limiter.flush()
    finally:
        root.removeHandler(second)
    expected = ["Unable connect to node with id 1: refused",
                "Unable connect to node with id 1: refused (3 similar lines suppressed in the last 30 s)"]
    assert out.lines() == second.lines() == expected


def test_attach_puts_it_back_on_handlers_that_replaced_ours(clock: Clock,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """What faust does when it starts: mode clears the root handlers and configures its own (a
    stream handler on stderr, whatever stream it is given)."""
    from mode.utils.logging import setup_logging

    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    limiter = RepeatLimiter(30.0, clock=clock)
    try:
        setup_logging(loglevel="INFO", logfile=io.StringIO())
        limiter.attach()
        limiter.attach()  # idempotent: a handler holds it once
        assert all(h.filters.count(limiter) == 1 for h in root.handlers)
        for _ in range(20):
            logging.getLogger("aiokafka.client").error(CONNECT, 1, "refused")
        clock.now += 30
        limiter.flush()
    finally:
        root.handlers[:] = saved
        root.setLevel(level)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2, lines
    assert lines[1].rstrip().endswith("refused (19 similar lines suppressed in the last 30 s)")


def test_the_flusher_sums_up_a_window_when_nothing_else_is_logged(clock: Clock, limiter: RepeatLimiter,
                                                                  out: Capture) -> None:
    client = logging.getLogger("aiokafka.client")
    client.error(CONNECT, 1, "refused")
    client.error(CONNECT, 1, "refused")
    out.emitted.clear()
    clock.now += 30
    stop = limiter.start_flusher(interval_s=0.01)
    try:
        assert out.emitted.wait(5), "the flusher never emitted the summary"
    finally:
        stop.set()
    assert out.lines()[-1].endswith("(1 similar line suppressed in the last 30 s)")


def test_at_exit_open_windows_are_summed_up_with_their_real_length(clock: Clock, limiter: RepeatLimiter,
                                                                    out: Capture) -> None:
    client = logging.getLogger("aiokafka.client")
    for _ in range(7):
        client.error(CONNECT, 1, "refused")
    logging.getLogger("kafka.client").warning("Node %s not ready", 1)  # nothing held back: no summary
    clock.now += 12.4
    limiter.flush()
    assert len(out.records) == 2, "no window has ended yet"
    limiter.flush(everything=True)
    assert out.lines()[2:] == ["Unable connect to node with id 1: refused (6 similar lines suppressed in the last 12 s)"]
