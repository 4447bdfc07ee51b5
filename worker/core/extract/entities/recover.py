"""Further mentions of names the model found elsewhere in the story but missed there."""

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.rules import hyphen_joined


def _orth_pattern(span: Span) -> Doc:
    # Only ORTH is matched, so the words are the whole pattern; Span.as_doc would copy every
    # annotation (and rebuild the document's entities) for nothing.
    return Doc(span.doc.vocab, words=[t.text for t in span])


def recover_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Find further occurrences of names the model found elsewhere but missed here."""
    labels: dict[str, str] = {}
    for m in mentions:
        if len(m.text) >= 3:
            labels.setdefault(m.text, m.label)
    # A surname the model never tagged on its own ("Simmons said") is still the person.
    surnames = {m.text.split()[-1]: m for m in mentions
                if m.label == "PERSON" and m.tok_end - m.tok_start > 1}
    # A family name written first, before a hyphenated given name ("Park Ji-hoon" ... "Park said").
    family_first = {doc[m.tok_start].text: m for m in mentions if m.label == "PERSON"
                    and m.tok_end - m.tok_start == 4 and hyphen_joined(doc, m.tok_end - 3)}
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    for text in labels:
        # The document's own tokens of a mention are the pattern, so tokenisation lines up.
        first = next(m for m in mentions if m.text == text)
        matcher.add(text, [_orth_pattern(doc[first.tok_start:first.tok_end])])
    for surname, full in surnames.items():
        if surname not in labels and len(surname) >= 3:
            labels[surname] = "PERSON"
            start = full.tok_end - 1
            while start - 2 >= full.tok_start and hyphen_joined(doc, start - 2):
                start -= 2   # "Ofori-Mensah" is three tokens
            matcher.add(surname, [_orth_pattern(doc[start:full.tok_end])])
    for family, full in family_first.items():
        if family not in labels and len(family) >= 2:
            labels[family] = "PERSON"
            matcher.add(family, [_orth_pattern(doc[full.tok_start:full.tok_start + 1])])
    taken: set[int] = set()
    for m in mentions:
        taken.update(range(m.tok_start, m.tok_end))
    found = sorted(((doc.vocab.strings[key], s, e) for key, s, e in matcher(doc)),
                   key=lambda hit: (hit[1], hit[1] - hit[2]))
    extra: list[Mention] = []
    for text, s, e in found:
        if taken.intersection(range(s, e)):
            continue
        span = doc[s:e]
        extra.append(Mention(s, e, labels[text], span.text, span.start_char, span.end_char))
        taken.update(range(s, e))
    return sorted(mentions + extra, key=lambda m: m.tok_start)
