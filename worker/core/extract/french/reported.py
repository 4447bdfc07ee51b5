"""French reported speech: a said-verb and the clause it reports, published as quotes of kind indirect.

Two shapes. A said-verb before "que" ("Le préfet, X, a expliqué que la visibilité était ...", "La
direction assure qu'aucun plan ..."): the clause runs from "que" to the writer's sentence end, and
the speaker is the last person or body named before the verb in its sentence, else the person the
story named last ("la ministre a indiqué que ..."). A said-verb closing the sentence after a comma
("Deux personnes sont mortes, a indiqué mercredi la préfecture de l'Isère."): the clause is the
sentence before the comma, the speaker the person named after the verb, else the body, else a body
named by what it is ("le syndicat") is the one the story named last, else the noun itself ("les
autorités"). A clause that is a direct quote (« ... ») is the direct reader's.
"""

import re

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.quotes.lexicon_fr import (
    BODY_ANAPHORS_FR, CLOSE_FR, INVERTED_PRONOUNS_FR, OPEN_FR, PRESENT_SPEECH_VERBS_FR, RELATIVES_FR,
    REPORTING_TAIL_VERBS_FR, SAID_INSERTS_FR, SPEECH_VERBS_FR, TAIL_ADJUNCTS_FR,
)
from worker.core.models.entities import Entity
from worker.core.models.quotes import Quote

_INV = "|".join(re.escape(p) for p in INVERTED_PRONOUNS_FR)
_PAST = "|".join(re.escape(v) for v in sorted(SPEECH_VERBS_FR, key=len, reverse=True))
_PRESENT = "|".join(re.escape(v) for v in PRESENT_SPEECH_VERBS_FR)
_INSERTS = "|".join(re.escape(w) for w in SAID_INSERTS_FR)
_RELATIVE = re.compile(r",\s+(?:" + "|".join(RELATIVES_FR + TAIL_ADJUNCTS_FR) + r")\b")
_SUBJECT_NOUN = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es)\s*(?P<noun>[a-zà-ÿ\-]+)\s*$")
# "a (également) indiqué (mercredi à l'AFP) que", "assure qu'": the clause opens after "que".
_FORWARD = re.compile(
    rf"\b(?:(?:a|ont|avait|avaient)(?:{_INV})?\s+(?:[a-zé]+ment\s+)?(?:(?:{_INSERTS})\s+)?(?P<past>{_PAST})"
    rf"|(?P<present>{_PRESENT}))"
    rf"\b(?P<gap>[^.,;:{OPEN_FR}{CLOSE_FR}]{{0,60}}?)\s*\bqu(?:e\s+|['’])")
_TAILS = "|".join(re.escape(v) for v in sorted(REPORTING_TAIL_VERBS_FR, key=len, reverse=True))
# ", a indiqué (mercredi) la préfecture." closing a sentence.
_TAIL = re.compile(rf",\s+(?:a|ont)(?P<inv>{_INV})?\s+(?P<verb>{_TAILS})\b(?P<rest>[^{OPEN_FR}{CLOSE_FR}]*)$")
# A writer's sentence ends at a full stop, but not the one of an initial or "M.".
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)|\n")
_MIN_WORDS = 3


def _sentences(body: str, start: int) -> list[tuple[int, int]]:
    out, begin = [], start
    for m in _SENTENCE_END.finditer(body, start):
        if body[begin:m.start()].strip():
            out.append((begin, m.start()))
        begin = m.end()
    if body[begin:].strip():
        out.append((begin, len(body)))
    return out


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in " \t\n,":
        start += 1
    while end > start and body[end - 1] in " \t\n,":
        end -= 1
    return start, end


