"""Argument readers for event mentions (the trigger words are in ``lexicon``).

Arguments come from the parse around the trigger: subjects and 'with' objects of 'met',
'between X and Y' of 'talks', the possessor or 'by' agent of 'attack', the 'to' object of
'travel'. Names go through the consolidated entities so a participant is 'Vladimir Putin',
not 'Putin' in one event and 'Vladimir Putin' in the next.
"""

from spacy.tokens import Span, Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.grammar import clause_head, first_of_joined, speakers_own
from worker.core.extract.common.grammar import singular as singular, strip_determiner
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.person_nouns import people_first_nouns
from worker.core.extract.common.names import PLACE_LABELS, canonical_name, entity_at, phrase_name
from worker.core.extract.events.lexicon_asserted import ATTACKER_KINDS
from worker.core.extract.events.lexicon_wire import COUNTING_WORDS, OFFICE_NOUNS, PERSON_RELATIVES
from worker.core.extract.events.referents import body_of_group, government_of, named_body
from worker.core.extract.events.lexicon import (
    ACTING_FOR, ANIMATE_NOUNS, GROUP_PRONOUNS, INANIMATE_PRONOUNS, PERSON_PRONOUNS, RELATIVE_SUBJECTS,
    SENTENCE_PLACE_PREPS,
)


def name_of(ctx: Context, token: Token) -> str:
    """Canonical name of the phrase a token heads, demonyms read as their country."""
    ent = entity_at(token.doc, token)
    if ent is not None and ent.label_ == "NORP" and token.tag_ not in {"NNS", "NN"}:
        return DEMONYMS.get(ent.text.lower(), ent.text)
    return phrase_name(ctx, token)


def with_conjuncts(token: Token) -> list[Token]:
    """'Putin and Zelenskyy' -> both tokens."""
    return [token] + [c for c in token.conjuncts if c.i > token.i]


def resolve_pronoun(ctx: Context, token: Token) -> str | None:
    """'He', 'she', 'they': the nearest person (or organisation) named before, rule-based."""
    labels = {"he": {"PERSON"}, "she": {"PERSON"}, "him": {"PERSON"}, "her": {"PERSON"}, "his": {"PERSON"}, "its": {"ORG", "GPE"},
              "they": {"ORG", "GPE", "NORP"}, "it": {"ORG", "GPE"}}.get(token.lower_)
    if labels is None:
        return None
    speaker = _matrix_speaker(token)
    if speaker is not None:
        return actor_name(ctx, speaker)
    # Consolidated mentions include names the model missed; fall back to the raw entities.
    best: tuple[int, str] | None = None
    for entity in ctx.entities:
        if entity.label not in labels:
            continue
        for m in entity.mentions:
            if m.end <= token.idx and (best is None or m.end > best[0]):
                best = (m.end, entity.name)
    if best is not None:
        return best[1]
    before = [e for e in doc_cache.ents(token.doc) if e.end <= token.i and e.label_ in labels]
    if before:
        return canonical_name(ctx, before[-1])
    # The model may have mislabelled the name: take the proper-noun subject of the previous sentence.
    if token.lower_ in PERSON_PRONOUNS and token.sent.start > 0:
        previous = token.doc[token.sent.start - 1].sent
        for t in previous:
            if t.dep_ == "nsubj" and t.pos_ == "PROPN":
                ent = entity_at(token.doc, t)
                return canonical_name(ctx, ent) if ent is not None else t.text
    return None


def _matrix_speaker(pronoun: Token) -> Token | None:
    """'Police said they had arrested 23': a said-clause's 'they' or 'it' is who said it."""
    clause = first_of_joined(pronoun.head)
    if pronoun.lower_ not in GROUP_PRONOUNS or pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    said = child(clause.head, "nsubj")
    return said if said is not None and said.pos_ != "PRON" else None


def known_place(ctx: Context, token: Token) -> bool:
    """The story's settled entities know a place the model mislabelled here ('to Rasuwa' read as a
    person): a place mention covers the token."""
    return token.pos_ == "PROPN" and any(e.label in PLACE_LABELS for e in ctx.names().covering(token.idx))


def is_animate(token: Token, ctx: Context | None = None) -> bool:
    """Can this phrase ask, attack, meet or arrest? Entities, pronouns and people nouns can."""
    if token.pos_ == "PRON" and token.lower_ not in INANIMATE_PRONOUNS:
        return True
    if (token.like_num or token.lower_ in COUNTING_WORDS) and (of := prep_objects(token, "of")):
        return is_animate(of[0], ctx)   # 'Tens of thousands of teachers marched
    if ctx is not None and any(e.label in {"PERSON", "ORG", "GPE", "NORP"} for e in ctx.names().covering(token.idx)):
        return True
    ent = entity_at(token.doc, token)
    if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if ctx is not None and (apposed_name(ctx, token) is not None or apposed_body(ctx, token) is not None):
        return True
    return token.lemma_.lower() in ANIMATE_NOUNS or (
        # 'nurses marched': a noun whose commonest sense is a person ('its observers' act for it).
        token.pos_ == "NOUN" and token.lemma_.lower() in people_first_nouns()
        and not any(c.dep_ == "poss" for c in token.children)) or (
        # 'Gunmen attacked ...': a common noun capitalised at the start of a sentence (or after the
        # dateline's dash), which the model took for a name, is read by its singular.
        token.pos_ == "PROPN" and not token.ent_type_ and (token.is_sent_start or token.nbor(-1).is_punct)
        and singular(token.lower_) in ANIMATE_NOUNS | ATTACKER_KINDS)


