"""Demands: who urged or called on whom to do what.
"""

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.lexicon import SPEECH_VERBS
from worker.core.extract.events.args import acting_for, actor_name, animate_subject, child, in_dateline, nearest_subject, \
    past_dateline, phrase_text, prep_objects, subject, verb_subject, with_conjuncts
from worker.core.extract.events.referents import named_body
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, parties, same_trigger_or_what, status_of
from worker.core.extract.events.lexicon_wire import DEFENDING_NOUNS, GROUP_OF_BODY_PREPS, LABOUR_SEEKERS, \
    PLEADING_VERBS, PROSECUTING_NOUNS, PROTEST_SIGNS, SEEKING_VERBS, SENTENCE_NOUNS, SENTENCE_WORDS
from worker.core.extract.events.lexicon_parties import ASKING_FOR_VERBS, GOVERNING_PLACE_NOUNS
from worker.core.extract.events.lexicon import APPEAL_PREPS, APPEAL_VERBS, CIRCUMSTANCE, COURT_WORDS, DEMAND_VERBS, \
    DIRECTING_VERBS, \
    MEETING_CLAUSE_VERBS, TIME_LABELS

TRIGGERS = frozenset(DEMAND_VERBS | APPEAL_VERBS | DIRECTING_VERBS | SEEKING_VERBS | PLEADING_VERBS | {"demand"})

def demand(ctx: Context, trigger: Token) -> Draft | None:
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in PROTEST_SIGNS:
        return None   # 'holding banners that demanded the return of their savings': the protest's words
    draft = Draft("demand", trigger, status="held")
    who = _speakers_demand(ctx, trigger) or animate_subject(trigger, ctx)
    if who is None and trigger.dep_ == "acl" and not any(c.dep_.startswith("nsubj") for c in trigger.children):
        who = _phrase_head(ctx, trigger.head)   # 'The mayor of Bankass, X, called on ...' read as a modifier
    # 'Observers from the African Union ... urged': the body the group acts for comes first.
    draft.actor = _group_body(ctx, trigger) or (actor_name(ctx, who) if who is not None else None)
    if draft.actor is None and (place := subject(trigger)) is not None and place.lemma_.lower() in GOVERNING_PLACE_NOUNS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in place.children):
        draft.actor = place.lower_   # 'The city asked residents ...': the city's government, as written
    node, said = trigger, verb_subject(trigger)
    for _ in range(3):
        if draft.actor is not None:
            break
        if said is not None:
            # 'The charity urged donors to ...': the body named last; 'The OAS mission urged': the OAS.
            draft.actor = named_body(ctx, said) or acting_for(ctx, said)
        if node.dep_ not in {"conj", "ccomp"} or node.head.i == node.i:
            break
        # ('His campaign said irregularities ... had changed the outcome, and called on the SEC',
        # with 'called' hung on the reported verb: whoever said it calls.)
        node = node.head
        said = verb_subject(node)
    clause = _asked_clause(trigger)
    obj = child(trigger, "dobj")
    # ('called on Monday for a recount': a day is when, never whom.)
    on = [t for t in prep_objects(trigger, "on", "to") if t.ent_type_ not in TIME_LABELS]
    if clause is not None:
        addressee = child(clause, "nsubj") or obj or (on[0] if on else None)
        if addressee is not None:
            draft.target = ", ".join(parties(ctx, with_conjuncts(addressee)))
        if clause.lemma_ in MEETING_CLAUSE_VERBS:
            return None  # 'urged Putin and Zelenskyy to meet' proposes a meeting, told as one
        draft.what = _clause_words(clause, addressee)
    elif obj is not None and trigger.lemma_.lower() in ASKING_FOR_VERBS and (asked_for := prep_objects(trigger, "for")):
        # 'asked the national government for food and water': whom, and what for.
        draft.target = ", ".join(parties(ctx, with_conjuncts(obj)))
        draft.what = phrase_text(asked_for[0])
    elif obj is not None:
        draft.what = phrase_text(obj)
    else:
        asked = prep_objects(trigger, "for")
        draft.what = phrase_text(asked[0]) if asked else _for_clause(trigger)
        if on:
            draft.target = ", ".join(parties(ctx, on))
    return draft if draft.what else None




