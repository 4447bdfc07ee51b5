"""The published revision record (topic ``wire.facts.revisions``) and the state kept per story."""

from typing import Any, Literal

from pydantic import Field

from worker.core.models.base import Contract, Evidence

RevisionChange = Literal["added", "removed", "changed"]


class FactState(Contract):
    """One fact as the latest published version had it: its content and where it was read."""

    fact_type: str
    value: dict[str, Any] = Field(description="The fact without evidence: what a revision compares.")
    evidence: Evidence | None = None


class Snapshot(Contract):
    """Every fact of one published story version, by stable fact key."""

    story_id: str
    version: int
    extractor_version: str
    facts: dict[str, FactState] = Field(default_factory=dict)


class Revision(Contract):
    """One fact added, removed or changed between two versions of a story."""

    event_id: str = Field(description="UUIDv5 over story id, both versions, fact key and change.")
    story_id: str
    fact_key: str = Field(description="The fact's stable key, as on its fact topic's record.")
    fact_type: str
    change: RevisionChange
    old_version: int
    new_version: int
    changed_fields: list[str] = Field(default_factory=list, description="Top-level fields that differ.")
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None
    old_evidence: Evidence | None = None
    new_evidence: Evidence | None = None