def extract(doc: Doc, ctx: Context, skip: tuple[int, int] | None = None) -> list[Quote]:
    body = ctx.story.body
    mentions = sorted((m.start, e) for e in ctx.entities if e.label in ("PERSON", "ORG") for m in e.mentions)
    out: list[Quote] = []
    for s_start, s_end in _sentences(body, skip[1] if skip else 0):
        sentence = body[s_start:s_end]
        forward = _FORWARD.search(sentence)
        tail = _TAIL.search(sentence)
        if forward:
            c_start, c_end = _strip(body, s_start + forward.end(), s_end)
            verb = forward.group("past") or forward.group("present")
            cue = SPEECH_VERBS_FR.get(verb) or PRESENT_SPEECH_VERBS_FR.get(verb)
            before = [e for s, e in mentions if s_start <= s < s_start + forward.start()]
            subject = _SUBJECT_NOUN.search(body, s_start, s_start + forward.start())
            bodies = [e for s, e in mentions if s < s_start and e.label == "ORG"]
            speaker: Entity | str | None = before[-1] if before else bodies[-1] if bodies and subject and \
                subject.group("noun") in BODY_ANAPHORS_FR else _last_person(mentions, s_start)  # "Le syndicat a estimé que"
        elif tail and _reports(doc, s_start, s_start + tail.start(), s_start + tail.start("rest"),
                               _speaker_end(body, s_start + tail.start("rest"), s_end)):
            c_start, c_end = _strip(body, s_start, s_start + tail.start())
            cue = SPEECH_VERBS_FR.get(tail.group("verb"))
            speaker = _tail_speaker(doc, mentions, s_start + tail.start("rest"),
                                    _speaker_end(body, s_start + tail.start("rest"), s_end)) \
                if not tail.group("inv") else _last_person(mentions, s_start)
        else:
            continue
        text = body[c_start:c_end]
        if len(text.split()) < _MIN_WORDS or text.lstrip().startswith(OPEN_FR) \
                or not forward and text.rstrip().endswith(CLOSE_FR):  # "« ... », a-t-elle dit": direct
            continue
        name = speaker.name if isinstance(speaker, Entity) else speaker
        out.append(Quote(text=text, kind="indirect", speaker=name, cue=cue,
                         speaker_entity_id=speaker.entity_id if isinstance(speaker, Entity) else None,
                         paraphrase=OPEN_FR not in text, evidence=ctx.evidence.chars(c_start, c_end)))
    return out


def _speaker_end(body: str, start: int, end: int) -> int:
    """Where the speaker's words end: before a relative clause that describes the speaker, or a
    clause of the writer's own after a comma (', sans donner de détails')."""
    relative = _RELATIVE.search(body, start, end)
    return relative.start() if relative else end


def _reports(doc: Doc, start: int, comma: int, rest: int, end: int) -> bool:
    """A statement before the comma (it has a verb), and only its speaker after the said-verb (none)."""
    clause = doc.char_span(start, comma, alignment_mode="expand")
    after = doc.char_span(rest, end, alignment_mode="expand")
    return clause is not None and any(t.pos_ in ("VERB", "AUX") for t in clause) and \
        (after is None or not any(t.pos_ in ("VERB", "AUX") for t in after))


def _last_person(mentions: list[tuple[int, Entity]], before: int) -> Entity | None:
    people = [e for s, e in mentions if s < before and e.label == "PERSON"]
    return people[-1] if people else None


def _tail_speaker(doc: Doc, mentions: list[tuple[int, Entity]], start: int, end: int) -> Entity | str | None:
    after = [e for s, e in mentions if start <= s < end]
    people = [e for e in after if e.label == "PERSON"]
    if people or after:
        return people[0] if people else after[0]
    span = doc.char_span(start, end, alignment_mode="expand")
    # The speaker is a noun with its determiner ("les autorités"); a bare "mercredi" is a time.
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" for c in t.children)] \
        if span is not None else []
    if not nouns:
        return None
    bodies = [e for s, e in mentions if s < start and e.label == "ORG"]
    # 'le parquet' after 'le parquet fédéral': the body the story named by that head word.
    named = [e for e in bodies if e.name.split()[0].casefold() == nouns[0].lower_]
    if named or nouns[0].lower_ in BODY_ANAPHORS_FR and bodies:
        return (named or bodies)[-1]
    # 'la présidence ivoirienne', 'une source diplomatique sénégalaise': the noun with its adjectives.
    end = nouns[0].i + 1
    while end < len(doc) and doc[end].head.i in range(nouns[0].i, end) and (doc[end].dep_ == "amod" or (
            doc[end].dep_ == "nmod" and doc[end].pos_ in ("ADJ", "NOUN") and doc[end].is_lower
            and not any(c.dep_ == "case" for c in doc[end].children))):
        end += 1  # the model reads some adjectives of nationality as nouns ('sénégalaise')
    return doc[nouns[0].i:end].text