def _speakers_demand(ctx: Context, verb: Token) -> Token | None:
    """'X said nine others remained in jail and urged Caracas to free them': a demand the parser
    joined to the reported clause is the speaker's; the reported subject asks nothing."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    reported, speech = verb.head, verb.head.head
    # ('Gunmen kidnapped 18 and are demanding a ransom, police said': the trailing teller reports
    # the demand; 'X said it would fight and called on Y': 'it' is X already.)
    if reported.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS or speech.tag_ != "VBD" \
            or speech.i > reported.i or any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in reported.children):
        return None
    return past_dateline(ctx, nearest_subject(speech, "nsubj"))   # ('TEHRAN (AFP) - X said': X)


def _phrase_head(ctx: Context, noun: Token) -> Token:
    """'The Centre for Civic Oversight, a group that monitored the trial, called on ...': the verb
    hung on the last noun of an apposition belongs to the noun phrase that opens the sentence."""
    node = noun
    while node.dep_ in {"dobj", "pobj", "prep", "relcl", "appos", "acl", "compound"} and node.head.i != node.i \
            and not in_dateline(ctx, node.head):
        node = node.head
    return node if node.pos_ in {"NOUN", "PROPN"} and (node.dep_ in {"nsubj", "nsubjpass", "ROOT"}
                                                       or in_dateline(ctx, node.head)) else noun


def _group_body(ctx: Context, trigger: Token) -> str | None:
    """'Observers from the African Union said ... but urged ...': the body a group of people
    named by its plural speaks and acts for, its subject found through coordinated verbs and the
    said-clause the parser may have hung the demand in."""
    node = trigger
    for _ in range(4):
        found = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if found is not None and found.tag_ in {"NNS", "NN"}:   # 'observers', 'an observer mission'
            for obj in (o for p in found.children if p.dep_ == "prep" and p.lower_ in GROUP_OF_BODY_PREPS
                        for o in p.children if o.dep_ == "pobj"):
                if any(e.label == "ORG" for e in ctx.names().covering(obj.idx)):
                    return actor_name(ctx, obj)
        if node.dep_ not in {"conj", "ccomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_words(clause: Token, addressee: Token | None) -> str:
    """What a demand asks for: the verb and its objects, not the circumstances around it."""
    keep = [clause]
    for c in clause.children:
        if addressee is not None and c.i == addressee.i:
            continue
        if c.dep_ in {"advcl", "punct", "mark", "cc", "conj", "nsubj"} or (c.dep_ == "aux" and c.lower_ == "to"):
            continue
        if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE:
            continue
        keep.extend(c.subtree)
    kept = sorted(keep, key=lambda t: t.i)
    return clause.doc[kept[0].i:kept[-1].i + 1].text.strip(" ,")


def _asked_clause(verb: Token) -> Token | None:
    """What someone is asked to do: the verb's clause, or an infinitive the parser hung on the
    addressee ('ordered the authority to publish a list' read as 'authority to publish')."""
    clause = child(verb, "xcomp", "ccomp")
    if clause is None and verb.pos_ == "NOUN":
        # 'the demand that Washington lift sanctions': the noun's that-clause.
        clause = next((c for c in verb.children if c.dep_ == "acl" and c.i > verb.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    obj = child(verb, "dobj")
    if clause is None and obj is not None:
        clause = next((c for c in obj.children if c.dep_ == "acl" and c.i > obj.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None and obj is None and prep_objects(verb, "on"):
        # 'called on Washington to lift sanctions' with the infinitive read as an adverbial.
        clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return clause


def _directs(verb: Token) -> bool:
    """'asked airlines to cut flights': someone told to do something, by an infinitive clause. Only
    a request made ('will ask to be released' is a plan) to someone named, not 'ordered him to
    repay', which is the sentence a court has just passed on its defendant."""
    clause = _asked_clause(verb)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        # 'asked the national government for food and water': what is asked for, of someone named.
        asked_for = verb.lemma_.lower() in ASKING_FOR_VERBS and bool(prep_objects(verb, "for"))
        addressee = child(verb, "dobj")
        return asked_for and addressee is not None and addressee.pos_ != "PRON" and status_of(verb) == "held"
    addressee = child(verb, "dobj") or child(clause, "nsubj")
    who = verb_subject(verb) or (verb_subject(verb.head) if verb.dep_ == "conj" else None)
    # 'a court ordered the lender to refund customers', 'Judge X ordered him to repay' (the title
    # before the name): the court's order, a legal action.
    if who is not None and any(t.lemma_.lower() in COURT_WORDS for t in who.subtree if t.i <= who.i):
        return False
    return addressee is not None and addressee.pos_ != "PRON" and status_of(verb) == "held"


