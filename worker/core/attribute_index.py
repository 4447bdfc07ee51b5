"""The model's attribute rules, applied through a hash index instead of spaCy's Matcher.

The small English pipelines set POS, morphology and some lemmas with an `attribute_ruler` of
about 180 one- and two-token patterns (the tag map plus exceptions). spaCy's Matcher tries every
pattern at every token, which costs about a tenth of the whole model's time per story. Every
pattern there is a plain conjunction of tests on LOWER, TAG, DEP and IS_SPACE, so a table keyed
on each pattern's most selective first-token value finds the same matches for a fraction of the
cost. Matches are collected on the document as it arrives, then applied in rule order, later
rules winning, exactly as `AttributeRuler` does; `IndexedAttributes.compile` refuses (returns
None) any rule set it cannot reproduce exactly, and the model's own ruler then stays in place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

from worker.errors import WireEnrichError

COMPONENT = "wire_indexed_attributes"

# Column order of the per-token rows read with Doc.to_array; patterns are compiled against it.
_COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]
# Most selective first: a pattern is filed under the first of these it tests for equality.
_INDEX_ORDER = ("LOWER", "TAG", "DEP")

Row = tuple[int, int, int, int]
Test = Callable[[Row], bool]


class Unsupported(WireEnrichError, ValueError):
    """A pattern uses something the index does not reproduce exactly (operators, other attributes)."""


@dataclass(frozen=True)
class _Pattern:
    rule: int  # position in the ruler: later rules win
    index: int  # which token of the match receives the attributes
    tokens: tuple[tuple[Test, ...], ...]


def _value_test(column: int, spec: Any, vocab: Vocab) -> tuple[Test, set[int] | None]:
    """One token attribute test, and the hashes it accepts when that set is finite (for the index)."""

    def hashed(value: Any) -> int:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, str):
            return vocab.strings.as_int(value) if value else 0
        raise Unsupported(f"value {value!r}")

    if not isinstance(spec, dict):
        wanted = hashed(spec)
        return (lambda row: row[column] == wanted), {wanted}
    if len(spec) != 1:
        raise Unsupported(f"predicate {spec!r}")
    (op, arg), = spec.items()
    if op == "IN":
        accepted = frozenset(hashed(v) for v in arg)
        return (lambda row: row[column] in accepted), set(accepted)
    if op == "NOT_IN":
        refused = frozenset(hashed(v) for v in arg)
        return (lambda row: row[column] not in refused), None
    if op == "REGEX" and column == _COLUMNS["LOWER"]:
        pattern = re.compile(arg)
        strings = vocab.strings
        return (lambda row: pattern.search(strings[row[column]]) is not None), None
    raise Unsupported(f"predicate {spec!r}")


class IndexedAttributes:
    """Callable pipeline component: the rules of an `AttributeRuler`, matched through an index."""

    def __init__(self, ruler: AttributeRuler, patterns: Sequence[tuple[_Pattern, str | None, set[int] | None]]):
        self.attrs = ruler.attrs
        self._by_key: dict[tuple[int, int], list[_Pattern]] = defaultdict(list)
        self._everywhere: list[_Pattern] = []
        for pattern, key, values in patterns:
            if key is None or values is None:
                self._everywhere.append(pattern)
                continue
            for value in values:
                self._by_key[(_COLUMNS[key], value)].append(pattern)

    @classmethod
    def compile(cls, ruler: AttributeRuler) -> IndexedAttributes | None:
        """The same rules, indexed; None when a rule needs the Matcher's full power."""
        compiled: list[tuple[_Pattern, str | None, set[int] | None]] = []
        try:
            for rule, entry in enumerate(ruler.patterns):
                for tokens in cast(list[list[dict[str, Any]]], entry["patterns"]):
                    tests: list[tuple[Test, ...]] = []
                    first_key: str | None = None
                    first_values: set[int] | None = None
                    for position, spec in enumerate(tokens):
                        token_tests = []
                        finite: dict[str, set[int]] = {}
                        for name, value_spec in spec.items():
                            if name not in _COLUMNS:
                                raise Unsupported(f"attribute {name!r}")
                            test, values = _value_test(_COLUMNS[name], value_spec, ruler.vocab)
                            token_tests.append(test)
                            if values is not None:
                                finite[name] = values
                        if not token_tests:
                            raise Unsupported("empty token pattern")
                        tests.append(tuple(token_tests))
                        if position == 0:
                            first_key = next((k for k in _INDEX_ORDER if k in finite), None)
                            first_values = finite.get(first_key) if first_key else None
                    index = cast(int, entry.get("index", 0))
                    if not -len(tokens) <= index < len(tokens):
                        raise Unsupported(f"index {index} outside a {len(tokens)}-token pattern")
                    compiled.append((_Pattern(rule, index % len(tokens), tuple(tests)), first_key, first_values))
        except Unsupported:
            return None
        return cls(ruler, compiled)

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule, start, target token) for every match on the document as it is now, in rule order."""
        rows: list[Row] = [tuple(r) for r in doc.to_array(_ARRAY_ATTRS).tolist()]
        found: list[tuple[int, int, int]] = []
        by_key = self._by_key
        n = len(rows)
        for start, row in enumerate(rows):
            candidates = [*by_key.get((0, row[0]), ()), *by_key.get((1, row[1]), ()),
                          *by_key.get((2, row[2]), ()), *self._everywhere]
            for pattern in candidates:
                width = len(pattern.tokens)
                if start + width > n:
                    continue
                if all(test(rows[start + k]) for k, tests in enumerate(pattern.tokens) for test in tests):
                    found.append((pattern.rule, start, start + pattern.index))
        found.sort()
        return found

    def __call__(self, doc: Doc) -> Doc:
        seen: set[tuple[int, int, int]] = set()
        for match in self.matches(doc):
            if match in seen:  # one rule's alternatives can match the same span twice
                continue
            seen.add(match)
            set_token_attrs(doc[match[2]], self.attrs[match[0]])
        return doc


@Language.factory(COMPONENT)
def _make(nlp: Language, name: str) -> IndexedAttributes:
    compiled = IndexedAttributes.compile(cast(AttributeRuler, nlp.get_pipe("attribute_ruler")))
    if compiled is None:
        raise ValueError("the attribute ruler's patterns cannot be indexed exactly")
    return compiled


def index_attribute_ruler(nlp: Language) -> bool:
    """Swap the model's `attribute_ruler` for the indexed one when that is exact; True if swapped."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler) or IndexedAttributes.compile(ruler) is None:
        return False
    nlp.add_pipe(COMPONENT, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    return True
