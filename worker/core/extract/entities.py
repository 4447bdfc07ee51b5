"""People, organisations and places, consolidated per document.

The model's entity spans are the raw material; the document is the judge. A name that is a
full PERSON name somewhere, or the surname of one, is a person everywhere ("Zelenskyy" tagged
GPE in one sentence is still the president). Other labels go by majority over the document's
mentions. Mentions the model missed are recovered by matching the names it did find. Titles
and affiliations come from the words before a name ("Kremlin spokesperson", "Trump's special
envoy") and from an appositive after it ("X, minister-counselor at the U.S. mission").
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from worker.core.extract.context import Context
from worker.core.extract.evidence import EvidenceMaker
from worker.core.extract.lexicon import (
    DEMONYMS, HONORIFICS, ORG_CANONICAL, ORG_NOMINALS, ORG_SUFFIXES, PLACE_CANONICAL, PORTFOLIOS,
    TITLE_HEADS,
)
from worker.core.extract.story import boilerplate_ranges
from worker.core.models.entities import Entity, EntityLabel, Role

_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_AFFIL_PREPS = frozenset({"at", "of", "for", "to", "with", "in"})
# Labels a majority vote prefers on a tie: places and organisations are more often right
# than a lone PERSON reading of a one-word name.
_TIE_ORDER = ("GPE", "ORG", "LOC", "NORP", "FAC", "PERSON")
# A role as token ranges: (whole role phrase, affiliation inside it), or (None, None).
_RoleSpan = tuple[tuple[int, int] | None, tuple[int, int] | None]


@dataclass
class _Mention:
    tok_start: int
    tok_end: int
    label: str
    text: str
    start: int
    end: int
    cluster: "_Cluster | None" = None


@dataclass
class _Cluster:
    label: str
    mentions: list[_Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    name: str = ""


def extract(doc: Doc, ctx: Context) -> list[Entity]:
    """Consolidated entities of the document; also stored on ``ctx.entities``."""
    ev = EvidenceMaker(doc)
    mentions = _raw_mentions(doc) + _dateline_mention(doc, ctx)
    _correct_labels(doc, mentions)
    mentions = _recover_missed(doc, mentions)
    clusters = _cluster(mentions)
    promoted = _attach_roles(doc, ev, mentions, clusters)
    clusters.extend(promoted)
    entities = [_to_entity(c, ev) for c in clusters if c.mentions]
    ctx.entities = entities
    return entities


def clean_span(span: Span) -> tuple[int, int] | None:
    """Token range of a name without a leading article, honorifics or a possessive ending."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    # Names do not end in numbers ("Vergara 31.5" is a name and a vote share).
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].is_space or doc[end - 1].like_num):
        end -= 1
    if span.label_ == "PERSON":
        while end - start > 1 and doc[start].lower_ in HONORIFICS:
            start += 1
    return (start, end) if end > start else None


def canonical_place(text: str) -> str:
    return PLACE_CANONICAL.get(text.lower(), text)


def country_for_demonym(demonym: str, places: list[str]) -> str:
    """'Ukrainian' -> 'Ukraine': the table first, then the document's own place names."""
    low = demonym.lower()
    if low in DEMONYMS:
        return DEMONYMS[low]
    for place in places:
        common = len(_common_prefix(low, place.lower()))
        if common >= 4 and common >= len(place) - 2:
            return place
    return demonym


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def _raw_mentions(doc: Doc) -> list[_Mention]:
    skip = boilerplate_ranges(doc.text)
    found: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in skip):
            continue
        rng = clean_span(ent)
        if rng is None:
            continue
        span = doc[rng[0]:rng[1]]
        if not any(ch.isalpha() for ch in span.text) or not span.text[:1].isupper():
            continue
        # "Health Minister": the portfolio is part of the title, not an organisation.
        if len(span) == 1 and span.text.lower() in PORTFOLIOS and span.end < len(doc) \
                and _is_title_head(doc[span.end]):
            continue
        found.append(_Mention(rng[0], rng[1], ent.label_, span.text, span.start_char, span.end_char))
    return found


