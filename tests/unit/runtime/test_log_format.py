"""JSON log lines: one object per line, and a line about a record names its topic, partition and offset."""

import json
import logging

from worker.runtime.log_format import JsonFormatter, record_fields


def _line(record: logging.LogRecord) -> dict[str, object]:
    text = JsonFormatter().format(record)
    assert "\n" not in text
    return json.loads(text)


def test_a_line_about_a_record_carries_its_position_and_reason() -> None:
    logger = logging.getLogger("wire.test")
    record = logger.makeRecord("wire.test", logging.WARNING, __file__, 1, "dead-lettered %s", ("too_long",), None,
                               extra=record_fields("wire.stories.raw", 2, 4711, reason="too_long", stage="decode"))
    line = _line(record)
    assert line["message"] == "dead-lettered too_long" and line["level"] == "WARNING"
    assert (line["topic"], line["partition"], line["offset"], line["reason"]) == ("wire.stories.raw", 2, 4711, "too_long")
    assert str(line["time"]).endswith("Z")


def test_an_exception_stays_inside_its_one_line() -> None:
    try:
        raise ValueError("bad\nvalue")
    except ValueError:
        import sys

        record = logging.getLogger("x").makeRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    line = _line(record)
    assert "ValueError" in str(line["exception"])
