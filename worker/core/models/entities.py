"""Entities consolidated per document, with titles and affiliations."""

from typing import Literal

from pydantic import Field

from worker.core.models.base import Contract, Evidence
from worker.core.models.places import GeoPlace

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"]


class Role(Contract):
    """A title or affiliation attached to a person ("Interior Minister", "Kremlin spokesperson")."""

    title: str | None = None
    affiliation: str | None = None
    affiliation_country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code when the affiliation is a country or nationality.")
    evidence: Evidence


class Entity(Contract):
    entity_id: str = Field(description="Stable within the story: label and canonical name, slugged.")
    label: EntityLabel
    name: str = Field(description="Canonical name: the longest full form used in the story.")
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list)
    geo: GeoPlace | None = Field(
        default=None, description="Places (GPE, LOC) resolved to GeoNames from the story's context; null when unsure.")
