"""The quotes family: direct and reported speech with their speakers."""

from worker.core.extract.quotes.reader import extract

__all__ = ["extract"]
