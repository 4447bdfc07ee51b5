"""Namesakes: which of several towns of one name the story means, and the story's own evidence.

``StoryPlaces`` is what the story says about where it is; the helpers below pick one town of a
name by population, by its own name over another's spelling, by a province the story names
abroad, or a capital abroad over a village at home. ``resolve`` puts them in order.
"""

from dataclasses import dataclass, field

from worker.core.extract.places.gazetteer import City, Gazetteer, fold, plain
from worker.core.extract.places.lexicon import (
    CITY_OVER_STATE,
    CITY_OVER_STATE_BY_OTHER_NAME,
    POPULATION_DOMINANCE,
    POPULATION_FLOOR,
)


@dataclass
class StoryPlaces:
    """What the story says about where it is: read once, used for every name."""

    dateline_country: str | None = None
    dateline_admin1: str | None = None
    countries: set[str] = field(default_factory=set)
    us_states: set[str] = field(default_factory=set)
    # States and provinces the story names, as (country, admin1 code): 'Charleston' in a story that
    # names South Carolina is Charleston, South Carolina.
    areas: set[tuple[str, str]] = field(default_factory=set)
    # Countries of the provinces named whose towns the city data cannot be matched to (no GeoNames
    # code known for them): such a province says only its country.
    loose_areas: set[str] = field(default_factory=set)
    # The (country, GeoNames admin1) of the towns the story's own evidence placed on a first pass:
    # 'Inglewood' beside Toowoomba and Stanthorpe is the Queensland one.
    neighbours: set[tuple[str, str]] = field(default_factory=set)

    def says_nothing(self) -> bool:
        """No dateline country, no country, state or province named: nothing to decide by."""
        return self.dateline_country is None and not (self.countries or self.us_states or self.areas)


def best_city(cities: list[City], dominance: float = POPULATION_DOMINANCE) -> City | None:
    """The one reading that stands out by population, if any does."""
    ranked = sorted(cities, key=lambda c: c.population, reverse=True)
    if not ranked:
        return None
    if len({c.geonameid for c in ranked}) == 1:
        return ranked[0]
    top, second = ranked[0], ranked[1]
    return top if top.population >= dominance * max(second.population, 1) else None


def own_name(cities: list[City], key: str) -> list[City]:
    """The readings called by this name themselves, not by one of their other spellings."""
    bare = plain(key)   # ('Constanța' against the data's 'Constanţa': letters alike, marks apart)
    return [c for c in cities if fold(plain(c.name)) in (key, bare) or fold(c.name) == key]


def own_first(pool: list[City], key: str) -> list[City]:
    """A town called by the name itself beats one that lists it among its other spellings
    ('Cambridge' in Massachusetts is Cambridge, not its neighbour Newton)."""
    return own_name(pool, key) or pool


def state_namesake(gz: Gazetteer, key: str) -> City | None:
    """The US city a state's name means in wire copy ('New York', 'Washington'), if one is that
    large. A city read by another of its spellings needs more people to outweigh a state's own
    name: 'New York' is New York City's other name, and so is 'Oklahoma' Oklahoma City's."""
    cities = gz.cities.get(key, [])
    namesake = best_city([c for c in cities if c.country == "US"])
    over = CITY_OVER_STATE if namesake and namesake in own_name(cities, key) else CITY_OVER_STATE_BY_OTHER_NAME
    return namesake if namesake and namesake.population >= over else None


def in_named_area_abroad(key: str, cities: list[City], story: StoryPlaces) -> City | None:
    """'Halifax' in a story datelined in Maine that names Nova Scotia: the town, larger than any at
    home, in the country of a province the story names, another country than the dateline's, when no town of the name lies in the
    dateline's own state or in a state of the dateline's country the story names, nor in a third
    country the story names."""
    home = story.dateline_country
    if home is None or any(c.country == home and (c.admin1 == story.dateline_admin1 or (c.country, c.admin1)
                                                  in story.areas) for c in cities):
        return None
    # The province itself must hold the town where its GeoNames code is known ('Hesse' beside
    # Brittany is no French town); a province matched to no code says only its country. Only a
    # town called by this very name counts: 'New Amsterdam' is New York City's old name.
    abroad = story.loose_areas - {home, "US"}
    named = [c for c in own_name(cities, key) if c.country != home
             and (c.country in abroad or (c.country, c.admin1) in story.areas)]
    # 'Freeport' beside Florida and the Bahamas: a country the story names holds one too.
    if not named or any(c.country in story.countries - {home, named[0].country} for c in cities):
        return None
    # ... and larger than every namesake at home ('Sydney' in Australia, not Nova Scotia's).
    best = best_city(named)
    return best if best and all(best.population > c.population for c in cities if c.country == home) else None


def capital_abroad(gz: Gazetteer, key: str, countries: set[str], pool: list[City]) -> City | None:
    """A country's capital beats small towns of its name in the story's own countries when none
    lies in the dateline's state or a state the story names, and it dwarfs them: 'Brussels' in a
    Washington story is Belgium's capital, not a village in Illinois. A town of POPULATION_FLOOR
    people or more stays."""
    iso = gz.capitals.get(key)
    if iso is None or iso in countries or max(c.population for c in pool) >= POPULATION_FLOOR:
        return None
    own = [c for c in gz.cities.get(key, []) if c.country == iso]
    capital = max(own, key=lambda c: c.population) if own else None
    # ... and dwarfs them: 'Marigot' in Dominica is the Dominican village, not the capital of Saint
    # Martin twice its size.
    top = max(c.population for c in pool)
    return capital if capital and capital.population >= POPULATION_DOMINANCE * top else None


def city_abroad(cities: list[City], key: str, countries: set[str], pool: list[City]) -> City | None:
    """A city of the world beats small towns of its name that the story's countries hold when
    nothing tells those towns apart: 'Geneva' in a story that names the United States among donors
    is Switzerland's city, not one of four small Genevas in four states. It needs POPULATION_FLOOR
    people and must dwarf every one of them; one town of the name at home stays the reading."""
    abroad = [c for c in own_name(cities, key) if c.country not in countries]
    best = best_city(abroad)
    if best is None or best.population < POPULATION_FLOOR:
        return None
    return best if best.population >= POPULATION_DOMINANCE * max(c.population for c in pool) else None


def among_neighbours(pool: list[City], story: StoryPlaces) -> City | None:
    """Of namesakes no population tells apart, the one in the state or province where the story's
    other towns lie, when one does."""
    close = [c for c in pool if (c.country, c.admin1) in story.neighbours]
    return best_city(close) if close else None

