"""A place resolved to GeoNames: what GDELT's V2Locations and a map need."""

from typing import Literal

from pydantic import Field

from worker.core.models.base import Contract

FeatureKind = Literal["country", "admin1", "city", "natural", "region"]
Basis = Literal["country_name", "qualifier", "dateline", "country_in_story", "admin1_in_story", "population"]


class GeoPlace(Contract):
    name: str = Field(description="The GeoNames name of the place.")
    geonameid: int | None = Field(default=None, description="GeoNames feature id, when the data carries one.")
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code of the country it lies in.")
    country_fips: str | None = Field(default=None, description="FIPS 10-4 country code (GDELT's country code).")
    admin1_code: str | None = Field(default=None, description="GeoNames admin1 code, 'CC.code' (e.g. 'US.OH').")
    admin1_name: str | None = None
    feature: FeatureKind
    basis: Basis = Field(description="What decided the reading: the name itself, a qualifier, the story's context or population.")
