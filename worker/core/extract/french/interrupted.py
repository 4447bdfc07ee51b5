"""A said-clause inside a French quote: « Rien ne permet, a précisé le procureur, de conclure. »

The writer breaks the quote with its said-clause and goes on without closing the guillemets. The
clause names the speaker (a person, an inverted pronoun, or a title such as "le procureur" that
stands for the person who holds it) and is not part of the words quoted.
"""

import re
from dataclasses import dataclass

from worker.core.extract.quotes.lexicon_fr import INVERTED_PRONOUNS_FR, SPEECH_VERBS_FR
from worker.core.models.entities import Entity

_INV = "|".join(re.escape(p) for p in INVERTED_PRONOUNS_FR)
_VERBS = "|".join(re.escape(v) for v in sorted(SPEECH_VERBS_FR, key=len, reverse=True))
# ", a précisé le procureur" / ", a-t-elle dit" inside the quoted words.
_INSIDE = re.compile(rf",\s+(?:a|ont)(?P<inv>{_INV})?\s+(?P<verb>{_VERBS})\b")
# Where the quote goes on: a comma (or full stop) before a lower-case word or a new sentence.
_RESUME = re.compile(r",\s+(?=[a-zà-ÿ])|(?<!\b[A-Z])\.\s+(?=[A-ZÀ-Ý«])")  # not the stop of "M. Valmont"
_WORD = re.compile(r"[a-zà-ÿ\-]+")


@dataclass(frozen=True)
class Interruption:
    start: int  # offsets in the body
    end: int
    verb: str
    inverted: bool


def find(body: str, start: int, end: int) -> Interruption | None:
    """The said-clause between ``start`` and ``end`` (the quoted words), if the writer put one there."""
    inside = _INSIDE.search(body, start, end)
    if inside is None:
        return None
    resume = _RESUME.search(body, inside.end(), end)
    stop = resume.start() if resume else end
    if body[stop:stop + 1] == ".":
        stop += 1
    return Interruption(inside.start(), stop, inside.group("verb"), bool(inside.group("inv")))


def speaker(cut: Interruption, mentions: list[tuple[int, int, Entity]], body: str) -> Entity | None:
    """The person the said-clause names, else the holder of the title it names ("le procureur")."""
    named = [e for s, _, e in mentions if cut.start <= s < cut.end and e.label in ("PERSON", "ORG")]
    people = [e for e in named if e.label == "PERSON"]
    if people or named:
        return people[0] if people else named[0]
    words = _WORD.findall(body[cut.start:cut.end].lower())
    for e in sorted({id(e): e for _, _, e in mentions if e.label == "PERSON"}.values(),
                    key=lambda e: e.mentions[0].start):
        titles = [r.title.lower().split()[0] for r in e.roles if r.title]
        if any(t in words[2:] for t in titles):
            return e
    return None


def quoted_text(body: str, start: int, end: int, cut: Interruption) -> str:
    """The quoted words without the said-clause inside them."""
    return (body[start:cut.start] + body[cut.end:end]).strip()
