"""Bodies whose name the model cut, made whole by the acronym that follows them.

'the Malaysian | Anti-Corruption Commission (MACC)', 'the Kenya Medical Practitioners | ,
Pharmacists and Dentists Union (KMPDU)': the capitalised words before a tagged body, with the
joiners between them ('and', 'for', 'of', a comma), are its own when the acronym after it spells
them. Wire acronyms may skip a word of a long name (KMPDU leaves out one of two P words), so a
spelling one letter short of the initials, keeping their order and first letter, is accepted.
"""

from spacy.tokens import Doc

from worker.core.extract.entities.lexicon import ACRONYM_NAME_JOINERS
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import initials


def with_acronym_words_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each body that an acronym follows widened to the words it spells; the
    mentions the widened name swallows are dropped."""
    # ('Malaysian' tagged as a nationality on its own may join the name, and so may a body the
    # model cut off at a comma.)
    taken = {i for m in mentions if m.label not in {"NORP", "ORG"} for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in mentions:
        acronym = doc[m.tok_end + 1] if m.label == "ORG" and m.tok_end + 2 < len(doc) else None
        if acronym is not None and doc[m.tok_end].text == "(" and doc[m.tok_end + 2].text == ")" \
                and acronym.is_upper and acronym.is_alpha and _spelled(m.text) != acronym.text:
            start = _spelled_from(doc, m, acronym.text, taken)
            if start is not None:
                span = doc[start:m.tok_end]
                m = Mention(start, m.tok_end, "ORG", span.text, span.start_char, span.end_char)
        out.append(m)
    bodies = [(b.tok_start, b.tok_end) for b in out if b.label == "ORG"]
    return [m for m in out if m.label not in {"NORP", "ORG"} or not any(
        s <= m.tok_start and m.tok_end <= e and (s, e) != (m.tok_start, m.tok_end) for s, e in bodies)]


def _spelled_from(doc: Doc, m: Mention, acronym: str, taken: set[int]) -> int | None:
    """The first token, walking back from the body over capitalised words and joiners, from which
    the name spells the acronym; None when no start does."""
    s = m.tok_start
    while s > 0 and s - 1 not in taken and not doc[s - 1].is_sent_start and (
            doc[s - 1].is_title or doc[s - 1].lower_ in ACRONYM_NAME_JOINERS):
        s -= 1
        if not doc[s].is_title:
            continue
        spelled = _spelled(doc[s:m.tok_end].text)
        if spelled == acronym or _skips_one(spelled, acronym):
            return s
        if len(spelled) > len(acronym) + 1:
            return None
    return None


def _skips_one(spelled: str, acronym: str) -> bool:
    """'KMPPDU' spelled, 'KMPDU' written: one letter left out, the rest in order, the first kept."""
    if len(spelled) != len(acronym) + 1 or len(acronym) < 4 or spelled[0] != acronym[0]:
        return False
    return any(spelled[:i] + spelled[i + 1:] == acronym for i in range(1, len(spelled)))


def _spelled(name: str) -> str:
    """The initials of a name's words, hyphened parts apart ('Anti-Corruption' gives 'AC')."""
    return initials(name.replace("-", " "))
