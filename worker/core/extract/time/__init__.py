"""The time family: time expressions (timex), resolved against the publication time."""

from worker.core.extract.time.timex import extract

__all__ = ["extract"]
