"""Revisions as output records, built the way every other fact record is built."""

from worker.core.events import OutputRecord, revision_records, stable_id
from worker.core.models.enriched import EnrichedStory
from worker.core.revisions.diff import Outcome, RevisionState, advance, snapshot_of
from worker.core.revisions.models import Snapshot


def snapshot_from(story: EnrichedStory, records: list[OutputRecord]) -> Snapshot:
    return snapshot_of(story.story_id, story.version, story.extractor_version,
                       (r for r in records if r.kind != "revision"))


def revise(state: RevisionState | None, story: EnrichedStory, records: list[OutputRecord], *, topic: str,
           source: str) -> tuple[list[OutputRecord], RevisionState, Outcome]:
    """Revision records for one enriched story version against the kept state, and the next state."""
    revisions, next_state, outcome = advance(state, snapshot_from(story, records), stable_id)
    out = revision_records(list(revisions), topic, source, story.facts.story.published_at, story.extractor_version)
    return out, next_state, outcome


def compare(old: tuple[EnrichedStory, list[OutputRecord]], new: tuple[EnrichedStory, list[OutputRecord]], *,
            topic: str, source: str) -> list[OutputRecord]:
    """Revision records from one version to another, whatever their version numbers say (offline diff)."""
    from worker.core.revisions.diff import diff

    story = new[0]
    revisions = diff(snapshot_from(*old), snapshot_from(*new), stable_id)
    return revision_records(list(revisions), topic, source, story.facts.story.published_at, story.extractor_version)
