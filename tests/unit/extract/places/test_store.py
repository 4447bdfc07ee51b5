"""The gazetteer read from its SQLite store answers every name exactly as the in-memory build does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from worker.core import cache
from worker.core.extract.places import store
from worker.core.extract.places.build import build_gazetteer, city_local_names
from worker.core.extract.places.gazetteer import Gazetteer
from worker.core.extract.places.localised import LocalNames

SMALL_TABLES = ("countries", "country_names", "demonyms", "admin1_names", "regions", "capitals",
                "shared_short_names", "us_abbreviations")


@pytest.fixture()
def own_cache(tmp_path: Path) -> Iterator[Path]:
    """A cache directory of the test's own, and the store opened from it, undone afterwards."""
    before = cache.cache_dir()
    cache.use_cache_dir(tmp_path)
    store._db.cache_clear()
    store.local_city_names.cache_clear()
    yield tmp_path
    cache.use_cache_dir(before)
    store._db.cache_clear()
    store.local_city_names.cache_clear()


def test_the_store_gives_every_name_the_readings_of_the_in_memory_build_in_order(own_cache: Path) -> None:
    stored = store.open_gazetteer()
    assert [p.name for p in own_cache.glob("gazetteer-*.sqlite")] == [store.store_path().name]
    built = build_gazetteer()
    for table in SMALL_TABLES:
        assert getattr(stored, table) == getattr(built, table), table
    for table in ("cities", "admin1"):
        mine, theirs = getattr(stored, table), getattr(built, table)
        assert len(mine) == len(theirs) > 1000
        assert all(mine.get(key) == readings for key, readings in theirs.items()), table
        assert mine.get("nowhere at all", []) == [] and "nowhere at all" not in mine
    assert stored.cities["paris"] == built.cities["paris"] and len(built.cities["paris"]) > 1


def test_the_cities_other_spellings_come_from_the_store_as_built(own_cache: Path) -> None:
    stored, built = store.local_city_names(), city_local_names()
    assert not isinstance(stored, dict) and len(stored) == len(built)
    assert all(stored.get(key) == name for key, name in built.items())


def test_a_cache_directory_that_cannot_be_written_gives_the_gazetteer_built_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    before = cache.cache_dir()
    cache.use_cache_dir(blocker / "cache")  # a directory under a file: mkdir fails
    store._db.cache_clear()
    try:
        gz = store.open_gazetteer()
        assert isinstance(gz, Gazetteer) and isinstance(gz.cities, dict) and "paris" in gz.cities
    finally:
        cache.use_cache_dir(before)
        store._db.cache_clear()


def test_local_names_give_a_countrys_translated_name_before_a_citys_spelling() -> None:
    names = LocalNames({"espagne": "Spain", "georgie": "Georgia"}, {"georgie": "Tbilisi", "geneve": "Geneva"})
    assert (names["georgie"], names.get("geneve"), names.get("nulle part", "x")) == ("Georgia", "Geneva", "x")
    assert list(names) == ["espagne", "georgie", "geneve"] and len(names) == 3
