"""Demonyms and the countries they name: 'Kenyan' -> 'Kenya', from countryinfo (MIT).

The package gives one demonym per country or territory. Where several share one ('American': the
United States and the Northern Mariana Islands; 'Congolese': both Congos), the most populous is
meant. ``DEMONYM_VARIANTS`` (data, in the lexicon) adds the forms the package lacks and wins over it.
The table is built on first use (some 250 small files, about 25 ms), not at import.
"""

from collections.abc import Mapping
from functools import lru_cache

import countryinfo

from worker.core.extract.common.lazy_table import LazyTable
from worker.core.extract.common.lexicon import DEMONYM_VARIANTS


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for info in countryinfo.all_countries():
        try:
            name, demonym, population = info.name(), info.demonym(), info.population()
        except (KeyError, TypeError, ValueError):
            continue
        if not isinstance(name, str) or not isinstance(demonym, str):
            continue
        people = population if isinstance(population, int) else 0
        # 'Antiguan,Barbudan' names one country twice.
        for form in demonym.split(","):
            key = form.strip().lower()
            if key and (key not in best or people > best[key][0]):
                best[key] = (people, name)
    table = {key: name for key, (_, name) in best.items()}
    table.update(DEMONYM_VARIANTS)
    return table


# Lower-case demonym -> country name.
DEMONYMS: Mapping[str, str] = LazyTable(_table)
