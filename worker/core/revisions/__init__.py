"""Story revisions: what changed in a story's facts between two versions the worker published."""

from worker.core.revisions.diff import RevisionState, advance, diff, snapshot_of
from worker.core.revisions.models import Revision, RevisionChange, Snapshot

__all__ = ["Revision", "RevisionChange", "RevisionState", "Snapshot", "advance", "diff", "snapshot_of"]
