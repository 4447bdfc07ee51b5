"""Aid: money or supplies pledged or sent, with who gives, to whom or where, what and when.

'Donor countries pledged $1.2 billion for Sudan', 'Germany pledged 300 million euros', 'Britain
will send 40 tonnes of medical supplies to Port Sudan'. The verbs are common ('send troops',
'provide details'), so the object must be money (a MONEY entity) or an aid word.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.grammar import first_of_joined
from worker.core.extract.common.names import PLACE_LABELS, entity_at
from worker.core.extract.events.args import actor_name, child, is_animate, known_place, name_of, past_dateline, phrase_text, prep_objects, \
    resolve_pronoun, subject
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, place_in, same_trigger_or_what, \
    status_of, time_for
from worker.core.extract.events.lexicon_parties import ANNOUNCING_VERBS, CARRYING_VERBS, GIVER_LABELS, HELPING_VERBS, \
    LIST_GIVER_LINKS, MONEY_ONLY_AID_VERBS, OFFERING_VERBS, \
    RECEIVING_VERBS, RESCUE_AID_WORDS, STAPLE_AID_NOUNS, STAPLE_AID_VERBS, STRICT_AID_NOUNS
from worker.core.extract.events.lexicon_wire import ARRIVAL_VERBS, KIN_NOUNS, PRICE_DETERMINERS, PRICE_UNITS
from worker.core.extract.events.lexicon import AID_NOUNS, AID_VERBS, CURRENCY_WORDS, INANIMATE_PRONOUNS, \
    TIME_LABELS

TRIGGERS = frozenset(AID_VERBS) | ANNOUNCING_VERBS | frozenset(RECEIVING_VERBS) | frozenset(MONEY_ONLY_AID_VERBS) \
    | OFFERING_VERBS
_GIVING = {**AID_VERBS, **MONEY_ONLY_AID_VERBS}


def _aid_object(verb: Token) -> Token | None:
    """The verb's object when it is money or an aid word ('$1.2 billion', 'medical supplies');
    for 'announce', only aid itself ('announced 45 million dollars in aid')."""
    obj = child(verb, "dobj")
    if obj is None:
        return None
    lemma = verb.lemma_.lower()
    # 'sends a message that the theft of public money ...': a clause told about the object is no
    # part of what is given.
    # ('aircraft carrying 60 tonnes of tents': a participle with no subject of its own is.)
    told = [c for c in obj.children if c.dep_ in {"acl", "relcl", "ccomp"}
            and any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)]
    own = [t for t in obj.subtree if not any(t in c.subtree for c in told)]
    money = (ent := entity_at(obj.doc, obj)) is not None and ent.label_ == "MONEY" \
        or obj.lower_ in CURRENCY_WORDS or obj.lemma_.lower() in CURRENCY_WORDS
    if lemma in MONEY_ONLY_AID_VERBS:
        return obj if money else None
    if lemma in ANNOUNCING_VERBS:
        # ('announced 4 billion pesos in emergency aid': the aid told after the amount, on the verb.)
        told_as_aid = money and any(o.lemma_.lower() in STRICT_AID_NOUNS | AID_NOUNS
                                    for o in prep_objects(verb, "in"))
        return obj if told_as_aid or any(t.lemma_.lower() in STRICT_AID_NOUNS for t in own) else None
    if lemma in STAPLE_AID_VERBS and any(t.lower_ in STAPLE_AID_NOUNS | RESCUE_AID_WORDS for t in own):
        return obj   # 'sent 200 tonnes of rice', 'sent two firefighting planes'
    for t in own:
        ent = entity_at(t.doc, t)
        if (ent is not None and ent.label_ == "MONEY") or t.lower_ in AID_NOUNS | CURRENCY_WORDS \
                or t.lemma_.lower() in AID_NOUNS:
            return obj
    return None


def _amount(obj: Token, skip: tuple[Token, ...] = ()) -> str:
    """'the largest single amount, 300 million euros': the money in apposition is the amount."""
    for c in obj.children:
        ent = entity_at(c.doc, c)
        if c.dep_ == "appos" and ent is not None and ent.label_ == "MONEY":
            return ent.text
    # 'pledged 50 million euros on Tuesday': the day is when, not part of the amount.
    times = [c for c in obj.children if c.dep_ == "prep" and any(g.ent_type_ in TIME_LABELS for g in c.children)]
    times += skip   # a carrier's 'to Nepal on Thursday' tells where and when, not what
    keep = [t for t in obj.subtree if not any(t in c.subtree for c in times) and t.dep_ not in {"relcl", "punct"}]
    return obj.doc[keep[0].i:keep[-1].i + 1].text if keep else phrase_text(obj)


def _is_place(token: Token) -> bool:
    """A named place; the small model often reads a city as a nationality ('to Aleppo')."""
    ent = entity_at(token.doc, token)
    return ent is not None and (ent.label_ in PLACE_LABELS or (ent.label_ == "NORP" and token.tag_ == "NNP"))


def _speaker_said(ctx: Context, pronoun: Token) -> bool:
    """'the World Food Programme said it was sending rice': 'it' in a said-clause is the named
    speaker (``actor_name`` reads it so)."""
    clause = first_of_joined(pronoun.head)
    said = child(clause.head, "nsubj") if clause.dep_ == "ccomp" else None
    return pronoun.dep_ == "nsubj" and said is not None and said.pos_ in {"PROPN", "NOUN"} \
        and past_dateline(ctx, said) is not None


def aid(ctx: Context, verb: Token, obj: Token) -> Draft:
    draft = Draft("aid", verb, subtype=_GIVING.get(verb.lemma_.lower(), "pledged"), status=status_of(verb))
    who = past_dateline(ctx, subject(verb))
    if who is not None and (who.lower_ not in INANIMATE_PRONOUNS or _speaker_said(ctx, who)):
        draft.actor = actor_name(ctx, who)
    elif who is not None and who.pos_ == "PRON":
        draft.actor = resolve_pronoun(ctx, who)   # 'UNICEF said it had delivered ...': the body that said it
    carrier = next((c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING_VERBS), None)
    draft.what = _amount(obj, tuple(c for c in carrier.children if c.dep_ == "prep") if carrier is not None else ())
    receivers = prep_objects(verb, "to", "for") + prep_objects(obj, "to", "for")
    receivers += prep_objects(carrier, "to", "for") if carrier is not None else []
    places = [r for r in receivers if _is_place(r)]
    if places and draft.subtype == "sent":
        draft.destination = name_of(ctx, places[0])
    elif receivers:
        draft.target = name_of(ctx, places[0]) if places else phrase_text(receivers[0])
    draft.place = place_in(ctx, verb)
    draft.when = time_for(ctx, verb) or (time_for(ctx, carrier) if carrier is not None else None)
    arrival = next((t for t in verb.subtree if t.dep_ == "relcl" and t.lemma_.lower() in ARRIVAL_VERBS), None)
    if arrival is not None and draft.subtype == "sent":
        # '... delivered doses from a stockpile, which arrived in Blantyre on Monday'
        landed = [p for p in prep_objects(arrival, "in", "at") if _is_place(p) or known_place(ctx, p)]
        draft.destination = draft.destination or (name_of(ctx, landed[0]) if landed else None)
        draft.when = draft.when or time_for(ctx, arrival)
    return draft


def received(ctx: Context, verb: Token, obj: Token) -> Draft | None:
    """'1,200 families received food parcels from the Red Crescent': the giver gives, the
    receiver is the target."""
    prep = RECEIVING_VERBS[verb.lemma_.lower()]
    givers = prep_objects(verb, prep) + prep_objects(obj, prep)
    if not givers:
        return None
    draft = Draft("aid", verb, subtype="sent", status=status_of(verb))
    draft.actor = actor_name(ctx, givers[0])
    who = past_dateline(ctx, subject(verb))
    if who is not None and who.lower_ not in INANIMATE_PRONOUNS:
        draft.target = phrase_text(who)
    draft.what = phrase_text(obj).split(f" {prep} ")[0]
    draft.place = place_in(ctx, verb)
    draft.when = time_for(ctx, verb)
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    if t.is_verb and t.lemma in RECEIVING_VERBS:
        obj = _aid_object(t.token)
        negated = any(c.dep_ == "neg" for c in t.token.children)
        return [received(ctx, t.token, obj)] if obj is not None and not negated else []
    if t.is_verb and t.lemma in AID_VERBS and t.token.dep_ == "acl":
        return [_sent_by(ctx, t.token)]
    if t.is_verb and t.lemma in OFFERING_VERBS and (help_ := _offered_help(ctx, t.token)) is not None:
        return [help_]
    if t.is_verb and (t.lemma in _GIVING or t.lemma in ANNOUNCING_VERBS):
        obj = _aid_object(t.token)
        if obj is not None and (_priced(t.token, obj) or _to_kin(t.token, obj)):
            return []
        if obj is not None and not any(c.dep_ == "neg" for c in t.token.children):   # 'will not send'
            first = aid(ctx, t.token, obj)
            return [first, *_listed_givers(ctx, obj, first)]
    return []


def _offered_help(ctx: Context, verb: Token) -> Draft | None:
    """'Argentina has offered to send engineers to study the new wall', 'Australia has offered to
    lend timing equipment': a country or a body offering to do a helping thing offers aid, still
    to be given (not 'offered to mediate' or 'offered to resign')."""
    act = child(verb, "xcomp")
    who = past_dateline(ctx, subject(verb))
    giver = entity_at(verb.doc, who) if who is not None else None
    if act is None or act.lemma_.lower() not in HELPING_VERBS or who is None or giver is None \
            or giver.label_ not in GIVER_LABELS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if act.lemma_.lower() in _GIVING and _aid_object(act) is not None:
        return None   # 'offered to send a team of rescue specialists': the sending is the aid told
    draft = Draft("aid", verb, subtype="pledged", status="planned", actor=actor_name(ctx, who))
    draft.what = verb.doc[act.i:act.right_edge.i + 1].text
    draft.when = time_for(ctx, act)
    return draft


def _listed_givers(ctx: Context, obj: Token, first: Draft) -> list[Draft | None]:
    """'The EU pledged 320 million euros, followed by the United States with $250 million and
    Canada with $90 million', 'Japan pledged $50 million and Brazil $20 million': the other givers
    of one list, each with its amount, after the first gift."""
    doc, out = obj.doc, list[Draft | None]()
    money = [e for e in doc.ents if e.label_ == "MONEY" and e.start > obj.i and e.end <= obj.sent.end]
    for amount in money:
        before = doc[amount.start - 1] if doc[amount.start - 1].lower_ not in LIST_GIVER_LINKS else doc[amount.start - 2]
        giver = entity_at(doc, before)
        if giver is None or giver.label_ not in GIVER_LABELS or giver.end != before.i + 1:
            continue
        end = amount.end   # '120 million Canadian dollars ($86 million)': the conversion goes with it
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].ent_type_ == "MONEY":
            end = next((t.i + 1 for t in doc[end + 1:amount.sent.end] if t.text == ")"), end)
        draft = Draft("aid", first.trigger, subtype=first.subtype, status=first.status, what=doc[amount.start:end].text)
        draft.actor, draft.target, draft.when = name_of(ctx, giver.root), first.target, first.when
        if draft.actor and draft.actor != first.actor:
            out.append(draft)
    return out


def _sent_by(ctx: Context, verb: Token) -> Draft | None:
    """'A plane carrying 600,000 doses of vaccine, sent by UNICEF, arrived at Kalemie': aid told by
    its giver in a participle on the goods, and where the carrier arrived."""
    givers = prep_objects(verb, "by")
    goods = verb.head
    while goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.pos_ == "NOUN":
        goods = goods.head.head   # 'doses of oral cholera vaccine': the doses
    # ('fuel shipped by tanker': a means, not a giver; a giver is named or is someone.)
    if not givers or not (givers[0].text[:1].isupper() or is_animate(givers[0], ctx)) \
            or not any(t.lemma_.lower() in AID_NOUNS or t.lower_ in AID_NOUNS for t in goods.subtree):
        return None
    draft = Draft("aid", verb, subtype=AID_VERBS[verb.lemma_.lower()], status="held")
    draft.actor = actor_name(ctx, givers[0])
    draft.what = goods.doc[goods.left_edge.i:verb.i].text.rstrip(" ,")
    arrival = verb.sent.root
    if arrival.lemma_.lower() in ARRIVAL_VERBS:
        # 'arrived at Kalemie airport': the town the airport is named for, as the story knows it.
        place = next((c for p in prep_objects(arrival, "in", "at") for c in (p, *p.children)
                      if _is_place(c) or known_place(ctx, c)), None)
        draft.destination = name_of(ctx, place) if place is not None else None
        draft.when = time_for(ctx, arrival)
    return draft


def _priced(verb: Token, obj: Token) -> bool:
    """'offered 1,250 rupees a share in cash': a price per unit is a bid, not aid."""
    near = [*obj.subtree, *(c for c in verb.children if c.dep_ in {"dobj", "npadvmod", "prep"})]
    return any(t.lemma_.lower() in PRICE_UNITS and any(d.lower_ in PRICE_DETERMINERS for d in t.children)
               or (t.lower_ == "per" and any(o.lemma_.lower() in PRICE_UNITS for o in t.children))
               for t in near)


def _to_kin(verb: Token, obj: Token) -> bool:
    """'would give 200,000 rupees to the family of each person killed': compensation to kin."""
    return any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lower_ in KIN_NOUNS for o in c.children) for c in (*verb.children, *obj.children))


def can_merge(a: Draft, b: Draft) -> bool:
    return fields_agree(a, b) and same_trigger_or_what(a, b)
