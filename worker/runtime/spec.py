"""What every edge runs: a pipeline built from one spec, each batch inside a spaCy memory zone.

Long runs: spaCy's string store and lexeme cache grow with every new word, and wire copy brings new
names all day. Every batch runs inside `nlp.memory_zone()` (spaCy >= 3.8), which frees the strings
and lexemes it added when the batch is done; nothing from spaCy leaves a batch except plain Python
data, so that is safe. One warm-up story runs outside the zone first, so whatever components and
extractors intern lazily on first use stays permanent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from worker.config import Settings
from worker.core.families import Topics
from worker.core.heap import release_freed_memory
from worker.core.language import EXPECTED
from worker.core.nlp import Blas
from worker.core.pipeline import BatchOutcome, Pipeline, SourceRecord
from worker.core.routing import Unsupported

if TYPE_CHECKING:
    from spacy.language import Language

ProcessFn = Callable[[list[SourceRecord]], BatchOutcome]

_WARM_UP = (b"LONDON \xe2\x80\x94 Police said on Monday that 3 people were hurt when a bus crashed near the "
            b"market.\n\n\"We are still counting,\" said Chief Inspector Ann Lee. The mayor will visit on Friday.")


@dataclass(frozen=True)
class PipelineSpec:
    """What a fresh process needs to build the same pipeline: plain, picklable settings."""

    model: str
    topics: Topics
    source: str
    max_bytes: int = 1_000_000
    max_words: int = 20_000
    max_output_bytes: int = 900_000
    nlp_batch_size: int = 32
    extract_budget_s: float = 20.0
    exclude: tuple[str, ...] = ()
    blas: Blas = "openblas"
    # More languages than the main model's: (ISO 639-1 code, pipeline name) pairs, and what to do
    # with a story in a language none of them reads (docs/languages.md).
    language_models: tuple[tuple[str, str], ...] = ()
    unsupported: Unsupported = "metadata"
    expected_languages: tuple[str, ...] = EXPECTED
    # Return each result's EnrichedStory from pool processes too (`enrich` prints it); the worker
    # publishes the records only and spares its event loop unpickling the stories.
    keep_stories: bool = False
    # Where the gazetteer's store is (WIRE_CACHE_DIR); None: the default cache directory.
    cache_dir: Path | None = None

    @classmethod
    def from_settings(cls, s: Settings, *, source: str | None = None, keep_stories: bool = False) -> PipelineSpec:
        """The worker's pipeline: its model, topics, source and limits, as the settings say."""
        return cls(s.model, s.topics(), source or s.source, max_bytes=s.max_record_bytes, max_words=s.max_words,
                   max_output_bytes=s.max_output_bytes, nlp_batch_size=s.nlp_batch_size, blas=s.blas,
                   language_models=tuple(sorted(s.language_models.items())), unsupported=s.unsupported_language,
                   expected_languages=tuple(s.expected_languages),
                   extract_budget_s=s.extract_budget_s, keep_stories=keep_stories, cache_dir=s.cache_dir)

    def build(self) -> Pipeline:
        from worker.core.cache import use_cache_dir
        from worker.core.extract.amounts.currencies import currencies
        from worker.core.extract.places.gazetteer import gazetteer
        from worker.core.language import unknown, warm
        from worker.core.nlp import load

        if self.cache_dir is not None:
            use_cache_dir(self.cache_dir)
        # The models first: each holds its lemmatizer's tables whole until they are packed
        # (nlp.load), a peak that stays lower with nothing else loaded yet.
        others = [load_for(language, name, exclude=self.exclude, blas=self.blas)
                  for language, name in self.language_models]
        main = load(self.model, exclude=self.exclude, blas=self.blas)
        gazetteer()  # opened (or its store built) once per process, before the first story
        currencies()  # likewise the currency symbols and names (about 0.3 s)
        warm()  # the language detector's model, likewise
        if typos := unknown(self.expected_languages):
            raise ValueError(f"WIRE_EXPECTED_LANGUAGES: the language detector knows no {typos}")
        if any(language == "fr" for language, _ in self.language_models):
            from worker.core.extract.places.localised import local_names

            local_names("fr")  # French place names for the gazetteer, before the first French story
        release_freed_memory()  # what loading allocated and dropped, before the first story
        return Pipeline(main, topics=self.topics, source=self.source, max_bytes=self.max_bytes,
                        max_words=self.max_words, max_output_bytes=self.max_output_bytes,
                        nlp_batch_size=self.nlp_batch_size, others=others, unsupported=self.unsupported,
                        extract_budget_s=self.extract_budget_s, expected=self.expected_languages)


def load_for(language: str, name: str, **kwargs: Any) -> Language:
    """Load the pipeline a setting names for ``language``; refuse one that reads another language."""
    from worker.core.nlp import load

    nlp = load(name, **kwargs)
    if nlp.lang != language:
        raise ValueError(f"WIRE_LANGUAGE_MODELS names {name!r} for {language!r}, but it is a {nlp.lang!r} pipeline")
    return nlp


def bounded(pipeline: Pipeline) -> ProcessFn:
    """`pipeline.process` inside a memory zone, after one warm-up batch outside of it."""
    pipeline.process([SourceRecord(value=_WARM_UP, key=b"warm-up")])
    lock = threading.Lock()  # the zone is per Language object: never let two batches share one

    def process(batch: list[SourceRecord]) -> BatchOutcome:
        with lock:
            with pipeline.memory_zones():
                outcome = pipeline.process(batch)
            # The batch's docs and the strings the zone dropped, back to the system before the
            # next batch (a few ms): otherwise the allocator keeps them and the process grows.
            release_freed_memory()
            return outcome

    return process
