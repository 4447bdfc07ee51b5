"""The rule lemmatizer's word tables, packed into arrays once the pipeline is loaded.

spaCy loads a lemmatizer's lookups as Python dicts of one-element lists: French carries 217,000
word forms in `lemma_lookup` and 176,000 in `lemma_exc`, some 125 MiB per process for about 10 MB
of data, and every pool process holds its own copy. Packed, the same tables take a few MiB: keys
in a sorted array of 64-bit hashes found by binary search, each lemma list stored once. Lookups
answer exactly as before: a table keyed by hash is searched with spaCy's own hash, and a table
keyed by the word itself compares the word on every hit, so a hash collision is never a match.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.language import Language
from spacy.lookups import Table
from spacy.strings import get_string_id

__all__ = ["PackedTable", "PackedWords", "pack_lemmatizers"]

# Tables worth packing: the others (rules, the word lists of `lemma_index`) are small or not maps.
_HASHED = "lemma_lookup"  # word hash -> lemmas
_PER_POS = "lemma_exc"  # part of speech -> {word: lemmas}


class _Strings:
    """Strings packed in one bytes object: nothing of the loaded dicts stays referenced, so the
    memory they held is freed whole instead of pinned by a few surviving objects."""

    def __init__(self, strings: Iterable[str]) -> None:
        encoded = [s.encode("utf-8") for s in strings]
        self._ends = array("Q")
        total = 0
        for e in encoded:
            total += len(e)
            self._ends.append(total)
        self._blob = b"".join(encoded)

    def __getitem__(self, i: int) -> str:
        return self._blob[self._ends[i - 1] if i else 0:self._ends[i]].decode("utf-8")


class _Lemmas:
    """Each distinct list of lemmas once; entries point at one by number."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, ...], int] = {}

    def id_of(self, value: list[str]) -> int:
        return self._ids.setdefault(tuple(value), len(self._ids))

    def pack(self) -> tuple[_Strings, array[int], array[int]]:
        lists = list(self._ids)
        firsts, total = array("Q"), 0
        for value in lists:
            firsts.append(total)
            total += len(value)
        return _Strings(s for value in lists for s in value), firsts, array("Q", (len(v) for v in lists))


class _Packed:
    """Sorted 64-bit keys, and for each the number of its lemma list."""

    def __init__(self, keys: npt.NDArray[np.uint64], ids: npt.NDArray[np.uint64], lemmas: _Lemmas) -> None:
        # Sorted in numpy, not as a list of Python tuples: the packing itself stays small while the
        # loaded tables are still in memory.
        self.order = np.argsort(keys, kind="stable")
        self._keys = array("Q", keys[self.order].tobytes())
        self._ids = array("Q", ids[self.order].tobytes())
        self._strings, self._firsts, self._counts = lemmas.pack()

    def _first(self, h: int) -> int:
        i = bisect_left(self._keys, h)
        return i if i < len(self._keys) and self._keys[i] == h else -1

    def _value(self, i: int) -> list[str]:
        # A fresh list, as the table's own value is to callers that never mutate it.
        v = self._ids[i]
        first = self._firsts[v]
        return [self._strings[j] for j in range(first, first + self._counts[v])]

    def __len__(self) -> int:
        return len(self._keys)


class PackedTable(_Packed):
    """A `spacy.lookups.Table` of word hash -> list of lemmas, read-only: `get` and `in` as spaCy's."""

    def __init__(self, table: Table) -> None:
        lemmas = _Lemmas()
        keys = np.fromiter((int(key) for key in table.keys()), np.uint64, count=len(table))
        ids = np.fromiter((lemmas.id_of(value) for value in table.values()), np.uint64, count=len(table))
        super().__init__(keys, ids, lemmas)
        self.name = table.name

    def get(self, key: str | int, default: Any = None) -> Any:
        i = self._first(get_string_id(key))
        return self._value(i) if i >= 0 else default

    def __getitem__(self, key: str | int) -> list[str]:
        i = self._first(get_string_id(key))
        if i < 0:
            raise KeyError(key)
        return self._value(i)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (str, int)) and self._first(get_string_id(key)) >= 0


class PackedWords(_Packed):
    """A read-only {word: list of lemmas} dict: `get` and `in`, keys compared as written."""

    def __init__(self, words: dict[str, list[str]]) -> None:
        lemmas = _Lemmas()
        listed = list(words)
        keys = np.fromiter((get_string_id(word) for word in listed), np.uint64, count=len(listed))
        ids = np.fromiter((lemmas.id_of(words[word]) for word in listed), np.uint64, count=len(listed))
        super().__init__(keys, ids, lemmas)
        self._words = _Strings(listed[i] for i in self.order)

    def _find(self, word: str) -> int:
        h = get_string_id(word)
        i = self._first(h)
        # Two words may share a hash: every entry with it is compared by its own word.
        while 0 <= i < len(self._keys) and self._keys[i] == h:
            if self._words[i] == word:
                return i
            i += 1
        return -1

    def get(self, word: str, default: Any = None) -> Any:
        i = self._find(word) if isinstance(word, str) else -1
        return self._value(i) if i >= 0 else default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) >= 0


def _is_lemmas(value: object) -> bool:
    """A list of strings: what the packed tables give back (a bare string would be split up)."""
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def pack_lemmatizers(nlp: Language) -> None:
    """Pack the big tables of every rule lemmatizer in ``nlp``, in place."""
    for _, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None)
        tables: dict[str, Any] | None = getattr(lookups, "_tables", None)
        if tables is None:
            continue
        hashed = tables.get(_HASHED)
        if isinstance(hashed, Table) and all(_is_lemmas(v) for v in hashed.values()):
            tables[_HASHED] = PackedTable(hashed)
        per_pos = tables.get(_PER_POS)
        if isinstance(per_pos, Table):
            for pos, words in list(per_pos.items()):
                if isinstance(words, dict) and all(isinstance(w, str) and _is_lemmas(v) for w, v in words.items()):
                    per_pos[pos] = PackedWords(words)
