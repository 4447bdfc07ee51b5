"""One place name to one GeoNames reading, decided by the story, or None: never a guess.

Order of evidence, strongest first: a qualifier written beside the name ("Columbus, Ohio"), the
dateline's country, the countries (and US states) the story names, and last a population prior
that only answers when one reading dwarfs every other. A subdivision word beside a mention
("Isabela province") asks for the province over a town of the same name.
"""

from worker.core.extract.places.abbreviations import abbreviated_area
from worker.core.extract.places.gazetteer import Admin1, City, Gazetteer, fold, plain
from worker.core.extract.places.lexicon import (
    ALTERNATE_NAMES_FROM, BELOW_ADMIN1_WORDS, POPULATION_DOMINANCE, POPULATION_FLOOR, QUALIFIED_DOMINANCE,
    SUBDIVISION_LINKS, SUBDIVISION_WORDS, SUBDIVISION_WORDS_BEFORE, UNIQUE_NAME_FLOOR, VILLAGE_POPULATION,
)
from worker.core.extract.places.provinces import home_area
from worker.core.extract.places.namesakes import (
    StoryPlaces, among_neighbours, best_city, capital_abroad, city_abroad, in_named_area_abroad, own_first, own_name, state_namesake,
)
from worker.core.models.places import Basis, GeoPlace

__all__ = ["StoryPlaces", "country_of", "country_place", "kind_before", "named_area", "resolve", "state_namesake"]


def kind_before(key: str) -> str | None:
    """The name a subdivision word before it calls a subdivision ('canton du valais' -> 'valais'),
    or None when the folded name does not start so."""
    first, _, rest = key.partition(" ")
    if first not in SUBDIVISION_WORDS_BEFORE:
        return None
    link = next((w for w in SUBDIVISION_LINKS if rest.startswith(w)), None)
    if link is None:
        return None
    return rest[len(link):].strip() or None


def named_area(gz: Gazetteer, name: str) -> Admin1 | None:
    """The one state or province a name can only mean ('British Columbia', 'Yunnan province'):
    no town, country or second subdivision of the name."""
    words = fold(name).removeprefix("the ").split()
    if len(words) > 1 and words[-1] in SUBDIVISION_WORDS:
        words = words[:-1]
    key = " ".join(words)
    key = kind_before(key) or key  # 'canton du Valais'
    areas = gz.admin1.get(key, [])
    if len({(a.country, a.code) for a in areas}) != 1 or key in gz.cities:
        return None
    return areas[0]


def country_of(gz: Gazetteer, name: str, story: StoryPlaces | None = None) -> str | None:
    """ISO alpha-2 of a country named or described ("Kenya", "Kenyan", "the U.S.")."""
    key = fold(name).removeprefix("the ")
    shared = gz.shared_short_names.get(key) or gz.shared_short_names.get(_without_article(key))
    if shared:
        return _one_of(gz, shared, story)
    # 'Democratic Republic of Congo' is 'Democratic Republic of the Congo' without its article.
    return gz.country_names.get(key) or gz.country_names.get(_without_article(key)) or gz.demonyms.get(key)


def _one_of(gz: Gazetteer, isos: tuple[str, ...], story: StoryPlaces | None) -> str | None:
    """Which of the countries a shared short name ('Congo') means: the one the dateline or the rest
    of the story places us in, else the one that dwarfs the others by population, else none."""
    if story is not None:
        told = [i for i in isos if i == story.dateline_country] or [i for i in isos if i in story.countries]
        if len(told) == 1:
            return told[0]
    ranked = sorted(isos, key=lambda i: gz.countries[i].population, reverse=True)
    top, second = gz.countries[ranked[0]].population, gz.countries[ranked[1]].population
    return ranked[0] if top >= POPULATION_DOMINANCE * max(second, 1) else None


def _without_article(key: str) -> str:
    return " ".join(w for w in key.split() if w != "the")


def country_place(gz: Gazetteer, iso: str, basis: Basis) -> GeoPlace:
    c = gz.countries[iso]
    return GeoPlace(name=c.name, geonameid=c.geonameid, lat=c.lat, lon=c.lon, country=iso, country_fips=c.fips,
                    feature="country", basis=basis)


