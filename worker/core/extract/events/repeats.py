"""An attack told again: 'Rebels attacked a camp ... The assault on the camp near Fataki was
blamed on the ADI'. A definite mention after an attack ('the assault', 'the attack') repeats it
unless it names another attacker; so does a second attack word in a sentence the attack already
spans ('The assault ... began when a suicide bomber drove a truck into the wall'). The repeat
gives the attack what the first telling lacked: a named attacker for a kind of one ('gunmen'), a
town for a country or for a place the first sentence never wrote, its weapons."""

from worker.core.extract.common.context import Context
from worker.core.extract.entities.national import COUNTRIES
from worker.core.extract.events import geo
from worker.core.extract.events.drafting import Draft
from worker.core.extract.events.lexicon import DEFINITE_DETERMINERS
from worker.core.extract.events.types.attack import kind_of_attacker


def fold_repeats(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for d in drafts:
        first = next((k for k in reversed(kept) if k.type == "attack"), None) if d.type == "attack" else None
        if first is None:
            kept.append(d)
            continue
        t = d.trigger
        definite = t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in t.children)
        named = definite and bool(d.actor and first.actor and kind_of_attacker(first.actor)) \
            and not kind_of_attacker(d.actor or "")
        same_side = not d.actor or d.actor == first.actor
        told_within = any(s in first.sentences for s in d.sentences)
        if not (named or (definite or told_within) and same_side):
            kept.append(d)
            continue
        if named:
            first.actor = d.actor
        if d.place and not told_within and (first.place is None or first.place in COUNTRIES
                                            or _is_country(ctx, first.place) or not _written(ctx, first)):
            first.place = d.place
        first.weapons += [w for w in d.weapons if w not in first.weapons]
        first.sentences += [s for s in d.sentences if s not in first.sentences]
    return kept


def _written(ctx: Context, d: Draft) -> bool:
    """The attack's place stands in a sentence that tells it (not taken from the dateline)."""
    body = ctx.story.body
    return any(d.place in body[a:b] for a, b in d.sentences if d.place)


def _is_country(ctx: Context, place: str) -> bool:
    where = geo.action_geo(ctx, place)
    return where is not None and where.feature == "country"
