"""Geocoding scores: for every expected place given as an object, was it placed right?

An expected file may list a place as a plain name (scored only by ``places``) or as an object
``{"name", "country", "geonameid", "lat", "lon"}``. For each object the predicted place of the same
name is checked three ways, as the geocoding literature reports them: the country right, the
GeoNames id exact, and the point within 161 km (100 miles). An unresolved or missing place counts
as wrong on all three: the denominator is every place the gold names, not the places we resolved.

A gold place is paired with a predicted one the way the places family is scored: by its name or
one of its gold aliases ("Tenn." for "Tennessee"), other spellings a reader takes as the same
("Britain" for "United Kingdom"), and else a name inside the other ("Copperbelt province").
"""

import math
from dataclasses import dataclass
from typing import Any

from worker.core.matching import Names

NEAR_KM = 161.0


@dataclass
class GeoTally:
    """Hits over the places whose gold gives that field (a place with no GeoNames id in the gold
    counts toward the country only)."""

    places: int = 0
    country: int = 0
    with_id: int = 0
    exact: int = 0
    with_point: int = 0
    near: int = 0

    def add(self, other: "GeoTally") -> None:
        for name in ("places", "country", "with_id", "exact", "with_point", "near"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        def share(n: int, d: int) -> float | None:
            return round(n / d, 4) if d else None

        return {"places": self.places, "country": share(self.country, self.places),
                "with_geonameid": self.with_id, "geonameid": share(self.exact, self.with_id),
                # The reading: exact ids over every named place, so a place whose gold has
                # no id (the data lacks it: provinces abroad, rivers, villages) counts as a miss.
                "geonameid_of_all": share(self.exact, self.places),
                "with_point": self.with_point, f"within_{int(NEAR_KM)}km": share(self.near, self.with_point)}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _paired(want: dict[str, Any], predicted: list[dict[str, Any]], names: Names, used: set[int]) -> dict[str, Any]:
    wanted = [str(want["name"]), *(str(a) for a in want.get("aliases") or [])]
    keys = {names.key(n) for n in wanted}
    same = [p for p in predicted if names.key(p.get("name")) in keys]
    # Two places of one name ('Belfast' in Maine and in Northern Ireland) pair one to one: a
    # predicted place not yet paired first, the one with the wanted id first among those.
    fresh = [p for p in same if id(p) not in used] or same
    exact = next((p for p in fresh if want.get("geonameid") is not None and p.get("geonameid") == want["geonameid"]),
                 fresh[0] if fresh else None)
    if exact is not None:
        used.add(id(exact))
        return exact
    # The same place under a longer or shorter name ('Copperbelt province') is the same place.
    name = wanted[0].casefold()
    return next((p for p in predicted if (n := str(p.get("name", "")).casefold()) and (name in n or n in name)), {})


def tally(predicted: list[Any], expected: list[Any]) -> GeoTally:
    found = [p for p in predicted if isinstance(p, dict)]
    names = Names()
    used: set[int] = set()
    out = GeoTally()
    for want in expected:
        if not isinstance(want, dict) or "country" not in want:
            continue
        out.places += 1
        got = _paired(want, found, names, used)
        out.country += got.get("country") is not None and got.get("country") == want["country"]
        if want.get("geonameid") is not None:
            out.with_id += 1
            out.exact += got.get("geonameid") == want["geonameid"]
        if want.get("lat") is not None and want.get("lon") is not None:
            out.with_point += 1
            if got.get("lat") is not None and got.get("lon") is not None:
                out.near += km(want["lat"], want["lon"], got["lat"], got["lon"]) <= NEAR_KM
    return out