def _city(gz: Gazetteer, city: City, basis: Basis) -> GeoPlace:
    country = gz.countries.get(city.country)
    if country and fold(plain(city.name)) == fold(plain(country.name)) and 2 * city.population >= country.population:
        # A city-state's city ('Singapour' read as Singapore the city) is the country its name
        # names, as the country's own name is read: one place, one reading.
        return country_place(gz, country.iso, basis)
    return GeoPlace(name=city.name, geonameid=city.geonameid, lat=city.lat, lon=city.lon, country=city.country,
                    country_fips=country.fips if country else None,
                    admin1_code=f"{city.country}.{city.admin1}" if city.admin1 else None,
                    admin1_name=gz.admin1_names.get((city.country, city.admin1)), feature="city", basis=basis)


def _admin1(gz: Gazetteer, area: Admin1, basis: Basis) -> GeoPlace:
    country = gz.countries.get(area.country)
    return GeoPlace(name=area.name, geonameid=area.geonameid, country=area.country,
                    country_fips=country.fips if country else None, admin1_code=_geonames_code(area),
                    admin1_name=area.name, feature="admin1", basis=basis)


def _geonames_code(area: Admin1) -> str | None:
    """'CC.code' in GeoNames' codes, as towns carry them (GDELT's ADM1 codes are the same, 'CA07'):
    a US state's own, a province's matched code elsewhere, none when no code is known for it."""
    code = area.code if area.country == "US" else area.geonames_code
    return f"{area.country}.{code}" if code else None


def _qualifiers(gz: Gazetteer, text: str | None, cities: list[City],
                home: frozenset[str] = frozenset()) -> list[tuple[str, str | None]]:
    """The (country, US state code) readings of a qualifier such as 'Ohio' or 'France', likeliest
    first: 'Georgia' is the country, then the US state ('Macon, Georgia' finds its town in the state).
    ``cities``: the towns of the qualified name, whose countries an abbreviation ('Ont.') is read in."""
    if not text:
        return []
    if (state := gz.us_abbreviations.get(text.strip().casefold())) is not None:
        return [("US", state)]  # 'Memphis, Tenn.'
    areas = gz.admin1.get(fold(text), [])
    states: list[tuple[str, str | None]] = [("US", a.code) for a in areas if a.country == "US"]
    iso = country_of(gz, text)
    if iso:
        return [(iso, None), *states]
    if states:
        return states
    # A subdivision elsewhere ("Manchester, England") names its country when it names only one.
    countries = {a.country for a in areas}
    if len(countries) == 1:
        country = countries.pop()
        # 'BANGOR, Wales', 'WINDSOR, Nova Scotia': the towns of that subdivision first ('Bangor' in
        # Wales, not the larger one in Northern Ireland), by the code the city data gives its towns.
        codes = {a.towns_code for a in areas} & {c.admin1 for c in cities if c.country == country}
        return [(country, codes.pop()), (country, None)] if len(codes) == 1 else [(country, None)]
    # 'LONDON, Ont.': a province's abbreviation, read in the countries that hold a London; the
    # towns of that province first ('WINDSOR, N.S.' is not the larger Windsor in Ontario).
    # ('Odessa, Ont.' in a Canadian story, a village the data lacks: the province all the same.)
    area = abbreviated_area(gz, text, {c.country for c in cities} | home)
    if area is None:
        # 'CORDOBA, Veracruz': a qualifier the data holds only as a town (the state's own name
        # differs) names that town's state, where the qualified town is looked for first.
        # (Only a city: 'FRANKFURT, Dec 2' is no town called Dec.)
        seat = best_city(gz.cities.get(fold(text), []))
        return [(seat.country, seat.admin1), (seat.country, None)] if seat is not None \
            and seat.population >= POPULATION_FLOOR \
            and any(c.country == seat.country and c.admin1 == seat.admin1 for c in cities) else []
    inside = any(c.country == area.country and c.admin1 == area.geonames_code for c in cities)
    return [(area.country, area.geonames_code), (area.country, None)] if inside else [(area.country, None)]


