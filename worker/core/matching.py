"""The matching rules evaluation scores with: normalised text, names and their aliases, word
overlap, and best-first pairing of expected and predicted items (see ``evaluate``).
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from worker.core.extract.common.country_names import PLACE_CANONICAL


@dataclass
class Score:
    credit: float = 0.0
    predicted: int = 0
    expected: int = 0

    @property
    def p(self) -> float:
        return self.credit / self.predicted if self.predicted else (1.0 if not self.expected else 0.0)

    @property
    def r(self) -> float:
        return self.credit / self.expected if self.expected else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.credit += other.credit
        self.predicted += other.predicted
        self.expected += other.expected

    def as_dict(self) -> dict[str, float]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


def normalize(text: Any) -> str:
    """Lower case, plain quotes, no punctuation, single spaces, no leading article (the, a, an)."""
    s = str(text or "").lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    s = re.sub(r"[^\w\s]", "", s)
    s = " ".join(s.split())
    # ('a health worker' as the gold writes a source, 'health worker' as the summary does.)
    return re.sub(r"^(?:the|an?) ", "", s)


class Names:
    """Decides whether two names denote the same person, organisation or place."""

    def __init__(self, *person_lists: Iterable[Any]) -> None:
        self.group: dict[str, str] = {}
        for persons in person_lists:
            for person in persons:
                if not isinstance(person, dict) or not person.get("name"):
                    continue
                canon = self.group.get(normalize(person["name"]), normalize(person["name"]))
                for alias in [person["name"], *(person.get("aliases") or [])]:
                    self.group.setdefault(normalize(alias), canon)

    def key(self, name: Any) -> str:
        n = normalize(name)
        n = normalize(PLACE_CANONICAL.get(n, n))
        return self.group.get(n, n)

    def same(self, a: Any, b: Any) -> bool:
        ka, kb = self.key(a), self.key(b)
        if not ka or not kb:
            return False
        if ka == kb:
            return True
        wa, wb = ka.split(), kb.split()
        return (len(wa) == 1 and wa[0] == wb[-1]) or (len(wb) == 1 and wb[0] == wa[-1])


def words_contain(a: Any, b: Any) -> bool:
    wa, wb = set(normalize(a).split()), set(normalize(b).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def dice(a: Any, b: Any) -> float:
    ca, cb = Counter(normalize(a).split()), Counter(normalize(b).split())
    total = sum(ca.values()) + sum(cb.values())
    return 2 * sum((ca & cb).values()) / total if total else 0.0


def value_key(value: Any) -> str:
    if isinstance(value, dict):
        return f"{str(value.get('start', '')).lower()}/{str(value.get('end', '')).lower()}"
    # A decade or century written with or without the placeholder X ('199X' ~ '199'): one value.
    return _PLACEHOLDER.sub("", str(value or "").lower())


_PLACEHOLDER = re.compile(r"(?<=^\d\d)x+$|(?<=^\d\d\d)x$")


_PART_OF_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)t(mo|af|ev|ni)$")


def same_time_value(a: Any, b: Any) -> bool:
    """Equal TIMEX3 values, a day with TIMEX3's part of day ('2025-08-29TEV') counting as that
    day: the project's expected files write 'Friday evening' both ways."""
    ka, kb = value_key(a), value_key(b)
    if ka == kb:
        return True
    da, db = _PART_OF_DAY.match(ka), _PART_OF_DAY.match(kb)
    return bool((da or db) and (da.group(1) if da else ka) == (db.group(1) if db else kb))


def pairs(expected: list[Any], predicted: list[Any],
          score: Callable[[Any, Any], float]) -> list[tuple[int, int, float]]:
    """Best pairs first, each item used once: (expected index, predicted index, pair score)."""
    ranked = sorted(((score(e, p), i, j) for i, e in enumerate(expected)
                     for j, p in enumerate(predicted)), key=lambda t: -t[0])
    used_e: set[int] = set()
    used_p: set[int] = set()
    chosen: list[tuple[int, int, float]] = []
    for value, i, j in ranked:
        if value <= 0 or i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        chosen.append((i, j, value))
    return chosen


def match(expected: list[Any], predicted: list[Any],
           score: Callable[[Any, Any], float]) -> Score:
    """Credit is the sum of the scores of the pairs ``pairs`` chooses."""
    credit = sum(value for _, _, value in pairs(expected, predicted, score))
    return Score(credit, len(predicted), len(expected))
