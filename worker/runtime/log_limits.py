"""Keep a broker outage from flooding the log.

While every broker is away, aiokafka and kafka-python retry every few tens of milliseconds and log
each failure: over 2,000 lines per broker in 30 s, half of them "Unable connect". ``RepeatLimiter``
lets the first line of each kind through, counts the repeats for ``window_s`` seconds, then says in
one line how many it held back. A "kind" is the logger plus the message template (``record.msg``), so a
new problem always shows its first line, whatever the previous one was.

Only WARNING and above from the client libraries are limited; our own loggers and everything
below WARNING pass untouched.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

CLIENT_LOGGERS = ("aiokafka", "kafka", "faust.transport")
SUMMARY = "%s (%d similar %s suppressed in the last %g s)"
# Set on a record once judged: a filter shared by several handlers sees each record once per
# handler, and must count it once and give every handler the same answer.
_VERDICT = "_wire_repeat_verdict"


@dataclass
class _Window:
    opened: float
    suppressed: int = 0
    last: logging.LogRecord | None = None


class RepeatLimiter(logging.Filter):
    """A handler filter: first line of a kind passes, repeats within ``window_s`` are counted, then
    one summary line. ``window_s`` 0 lets everything through."""

    def __init__(self, window_s: float, loggers: Iterable[str] = CLIENT_LOGGERS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.window_s = window_s
        self.loggers = tuple(loggers)
        self.clock = clock
        self._windows: dict[tuple[str, str], _Window] = {}
        self._lock = threading.Lock()  # the client libraries log from faust's consumer thread too

    def filter(self, record: logging.LogRecord) -> bool:
        verdict = getattr(record, _VERDICT, None)
        if verdict is None:
            verdict = self._judge(record)
            setattr(record, _VERDICT, verdict)
        return bool(verdict)

    def flush(self, *, everything: bool = False) -> None:
        """Emit the summary of every window that has ended (with ``everything``, of every open
        window too, as the process exits): the count of an outage's last window must be said."""
        now = self.clock()
        with self._lock:
            ended = self._close_ended(now, everything=everything)
        self._emit(ended, now)

    def attach(self, logger: logging.Logger | None = None) -> None:
        """Add this filter to every handler of ``logger`` (the root by default) that lacks it.
        Called again after faust replaces the root handlers with its own."""
        for handler in (logger or logging.getLogger()).handlers:
            if self not in handler.filters:
                handler.addFilter(self)

    def start_flusher(self, interval_s: float = 1.0) -> threading.Event:
        """A daemon thread that calls ``flush`` every ``interval_s`` until the returned event is
        set: a window must end with its summary even when nothing else is logged afterwards."""
        stop = threading.Event()

        def run() -> None:
            while not stop.wait(interval_s):
                self.flush()

        threading.Thread(target=run, name="log-repeat-flusher", daemon=True).start()
        return stop

    def _limited(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING and any(
            record.name == name or record.name.startswith(name + ".") for name in self.loggers)

    def _judge(self, record: logging.LogRecord) -> bool:
        if self.window_s <= 0:
            return True
        now = self.clock()
        with self._lock:
            ended = self._close_ended(now)
            if not self._limited(record):
                verdict = True
            else:
                key = (record.name, str(record.msg))
                window = self._windows.get(key)
                if window is None:
                    self._windows[key] = _Window(opened=now)
                    verdict = True
                else:
                    window.suppressed += 1
                    window.last = record
                    verdict = False
        self._emit(ended, now)  # outside the lock: the summary comes back through this filter
        return verdict

    def _close_ended(self, now: float, everything: bool = False) -> list[_Window]:
        ended = [key for key, w in self._windows.items() if everything or now - w.opened >= self.window_s]
        return [w for w in (self._windows.pop(key) for key in ended) if w.suppressed]

    def _emit(self, windows: list[_Window], now: float) -> None:
        for window in windows:
            span = min(self.window_s, max(1, round(now - window.opened)))
            last = window.last
            assert last is not None
            try:
                text = last.getMessage()
            except Exception:  # a record whose arguments do not fit its template still counts
                text = str(last.msg)
            lines = "line" if window.suppressed == 1 else "lines"
            summary = logging.LogRecord(last.name, last.levelno, last.pathname, last.lineno, SUMMARY,
                                        (text, window.suppressed, lines, span), None, last.funcName)
            setattr(summary, _VERDICT, True)
            logging.getLogger(last.name).handle(summary)


def install(window_s: float, logger: logging.Logger | None = None) -> RepeatLimiter:
    """The limiter on the root handlers, with its flusher running and a last flush at exit
    (registered after logging's own shutdown hook, so it runs before the handlers close)."""
    limiter = RepeatLimiter(window_s)
    limiter.attach(logger)
    if window_s > 0:
        limiter.start_flusher()
        atexit.register(limiter.flush, everything=True)
    return limiter