def in_dateline(ctx: Context, token: Token) -> bool:
    dateline = ctx.story_facts.dateline if ctx.story_facts is not None else None
    return bool(dateline and dateline.evidence and token.idx < dateline.evidence.end)


def verb_subject(verb: Token) -> Token | None:
    """The nsubj of a verb or, for a verb the parser hung on a noun as a relative clause with no
    relative word ('NAIROBI (AP) - A court on Monday ordered ...' read as 'a court [that] ordered'),
    that noun."""
    found = child(verb, "nsubj")
    if found is None and verb.dep_ == "relcl" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return verb.head
    return found


def past_dateline(ctx: Context | None, found: Token | None) -> Token | None:
    """'LIMA (AP) — Peru and Chile agreed': the parser may make the dateline the subject and
    the real one its apposition or a conjunct; the dateline is never who acts."""
    if ctx is None or found is None or not in_dateline(ctx, found):
        return found
    return next((c for c in found.children if c.dep_ in {"appos", "conj"} and not in_dateline(ctx, c)), None)


def animate_subject(trigger: Token, ctx: Context | None = None) -> Token | None:
    """The subject of a verb, climbing out of a coordination the parser attached too low."""
    current = speakers_own(trigger)
    for _ in range(4):
        found = past_dateline(ctx, subject(current))
        if found is not None and found.lower_ in RELATIVE_SUBJECTS and current.dep_ == "relcl":
            found = current.head  # 'the union, which called for ...'
        if found is not None and is_animate(found, ctx):
            return found
        if current.dep_ == "advcl" and (current.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to"
                                                                     for c in current.children)):
            current = current.head   # 'nurses marched to demand higher pay', '..., demanding that': the marchers
        elif current.dep_ == "conj" and current.head.dep_ == "pcomp" and current.head.head.head.pos_ == "VERB":
            current = current.head.head.head   # 'X accused them of lying and called for ...'
        elif current.dep_ in {"conj", "ccomp", "xcomp"} and current.head.i != current.i:
            current = current.head
        else:
            return found if found is not None and found.pos_ != "NOUN" else None
    return None


def actor_name(ctx: Context, token: Token) -> str:
    if token.lower_ in RELATIVE_SUBJECTS and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        return actor_name(ctx, token.head.head)   # 'the unit, which began its inquiry': the unit
    if token.pos_ == "PRON" and not (token.text.isupper() and len(token.text) > 1):   # ('WHO pledged': a body)
        return resolve_pronoun(ctx, token) or token.text
    if (token.like_num or token.lower_ in COUNTING_WORDS) and (of := prep_objects(token, "of")) \
            and not any(c.dep_ == "appos" for c in token.children):
        return actor_name(ctx, of[0])   # 'About 2,000 of his supporters marched': the supporters
    owner_name = acting_for(ctx, token)
    if owner_name is not None:
        return owner_name
    body = named_body(ctx, token) or apposed_body(ctx, token) or body_of_group(ctx, token)
    if body is not None:
        return body
    owner = child(token, "poss")
    if token.pos_ == "NOUN" and token.lemma_.lower() in OFFICE_NOUNS and owner is not None and owner.pos_ == "NOUN":
        return f"{owner.text}'s {token.text}"   # "the mayor's office asked residents ..."
    if token.lemma_.lower() == "government":
        owner = next((c for c in token.children if c.dep_ in {"poss", "compound", "amod"}), None)
        if owner is not None and (ent := entity_at(token.doc, owner)) is not None and ent.label_ in {"GPE", "NORP"}:
            return name_of(ctx, owner)   # "Kyrgyzstan's government", "the Kenyan government"
        # 'The government urged': acts as written, as a source speaks; ``geo`` keeps its country.
        if owner is None and government_of(ctx, token) is not None:
            return token.lower_
    # 'top adviser Andriy Yermak': the title heads the phrase, the name is what we want; so does
    # 'Two of his aides, Kim Doyle and Ray Penn'.
    own = entity_at(token.doc, token)
    if own is None or own.label_ == "CARDINAL":
        for c in token.children:
            ent = entity_at(token.doc, c)
            if c.dep_ in {"appos", "compound"} and ent is not None and ent.label_ in {"PERSON", "ORG"}:
                return name_of(ctx, ent.root)
        # 'The UN special rapporteur on Myanmar, Lucia Ferrandi, called on ...': the parser may hang
        # the name on the phrase's last noun; a person named there is the one the title describes.
        for c in (g for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  for g in o.children if g.dep_ == "appos"):
            if (ent := entity_at(token.doc, c)) is not None and ent.label_ == "PERSON":
                return name_of(ctx, ent.root)
    return name_of(ctx, token)