def _dateline_mention(doc: Doc, ctx: Context) -> list[_Mention]:
    """The dateline place (and its region) are places of the story even if never repeated."""
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    if dateline is None or dateline.evidence is None:
        return []
    found: list[_Mention] = []
    raw_start = dateline.evidence.start
    head = dateline.raw.split("(")[0]
    parts = head.split(",")
    offset = 0
    for k, part in enumerate(parts[:2]):
        stripped = part.strip()
        start = raw_start + offset + (len(part) - len(part.lstrip()))
        offset += len(part) + 1
        span = doc.char_span(start, start + len(stripped), alignment_mode="contract")
        if span is None or not len(span) or not stripped:
            continue
        text = dateline.place if k == 0 else stripped
        found.append(_Mention(span.start, span.end, "GPE", text, span.start_char, span.end_char))
    return found


def _person_names(mentions: list[_Mention]) -> tuple[set[str], set[str]]:
    """Full PERSON names (two or more tokens) and their surnames, as written."""
    full = {m.text for m in mentions if m.label == "PERSON" and m.tok_end - m.tok_start > 1}
    surnames = {name.split()[-1] for name in full}
    return full, surnames


def _correct_labels(doc: Doc, mentions: list[_Mention]) -> None:
    """Relabel mentions from the document's evidence; see the module docstring."""
    fixed: set[int] = set()
    for k, m in enumerate(mentions):
        last = m.text.split()[-1].lower()
        root = doc[m.tok_start:m.tok_end].root
        if last in ORG_SUFFIXES and m.label in ("PERSON", "GPE", "LOC", "FAC", "ORG"):
            m.label = "ORG"
        elif root.dep_ == "appos" and root.head.lemma_ in ORG_NOMINALS:
            # "the electoral service, Servel": named in apposition to an organisation noun.
            m.label = "ORG"
        elif m.tok_start > 0 and _is_title_head(doc[m.tok_start - 1]) \
                and not doc[m.tok_start - 1].ent_type_ and m.label != "NORP":
            m.label = "PERSON"
        else:
            continue
        fixed.add(k)
    full, surnames = _person_names(mentions)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text.lower()][m.label] += 1
    for k, m in enumerate(mentions):
        if k in fixed:
            continue
        low = m.text.lower()
        if m.text in full or m.text in surnames:
            m.label = "PERSON"
        elif low in DEMONYMS and low not in PLACE_CANONICAL:
            m.label = "NORP"
        else:
            counts = votes[low]
            best = max(counts.values())
            m.label = next(lab for lab in _TIE_ORDER if counts.get(lab) == best)


