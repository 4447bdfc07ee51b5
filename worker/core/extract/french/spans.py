"""The name spans the French rules read: the model's, and the names it left out that the words
around them make plain.

A capitalised name right after a title ("la Première ministre Claire Vasseur", "le défenseur
brésilien Rafael Nogueira") is a person's, and a lower-case name followed by the acronym of its
words in parentheses ("le département fédéral des affaires étrangères (DFAE)") is a body's,
whether the model tagged them or not.
"""

import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc

from worker.core.extract.entities.lexicon_fr import NAME_PARTICLES_FR, ORG_HEADS_FR, STATE_PHRASE_HEADS_FR, TITLES_FR
from worker.core.extract.french.names import known_place

_TITLE = "|".join(sorted((re.escape(t) for t in TITLES_FR), key=len, reverse=True))
# A title phrase closing the text before a name, with no comma ("le ministre de l'Industrie ").
_TITLE_END = re.compile(rf"(?:^|[\s('’])(?:{_TITLE})\b[^,;:.()«»\n]{{0,50}}?\s$", re.IGNORECASE)
_LINK_END = re.compile(r"(?:\b(?:de|du|des|la|le|les|et|à|au|aux)|['’])\s*$", re.IGNORECASE)
_CAP = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_NAME = re.compile(rf"(?<![\w'’\-]){_CAP}(?:\s+(?:(?:{'|'.join(NAME_PARTICLES_FR)})\s+)?{_CAP}){{1,2}}(?![\w\-])")
# A title in the apposition after a name ("Sylvie Chabrol, professeure des écoles à Riom et ..."),
# up to the place, the next clause or the next punctuation.
_TITLE_AFTER = re.compile(rf",\s+(?:(?:un|une|le|la|l['’])\s*)?(?P<title>(?:{_TITLE})\b[^,;:.()«»\n]{{0,50}}?)"
                          r"(?=\s+(?:à|au|aux|en|et|qui|dont)\b|\s*[,;:.()«»\n]|$)", re.IGNORECASE)
_DEFINED = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)")
_SMALL = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "à", "pour", "sur", "sans"})
_WORD = re.compile(r"[\wÀ-ÿ\-]+")


@dataclass(frozen=True)
class Span:
    """A name's place and label, read as the model's entities are (``start_char``, ``label_``...)."""

    start_char: int
    end_char: int
    label_: str
    text: str


def titled(body: str, start: int) -> bool:
    """A title phrase ends right before ``start``, and not on a link word ("ministre des ")."""
    before = body[max(0, start - 70):start]
    return bool(_TITLE_END.search(before)) and not _LINK_END.search(before)


def title_after(body: str, end: int) -> tuple[str, int] | None:
    """The title an apposition gives right after a name, and where it starts."""
    found = _TITLE_AFTER.match(body, end)
    return (found.group("title"), found.start("title")) if found else None


_STATE_PHRASE = re.compile(r"\b(\w+)\s+d['’]\s*$")


def state_phrase(body: str, start: int, name: str) -> bool:
    """'État sénégalais' in 'chef d'État sénégalais': a phrase of the language, not a place."""
    before = _STATE_PHRASE.search(body, max(0, start - 30), start)
    return name.split()[0] == "État" and before is not None and before.group(1).casefold() in STATE_PHRASE_HEADS_FR


def person_shaped(name: str) -> bool:
    """Two or three capitalised words with a person's particles only ("Inès Barthélemy", "Yoann Le Goff")."""
    return bool(_NAME.fullmatch(name)) and name.split()[0].lower() not in ORG_HEADS_FR


def read(doc: Doc) -> list[Span]:
    """The model's entities, and the names after titles and defined bodies it left out, in order."""
    body = doc.text
    spans = [Span(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
    for m in _NAME.finditer(body):
        # The model's own person inside the name is a part it cut off ("Tiago" of "Tiago Pereira").
        cut = [x for x in spans if x.start_char < m.end() and m.start() < x.end_char]
        if not titled(body, m.start()) or any(
                x.label_ not in ("PER", "MISC") or x.start_char < m.start() or x.end_char > m.end() for x in cut):
            continue
        first = m.group().split()[0].lower()
        if first in TITLES_FR or first in _SMALL or known_place(m.group()):
            continue
        spans = [s for s in spans if not (s.start_char < m.end() and m.start() < s.end_char)]
        spans.append(Span(m.start(), m.end(), "PER", m.group()))
    for m in _DEFINED.finditer(body):
        found = _defined(body, m.start(), m.group("acronym"))
        if found and not any(x.start_char < found[1] and found[0] < x.end_char and x.label_ != "MISC" for x in spans):
            spans.append(Span(found[0], found[1], "ORG", body[found[0]:found[1]]))
    return sorted(spans, key=lambda s: s.start_char)


def _defined(body: str, paren: int, acronym: str) -> tuple[int, int] | None:
    """The words before "(ACRONYM)" whose initials spell it ("forces de soutien rapide (FSR)")."""
    words = list(_WORD.finditer(body[max(0, paren - 120):paren]))
    offset = max(0, paren - 120)
    for i in range(len(words) - 1, -1, -1):
        chosen = [w.group() for w in words[i:] if w.group().lower() not in _SMALL]
        initials = unicodedata.normalize("NFD", "".join(w[0] for w in chosen)).encode("ascii", "ignore").decode().upper()
        if initials == acronym and words[i].group().lower() not in _SMALL:
            return offset + words[i].start(), offset + words[-1].end()
        if len(initials) > len(acronym):
            return None
    return None