def resolve(gz: Gazetteer, name: str, story: StoryPlaces, qualifier: str | None = None,
            subdivision: bool = False, town: bool = False) -> GeoPlace | None:
    """``subdivision``: a mention has a word such as 'province' or 'state' beside it; ``town``: the
    text calls the place a town ('Liberia, the main city of Guanacaste'), so a country's name is
    first read as a town of that name where the story is."""
    if (state := gz.us_abbreviations.get(name.strip().casefold())) is not None:
        named = next(a for a in gz.admin1[fold(gz.admin1_names[("US", state)])] if a.country == "US")
        return _admin1(gz, named, "country_name")  # 'Tenn.' names one state and nothing else
    # 'Ont.' in a Canadian story: the one province of the story's countries it abbreviates.
    if (area := abbreviated_area(gz, name, {c for c in (story.dateline_country, *story.countries) if c})) is not None:
        return _admin1(gz, area, "dateline" if area.country == story.dateline_country else "country_in_story")
    words = fold(name).removeprefix("the ").split()
    if (kind_named := kind_before(" ".join(words))) is not None:
        words, subdivision = kind_named.split(), True  # 'canton du Valais': the canton, not a town
    below_admin1 = len(words) > 1 and words[-1] in BELOW_ADMIN1_WORDS
    if words and words[-1] in SUBDIVISION_WORDS and len(words) > 1:
        words, subdivision = words[:-1], True
    key = " ".join(words)
    if key in gz.regions:
        label, gid, lat, lon = gz.regions[key]
        return GeoPlace(name=label, geonameid=gid, lat=lat, lon=lon, feature="region", basis="country_name")
    # 'Lamar County' is neither the town of Lamar nor a state: no reading the data has.
    # ('Constanța' with a comma below, the data's 'Constanţa' with a cedilla: the letters match.)
    # ('León' in a Mexican story: the data spells León de los Aldama's other name 'Leon', so the
    # plain-letter key adds towns the accented one does not list.)
    cities = [] if below_admin1 else _with_plain_spellings(gz.cities.get(key, []), gz.cities.get(plain(key), []), story)
    readings = _qualifiers(gz, qualifier, cities, frozenset(c for c in (story.dateline_country, *story.countries) if c))
    areas = [] if below_admin1 else gz.admin1.get(key, [])   # nor is 'Delaware County' the state
    iso = country_of(gz, key, story)
    us_story = "US" in (story.dateline_country, *(c for c, _ in readings)) or bool(story.us_states)
    us_area = next((a for a in areas if a.country == "US"), None)
    if iso and town and (local := _town_named_like_a_country(gz, key, cities, story, iso)) is not None:
        return local
    # 'MEXICO, Mo.', 'Lebanon, Ohio': a qualifier that puts the name elsewhere makes it a town there.
    not_it = [r for r in readings if r[0] != iso]
    if iso and not_it and (local := _by_qualifier(gz, key, cities, [], not_it)) is not None:
        return local
    if iso and not (us_area and us_story and iso not in story.countries - {"US"}):
        return country_place(gz, iso, "country_name")  # 'Georgia' is the country unless the story is American
    if not readings and not us_area and (home := home_area(areas, cities, story, subdivision)) is not None:
        return _admin1(gz, home, "dateline" if home.country == story.dateline_country else "country_in_story")
    # 'FLORIDA, Uruguay': a qualifier abroad outranks a US state of the name.
    if us_area and readings and "US" not in {c for c, _ in readings} \
            and (abroad := _by_qualifier(gz, key, cities, areas, readings, story)) is not None:
        return abroad
    # 'NEVADA, Mo.': a qualifier naming another state makes a state's name a town there.
    if us_area and any(c == "US" and st not in (None, us_area.code) for c, st in readings) \
            and (local := _by_qualifier(gz, key, cities, [], readings)) is not None:
        return local
    namesake = state_namesake(gz, key) if us_area and cities else None
    if namesake and not (subdivision and us_story):
        return _city(gz, namesake, "population")  # but 'Washington state' is the state  # 'New York', 'Washington': the city, as wire copy means
    if us_area and (us_story or not cities):
        return _admin1(gz, us_area, "admin1_in_story" if us_story else "population")
    if readings:
        return _by_qualifier(gz, key, cities, areas, readings, story)
    if (elsewhere := in_named_area_abroad(key, cities, story)) is not None:
        return _city(gz, elsewhere, "admin1_in_story")
    dateline = {story.dateline_country} if story.dateline_country else set()
    for basis, countries in (("dateline", dateline), ("country_in_story", story.countries)):
        pool = [c for c in cities if c.country in countries]
        # The dateline's own state or province first ('Aurora' near Denver), then the states and
        # provinces the story names ('Charleston' beside South Carolina).
        near = ([c for c in pool if basis == "dateline" and c.admin1 == story.dateline_admin1]
                or [c for c in pool if (c.country, c.admin1) in story.areas])
        pool = own_first(near or pool, key)
        in_area = [a for a in areas if a.country in countries]
        city = best_city(pool) if pool else None
        if pool and city is None and not near:
            city = among_neighbours(pool, story)
        # The province, when the text calls it one ('Isabela province') or when no town of the
        # name stands out: a name two towns share with no evidence between them is the province
        # they share it with. Otherwise the town ('Lodi' is the town, not the province of Lodi).
        if len(in_area) == 1 and (subdivision or city is None):
            return _admin1(gz, in_area[0], basis)  # type: ignore[arg-type]
        # ('Chatham, England' in an Ontario story that names the US: England, not a village in
        # Arkansas.) A name that qualifies a town before it is a province or constituent country,
        # one abroad the data holds once, when no town of the story's countries is large.
        if subdivision and pool and not near and not in_area and len(areas) == 1 \
                and all(c.population < ALTERNATE_NAMES_FROM for c in pool):
            return _admin1(gz, areas[0], "population")
        if pool and not near and (capital := capital_abroad(gz, key, countries, pool)) is not None:
            return _city(gz, capital, "population")
        # ('Chicago and Montreal' in an Ohio story: the world city, not a village in a far state.)
        if pool and (city is None or not near and city.population < VILLAGE_POPULATION) \
                and (world := city_abroad(cities, key, countries, pool)) is not None:
            return _city(gz, world, "population")
        if pool:
            return _city(gz, city, basis) if city else None  # type: ignore[arg-type]
    # Last, population alone, and only for a city's own name: 'Samar' (an island) must not become
    # Samara because GeoNames lists 'Samar' among Samara's other spellings.
    own = own_name(cities, key)
    city = best_city(own) if own else None
    if city and city.population >= POPULATION_FLOOR:
        return _city(gz, city, "population")
    # A story that says nothing of where it is (a dateline read alone, 'AJACCIO'): a town the data
    # holds once by this name, with no state or province of the name, and large enough to be a
    # city the data treats as major, is that town.
    if city and len(cities) == 1 and not areas and story.says_nothing() and city.population >= UNIQUE_NAME_FLOOR:
        return _city(gz, city, "population")
    # 'a seaside town in Kent, England' in a South African story: a province or constituent country
    # abroad the data holds once, with no town of the name large enough to be meant instead.
    if len(areas) == 1 and all(c.population < POPULATION_FLOOR for c in cities):
        return _admin1(gz, areas[0], "population")
    return None


