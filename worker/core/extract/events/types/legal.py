"""Legal actions: charges, trials, hearings, verdicts, sentences, appeals, investigations, lawsuits.
"""

from spacy.tokens import Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.lexicon import SPEECH_VERBS
from worker.core.extract.common.names import canonical_name
from worker.core.extract.events.args import actor_name, child, nearest_subject, past_dateline, phrase_text, \
    prep_objects, resolve_pronoun, subject, verb_subject
from worker.core.extract.common.grammar import strip_determiner
from worker.core.extract.events.drafting import Draft, Trigger, compatible, fields_agree, parties, place_in, \
    same_trigger_or_what, scope_of, status_of, time_for
from worker.core.extract.events.lexicon import ASKING_APPEAL_PREPS, COURT_NAME_WORDS, COURT_WORDS, FIRST_PERSON, \
    LEGAL, LEGAL_ACTION_NOUNS, PARTY_ACTIONS, ATTENDING_WORDS, CLIENT_WORDS, COURT_PREPS, \
    DISMISSABLE, CHALLENGE_VERBS, SEQUEL_PREPS, LAWYER_WORDS, LEGAL_AUTHORITIES, CUSTODY_ORDER_VERBS, OPENING_VERBS, COURT_DATE_NOUNS

from worker.core.extract.events.story_kinds import match_report
from worker.core.extract.events.court_phrases import charged_with, court_hears, court_rules, faced, wanted_on
from worker.core.extract.events.lexicon_wire import ASKING_VERBS, DATING_PREPS, DISCIPLINE_NOUNS, KEEPING_VERBS, PLURAL_PRONOUNS, \
    HEARING_VERBS, POSSIBILITY_MODALS, RULING_NOUNS

TRIGGERS = frozenset(LEGAL) | ATTENDING_WORDS | CUSTODY_ORDER_VERBS | CHALLENGE_VERBS | ASKING_VERBS | HEARING_VERBS

