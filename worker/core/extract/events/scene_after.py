"""The village an attack struck, told in the sentence after it.

'... killed at least 27 civilians in an overnight attack on a village in ... Ituri province, the
army said. The attackers, armed with guns and machetes, entered Mangusu in Irumu territory shortly
before midnight on Saturday': wire copy opens on the province and names the village, and the hour,
in the next sentence, where the attackers are the subject of a verb of going in. The attack takes
that village for its place (GDELT's ActionGeo and ACLED code the most precise place the report
gives) and that sentence's day for its date.
"""

from spacy.tokens import Span, Token

from worker.core.extract.common.context import Context
from worker.core.extract.events import geo
from worker.core.extract.events.args import child, known_place, name_of
from worker.core.extract.events.drafting import Draft, time_for
from worker.core.extract.events.lexicon import DEFINITE_DETERMINERS
from worker.core.extract.events.lexicon_wire import ATTACKER_PLURALS, ENTERING_VERBS


def place_told_after(ctx: Context, drafts: list[Draft]) -> None:
    """Attacks placed only in a country or a province take the village the next sentence's
    attackers went into, and its day."""
    for d in drafts:
        if d.type != "attack" or not d.sentences:
            continue
        where = geo.action_geo(ctx, d.place) if d.place else None
        if d.place is not None and (where is None or where.feature not in ("country", "admin1")):
            continue
        end = d.trigger.sent.end
        if end >= len(ctx.doc):
            continue
        verb = _going_in(ctx.doc[end].sent)
        if verb is None:
            continue
        target = child(verb, "dobj")
        if target is None or not known_place(ctx, target):
            continue
        d.place = name_of(ctx, target)
        when = time_for(ctx, verb)
        # (An event happens on a day: 'shortly before midnight on Saturday' is Saturday.)
        d.when = (when.split("T")[0] if isinstance(when, str) else when) or d.when


def _going_in(sent: Span) -> Token | None:
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.lemma_.lower() in ATTACKER_PLURALS and tok.tag_ == "NNS" \
                and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children) \
                and tok.head.lemma_.lower() in ENTERING_VERBS:
            return tok.head
    return None
