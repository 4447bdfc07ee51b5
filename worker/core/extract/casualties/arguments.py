"""The words around a casualty trigger that may carry its count."""

from spacy.tokens import Token

from worker.core.extract.casualties.lexicon import DATELINE_LABELS, DATELINE_TOKENS, LEAVING_IN_STATE


def arguments(trigger: Token) -> list[Token]:
    """Tokens that may carry the count, most specific first."""
    # Every child of a role, in order: 'injuring at least seven people, among them a boy' has
    # two objects, and the first carries the count.
    args: list[Token] = []
    for dep in ("nsubjpass", "dobj", "nummod", "nsubj", "attr"):
        args.extend(c for c in trigger.children if c.dep_ == dep and not _among_them(c))
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() != "toll":
        # 'The bodies of three men were recovered', 'the deaths of two nurses'.
        args.extend(o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj")
    if trigger.pos_ == "ADJ":
        # 'the first count was six dead': the number hung on the adjective as a measure.
        args.extend(c for c in trigger.children if c.dep_ == "npadvmod" and c.like_num)
    # 'Bangkok (AFP) - At least 19 people were killed': the parser may take the dateline for the
    # subject and the count for a phrase in apposition to it.
    args.extend(a for s in list(args) if s.dep_ in {"nsubj", "nsubjpass"} and s.ent_type_ in DATELINE_LABELS
                and s.i < DATELINE_TOKENS for a in s.children if a.dep_ == "appos")
    # '40 passengers were unaccounted for': the parser may hang the subject on 'were', itself
    # hung on the adjective.
    for aux in (c for c in trigger.children if c.dep_ in {"aux", "auxpass", "cop"} and trigger.pos_ == "ADJ"):
        args.extend(c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"})
    if trigger.dep_ in {"acomp", "oprd", "xcomp"} and trigger.head.i != trigger.i:
        # 'Eight people remain unaccounted for', 'left 300 homeless'.
        for c in trigger.head.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                args.append(c)
    if trigger.dep_ in {"amod", "acl"} and trigger.head.pos_ in {"NOUN", "NUM", "PROPN"}:
        args.append(trigger.head)
    if trigger.dep_ == "relcl" and trigger.head.pos_ in {"NOUN", "NUM"}:
        args.append(trigger.head)
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if not args and trigger.tag_ == "VBN" and before is not None and before.dep_ == "dobj" \
            and before.head.lemma_.lower() in LEAVING_IN_STATE:
        args.append(before)   # 'leaving six others trapped', with the participle hung elsewhere
    shares_passive = trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.head.children)
    if trigger.dep_ == "conj" and (any(c.dep_ == "auxpass" for c in trigger.children) or shares_passive) \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        # 'About 90 people swam ashore or were rescued': the first verb's subject is who was rescued;
        # so is it in 'were pulled out alive and taken to hospital with burns'.
        args.extend(c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    return args


def _among_them(arg: Token) -> bool:
    """'14 people had died, among them four children': the parser may hang the part told after
    'among them' on the verb as its object; it is a part of the count, not the count."""
    i = arg.left_edge.i
    doc = arg.doc
    return i >= 2 and doc[i - 2].lower_ == "among" and doc[i - 1].pos_ == "PRON"
