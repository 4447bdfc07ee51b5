"""Titles and affiliations of the people in a story.

From the words before a name ("Kremlin spokesperson", "Trump's special envoy", "Ukrainian
President") and from an appositive on either side of it ("X, minister-counselor at the U.S.
mission", "Albrecht's lawyer, X"). An affiliation resolves to the canonical entity it names;
a body named only as an affiliation becomes an organisation entity of its own.
"""

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.common.grammar import opens_sentence
from worker.core.extract.common.lexicon import ORG_NOMINALS
from worker.core.extract.entities.role_objects import LOCATED_PARTICIPLES, body_named_before, leading_initials, named_body_in
from worker.core.extract.entities.relative_roles import relative_role
from worker.core.extract.entities.lexicon import (
    AFFIL_PREPS, AGE_WORDS, COURTESY, GROUP_POSSESSIVES, NAME_POS, ORG_KIND_NOUNS, PORTFOLIOS,
    POSSESSIVE, RANK_WORDS, ROLE_ADVERBIAL_DEPS, ROLE_NOT_BODIES, SPEAKING_ROLES,
)
from worker.core.extract.entities.title_words import (
    canonical_place, country_for_demonym, initials, is_agent_noun, is_country_name, is_demonym, is_initials,
    is_title_head, joins_name, title_of_portfolio,
)
from worker.core.models.entities import Role

# A role as token ranges: (whole role phrase, affiliation inside it), or (None, None).
_RoleSpan = tuple[tuple[int, int] | None, tuple[int, int] | None]


@dataclass
class Mention:
    tok_start: int
    tok_end: int
    label: str
    text: str
    start: int
    end: int
    cluster: "Cluster | None" = None


@dataclass
class Cluster:
    label: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    name: str = ""


