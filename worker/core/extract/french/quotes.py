"""French direct quotes: words in « », and who said them.

The speaker is the person or organisation named in the said-clause after the closing guillemet
("», a déclaré le maire, Paul Mercier"), else the one named before the quote in its sentence
("X a demandé un « calendrier clair »"), the subject of the said-verb before it when there is one; an inverted pronoun ("a-t-il dit") or a bare verb points
to the person the story named last.
"""

import re

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.french import interrupted
from worker.core.extract.quotes.lexicon_fr import CLOSE_FR, INVERTED_PRONOUNS_FR, OPEN_FR, SPEECH_VERBS_FR
from worker.core.models.entities import Entity
from worker.core.models.quotes import Quote

_QUOTE = re.compile(rf"{OPEN_FR}[\s\u00a0\u202f]*(?P<text>[^{OPEN_FR}{CLOSE_FR}]+?)[\s\u00a0\u202f]*{CLOSE_FR}")
_VERB = re.compile(r"\b(?:a|ont)(?P<inv>" + "|".join(re.escape(p) for p in INVERTED_PRONOUNS_FR)
                   + r")?\s+(?P<verb>" + "|".join(SPEECH_VERBS_FR) + r"|[a-zéèêîôû]+(?:é|i|u|is|it))\b")

# A writer's sentence ends at a full stop, but not the one of an initial or "M." ("a déclaré M. Mensah").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.\s|\n")


def _mentions(entities: list[Entity]) -> list[tuple[int, int, Entity]]:
    return sorted((m.start, m.end, e) for e in entities if e.label in ("PERSON", "ORG") for m in e.mentions)


def _last_leading_person(ctx: Context, mentions: list[tuple[int, int, Entity]], before: int) -> Entity | None:
    """The person a pronoun stands for: of the persons named before, the last one named first in
    its sentence, where a subject stands ("La Française X a gagné devant Y et Z. ... a-t-elle dit")."""
    leading: dict[int, Entity] = {}
    for s, e_end, e in mentions:
        if s < before and e.label == "PERSON":
            leading.setdefault(ctx.evidence.sentence_bounds(s, e_end)[0], e)
    return leading[max(leading)] if leading else None


def _subject(body: str, before: list[tuple[int, Entity]], quote: int) -> Entity | None:
    """The last name before a quote, passing over a body inside an apposition to another body
    ("Rhenalu, filiale du groupe X, invoque « ... »" is Rhenalu's)."""
    for i in range(len(before) - 1, 0, -1):
        start, entity = before[i]
        if entity.label == "PERSON" or before[i - 1][1].label != "ORG" or not (
                "," in body[before[i - 1][0]:start] and "," in body[start:quote]):
            return entity
    return before[0][1] if before else None


def extract(doc: Doc, ctx: Context) -> list[Quote]:
    body = ctx.story.body
    mentions = _mentions(ctx.entities)
    out: list[Quote] = []
    for m in _QUOTE.finditer(body):
        s_start, _ = ctx.evidence.sentence_bounds(m.start(), m.end())
        # The said-clause runs to the end of the writer's sentence, which the parser may cut at "»".
        end = _SENTENCE_END.search(body, m.end())
        s_end = end.start() if end else len(body)
        tail = body[m.end():s_end]
        verb = _VERB.search(tail[:60])
        speaker: Entity | None = None
        inner = interrupted.find(body, m.start("text"), m.end("text"))
        if inner is not None:  # « Rien, a précisé le procureur, ne permet ... »: the clause inside names the speaker
            speaker = interrupted.speaker(inner, mentions, body) or \
                (_last_leading_person(ctx, mentions, m.start()) if inner.inverted else None)
        if speaker is None and verb and not verb.group("inv"):
            after = [e for s, _, e in mentions if m.end() + verb.end() <= s < s_end]
            people = [e for e in after if e.label == "PERSON"]  # "le représentant de l'OMS, le docteur X"
            speaker = people[0] if people else after[0] if after else None
        if speaker is None and not verb:  # "X a assuré sur France Inter qu'il « ... »": the said-verb's subject
            # The writer's sentence may open before the parser's ("Rhenalu, filiale de X, invoque « ... »").
            s_start = min(s_start, max(body.rfind(". ", 0, m.start()) + 2, body.rfind("\n", 0, m.start()) + 1))
            said = list(_VERB.finditer(body, s_start, m.start()))
            cut = said[-1].start() if said else m.start()
            before = [(s, e) for s, _, e in mentions if s_start <= s < cut] or \
                [(s, e) for s, _, e in mentions if s_start <= s < m.start()]
            speaker = _subject(body, before, m.start())
        if speaker is None and verb and verb.group("inv"):  # "a-t-elle dit": the last subject named
            speaker = _last_leading_person(ctx, mentions, m.start())
        if speaker is None:  # nobody named in the sentence: the last person named
            earlier = [e for s, _, e in mentions if s < m.start() and e.label == "PERSON"]
            speaker = earlier[-1] if earlier else None
        quoted = m.group("text").strip().rstrip(",")
        text = quoted if inner is None else interrupted.quoted_text(body, m.start("text"), m.end("text"), inner)
        cue_word = inner.verb if inner is not None else verb.group("verb") if verb else None
        out.append(Quote(text=text, kind="direct", speaker=speaker.name if speaker else None,
                         speaker_entity_id=speaker.entity_id if speaker else None,
                         cue=SPEECH_VERBS_FR.get(cue_word) if cue_word else None,
                         evidence=ctx.evidence.chars(m.start("text"), m.start("text") + len(quoted))))
    return out