def _by_qualifier(gz: Gazetteer, key: str, cities: list[City], areas: list[Admin1],
                  readings: list[tuple[str, str | None]], story: StoryPlaces | None = None) -> GeoPlace | None:
    """The town (or else the state or province) of the name under the first reading of the
    qualifier that has either; a town two readings share with no evidence between them stays open."""
    for q_country, q_state in readings:
        pool = own_first([c for c in cities if c.country == q_country and (q_state is None or c.admin1 == q_state)],
                          key)
        # ('HALLE, Belgium': a town qualified by its country is the one of that name wire copy means,
        # the clearly larger, even where two are not far apart in size.)
        if pool and (city := best_city(pool) or (among_neighbours(pool, story) if story else None)
                     or best_city(pool, QUALIFIED_DOMINANCE)):
            return _city(gz, city, "qualifier")
        area = next((a for a in areas if a.country == q_country), None)
        if area or pool:
            return _admin1(gz, area, "qualifier") if area else None
    return None


def _town_named_like_a_country(gz: Gazetteer, key: str, cities: list[City], story: StoryPlaces,
                               iso: str) -> GeoPlace | None:
    """A town the text calls one whose name is a country's: the one of the dateline's country (its
    own state first, as for any town), else of the other countries the story names ('Liberia' in a
    Costa Rica story), if one stands out."""
    dateline = {story.dateline_country} if story.dateline_country else set()
    for basis, countries in (("dateline", dateline), ("country_in_story", story.countries - {iso})):
        pool = [c for c in cities if c.country in countries]
        near = ([c for c in pool if basis == "dateline" and c.admin1 == story.dateline_admin1]
                or [c for c in pool if (c.country, c.admin1) in story.areas])
        pool = own_first(near or pool, key)
        if pool and (city := best_city(pool)) is not None:
            return _city(gz, city, basis)  # type: ignore[arg-type]
    return None


def _with_plain_spellings(exact: list[City], plain_letters: list[City], story: StoryPlaces) -> list[City]:
    """The towns of a name as written; when none lies in the story's countries, then those only its
    plain-letter form finds there ('San-Pédro' in an Ivorian story is the port, not a San Pedro)."""
    if not exact:
        return plain_letters
    home = story.countries | ({story.dateline_country} if story.dateline_country else set())
    if any(c.country in home for c in exact):
        return exact
    seen = {c.geonameid for c in exact}
    return exact + [c for c in plain_letters if c.geonameid not in seen and c.country in home]
