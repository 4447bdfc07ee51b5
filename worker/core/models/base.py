"""Shared building blocks for every contract."""

from pydantic import BaseModel, ConfigDict, Field


class Contract(BaseModel):
    """Base of every published model: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(Contract):
    """Where a fact was read: ``body[start:end] == text`` always holds."""

    text: str = Field(description="The exact slice of the body that supports the fact.")
    start: int = Field(ge=0, description="Character offset of the evidence in the story body.")
    end: int = Field(ge=0, description="Exclusive end offset of the evidence in the story body.")
    sentence_start: int = Field(ge=0, description="Offset of the sentence holding the evidence.")
    sentence_end: int = Field(ge=0, description="Exclusive end offset of that sentence.")
