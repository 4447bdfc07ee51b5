"""French events: a trigger from the French lexicon, and its arguments from the sentence it is in.

Simpler than the English reader (no argument structure from the parse): the actor is the last
person or body named before the trigger in its sentence (its subject), else the first after it;
the place is the first place named in the sentence (else the dateline's), a travel's destination
the first place after the trigger, the time the sentence's first date. One mention per type, the
first, unless a later one names another day or destination (see ``_another``).
"""

import re

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.entities.lexicon_fr import STREET_WORDS_FR
from worker.core.extract.events.codes import code
from worker.core.extract.events.lexicon_fr import CONTROLLED_INFINITIVE_FR, NOT_IN_PLAY_FR, NOT_IN_SPORTS_STORY_FR, ON_SITE_FR, \
    PROMISE_WORDS_FR, PROTEST_CALLS_FR, SPORT_WORDS_FR, TRIGGERS_FR, WITH_ACTOR_FR
from worker.core.extract.events.lexicon import SPORTS_STORY_WORDS
from worker.core.models.entities import Entity
from worker.core.models.events import EventMention

_SPORT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in SPORT_WORDS_FR) + r")\b", re.IGNORECASE)
_PROMISED = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in PROMISE_WORDS_FR) + r")\b", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:sur|dans|à|au|aux|par|selon|pour|avec|chez|vers)\s+(?:l['’]|la |le |les )?$",
                                re.IGNORECASE)
_ON_SITE = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in ON_SITE_FR) + r")\b", re.IGNORECASE)
_CALL = re.compile(r"\s+à\s+(?:(?:un|une|la|le|les|des|l['’])\s*)?(?:" + "|".join(re.escape(w) for w in PROTEST_CALLS_FR)
                   + r")\b", re.IGNORECASE)
_CONTROLLED = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in CONTROLLED_INFINITIVE_FR)
                         + r")\s*(?:se\s+|s['’])?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:a|ont|avait|avaient)\s+été\b", re.IGNORECASE)
_PASSIVE_AGENT = re.compile(r"\bpar\s+(?:le|la|les|l['’])?\s*(?=\S)", re.IGNORECASE)
# A day that bounds what goes on ("doit se poursuivre jusqu'à vendredi") is not the day it happens.
_SPAN_BOUND = re.compile(r"\b(?:jusqu['’]à|jusqu['’]au|depuis)\s+$", re.IGNORECASE)
_NEAR_DAY = 12  # characters between a trigger and the day written right after it
_KINDS = {t.lower(): kind for t, kind in TRIGGERS_FR.items()}  # "visite d'État" read in any case
_TRIGGER = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(TRIGGERS_FR, key=len, reverse=True))
                      + r")\b", re.IGNORECASE)


def _named(entities: list[Entity], labels: tuple[str, ...], start: int, end: int) -> list[tuple[int, Entity]]:
    return sorted((m.start, e) for e in entities if e.label in labels for m in e.mentions if start <= m.start < end)


def _history(ctx: Context, start: int, end: int) -> bool:
    """A date of an earlier year right after a trigger in its sentence: the event is history."""
    year = ctx.story.published_at.year
    return any(t.kind == "date" and start <= t.evidence.start < min(end, start + 80) and isinstance(t.value, str)
               and t.value[:4].isdigit() and int(t.value[:4]) < year for t in ctx.time_expressions)


def _another(earlier: list[tuple[object, str | None]], when: object, where: str | None) -> bool:
    """A second mention of a type is another event when it names a day none of the earlier ones had
    (they all had one), or a travel a destination none of them had ("arrivé mardi à Lisbonne ... se
    rendra ensuite à Porto"; "ont manifesté mercredi ... un nouveau rassemblement est prévu vendredi")."""
    return when is not None and all(w is not None and w != when for w, _ in earlier) or \
        where is not None and all(d is not None and d != where for _, d in earlier)