def _demand_noun(ctx: Context, noun: Token) -> Draft | None:
    """"the union's demand for a 15% pay rise": who demands and what; 'repeated his government's
    demand that Washington lift sanctions': whom, by the that-clause, and who repeats it."""
    asked = prep_objects(noun, "for")
    owner = child(noun, "poss")
    clause = _asked_clause(noun)
    if clause is not None and (addressee := child(clause, "nsubj")) is not None:
        draft = Draft("demand", noun, status="held", what=_clause_words(clause, addressee))
        draft.target = ", ".join(parties(ctx, with_conjuncts(addressee)))
        # ('his government's demand': the one who voices it, when its owner is no name.)
        voiced = animate_subject(noun.head, ctx) if noun.head.pos_ == "VERB" else None
        voice = owner if owner is not None and owner.pos_ == "PROPN" else voiced
        draft.actor = actor_name(ctx, voice) if voice is not None else None
        return draft if draft.actor else None
    if not asked or owner is None:
        return None
    draft = Draft("demand", noun, status="held", what=phrase_text(asked[0]))
    draft.actor = actor_name(ctx, owner)
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    if t.is_verb and t.lemma in DEMAND_VERBS:
        return [demand(ctx, t.token)]
    if t.is_verb and t.lemma in DIRECTING_VERBS and _directs(t.token):
        return [demand(ctx, t.token)]
    if t.is_noun and t.lemma == "demand":
        return [_demand_noun(ctx, t.token)]
    # 'Prosecutors had asked for 15 years', 'the prosecution sought a nine-year term': the sentence
    # the prosecution demands of the court.
    if t.is_verb and t.lemma in SEEKING_VERBS and (who := subject(t.token)) is not None \
            and who.lemma_.lower() in PROSECUTING_NOUNS:
        draft = demand(ctx, t.token)
        if draft is not None and draft.actor is None:
            draft.actor = actor_name(ctx, who)   # 'the prosecution', a body as written
        return [draft]
    if t.is_verb and t.lemma in SEEKING_VERBS | PLEADING_VERBS and _defence_asks(t.token):
        return [demand(ctx, t.token)]
    if t.is_verb and t.lemma in SEEKING_VERBS and (who := subject(t.token)) is not None \
            and who.lemma_.lower() in LABOUR_SEEKERS and (sought := child(t.token, "dobj")) is not None \
            and child(t.token, "xcomp", "ccomp") is None and not any(c.dep_ in {"acl", "relcl"} for c in sought.children):
        return [demand(ctx, t.token)]   # ('wants the company to move its staff' asks a move, told elsewhere)
    # 'called for calm', 'appealed to donors'; 'called a meeting for Thursday' convenes, it asks nothing.
    # ('called for tachographs to be checked': 'for' opening a clause the parser hangs on the verb.)
    if t.is_verb and t.lemma in APPEAL_VERBS and child(t.token, "dobj") is None \
            and any(c.dep_ == "prep" and c.lower_ in APPEAL_PREPS or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in APPEAL_PREPS for m in c.children) for c in t.token.children):
        return [demand(ctx, t.token)]
    return []


def _defence_asks(verb: Token) -> bool:
    """'Defense attorney X sought five', 'X's lawyer, Y, argued for three': a defender asking the
    court for a term (a number or a sentence word), not for an adjournment or bail."""
    who = subject(verb)
    if who is None:
        return False
    asked = [*(prep_objects(verb, "for")), *([] if verb.lemma_.lower() in PLEADING_VERBS else
                                             [c for c in verb.children if c.dep_ == "dobj"])]
    # ('his client had asked for a sentence of four years': whoever asks for a sentence by name.)
    if any(a.lemma_.lower() in SENTENCE_NOUNS for a in asked):
        return True
    if not (who.lemma_.lower() in DEFENDING_NOUNS or any(
            c.dep_ == "compound" and c.lemma_.lower() in DEFENDING_NOUNS for c in who.children)):
        return False
    return any(a.like_num or a.lemma_.lower() in SENTENCE_WORDS for a in asked)


def _for_clause(trigger: Token) -> str | None:
    """'called for speed limiters to be fitted': the clause 'for' opens, the parser's adverbial one."""
    for c in trigger.children:
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in APPEAL_PREPS]
        if c.dep_ == "advcl" and marks:
            words = [t for t in c.subtree if t.i > marks[0].i]
            return c.doc[words[0].i:words[-1].i + 1].text if words else None
    return None


def can_merge(a: Draft, b: Draft) -> bool:
    return fields_agree(a, b) and same_trigger_or_what(a, b) or _asked_again(a, b)


def _asked_again(a: Draft, b: Draft) -> bool:
    """'The main opposition party called for a full recount ... The party urged the court to order
    a recount': one side asking again for the same thing, once with its addressee, is one demand."""
    if not (a.actor and b.actor and a.what and b.what) or a.actor.lower().split()[-1] != b.actor.lower().split()[-1]:
        return False
    if a.target and b.target and a.target != b.target:
        return False
    return bool(_content_words(a.what) & _content_words(b.what))


def _content_words(text: str) -> set[str]:
    return {w for w in (x.strip(".,;:'\"").lower() for x in text.split())
            if len(w) > 3 and w not in STOP_WORDS and w.isalpha()}
