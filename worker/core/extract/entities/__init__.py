"""The entities family: people, organisations and places, consolidated, with roles and countries."""

from worker.core.extract.entities.consolidate import extract

__all__ = ["extract"]