def _recover_missed(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Find further occurrences of names the model found elsewhere but missed here."""
    labels: dict[str, str] = {}
    for m in mentions:
        if len(m.text) >= 3:
            labels.setdefault(m.text, m.label)
    # A surname the model never tagged on its own ("Simmons said") is still the person.
    surnames = {m.text.split()[-1]: m for m in mentions
                if m.label == "PERSON" and m.tok_end - m.tok_start > 1}
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    for text in labels:
        # The document's own tokens of a mention are the pattern, so tokenisation lines up.
        first = next(m for m in mentions if m.text == text)
        matcher.add(text, [doc[first.tok_start:first.tok_end].as_doc()])
    for surname, full in surnames.items():
        if surname not in labels and len(surname) >= 3:
            labels[surname] = "PERSON"
            matcher.add(surname, [doc[full.tok_end - 1:full.tok_end].as_doc()])
    taken: set[int] = set()
    for m in mentions:
        taken.update(range(m.tok_start, m.tok_end))
    found = sorted(((doc.vocab.strings[key], s, e) for key, s, e in matcher(doc)),
                   key=lambda hit: (hit[1], hit[1] - hit[2]))
    extra: list[_Mention] = []
    for text, s, e in found:
        if taken.intersection(range(s, e)):
            continue
        span = doc[s:e]
        extra.append(_Mention(s, e, labels[text], span.text, span.start_char, span.end_char))
        taken.update(range(s, e))
    return sorted(mentions + extra, key=lambda m: m.tok_start)


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    people = sorted((m for m in mentions if m.label == "PERSON"),
                    key=lambda m: -(m.tok_end - m.tok_start))
    full_clusters: list[_Cluster] = []
    for m in people:
        target = _person_cluster_for(m, full_clusters)
        if target is None:
            target = _Cluster("PERSON")
            full_clusters.append(target)
            clusters.append(target)
        target.mentions.append(m)
        m.cluster = target
    for m in mentions:
        if m.label == "PERSON":
            continue
        name = canonical_place(m.text) if m.label in ("GPE", "LOC") else \
            ORG_CANONICAL.get(m.text.lower(), m.text)
        key = (m.label, name.lower())
        target = by_key.get(key) or _org_suffix_cluster(m, name, by_key)
        if target is None:
            target = by_key[key] = _Cluster(m.label, name=name)
            clusters.append(target)
        target.mentions.append(m)
        m.cluster = target
    for c in clusters:
        c.mentions.sort(key=lambda m: m.tok_start)
        if c.label == "PERSON":
            c.name = max((m.text for m in c.mentions), key=lambda t: (len(t.split()), len(t)))
        elif c.label == "ORG":
            c.name = max((ORG_CANONICAL.get(m.text.lower(), m.text) for m in c.mentions), key=len)
    return clusters


def _person_cluster_for(m: _Mention, clusters: list[_Cluster]) -> _Cluster | None:
    """A shorter mention joins the person whose name ends (or starts) with it; nearest wins."""
    words = m.text.split()
    candidates = []
    for c in clusters:
        longest = max((x.text.split() for x in c.mentions), key=len)
        if longest[-len(words):] == words or (len(words) == 1 and longest[0] == words[0]):
            nearest = max((x.tok_start for x in c.mentions if x.tok_start <= m.tok_start),
                          default=-1)
            candidates.append((nearest, c))
    if not candidates:
        return None
    return max(candidates, key=lambda pair: pair[0])[1]


def _org_suffix_cluster(m: _Mention, name: str, by_key: dict[tuple[str, str], _Cluster]
                        ) -> _Cluster | None:
    # "Security Council" after "U.N. Security Council" is the same body.
    if m.label != "ORG":
        return None
    low = name.lower()
    for (label, key), cluster in by_key.items():
        if label != "ORG":
            continue
        if key.endswith(" " + low) or low.endswith(" " + key):
            return cluster
        # "Cascade" after "Cascade Freight"; acronyms with dots ("U.N.") stay apart.
        if "." not in low and "." not in key and (key.startswith(low + " ")
                                                  or low.startswith(key + " ")):
            return cluster
    return None


def _attach_roles(doc: Doc, ev: EvidenceMaker, mentions: list[_Mention],
                  clusters: list[_Cluster]) -> list[_Cluster]:
    """Titles and affiliations for every person mention; returns ORGs named only as affiliations."""
    by_token: dict[int, _Mention] = {}
    for m in mentions:
        for i in range(m.tok_start, m.tok_end):
            by_token[i] = m
    places = [c.name for c in clusters if c.label in ("GPE", "LOC")]
    promoted: dict[str, _Cluster] = {}
    for m in mentions:
        if m.label != "PERSON" or m.cluster is None:
            continue
        for role_range, affil in (_premodifier_role(doc, m, by_token),
                                  _appositive_role(doc, m, by_token)):
            if role_range is None:
                continue
            title = _title_text(doc, role_range, affil)
            affil_name = _affiliation_name(doc, affil, by_token, places, promoted, ev)
            if not title and not affil_name:
                continue
            start, end = doc[role_range[0]].idx, doc[role_range[1] - 1].idx + len(doc[role_range[1] - 1])
            role = Role(title=title, affiliation=affil_name, evidence=ev.chars(start, end))
            if all((r.title, r.affiliation) != (title, affil_name) for r in m.cluster.roles):
                m.cluster.roles.append(role)
    return list(promoted.values())


def _is_title_head(tok: Token) -> bool:
    return tok.lower_ in TITLE_HEADS or tok.lower_.split("-")[-1] in TITLE_HEADS


def _premodifier_role(doc: Doc, m: _Mention, by_token: dict[int, _Mention]) -> _RoleSpan:
    """'Ukrainian President X', "Trump's special envoy X": title words right before the name."""
    j = m.tok_start - 1
    affil: tuple[int, int] | None = None
    sent_start = doc[m.tok_start].sent.start
    while j >= sent_start:
        tok = doc[j]
        owner = by_token.get(j - 1) if tok.text in _POSSESSIVE else by_token.get(j)
        if tok.is_space or (owner is not None and owner.label == "PERSON"
                            and tok.text not in _POSSESSIVE):
            break
        if owner is not None or _is_demonym(tok):
            affil = (owner.tok_start, owner.tok_end) if owner else (j, j + 1)
            break
        if tok.text in _POSSESSIVE or not (tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.text == "-"):
            break
        j -= 1
    title_start = affil[1] if affil else j + 1
    while title_start < m.tok_start and doc[title_start].text in _POSSESSIVE:
        title_start += 1
    if title_start >= m.tok_start or not _is_title_head(doc[m.tok_start - 1]):
        return None, None
    if affil is None and doc[m.tok_start - 1].is_lower:
        # "World Food Programme spokesperson X": capitalised words before a lower-case title
        # name the body the person speaks for, even when the model missed it.
        k = title_start
        while k < m.tok_start - 1 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
                and doc[k].lower_ not in PORTFOLIOS and not _is_title_head(doc[k]):
            k += 1
        affil = (title_start, k) if k > title_start else None
    return ((affil[0] if affil else title_start), m.tok_start), affil


def _is_demonym(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_ in DEMONYMS and tok.lower_ not in PLACE_CANONICAL


def _appositive_role(doc: Doc, m: _Mention, by_token: dict[int, _Mention]) -> _RoleSpan:
    """'X, minister-counselor at the U.S. mission,' and "Albrecht's lawyer, Daniel Ferreira,"."""
    root = doc[m.tok_start:m.tok_end].root
    heads = [c for t in doc[m.tok_start:m.tok_end] for c in t.rights
             if c.dep_ == "appos" and c.i >= m.tok_end]
    if root.dep_ == "appos" and root.head.i < m.tok_start:
        head = root.head
        # Small models hang the appositive on the last noun of "ambassador to X in Y".
        for _ in range(4):
            if _is_title_head(head) or head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
                break
            head = head.head
        heads.append(head)
    for head in heads:
        lo, hi = sorted((head.i, m.tok_start if head.i < m.tok_start else m.tok_end))
        if not _is_title_head(head) or any(t.is_space for t in doc[lo:hi]):
            continue
        return _noun_phrase_role(doc, head, by_token)
    return None, None


def _noun_phrase_role(doc: Doc, head: Token, by_token: dict[int, _Mention]) -> _RoleSpan:
    """Title and affiliation of a title noun phrase: its possessor or modifier entity, else the
    proper-noun object of 'at/of/for/to ...' after it."""
    left = min((c.left_edge.i for c in head.lefts if c.dep_ not in ("det", "punct")
                or c.text == "-"), default=head.i)
    affil: tuple[int, int] | None = None
    for i in range(left, head.i):
        other = by_token.get(i)
        if other is not None and (other.label != "PERSON" or doc[other.tok_end].text in _POSSESSIVE):
            affil = (other.tok_start, other.tok_end)
        elif other is None and _is_demonym(doc[i]):
            affil = (i, i + 1)
    if affil is None and doc[left].tag_ == "PRP$" and doc[left].lower_ in ("its", "their"):
        # "Its regional director": the organisation named just before.
        owner = next((by_token[i] for i in range(left - 1, max(-1, left - 80), -1)
                      if i in by_token and by_token[i].label == "ORG"), None)
        affil = (owner.tok_start, owner.tok_end) if owner else None
    while left < head.i and doc[left].tag_ == "PRP$":
        left += 1
    end = head.i + 1
    for prep in head.rights:
        if affil is not None or prep.lower_ not in _AFFIL_PREPS:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs and any(t.pos_ == "PROPN" for t in objs[0].subtree):
            obj = objs[0]
            # Stop at a nested phrase: "to the United Nations in Geneva" is the United Nations.
            last = max((t.i for t in obj.subtree if t.i <= obj.i), default=obj.i)
            first = obj.left_edge.i + (1 if obj.left_edge.dep_ == "det" else 0)
            owner = by_token.get(obj.i)
            affil = (owner.tok_start, owner.tok_end) if owner else (first, last + 1)
            end = affil[1]
    return (left, end), affil


def _title_text(doc: Doc, role: tuple[int, int], affil: tuple[int, int] | None) -> str | None:
    toks = [t for t in doc[role[0]:role[1]]
            if not (affil and affil[0] <= t.i < affil[1]) and t.text not in _POSSESSIVE]
    # Stop the title at its head word: what follows ("at the ... mission") is the affiliation.
    heads = [k for k, t in enumerate(toks) if _is_title_head(t)]
    if not heads:
        return None
    toks = toks[: heads[-1] + 1] if affil is None or affil[0] > toks[heads[-1]].i else toks
    toks = [t for t in toks if not (affil and t.i >= affil[0])] or toks
    while toks and toks[0].dep_ == "det":
        toks = toks[1:]
    text = "".join(t.text_with_ws for t in toks).strip()
    return text or None


def _affiliation_name(doc: Doc, affil: tuple[int, int] | None, by_token: dict[int, _Mention],
                      places: list[str], promoted: dict[str, _Cluster], ev: EvidenceMaker
                      ) -> str | None:
    if affil is None:
        return None
    span = doc[affil[0]:affil[1]]
    owner = by_token.get(affil[0])
    if owner is not None and (owner.tok_start, owner.tok_end) == affil and owner.cluster:
        if owner.label == "NORP":
            return canonical_place(country_for_demonym(owner.text, places))
        return owner.cluster.name
    if len(span) == 1 and _is_demonym(span[0]):
        return canonical_place(country_for_demonym(span.text, places))
    # A body named only as an affiliation ("the U.S. mission") is an organisation too.
    name = span.text
    key = name.lower()
    if key not in promoted:
        promoted[key] = _Cluster("ORG", name=name)
    cluster = promoted[key]
    if all(x.tok_start != span.start for x in cluster.mentions):
        cluster.mentions.append(
            _Mention(span.start, span.end, "ORG", name, span.start_char, span.end_char, cluster))
    return name


def _to_entity(c: _Cluster, ev: EvidenceMaker) -> Entity:
    label: EntityLabel = c.label  # type: ignore[assignment]
    aliases = sorted({m.text for m in c.mentions if m.text.lower() != c.name.lower()})
    slug = re.sub(r"[^a-z0-9]+", "-", c.name.lower()).strip("-")
    return Entity(
        entity_id=f"{label.lower()}:{slug}",
        label=label,
        name=c.name,
        aliases=aliases,
        roles=c.roles,
        mentions=[ev.chars(m.start, m.end) for m in c.mentions],
    )
