"""The casualties family: the dead, injured, missing, rescued and displaced, counted."""

from worker.core.extract.casualties.counts import extract

__all__ = ["extract"]
