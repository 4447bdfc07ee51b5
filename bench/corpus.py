"""The benchmark corpus: real wire stories, varied per copy so no run sees the same text twice.

Base stories come from the repository (test stories and shipped samples) plus the shared dev story
when it sits beside the repository. Each copy joins paragraphs from two or three bases to reach
about the target length, then swaps person surnames, places and numbers. New surnames matter: a
long-running worker meets new names all day, and that is what grows spaCy's string store.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from worker.core.decode import decode
from worker.core.models import RawStory

REPO_ROOT = Path(__file__).resolve().parent.parent
# The dev story lives beside the repository, not in it; the corpus works without it.
DEV_STORY = REPO_ROOT.parent / "shared" / "data" / "dev" / "kyiv-diplomacy.txt"

CITIES = ["Lisbon", "Nairobi", "Manila", "Bogota", "Tbilisi", "Dhaka", "Lagos", "Auckland", "Quito", "Helsinki",
          "Accra", "Hanoi", "Montevideo", "Tunis", "Perth", "Oslo", "Valparaiso", "Cebu", "Gdansk", "Mombasa"]
_SYLLABLES = ["ka", "lo", "ver", "min", "dra", "so", "ten", "bar", "el", "qui", "ro", "shen", "ta", "vik", "mar",
              "do", "zu", "nel", "ora", "hart", "win", "gal", "pet", "ri", "ston", "ba", "lund", "ez"]
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")


@dataclass(frozen=True)
class Story:
    key: str
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def base_paths(root: Path = REPO_ROOT) -> list[Path]:
    paths = sorted((root / "tests" / "data" / "stories").glob("*.txt"))
    paths += sorted(p for p in (root / "worker" / "samples").iterdir() if p.suffix in (".txt", ".json"))
    if DEV_STORY.is_file():
        paths.append(DEV_STORY)
    return paths


def base_stories(root: Path = REPO_ROOT) -> list[str]:
    """Story bodies as the worker would decode them (samples include our JSON and ninjs)."""
    bodies: list[str] = []
    for path in base_paths(root):
        story = decode(path.read_bytes(), key=path.name.encode())
        if isinstance(story, RawStory) and len(story.body.split()) > 50:
            bodies.append(story.body)
    return bodies


@dataclass
class _Base:
    paragraphs: list[str]
    persons: list[str]  # surnames seen in PERSON entities
    places: list[str]  # GPE entity texts


def _analyse(nlp: Language, bodies: list[str]) -> list[_Base]:
    out: list[_Base] = []
    for doc in nlp.pipe(bodies):
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}
        places = {ent.text for ent in doc.ents if ent.label_ == "GPE" and ent.text.istitle() and len(ent) == 1}
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", doc.text) if p.strip()]
        out.append(_Base(paragraphs, sorted(surnames), sorted(places)))
    return out


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _vary(text: str, base: _Base, rng: random.Random) -> str:
    for name in base.persons:
        text = re.sub(rf"\b{re.escape(name)}\b", _surname(rng), text)
    for place in base.places:
        if place.upper() in text:  # datelines are in capitals
            text = text.replace(place.upper(), rng.choice(CITIES).upper())
        text = re.sub(rf"\b{re.escape(place)}\b", rng.choice(CITIES), text)

    def number(match: re.Match[str]) -> str:
        digits = match.group(0)
        if len(digits) == 4 and digits.startswith(("19", "20")):  # keep years plausible
            return str(rng.randint(1990, 2030))
        return str(rng.randint(2, 10 ** min(len(digits), 6) - 1))

    return _NUMBER.sub(number, text)


def _head(paragraphs: list[str], words: int) -> list[str]:
    """Leading paragraphs up to about `words` words (short stories for the long memory run)."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and sum(len(p.split()) for p in out) + len(paragraph.split()) > words * 1.15:
            break
        out.append(paragraph)
    return out


def build(nlp: Language, n: int, *, words: int = 500, seed: int = 7, root: Path = REPO_ROOT) -> list[Story]:
    """`n` stories of about `words` words: a base story, then paragraphs of others until long enough."""
    rng = random.Random(seed)
    bases = _analyse(nlp, base_stories(root))
    stories: list[Story] = []
    for i in range(n):
        first = bases[i % len(bases)]
        parts = [_vary("\n\n".join(_head(first.paragraphs, words)), first, rng)]
        total = len(parts[0].split())
        while total < words * 0.9:
            other = rng.choice(bases)
            take = other.paragraphs[1:] or other.paragraphs
            chunk = _vary("\n\n".join(take), other, rng)
            chunk_words = chunk.split()
            if total + len(chunk_words) > words * 1.15:  # trim the last addition to stay near the target
                chunk = " ".join(chunk_words[: max(40, words - total)])
            parts.append(chunk)
            total += len(chunk.split())
        stories.append(Story(key=f"bench-{seed}-{i}", text="\n\n".join(parts)))
    return stories
