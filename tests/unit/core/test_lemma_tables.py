"""Packing the lemmatizer's tables changes nothing it answers: every entry, every miss, every lemma."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.lookups import Table

from worker.core.lemma_tables import PackedTable, PackedWords, pack_lemmatizers

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def fr() -> Language:
    return spacy.load("fr_core_news_sm")


def test_a_packed_lookup_table_gives_every_entry_and_miss_as_the_table_did(fr: Language) -> None:
    table = fr.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
    packed = PackedTable(table)
    assert len(packed) == len(table) > 100_000
    assert all(packed.get(key) == value for key, value in table.items())
    for word in ("allées", "abaissant", "Paris", "", "xqzv", "aller"):
        assert packed.get(word, [word]) == table.get(word, [word])
        assert (word in packed) == (word in table)


def test_packed_exceptions_compare_the_word_itself_not_only_its_hash() -> None:
    words = {"été": ["être"], "suis": ["être"], "a": ["avoir", "à"], "rien": []}
    packed = PackedWords(words)
    assert {w: packed.get(w) for w in words} == words
    assert packed.get("Été", ["x"]) == ["x"] and "ete" not in packed
    assert packed.get(12345) is None  # a hash is not a word


def test_a_packed_french_pipeline_lemmatises_every_token_alike(fr: Language) -> None:
    texts = [p.read_text(encoding="utf-8") for d in ("fr", "fr-heldout", "fr-heldout2") for p in sorted((DATA / d).glob("*.txt"))]
    assert texts
    before = [(t.text, t.pos_, t.lemma_) for doc in fr.pipe(texts) for t in doc]
    packed = spacy.load("fr_core_news_sm")
    pack_lemmatizers(packed)
    tables = packed.get_pipe("lemmatizer").lookups._tables  # type: ignore[attr-defined]
    assert isinstance(tables["lemma_lookup"], PackedTable)
    assert all(isinstance(v, PackedWords) for v in tables["lemma_exc"].values())
    assert isinstance(tables["lemma_exc"], Table)
    assert [(t.text, t.pos_, t.lemma_) for doc in packed.pipe(texts) for t in doc] == before
