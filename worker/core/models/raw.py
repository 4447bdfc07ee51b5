"""What decode produces: a story ready for the pipeline, or a named rejection."""

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from worker.core.models.base import Contract


class SourceFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    NINJS1 = "ninjs1"
    NINJS2 = "ninjs2"


class RejectReason(StrEnum):
    """Why a record could not become a story; each one is a dead-letter reason header."""

    INVALID_UTF8 = "invalid_utf8"
    BINARY = "binary"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    EMPTY_BODY = "empty_body"
    BAD_JSON = "bad_json"
    NOT_AN_OBJECT = "not_an_object"
    NO_BODY_FIELD = "no_body_field"
    BAD_FIELD = "bad_field"
    EXTRACT_FAILED = "extract_failed"
    OUTPUT_TOO_LARGE = "output_too_large"
    OVER_TIME_BUDGET = "over_time_budget"


class RawStory(Contract):
    """A decoded story. ``body`` is the text every evidence offset points into."""

    story_id: str
    version: int = 1
    headline: str | None = None
    body: str
    published_at: datetime = Field(description="ninjs versioncreated, else the record timestamp.")
    language: str = "en"
    located: str | None = Field(default=None, description="Dateline place given by the source metadata.")
    byline: str | None = None
    source_format: SourceFormat


class Rejection(Contract):
    """A record that will not be enriched, and why."""

    reason: RejectReason
    detail: str
    stage: str = "decode"