def legal(ctx: Context, trigger: Token, subtype: str) -> Draft:
    # 'is due in court on Tuesday' is a hearing to come.
    draft = Draft("legal_action", trigger, subtype=subtype,
                  status="planned" if trigger.lower_ == "due" else status_of(trigger))
    courts = [e for e in doc_cache.ents_within(trigger.sent) if e.label_ == "ORG" and any(w in e.text.lower() for w in COURT_NAME_WORDS)]
    # The subject nearest the verb: a dateline the parser made a second subject stands further off.
    who = past_dateline(ctx, nearest_subject(trigger, "nsubj"))
    if who is None and trigger.dep_ == "conj" and trigger.head.pos_ in {"VERB", "AUX"}:
        # 'a court convicted X and sentenced him', 'his client was disappointed and would appeal'
        who = past_dateline(ctx, nearest_subject(trigger.head, "nsubj"))
    if who is None and trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB" and child(trigger.head, "dobj") is None:
        # 'Prosecutors plan to charge X'; in 'urged the authorities to investigate' the object acts.
        who = past_dateline(ctx, nearest_subject(trigger.head, "nsubj"))
    accused = None
    if who is not None and who.head is not trigger and any(c.dep_ == "auxpass" for c in trigger.children):
        accused, who = who, None   # 'X, who ..., sold bear parts overseas, was sentenced': X is sentenced
    if trigger.lemma_ == "guilty" and trigger.dep_ == "amod" and trigger.head.head.lemma_ == "find":
        accused, who = trigger.head, child(trigger.head.head, "nsubj")  # 'found X guilty', X the head
    elif trigger.lemma_ == "guilty" and who is not None:
        # 'found X guilty' parsed as a small clause: X is the defendant, the finder the actor.
        accused, who = who, child(trigger.head, "nsubj")
    if trigger.lemma_ == "guilty" and trigger.head.lemma_ == "plead":
        accused, who = subject(trigger.head), None   # 'X pleaded guilty': X is the defendant
    if trigger.lemma_ in ATTENDING_WORDS:
        accused, who = subject(trigger) or child(trigger.head, "nsubj"), None   # 'X appeared before a judge'
    if who is None and trigger.pos_ == "VERB":
        agents = prep_objects(trigger, "by")   # 'was dismissed by a Munich court'
        who = agents[0] if agents else None
    if who is None and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        who = child(trigger.head, "nsubj")  # 'the FBI opened an investigation'
    if who is None and trigger.pos_ == "NOUN":
        who = child(trigger, "poss")   # 'its own investigation', 'the regulator's inquiry'
    if who is None and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in SEQUEL_PREPS \
            and trigger.head.head.pos_ == "VERB":
        who = nearest_subject(trigger.head.head, "nsubj")   # 'police charged him after a two-year investigation'
    if subtype in PARTY_ACTIONS and who is not None:
        courts = []  # who appeals or investigates is the party, not the court in the sentence
    if who is not None and who.lower_ in FIRST_PERSON:
        speaker = _speaker_at(ctx, who)
        draft.actor = speaker
        who = None if speaker else who
    if courts:
        draft.actor = canonical_name(ctx, courts[0])
    elif who is not None:
        draft.actor = actor_name(ctx, who)
    defendant = child(trigger, "dobj", "nsubjpass") if trigger.pos_ == "VERB" and accused is None else accused
    if trigger.lemma_ == "guilty" and trigger.head.lemma_ == "find":
        defendant = child(trigger.head, "dobj", "nsubjpass") or defendant
    if defendant is not None:
        group = _group_told_before(defendant)
        draft.target = phrase_text(group) if group is not None else ", ".join(parties(ctx, [defendant]))
    if draft.actor is None and trigger.lemma_ in ATTENDING_WORDS:
        # 'appear before a federal magistrate': who hears the case
        bench = [o for o in prep_objects(trigger, *COURT_PREPS) if o.lemma_.lower() in COURT_WORDS]
        words = phrase_text(bench[0], {"relcl", "acl", "punct", "appos", "prep", "det"}) if bench else None
        draft.actor = words
    what = prep_objects(trigger, "with", "to", "into", "of", "for")
    if not what and trigger.lemma_ == "charge" and (charged := charged_with(trigger)) is not None:
        what = prep_objects(charged, "with")   # 'charge the suspects with fraud': the parser hangs it on them
    if what:
        draft.what = phrase_text(what[0])
    draft.when = time_for(ctx, trigger)
    draft.place = place_in(ctx, trigger)   # 'A court in Abuja sentenced': else the story's place
    if draft.when is None and (trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" or trigger.dep_ == "acomp"):
        # '... on Tuesday convicted X and sentenced him', 'pleaded guilty in May'
        draft.when = time_for(ctx, trigger.head)
    return draft


def _group_told_before(pronoun: Token) -> Token | None:
    """'The suspects face charges ... They are expected to appear': a plural pronoun defendant is
    the plural subject of the sentence before (a person's 'they' is resolved like any other)."""
    if pronoun.lower_ not in PLURAL_PRONOUNS or pronoun.sent.start == 0:
        return None
    previous = pronoun.doc[pronoun.sent.start - 1].sent
    subj = child(previous.root, "nsubj", "nsubjpass")
    return subj if subj is not None and subj.tag_ == "NNS" else None


def _court_date(ctx: Context, noun: Token, subtype: str) -> Draft:
    """'His trial opens in February': the court date's defendant is its owner; it is to come when
    its date is after the story's."""
    draft = Draft("legal_action", noun, subtype=subtype, status=status_of(noun.head))
    owner = child(noun, "poss")
    if owner is not None:
        draft.target = actor_name(ctx, owner)
    draft.when = time_for(ctx, noun.head)
    published = ctx.story.published_at.date().isoformat()
    if isinstance(draft.when, str) and draft.when[:len(published)] > published[:len(draft.when)]:
        draft.status = "planned"
    return draft


def _custody_order(ctx: Context, verb: Token) -> Draft | None:
    """'A judge in Rotterdam ordered nine of the suspects held for two weeks': a court's custody
    order, a hearing; who is held is its target, the order what it decided."""
    who = verb_subject(verb)
    held = child(verb, "dobj", "ccomp")
    if who is None or who.lemma_.lower() not in COURT_WORDS or held is None:
        return None
    draft = Draft("legal_action", verb, subtype="hearing", status=status_of(verb), actor=actor_name(ctx, who))
    order = next((t for t in held.subtree if t.dep_ in {"acl", "oprd", "xcomp"} and t.pos_ == "VERB"), None)
    cut = {t.i for t in order.subtree} if order is not None else set()
    words = [t for t in held.subtree if t.i not in cut and t.dep_ != "punct"]
    draft.target = strip_determiner(verb.doc[words[0].i:words[-1].i + 1].text)
    if order is not None:
        draft.what = phrase_text(order, {"advcl", "punct", "relcl"})
    elif (told := child(verb, "xcomp")) is not None:   # 'ordered the lender to refund customers': a ruling
        draft.subtype, draft.what = "verdict", phrase_text(told, {"advcl", "punct", "relcl", "prep"})
    draft.place = place_in(ctx, verb, scope_of(verb) + list(who.subtree))
    draft.when = time_for(ctx, verb)
    return draft


def _custody_request(ctx: Context, verb: Token) -> Draft | None:
    """'her office would ask a judge on Friday to keep the suspects in pre-trial detention': a
    custody hearing asked of a court, by the one who asks, for those to be kept."""
    bench, keep = child(verb, "dobj"), child(verb, "xcomp")
    if bench is None or bench.lemma_.lower() not in COURT_WORDS or keep is None \
            or keep.lemma_.lower() not in KEEPING_VERBS:
        return None
    draft = Draft("legal_action", verb, subtype="hearing", status=status_of(verb))
    who = past_dateline(ctx, nearest_subject(verb, "nsubj"))
    owner = child(who, "poss") if who is not None else None
    draft.actor = actor_name(ctx, owner if owner is not None else who) if who is not None else None
    held = child(keep, "dobj")
    draft.target = phrase_text(held) if held is not None else None
    draft.what = phrase_text(keep, {"punct", "advcl", "dobj", "aux"}) if held is not None else None
    draft.when = time_for(ctx, verb)
    return draft


def _speaker_at(ctx: Context, token: Token) -> str | None:
    """'We will appeal' inside a quotation: 'we' is whoever the quote is attributed to."""
    for quote in ctx.quotes:
        if quote.evidence.start <= token.idx < quote.evidence.end and quote.speaker:
            return quote.speaker
    return None


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token, lemma, is_verb, is_noun = t.token, t.lemma, t.is_verb, t.is_noun
    drafts: list[Draft | None] = []
    subtype = LEGAL.get(lemma)
    if lemma == "appeal" and any(c.lower_ in ASKING_APPEAL_PREPS for c in token.children) \
            and not any(o.lemma_.lower() in COURT_WORDS for o in prep_objects(token, "to")):
        subtype = None  # 'appealed for calm', 'appealed to donors' ask; 'appeal to the Court of Appeals' goes to court
    if lemma == "appeal" and any(o.lemma_.lower() in DISCIPLINE_NOUNS for o in prep_objects(token, "against", "over")):
        return []   # 'the club would appeal against the red card': a match decision, no court
    if lemma == "appeal" and match_report(ctx) and not any(w.lemma_.lower() in COURT_WORDS for w in token.sent):
        return []   # 'the club would appeal the decision' in a match report: the league's, no court
    if is_noun and lemma in COURT_DATE_NOUNS and token.dep_ == "nsubj" and token.head.lemma_.lower() in OPENING_VERBS:
        return [_court_date(ctx, token, LEGAL[lemma])]
    if is_verb and lemma in CHALLENGE_VERBS and any(
            o.lemma_.lower() in COURT_WORDS for o in prep_objects(token, *COURT_PREPS)):
        return [legal(ctx, token, "appeal")]   # 'would challenge the result at the Supreme Court'
    if is_verb and lemma in CUSTODY_ORDER_VERBS:
        return [_custody_order(ctx, token)]
    if is_verb and lemma in ASKING_VERBS:
        return [_custody_request(ctx, token)]
    if lemma in ATTENDING_WORDS and any(o.lemma_.lower() in COURT_WORDS for o in prep_objects(token, *COURT_PREPS)):
        drafts.append(legal(ctx, token, "hearing"))
    if lemma == "dismiss" and not any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in DISMISSABLE
                                      for c in token.children):
        subtype = None   # 'dismissed the claims as nonsense' is no verdict unless a case is dismissed
    if lemma == "plead":
        subtype = None   # the verdict is read from 'guilty'
    if is_verb and any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in token.children):
        return drafts    # 'either side can appeal': a possibility, neither held nor set
    if is_verb and lemma in HEARING_VERBS:
        # ('a disciplinary committee would hear the case' in a match report: the league's, no court)
        return [legal(ctx, token, "hearing")] if court_hears(token) and not match_report(ctx) else []
    if lemma in RULING_NOUNS and not court_rules(token):
        return drafts    # 'ruled out', 'the ruling party': no court decides
    if is_noun and lemma in LEGAL_ACTION_NOUNS and token.head.lemma_.lower() == "dismiss":
        return drafts    # 'the lawsuit was dismissed' is the verdict, told once
    if is_noun and subtype == "hearing" and token.dep_ == "pobj" and token.head.lower_ == "at" \
            and LEGAL.get(token.head.head.lemma_.lower()) not in {None, "hearing"}:
        return drafts    # 'would seek to charge him ... at a hearing on Friday': the charge's occasion
    if is_noun and token.dep_ == "pobj" and token.head.lower_ in DATING_PREPS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
            c.dep_ in {"prep", "compound", "amod", "poss", "nummod"} for c in token.children):
        return drafts    # 'said after the hearing': the hearing told before dates the saying
    if subtype and ((is_verb and lemma not in {"charge"})
                    or (is_noun and (subtype in LEGAL_ACTION_NOUNS or t.lower == "sentencing"))
                    or (lemma == "charge" and is_verb and charged_with(token) is not None)
                    # 'Prosecutors charged the brother': who charges is an authority, not a shop
                    or (lemma == "charge" and is_verb and (s := child(token, "nsubj")) is not None
                        and s.lemma_.lower() in LEGAL_AUTHORITIES)
                    or (lemma == "guilty" and "find" in {token.head.lemma_, token.head.head.lemma_})
                    or (lemma == "guilty" and token.head.lemma_ == "plead")
                    # 'Those arrested face federal charges of conspiracy': charged, told by who faces it
                    or faced(token) or wanted_on(token) is not None):
        draft = legal(ctx, token, subtype)
        if faced(token) and (facing := past_dateline(ctx, child(token.head, "nsubj"))) is not None:
            # Who faces charges is charged; who brings them is who tells of them ('..., prosecutors said').
            draft.target = strip_determiner(facing.doc[facing.left_edge.i:facing.right_edge.i + 1].text)
            root = token.sent.root
            teller = child(root, "nsubj") if root.lemma_.lower() in SPEECH_VERBS and root is not token.head else None
            draft.actor = actor_name(ctx, teller) if teller is not None else None
        if (wanted := wanted_on(token)) is not None:
            # Charged where they are wanted, on no day the sentence tells ('which froze withdrawals
            # in March' dates something else).
            draft.target, draft.actor, draft.status = actor_name(ctx, wanted), None, "held"
            draft.place, draft.when = place_in(ctx, token.head.head), time_for(ctx, token.head.head)
        drafts.append(draft)
    return drafts