def acting_for(ctx: Context, token: Token) -> str | None:
    """'Otieno's campaign' acts for Otieno, 'the OAS mission' for the OAS."""
    owner = child(token, "poss") or child(token, "compound")
    if token.pos_ == "NOUN" and token.lemma_.lower() in ACTING_FOR and owner is not None and owner.pos_ == "PROPN":
        return name_of(ctx, owner)
    if token.pos_ == "NOUN" and token.lemma_.lower() in ACTING_FOR and owner is not None and owner.pos_ == "PRON":
        return resolve_pronoun(ctx, owner)   # 'Petreski did not concede. His campaign ... called on'
    return None


def apposed_name(ctx: Context, token: Token) -> str | None:
    """'Its chief executive, Hilde Peeters, called on ...': the person or body named in apposition."""
    return next((name_of(ctx, c) for c in token.children if c.dep_ == "appos"
                 and any(e.label in {"PERSON", "ORG"} for e in ctx.names().covering(c.idx))), None)


def apposed_body(ctx: Context, token: Token) -> str | None:
    """'The mission urged ...' after 'the UN peacekeeping mission in Congo, MONUSCO,': the body an
    earlier phrase of the same head noun was named by, in apposition."""
    if token.pos_ != "NOUN" or any(c.dep_ != "det" or c.lower_ != "the" for c in token.lefts):
        return None
    for earlier in reversed(token.doc[:token.i]):
        if earlier.lemma_ == token.lemma_ and earlier.pos_ == "NOUN":
            # ('the mission in Congo, MONUSCO,' with the name hung on the place.)
            for c in [g for t in earlier.subtree if t.i == earlier.i or t.dep_ == "pobj" for g in t.children]:
                if c.dep_ == "appos" and any(e.label == "ORG" for e in ctx.names().covering(c.idx)):
                    return name_of(ctx, c)
    return None


def child(token: Token, *deps: str) -> Token | None:
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """Objects of the given prepositions under a token: 'with' -> [Trump, leaders]."""
    found: list[Token] = []
    for c in token.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    found.extend(with_conjuncts(pobj))
    return found


def subject(token: Token) -> Token | None:
    """The subject of a verb, borrowed from the matrix clause for 'hope to meet'."""
    current = token
    for _ in range(4):
        # A dateline word the parser made a second subject ('HANOI (AFP) - Vietnam and Laos
        # signed') stands further from the verb than its real subject.
        found = nearest_subject(current)
        if found is not None and found.lower_ in PERSON_RELATIVES and current.dep_ == "relcl":
            return current.head   # 'Minister X, who flew to Wa on Thursday': the one 'who' stands for
        if found is not None:
            return found
        if current.dep_ == "xcomp":
            # 'urged Putin and Zelenskyy to meet': the object of the matrix verb acts.
            obj = child(current.head, "dobj")
            if obj is not None:
                return obj
            current = current.head
        elif current.dep_ in {"conj", "acomp"} or (
            # 'will fly to Wellington to meet X': the traveller is the one who meets.
            current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        ):
            current = clause_head(current)
        else:
            return None
    return None


def nearest_subject(verb: Token, *deps: str) -> Token | None:
    """The verb's subject nearest before it ('PERTH (AP) — A Perth court convicted': the court)."""
    subjects = [c for c in verb.children if c.dep_ in (deps or {"nsubj", "nsubjpass"})]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def places_near(ctx: Context, sent: Span, trigger: Token) -> list[str]:
    """Places the sentence names with a locative preposition, nearest to the trigger first."""
    found = []
    for ent in doc_cache.ents_within(sent):
        if ent.label_ not in PLACE_LABELS:
            continue
        if ent.root.head.lower_ in SENTENCE_PLACE_PREPS:
            found.append(ent)
    found.sort(key=lambda e: abs(e.start - trigger.i))
    return [canonical_name(ctx, e) for e in found]


def phrase_text(token: Token, drop: set[str] | None = None) -> str:
    """The words of a token's phrase, without relative clauses hung on its head."""
    drop = drop or {"relcl", "acl", "punct", "appos"}
    keep = [token]
    for c in token.children:
        if c.dep_ in drop:
            continue
        keep.extend(c.subtree)
    tokens = sorted(keep, key=lambda t: t.i)
    start, end = tokens[0].i, tokens[-1].i + 1
    return strip_determiner(token.doc[start:end].text)
