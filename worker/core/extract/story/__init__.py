"""The story family: dateline, section heads, paragraphs."""

from worker.core.extract.story.reader import extract

__all__ = ["extract"]