def can_merge(a: Draft, b: Draft) -> bool:
    # 'A federal jury convicted X' ... 'Jurors found X guilty': one verdict, however the court is named.
    if a.target and a.target == b.target and compatible(a.when, b.when) and compatible(a.status, b.status):
        return True
    if a.subtype == b.subtype == "verdict" and a.target and b.target and a.target[:1].islower() != b.target[:1].islower() \
            and a.status == b.status and compatible(a.when, b.when) and compatible(a.place, b.place) \
            and a.actor and b.actor and (a.actor.lower() in b.actor.lower() or b.actor.lower() in a.actor.lower()):
        return True   # 'convicted a former lawmaker' ... 'Raymond Kessler ... was found guilty': one verdict
    if not fields_agree(a, b):
        return False
    if a.actor and a.actor == b.actor and a.subtype == "investigation":
        return True   # 'the ICO opened an investigation' ... 'its inquiry was continuing': one inquiry
    if a.target and a.target == b.target:
        return True  # 'found Albrecht guilty' ... 'before convicting Albrecht': one verdict
    return same_trigger_or_what(a, b)


def client_of(ctx: Context, drafts: list[Draft]) -> None:
    """'her client would appeal': the client is whom the lawyer is named for ('Lacson's lawyer'),
    else the defendant most often named before the client is mentioned (ties: the first)."""
    legal = [d for d in drafts if d.type == "legal_action"]
    for d in legal:
        if not (d.actor and _is_client(d.actor)) and not (d.target and _is_client(d.target)):
            continue
        named = [o.target for o in legal if o.trigger.i < d.trigger.i and o.target and not _is_client(o.target)]
        named = [n for n in named if n[:1].isupper()] or named   # a name before 'a former lawmaker'
        defendant = _lawyers_client(ctx, d.trigger) or (
            max(named, key=lambda n: (named.count(n), -named.index(n))) if named else None)
        if defendant is None:
            continue
        if d.actor and _is_client(d.actor):
            d.actor = defendant
        if d.target and _is_client(d.target):
            d.target = defendant


def _lawyers_client(ctx: Context, trigger: Token) -> str | None:
    """'Lacson's lawyer, Ramon Villanueva, said his client would appeal': the lawyer's owner."""
    for t in trigger.sent:
        owner = child(t, "poss") if t.lemma_.lower() in LAWYER_WORDS else None
        if owner is not None and owner.pos_ == "PROPN":
            return actor_name(ctx, owner)
        if owner is not None and owner.pos_ == "PRON" and (whose := resolve_pronoun(ctx, owner)) is not None:
            return whose   # 'Figueira showed no emotion ... His lawyer said her client would appeal
    return None


def _is_client(name: str) -> bool:
    return name.lower().split()[-1] in CLIENT_WORDS


def has_arguments(d: Draft) -> bool:
    """'while the investigation continues' only refers to an action told elsewhere, or to none."""
    return bool(d.actor or d.target or d.what or d.when or d.place)
