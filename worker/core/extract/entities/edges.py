"""Lower-case words at the edges of a tagged name, which are never part of it.

A name never starts with a lower-case word ('meet European Union'), and a body's name never ends
in one: 'Xinhua news', 'Rescue 1122 emergency service' are the name and what kind of body it is.
Joiners inside a name ('Bank of England') are left alone because a name's last word is capitalised.
A body's name the model cut at a joiner or after a plural owner is made whole (``joined_names``).
"""

from spacy.tokens import Doc

from worker.core.extract.common.country_names import PLACE_CANONICAL

from worker.core.extract.entities.lexicon import NAME_END_JOINERS, ORG_SUFFIXES, OWNED_BODY_HEADS, OWNER_MARKS, PLURAL_NAME_TAGS
from worker.core.extract.entities.lexicon_names import NAME_AND, NAME_AND_WORDS, ROMANCE_JOINERS
from worker.core.extract.entities.roles import Mention


def without_lower_edges(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """The token range of a name with lower-case words dropped from its start, and, for a body,
    from its end while a capitalised word is left."""
    while start < end and doc[start].text[:1].islower():
        start += 1
    # ('Fly-half' keeps its hyphened part; 'Coast guard crews' opening a sentence is no name at all;
    # 'Teaching and' is left for the rule that reads past a trailing joiner.)
    while label == "ORG" and end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha and not doc[end - 1].is_stop \
            and doc[end - 2].whitespace_ and not doc[start].is_sent_start \
            and any(t.text[:1].isupper() or t.like_num for t in doc[start:end - 1]):
        end -= 1
    # ('an oceanographer at the University of Auckland in New Zealand': a body named for its town,
    # then where that is; the 'U.N. Peacekeeping Force in Cyprus' keeps its country.)
    cut = next((k for k in range(start + 2, end - 1) if doc[k].lower_ == "in" and doc[k - 2].lower_ == "of"
                and doc[k + 1:end].text.removeprefix("the ").lower() in PLACE_CANONICAL), None)
    if label == "ORG" and cut is not None:
        end = cut
    return start, end


def joined_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A body's name that the model cut at a joiner or an owner: 'the National Stock Exchange of' +
    'India' is one name (no name ends in 'of' or 'for'), and so is 'Citizens'' + 'Initiative for
    Clean Air' (a capitalised plural owner opens the body's name), and so is 'U.S. Attorney's' +
    'Office for the District of Idaho' (a title owning an office)."""
    out: list[Mention] = []
    skip_to = 0
    mentions = sorted(mentions, key=lambda n: n.tok_start)
    for k, m in enumerate(mentions):
        if m.tok_start < skip_to:
            continue
        start, end = m.tok_start, m.tok_end
        if m.label == "ORG" and end - start > 1 and doc[end - 1].lower_ in NAME_END_JOINERS:
            after = next((n for n in mentions[k + 1:] if n.tok_start == end), None)
            end = after.tok_end if after is not None else _capitalised_run(doc, end)
            if end == m.tok_end:
                end -= 1   # nothing capitalised follows: the joiner is not the name's
            skip_to = end
        if m.label == "ORG":
            end = _romance_tail(doc, start, end)
            skip_to = max(skip_to, end)
        if m.label == "ORG" and start >= 2 and doc[start - 1].text in OWNER_MARKS and doc[start - 2].tag_ in PLURAL_NAME_TAGS \
                and doc[start - 2].text[:1].isupper() and not doc[start - 2].ent_type_ and not doc[start - 2].is_sent_start:
            start -= 2
        # ('the Bolivian Workers'' + 'Center': the model stopped at the owner's mark before the body word.)
        mark = end - 1 if doc[end - 1].tag_ == "POS" else end
        if m.label == "ORG" and mark + 1 < len(doc) and doc[mark].tag_ == "POS" and doc[mark + 1].text[:1].isupper() \
                and doc[mark + 1].lower_ in ORG_SUFFIXES and doc[mark + 1].ent_iob_ != "B":   # (not "Banda's" + a body)
            end = mark + 2
        head = next((k for k in range(max(start, 2), end) if doc[k].lower_ in OWNED_BODY_HEADS), None)
        if m.label == "ORG" and head is not None and doc[head - 1].tag_ == "POS" and doc[head - 2].text[:1].isupper():
            start = _owner_run(doc, min(start, head - 2))
        if (start, end) != (m.tok_start, m.tok_end):
            span = doc[start:end]
            m = Mention(start, end, m.label, span.text, span.start_char, span.end_char)
        out.append(m)
    return out


def _owner_run(doc: Doc, i: int) -> int:
    """'the U.S. Attorney's Office for the District of Idaho': the office's owner, a title and the
    capitalised words before it, opens the body's name (not an article or a sentence's first word)."""
    while i > 0 and not doc[i].is_sent_start and (
            doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ != "DET"
            or doc[i - 1].text == "-" and i > 1 and doc[i - 2].text[:1].isupper()):   # 'Attorney-General's'
        i -= 1
    return i


def _romance_tail(doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends when its words run on past the model's cut: 'Banco Central' + 'de
    la Republica Dominicana', 'High Court of Cassation' + 'and Justice'."""
    at = end
    if at + 1 < len(doc) and f"{doc[at].lower_} {doc[at + 1].lower_}" in ROMANCE_JOINERS:
        at += 2
    elif at < len(doc) and doc[at].lower_ in ROMANCE_JOINERS and doc[at].is_lower:
        at += 1
    elif at < len(doc) and doc[at].lower_ == NAME_AND and any(t.lower_ == "of" for t in doc[start:end]):
        run = _capitalised_run(doc, at + 1)
        following = doc[run] if run < len(doc) else None
        if 0 < run - at - 1 <= NAME_AND_WORDS and (following is None or not following.text[:1].isupper()) \
                and all(t.ent_type_ in ("", "ORG") and not t.is_upper for t in doc[at + 1:run]):   # (not '... and UNESCO')
            return run
        return end
    else:
        return end
    run = _capitalised_run(doc, at)
    return run if run > at else end


def _capitalised_run(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].text[:1].isupper() and not doc[i].is_sent_start:
        i += 1
    return i
