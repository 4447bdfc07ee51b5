"""The events family: typed event mentions with their arguments, merged and linked to casualties."""

from worker.core.extract.events.mentions import extract

__all__ = ["extract"]
