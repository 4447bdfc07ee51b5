"""The words around a casualty trigger that may carry its count."""

from spacy.tokens import Token


def arguments(trigger: Token) -> list[Token]:
    """Tokens that may carry the count, most specific first."""
    # Every child of a role, in order: 'injuring at least seven people, among them a boy' has
    # two objects, and the first carries the count.
    args: list[Token] = []
    for dep in ("nsubjpass", "dobj", "nummod", "nsubj", "attr"):
        args.extend(c for c in trigger.children if c.dep_ == dep)
    if trigger.dep_ in {"acomp", "oprd", "xcomp"} and trigger.head.i != trigger.i:
        # 'Eight people remain unaccounted for', 'left 300 homeless'.
        for c in trigger.head.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"}:
                args.append(c)
    if trigger.dep_ in {"amod", "acl"} and trigger.head.pos_ in {"NOUN", "NUM", "PROPN"}:
        args.append(trigger.head)
    if trigger.dep_ == "relcl" and trigger.head.pos_ in {"NOUN", "NUM"}:
        args.append(trigger.head)
    if trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children) \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        # 'About 90 people swam ashore or were rescued': the first verb's subject is who was rescued.
        args.extend(c for c in trigger.head.children if c.dep_ in {"nsubj", "nsubjpass"})
    return args
