"""Direct and reported speech with a resolved speaker."""

from typing import Literal

from pydantic import Field

from worker.core.models.base import Contract, Evidence


class Quote(Contract):
    text: str = Field(description="The quoted words, without quotation marks.")
    kind: Literal["direct", "indirect"]
    speaker: str | None = Field(default=None, description="Canonical name of the speaker entity.")
    speaker_entity_id: str | None = None
    cue: str | None = Field(default=None, description="Lemma of the speech verb, e.g. 'say', 'urge'.")
    paraphrase: bool = Field(
        default=False,
        description="Indirect speech with no quoted words in it: the writer's paraphrase, not the speaker's words.",
    )
    evidence: Evidence
