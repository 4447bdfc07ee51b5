"""Bodies whose name the model cut, made whole by the acronym that follows them.

'the Malaysian | Anti-Corruption Commission (MACC)', 'the Kenya Medical Practitioners | ,
Pharmacists and Dentists Union (KMPDU)': the capitalised words before a tagged body, with the
joiners between them ('and', 'for', 'of', a comma), are its own when the acronym after it spells
them. Wire acronyms may skip a word of a long name (KMPDU leaves out one of two P words), so a
spelling one letter short of the initials, keeping their order and first letter, is accepted.

A name the model left untagged, or called a work of art ('Alberta's Fish and Wildlife Enforcement
Branch (FWEB)'), is a body when its acronym spells it and its last word is one bodies end in: a
writer who defines an acronym for a capitalised name ending in 'Branch' or 'Office' names a body.
"""

from spacy.tokens import Doc

from worker.core.extract.entities.lexicon import ACRONYM_BODY_LAST_WORDS, ACRONYM_NAME_JOINERS, ORG_SUFFIXES
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import initials


def with_acronym_words_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each body that an acronym follows widened to the words it spells; the
    mentions the widened name swallows are dropped."""
    # ('Malaysian' tagged as a nationality on its own may join the name, and so may a body the
    # model cut off at a comma.)
    taken = {i for m in mentions if m.label not in {"NORP", "ORG"} for i in range(m.tok_start, m.tok_end)}
    # (A defined name spells its acronym letter for letter, so it may take in a name the model
    # called a person: 'Jama'at Nusrat al-Islam' of 'Jama'at Nusrat al-Islam wal-Muslimin (JNIM)'.)
    loose = {i for m in mentions if m.label not in {"NORP", "ORG", "PERSON"} for i in range(m.tok_start, m.tok_end)}
    out = []
    defined = _defined_bodies(doc, mentions)
    widened = []
    for m in mentions + defined:
        acronym = doc[m.tok_end + 1] if m.label == "ORG" and m.tok_end + 2 < len(doc) else None
        if acronym is not None and doc[m.tok_end].text == "(" and doc[m.tok_end + 2].text == ")" \
                and acronym.is_upper and acronym.is_alpha and _spelled(m.text) != acronym.text:
            start = _spelled_from(doc, m, acronym.text, loose if m in defined else taken, exact=m in defined)
            if start is not None:
                # 'United Nations Office | Office for the Coordination of Humanitarian Affairs
                # (OCHA)': a body the spelled name starts inside is the same name's head.
                start = min([b.tok_start for b in mentions if b.label == "ORG"
                             and b.tok_start < start < b.tok_end], default=start)
                span = doc[start:m.tok_end]
                if m in defined:
                    widened.append((start, m.tok_end))
                m = Mention(start, m.tok_end, "ORG", span.text, span.start_char, span.end_char)
            elif m in defined:
                continue
        out.append(m)
    bodies = [(b.tok_start, b.tok_end) for b in out if b.label == "ORG"]
    return [m for m in out if (m.label not in {"NORP", "ORG"} or not any(
        s <= m.tok_start and m.tok_end <= e and (s, e) != (m.tok_start, m.tok_end) for s, e in bodies))
        and not any(s <= m.tok_start < e and (s, e) != (m.tok_start, m.tok_end) for s, e in widened)]


def _defined_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Capitalised names right before an acronym in brackets that no body covers, ending in a body
    word or defining an acronym the model tagged a body: one-word bodies for the acronym to widen."""
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    bodies = {i for m in mentions if m.label == "ORG" for i in range(m.tok_start, m.tok_end)}
    found = []
    for i in range(1, len(doc) - 2):
        last, acronym = doc[i - 1], doc[i + 1]
        if doc[i].text == "(" and doc[i + 2].text == ")" and acronym.is_upper and acronym.is_alpha \
                and len(acronym) >= 3 and last.text[:1].isupper() and last.i not in bodies and (
                    last.lower_ in ORG_SUFFIXES | ACRONYM_BODY_LAST_WORDS and last.i not in covered
                    or acronym.i in bodies):
            found.append(Mention(i - 1, i, "ORG", last.text, last.idx, last.idx + len(last.text)))
    return found


def _spelled_from(doc: Doc, m: Mention, acronym: str, taken: set[int], exact: bool = False) -> int | None:
    """The first token, walking back from the body over capitalised words and joiners, from which
    the name spells the acronym (``exact``: letter for letter); None when no start does."""
    s = m.tok_start
    while s > 0 and s - 1 not in taken and not doc[s].is_sent_start and (
            doc[s - 1].text[:1].isupper() or doc[s - 1].lower_ in ACRONYM_NAME_JOINERS or _glued(doc, s - 1)):
        s -= 1
        if not doc[s].text[:1].isupper():
            continue
        spelled = _spelled(doc[s:m.tok_end].text)
        if spelled == acronym or not exact and _skips_one(spelled, acronym):
            return s
        if len(spelled) > len(acronym) + 1:
            return None
    return None


def _glued(doc: Doc, i: int) -> bool:
    """A hyphen inside a word, or the lower-case particle before one ('al-', 'wal-' in 'al-Islam')."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and not doc[i].whitespace_ and (
        doc[i].text == "-" or doc[i].is_lower and doc[i].is_alpha and nxt.text == "-")


def _skips_one(spelled: str, acronym: str) -> bool:
    """'KMPPDU' spelled, 'KMPDU' written: one letter left out, the rest in order, the first kept."""
    if len(spelled) != len(acronym) + 1 or len(acronym) < 4 or spelled[0] != acronym[0]:
        return False
    return any(spelled[:i] + spelled[i + 1:] == acronym for i in range(1, len(spelled)))


def _spelled(name: str) -> str:
    """The initials of a name's words, hyphened parts apart ('Anti-Corruption' gives 'AC')."""
    return initials(name.replace("-", " "))