def extract(doc: Doc, ctx: Context, skip: tuple[int, int] | None) -> list[EventMention]:
    body = ctx.story.body
    dateline = ctx.story_facts.dateline.place if ctx.story_facts and ctx.story_facts.dateline else None
    seen: dict[str, list[tuple[object, str | None]]] = {}
    sentences: dict[str, set[int]] = {}
    out: list[EventMention] = []
    sports = len({w.group().lower() for w in _SPORT.finditer(body)}) >= SPORTS_STORY_WORDS
    titles = [(r.evidence.start, r.evidence.end) for e in ctx.entities for r in e.roles]
    for m in _TRIGGER.finditer(body):
        kind = _KINDS[m.group().lower()]
        if skip and m.start() < skip[1]:
            continue
        s_start = max(body.rfind(". ", 0, m.start()) + 1, body.rfind("\n", 0, m.start()) + 1, skip[1] if skip else 0)
        s_end = min(e for e in (body.find(". ", m.end()), body.find("\n", m.end()), len(body)) if e >= 0)
        if kind in NOT_IN_PLAY_FR and _SPORT.search(body, s_start, s_end) or sports and kind in NOT_IN_SPORTS_STORY_FR:
            continue  # a sentence of play: "les attaques en fin de match"; a sports report's fixtures
        if kind == "demand" and _CALL.match(body, m.end()):
            continue  # "a appelé à un débrayage": the protest's
        if _history(ctx, m.end(), s_end):
            continue  # "lors de l'attaque d'un fourgon à Lunel en octobre 2023": what the story looks back on
        # A subject is never after a preposition: "a assuré sur France Inter qu'il recevrait".
        before = [(p, e) for p, e in _named(ctx.entities, ("PERSON", "ORG"), s_start, m.start())
                  if not _AFTER_PREPOSITION.search(body, max(0, p - 12), p)]
        # An infinitive after 'avant de', 'pour' takes the main clause's subject, the first named.
        controlled = before and _CONTROLLED.search(body, max(s_start, m.start() - 14), m.start())
        actors = [before[0 if controlled else -1][1]] if before else [e for _, e in _named(ctx.entities, ("PERSON", "ORG"), m.end(), s_end)]
        agent = _PASSIVE_AGENT.search(body, m.end(), s_end) if _PASSIVE.search(body, max(0, m.start() - 12), m.end()) \
            else None
        if agent:  # "a été condamné mardi par le tribunal correctionnel": the court acts, not the one sentenced
            actors = [e for _, e in _named(ctx.entities, ("PERSON", "ORG"), agent.end(), agent.end() + 40)][:1] or actors
        # The place of a title ("la préfète du Puy-de-Dôme") is the office's; a street is in its town.
        places = [e.name for p, e in _named(ctx.entities, ("GPE", "LOC"), s_start, s_end)
                  if not any(a <= p < b for a, b in titles) and e.name.split()[0].lower() not in STREET_WORDS_FR]
        after = [e.name for p, e in _named(ctx.entities, ("GPE", "LOC"), m.end(), s_end)]
        if not after and dateline and _ON_SITE.match(body, m.end()):  # "doit se rendre sur place samedi"
            after = [dateline]
        days = [t for t in ctx.time_expressions if t.kind == "date" and s_start <= t.evidence.start < s_end
                and isinstance(t.value, str) and re.match(r"\d{4}-\d\d-\d\d$", t.value)
                and not _SPAN_BOUND.search(body, max(0, t.evidence.start - 10), t.evidence.start)]
        # The day right after the trigger is its own ("avant de se rendre vendredi à X"), else the sentence's first.
        near = [t for t in days if m.end() <= t.evidence.start <= m.end() + _NEAR_DAY]
        when = (near or days)[0].value if near or days else None
        where = after[0] if kind == "travel" and after else None
        if kind in seen and (s_start in sentences[kind] or not _another(seen[kind], when, where)):
            continue  # the same event told again, or twice in one sentence ("est arrivé à Dakar pour une visite")
        seen.setdefault(kind, []).append((when, where))
        sentences.setdefault(kind, set()).add(s_start)
        if kind == "declaration" and _PROMISED.search(body, max(s_start, m.start() - 60), m.start()):
            continue  # "a promis de décréter l'état de catastrophe": not declared yet
        # A meeting's participants: its subject and whoever the sentence names after the trigger.
        met = [e.name for e in actors[:1]] + [e.name for _, e in _named(ctx.entities, ("PERSON", "ORG"), m.end(), s_end)]
        plover, cameo, quad = code(kind, None, [])
        out.append(EventMention(
            type=kind, trigger=m.group(),  # type: ignore[arg-type]
            actor=actors[0].name if kind in WITH_ACTOR_FR and actors else None,
            participants=list(dict.fromkeys(met)) if kind == "meeting" else [],
            place=None if kind == "travel" else (places[0] if places else dateline),
            destination=where, when=when,
            plover=plover, cameo=cameo, quad_class=quad, evidence=ctx.evidence.chars(m.start(), m.end()),
        ))
    return out
