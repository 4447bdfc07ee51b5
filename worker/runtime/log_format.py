"""Log lines as JSON objects, one per line, for log pipelines (Loki, Elasticsearch, Cloud Logging).

Every line has ``time`` (RFC 3339, UTC), ``level``, ``logger`` and ``message``; a line about one
record also carries the record's ``topic``, ``partition`` and ``offset`` (and ``reason`` for a dead
letter), passed by the caller as logging ``extra`` fields.
"""

import json
import logging
from datetime import datetime, timezone

RECORD_FIELDS = ("topic", "partition", "offset", "reason", "stage")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat().replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in RECORD_FIELDS:
            if hasattr(record, name):
                line[name] = getattr(record, name)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def record_fields(topic: str, partition: int, offset: int, **more: object) -> dict[str, object]:
    """The ``extra`` of a log call about one record."""
    return {"topic": topic, "partition": partition, "offset": offset, **more}