def attach_roles(doc: Doc, ev: EvidenceMaker, mentions: list[Mention],
                  clusters: list[Cluster]) -> list[Cluster]:
    """Titles and affiliations for every person mention; returns ORGs named only as affiliations."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.tok_start, m.tok_end):
            by_token[i] = m
    places = [c.name for c in clusters if c.label in ("GPE", "LOC")]
    bodies = [c for c in clusters if c.label == "ORG" and len(c.name.split()) > 1]
    promoted: dict[str, Cluster] = {}
    # Capitalised words seen inside a sentence: a name, wherever else they stand.
    named = {t.text for t in doc if t.text[:1].isupper() and not opens_sentence(t)}
    for m in mentions:
        if m.label != "PERSON" or m.cluster is None:
            continue
        for role_range, affil in (_premodifier_role(doc, m, by_token, named),
                                  _appositive_role(doc, m, by_token)):
            if role_range is None:
                continue
            title = _title_text(doc, role_range, affil)
            affil_name = _affiliation_name(doc, affil, by_token, places, promoted, ev, bodies)
            if affil_name is None and title is not None:
                affil_name, title = body_named_before(title, [c.name for c in bodies])
            if not title and not affil_name:
                continue
            start, end = doc[role_range[0]].idx, doc[role_range[1] - 1].idx + len(doc[role_range[1] - 1])
            role = Role(title=title, affiliation=affil_name, evidence=ev.chars(start, end))
            if all((r.title, r.affiliation) != (title, affil_name) for r in m.cluster.roles):
                m.cluster.roles.append(role)
        told = relative_role(doc, m.tok_end) if not m.cluster.roles else None
        if told is not None:   # 'X, who heads a farmers' cooperative': only when nothing else says
            m.cluster.roles.append(Role(title=told[0], affiliation=told[1], evidence=ev.chars(*told[2])))
    return list(promoted.values())


def _premodifier_role(doc: Doc, m: Mention, by_token: dict[int, Mention], named: set[str]) -> _RoleSpan:
    """'Ukrainian President X', "Trump's special envoy X": title words right before the name."""
    j = m.tok_start - 1
    affil: tuple[int, int] | None = None
    sent_start = doc[m.tok_start].sent.start
    # The parser sometimes starts a sentence between a title and its name ("President | Fernando
    # Mutemba declared"); a real sentence never ends on a bare word.
    while sent_start > 0 and not doc[sent_start - 1].is_punct and not doc[sent_start - 1].is_space:
        sent_start = doc[sent_start - 1].sent.start
    # "Secretary of State X": the title ends at its portfolio; read what precedes its head word.
    head_at = title_of_portfolio(doc, m.tok_start)
    last = m.tok_start - 1 if head_at is None else head_at
    j = last - 1 if head_at is not None else j
    while j >= sent_start:
        tok = doc[j]
        owner = by_token.get(j - 1) if tok.text in POSSESSIVE else by_token.get(j)
        # ('Sri Lanka coach X': a country's name the model took for a person is still the country.)
        if tok.is_space or (owner is not None and owner.label == "PERSON"
                            and tok.text not in POSSESSIVE and not is_country_name(owner.text)):
            break
        if owner is not None or is_demonym(tok):
            affil = (owner.tok_start, owner.tok_end) if owner else (j, j + 1)
            break
        # A title word or a short form in capitals the parser took for a verb or a pronoun
        # ("WHO representative X") is still part of the role.
        # A word joined to the next by a hyphen ('Left-arm spinner') is part of it, whatever its tag.
        hyphened = j + 1 < m.tok_start and doc[j + 1].text == "-" and not tok.whitespace_
        # ('a low shot past goalkeeper X': a word heading a prepositional phrase ends the role,
        # whatever its tag.)
        if tok.text in POSSESSIVE or tok.dep_ == "prep" and tok.is_lower and not joins_name(doc, j) or not (tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.text == "-" or hyphened
                                          or joins_name(doc, j) or is_title_head(tok) or is_initials(tok)):
            break
        j -= 1
    title_start = affil[1] if affil else j + 1
    while title_start < m.tok_start and doc[title_start].text in POSSESSIVE:
        title_start += 1
    if title_start >= m.tok_start or not is_title_head(doc[last], described=True):
        return None, None
    if affil is None and doc[last].is_lower:
        # "World Food Programme spokesperson X": capitalised words before a lower-case title
        # name the body the person speaks for, even when the model missed it.
        k = title_start
        while k < m.tok_start - 1 and ((doc[k].pos_ in NAME_POS or is_initials(doc[k])) and doc[k].text[:1].isupper()
                                       and doc[k].lower_ not in PORTFOLIOS and not is_title_head(doc[k])
                                       and not is_demonym(doc[k]) or k > title_start and joins_name(doc, k)):
            k += 1
        # The capitalised words must touch the title, and the title be title words only
        # ("Arianespace chief executive", "IEBC chairman"; "Fire brigade spokesman" is no body).
        affil = (title_start, k) if title_start < k < m.tok_start and all(
            t.is_lower and (is_title_head(t) or t.pos_ == "ADJ") for t in doc[k:m.tok_start]) else None
        # "Opposition leader X" opening a sentence: a capitalised common word, not a name
        # ("Arianespace chief executive X" is one: the story writes it capitalised elsewhere too).
        if affil is not None and opens_sentence(doc[affil[0]]) and doc[affil[0]].pos_ != "PROPN" \
                and not doc[affil[0]].is_upper and doc[affil[0]].text not in named:
            affil = None
        # "Union leader X" opening a sentence: a capitalised common noun, not a named body.
        if affil is not None and affil[1] - affil[0] == 1 and opens_sentence(doc[affil[0]]) \
                and doc[affil[0]].lower_ in ORG_NOMINALS:
            affil = None
    if affil is None and not doc[m.tok_start - 1].is_lower:
        affil = leading_initials(doc, title_start, m.tok_start)
    return ((affil[0] if affil else title_start), m.tok_start), affil


def _appositive_role(doc: Doc, m: Mention, by_token: dict[int, Mention]) -> _RoleSpan:
    """'X, minister-counselor at the U.S. mission,' and "Albrecht's lawyer, Daniel Ferreira,"."""
    root = doc[m.tok_start:m.tok_end].root
    heads = [c for t in doc[m.tok_start:m.tok_end] for c in t.rights
             if c.dep_ == "appos" and c.i >= m.tok_end]
    if root.dep_ == "appos" and root.head.i < m.tok_start:
        head = root.head
        # Small models hang the appositive on the last noun of "ambassador to X in Y".
        for _ in range(4):
            if is_title_head(head) or head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
                break
            head = head.head
        heads.append(head)
    for head in heads:
        lo, hi = sorted((head.i, m.tok_start if head.i < m.tok_start else m.tok_end))
        if not (is_title_head(head, described=True) or is_agent_noun(head)) or any(t.is_space for t in doc[lo:hi]):
            continue
        return _noun_phrase_role(doc, head, by_token)
    return None, None


def _noun_phrase_role(doc: Doc, head: Token, by_token: dict[int, Mention]) -> _RoleSpan:
    """Title and affiliation of a title noun phrase: its possessor or modifier entity, else the
    proper-noun object of 'at/of/for/to ...' after it."""
    # ('Later on Friday a spokeswoman for ...': when it was said is no part of the role.)
    # ('the Geneva-based director': where the person works is no part of the role either.)
    left = min((c.left_edge.i for c in head.lefts if (c.dep_ not in {"det", "punct"} | ROLE_ADVERBIAL_DEPS
                or c.text == "-") and c.lower_ not in LOCATED_PARTICIPLES), default=head.i)
    affil: tuple[int, int] | None = None
    for i in range(left, head.i):
        other = by_token.get(i)
        if other is not None and (other.label != "PERSON" or doc[other.tok_end].text in POSSESSIVE):
            affil = (other.tok_start, other.tok_end)
        elif other is None and is_demonym(doc[i]):
            affil = (i, i + 1)
    if affil is None and doc[left].tag_ == "PRP$" and doc[left].lower_ in GROUP_POSSESSIVES:
        # "Its regional director": the organisation named just before.
        owner = next((by_token[i] for i in range(left - 1, max(-1, left - 80), -1)
                      if i in by_token and by_token[i].label == "ORG"), None)
        affil = (owner.tok_start, owner.tok_end) if owner else None
    while left < head.i and doc[left].tag_ == "PRP$":
        left += 1
    end = head.i + 1
    for prep in head.rights:
        if affil is not None or prep.lower_ not in AFFIL_PREPS:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        # ('a spokeswoman for the regional prosecutor's office': a body of a kind, as written.)
        if objs and objs[0].lemma_ in ORG_NOMINALS and objs[0].lemma_ not in ROLE_NOT_BODIES \
                and all(t.is_lower or t.is_punct for t in objs[0].subtree):
            obj = objs[0]
            affil = (obj.left_edge.i + (1 if obj.left_edge.dep_ == "det" else 0), obj.i + 1)
            end = affil[1]
            continue
        if objs and any(t.pos_ == "PROPN" for t in objs[0].subtree):
            obj = objs[0]
            inner = named_body_in(obj, {i: (o.tok_start, o.tok_end) for i, o in by_token.items() if o.label == "ORG"})
            if inner is not None:
                affil, end = inner, prep.i   # the title ends where the words for its body begin
                continue
            # Stop at a nested phrase: "to the United Nations in Geneva" is the United Nations.
            last = max((t.i for t in obj.subtree if t.i <= obj.i), default=obj.i)
            first = obj.left_edge.i + (1 if obj.left_edge.dep_ == "det" else 0)
            # "head of the Democratic Renewal party": the party's name, not the words with 'party'.
            owner = by_token.get(obj.i) or (by_token.get(obj.i - 1) if obj.is_lower
                                            and obj.lower_ in ORG_KIND_NOUNS else None)
            affil = (owner.tok_start, owner.tok_end) if owner else (first, last + 1)
            end = affil[1]
    return (left, end), affil


def _title_text(doc: Doc, role: tuple[int, int], affil: tuple[int, int] | None) -> str | None:
    toks = [t for t in doc[role[0]:role[1]] if not (affil and affil[0] <= t.i < affil[1]) and t.lower_ not in COURTESY]
    # A possessor is no part of the title: "the towing company's owner" -> "owner".
    toks = toks[max((k + 1 for k, t in enumerate(toks) if t.text in POSSESSIVE), default=0):]
    # Stop the title at its head word: what follows ("at the ... mission") is the affiliation.
    heads = [k for k, t in enumerate(toks) if is_title_head(t, described=True) or is_agent_noun(t)]
    if not heads:
        return None
    # ... unless the words after it are its capitalised portfolio ("Secretary of State").
    portfolio = title_of_portfolio(doc, role[1]) == toks[heads[-1]].i
    toks = toks[: heads[-1] + 1] if not portfolio and (affil is None or affil[0] > toks[heads[-1]].i) else toks
    toks = [t for t in toks if not (affil and t.i >= affil[0])] or toks
    # Neither an article nor an age is part of a title: "the 19-year-old substitute" -> "substitute".
    while toks and (toks[0].dep_ == "det" or toks[0].like_num or toks[0].text == "-"
                    or toks[0].lower_ in AGE_WORDS):
        toks = toks[1:]
    # 'police spokesman Assistant Commissioner X': the role the person speaks in, not the rank.
    spoken_in = max((k for k, t in enumerate(toks) if t.is_lower and t.lower_ in SPEAKING_ROLES), default=None)
    if spoken_in is not None and spoken_in + 1 < len(toks) and all(t.lower_ in RANK_WORDS for t in toks[spoken_in + 1:]):
        toks = toks[:spoken_in + 1]
    text = "".join(t.text_with_ws for t in toks).strip()
    return text or None


def _affiliation_name(doc: Doc, affil: tuple[int, int] | None, by_token: dict[int, Mention],
                      places: list[str], promoted: dict[str, Cluster], ev: EvidenceMaker,
                      bodies: list[Cluster]) -> str | None:
    if affil is None:
        return None
    span = doc[affil[0]:affil[1]]
    owner = by_token.get(affil[0])
    if owner is not None and (owner.tok_start, owner.tok_end) == affil and owner.cluster:
        if owner.label == "NORP":
            return canonical_place(country_for_demonym(owner.text, places))
        return owner.cluster.name
    if len(span) == 1 and is_demonym(span[0]):
        return canonical_place(country_for_demonym(span.text, places))
    # A body named only as an affiliation ("the U.S. mission") is an organisation too, unless
    # it is the short form of one the story names in full ("IEBC chairman X") or is written all
    # in lower case, a kind of body rather than its name.
    name = span.text
    # ('CONAF regional director' after 'known by its Spanish initials CONAF': a short form the
    # body's own mentions already carry.)
    full = next((c.name for c in bodies if initials(c.name) == name or any(m.text == name for m in c.mentions)),
                None) if len(span) == 1 and name.isupper() else None
    if full is not None:
        return full
    if not any(ch.isupper() for ch in name):
        return name   # 'foreign ministry spokesman X', 'coast guard commander Y': no body's name
    key = name.lower()
    # 'Valladolid coach X' after 'Real Valladolid': the body named in full, by the rest of its name.
    longer = [c for c in bodies if c.name.lower().endswith(" " + key) or c.name.lower().startswith(key + " ")]
    if len(longer) == 1 and "." not in key:
        longer[0].mentions.append(Mention(span.start, span.end, "ORG", name, span.start_char, span.end_char, longer[0]))
        longer[0].mentions.sort(key=lambda x: x.tok_start)
        return longer[0].name
    if key not in promoted:
        promoted[key] = Cluster("ORG", name=name)
    cluster = promoted[key]
    if all(x.tok_start != span.start for x in cluster.mentions):
        cluster.mentions.append(
            Mention(span.start, span.end, "ORG", name, span.start_char, span.end_char, cluster))
    return name


