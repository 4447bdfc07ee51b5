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

from spacy.tokens import Doc

from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.common.names import CLUB_TOWNS_KEY, nickname
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.country_names import PLACE_CANONICAL
from worker.core.extract.common.lexicon import ORG_NOMINALS
from worker.core.extract.entities.lexicon import (
    LABELS, ORG_CANONICAL, ORG_KIND_NOUNS, ORG_SUFFIXES, PORTFOLIOS, TIE_ORDER,
)
from worker.core.extract.entities.national import dateline_country, infer_country, infer_town, of_organisation
from worker.core.extract.entities.title_words import canonical_place, country_for_demonym, hyphened_title_before, is_title_head
from worker.core.extract.entities.roles import (
    Cluster, Mention, attach_roles,
)
from worker.core.extract.entities.cues import clean_span, forced_labels
from worker.core.extract.entities.person_cues import join_split_names, relabel_by_context, speaking_name
from worker.core.extract.entities.recover import recover_missed
from worker.core.extract.entities.rules import repair
from worker.core.extract.entities.shared_titles import share_plural_titles
from worker.core.extract.entities.own_agency import without_own_agency
from worker.core.extract.entities.short_forms import link_short_forms
from worker.core.extract.entities.joins import org_suffix_cluster, person_cluster_for
from worker.core.extract.story.reader import boilerplate_ranges, filing_date
from worker.core.models.entities import Entity, EntityLabel

__all__ = ["extract", "clean_span", "canonical_place", "country_for_demonym"]


def extract(doc: Doc, ctx: Context) -> list[Entity]:
    """Consolidated entities of the document; also stored on ``ctx.entities``."""
    ev = ctx.evidence
    dateline_mentions = _dateline_mention(doc, ctx)
    mentions = join_split_names(doc, repair(doc, _raw_mentions(doc))) + dateline_mentions
    relabel_by_context(doc, mentions)
    _correct_labels(doc, mentions)
    for m in dateline_mentions:
        m.label = "GPE"   # 'PORTO, Portugal' is the town whatever its club is called elsewhere
    mentions = recover_missed(doc, mentions)
    mentions = without_own_agency(doc, mentions, ctx.story_facts.provider if ctx.story_facts else None)
    mentions, short_forms = link_short_forms(doc, mentions)
    clusters = _cluster(mentions, short_forms, doc.user_data.get(CLUB_TOWNS_KEY, {}), _town_like_country(dateline_mentions))
    promoted = attach_roles(doc, ev, mentions, clusters)
    of_organisation(doc, ev, mentions)
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    infer_country(doc, clusters, dateline_country(dateline.raw, dateline.place) if dateline else None)
    infer_town(doc, clusters, dateline.place if dateline else None)
    # After the dateline's country: the names of one list are often of different countries.
    share_plural_titles(doc, ev, mentions)
    clusters.extend(promoted)
    entities = [_to_entity(c, ev) for c in clusters if c.mentions]
    return entities


def _raw_mentions(doc: Doc) -> list[Mention]:
    skip = boilerplate_ranges(doc_cache.text(doc))
    found: list[Mention] = []
    # ('"...," Railway Minister X told reporters' tagged a work of art: the person it holds.)
    for ent in (speaking_name(e) or e for e in doc_cache.ents(doc)):
        if ent.label_ not in LABELS:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in skip):
            continue
        rng = clean_span(ent)
        if rng is None:
            continue
        # "World Health Organization (WHO": the short form in brackets is a name of its own.
        cut = next((t.i for t in doc[rng[0]:rng[1]] if t.text == "("), rng[1])
        rng = (rng[0], cut)
        # A name never starts with a lower-case word ("meet European Union").
        while rng[0] < rng[1] - 1 and doc[rng[0]].text[:1].islower():
            rng = (rng[0] + 1, rng[1])
        span = doc[rng[0]:rng[1]]
        if not any(ch.isalpha() for ch in span.text) or not span.text[:1].isupper() \
                or nickname(doc_cache.text(doc), span.start_char, span.text):   # 'known as "El Zorro"'
            continue
        # "Health Minister": the portfolio is part of the title, not an organisation.
        if len(span) == 1 and span.text.lower() in PORTFOLIOS and span.end < len(doc) \
                and is_title_head(doc[span.end]):
            continue
        found.extend(Mention(a, b, ent.label_, doc[a:b].text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
                     for a, b in _list_parts(doc, rng))
    return found


def _list_parts(doc: Doc, rng: tuple[int, int]) -> list[tuple[int, int]]:
    """'Margate, Ramsgate, Uvongo' tagged as one name is a list: each name on its own, when every
    part between the commas (and a last 'and') is capitalised words."""
    cuts = [i for i in range(*rng) if doc[i].text == "," or doc[i].lower_ == "and" and i > rng[0]]
    if not any(doc[i].text == "," for i in cuts):
        return [rng]
    edges = [rng[0] - 1, *cuts, rng[1]]
    parts = [(a + 1, b) for a, b in zip(edges, edges[1:]) if b > a + 1]
    if len(parts) < 2 or not all(doc[k].text[:1].isupper() for a, b in parts for k in range(a, b)):
        return [rng]
    return parts


def _dateline_mention(doc: Doc, ctx: Context) -> list[Mention]:
    """The dateline place (and its region) are places of the story even if never repeated."""
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    if dateline is None or dateline.evidence is None:
        return []
    found: list[Mention] = []
    raw_start = dateline.evidence.start
    head = dateline.raw.split("(")[0]
    parts = head.split(",")
    offset = 0
    for k, part in enumerate(parts[:2]):
        stripped = part.strip()
        start = raw_start + offset + (len(part) - len(part.lstrip()))
        offset += len(part) + 1
        # 'NEW YORK, May 18 (Reuters)': the second part is the filing date, not a region.
        if k and filing_date(stripped):
            break
        span = doc.char_span(start, start + len(stripped), alignment_mode="contract")
        if span is None or not len(span) or not stripped:
            continue
        text = dateline.place if k == 0 else stripped
        found.append(Mention(span.start, span.end, "GPE", text, span.start_char, span.end_char))
    return found


def _person_names(mentions: list[Mention]) -> tuple[set[str], set[str]]:
    """Full PERSON names (two or more tokens) and their surnames, as written."""
    full = {m.text for m in mentions if m.label == "PERSON" and m.tok_end - m.tok_start > 1}
    # ('Frank De Smet' ... 'De Smet had saved': a surname of two words, given without the first name.)
    surnames = {name.split()[-1] for name in full} | {" ".join(name.split()[1:]) for name in full if len(name.split()) > 2}
    return full, surnames


def _correct_labels(doc: Doc, mentions: list[Mention]) -> None:
    """Relabel mentions from the document's evidence; see the module docstring."""
    forced = forced_labels(doc, mentions)
    fixed = {k for k, m in enumerate(mentions) if m.text in forced}
    named_bodies: set[str] = set()
    firm_stems = {m.text.rsplit(" ", 1)[0] for m in mentions if len(m.text.split()) > 2
                  and m.text.split()[-1].lower() in ORG_SUFFIXES}
    for k in fixed:
        mentions[k].label = forced[mentions[k].text]
    for k, m in enumerate(mentions):
        if k in fixed:
            continue
        words = m.text.lower().split()
        last = words[-1]
        root = doc[m.tok_start:m.tok_end].root
        # 'University of Tromso' as a body word and 'of'; 'Caldwell Rowe' after 'Caldwell Rowe Partners'.
        body_of = len(words) > 2 and words[0] in ORG_SUFFIXES and words[1] == "of"
        # ('government spokesman Fernando Co': a person's title outweighs a surname like a legal word.)
        titled = m.tok_start > 0 and doc[m.tok_start - 1].is_lower and is_title_head(doc[m.tok_start - 1])
        if (last in ORG_SUFFIXES and not titled or body_of or m.text in firm_stems) \
                and m.label in ("PERSON", "GPE", "LOC", "FAC", "ORG"):
            m.label = "ORG"
        elif root.dep_ == "appos" and root.head.lemma_ in ORG_NOMINALS | ORG_KIND_NOUNS and root.head.is_lower:
            # "the electoral service, Servel", "a new movement, Clean Steppe,": named in apposition
            # to an organisation noun, and so in every mention of the same name.
            m.label = "ORG"
            named_bodies.add(m.text)
        elif m.tok_start > 0 and (is_title_head(doc[m.tok_start - 1]) and not doc[m.tok_start - 1].ent_type_
                                  or hyphened_title_before(doc, m.tok_start)) and m.label != "NORP":
            # ('Fly-half Sione Havili': a hyphened title the model tagged as a name is still a title.)
            m.label = "PERSON"
        else:
            continue
        fixed.add(k)
    for k, m in enumerate(mentions):
        if m.text in named_bodies and k not in fixed:
            m.label = "ORG"
            fixed.add(k)
    full, surnames = _person_names(mentions)
    # 'for Marta Ruiz Diaz of the ... coalition' then 'Ruiz Diaz refused': a name ending in a word the
    # story gives a person alone is that person's full name, whatever the model called it.
    singles = {m.text for m in mentions if m.label == "PERSON" and m.tok_end - m.tok_start == 1}
    for k, m in enumerate(mentions):
        words = m.text.split()
        if k not in fixed and m.label == "ORG" and len(words) > 1 and words[-1] in singles \
                and all(w[:1].isupper() for w in words) and words[-1].lower() not in ORG_SUFFIXES:
            m.label = "PERSON"
            full.add(m.text)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text.lower()][m.label] += 1
    for k, m in enumerate(mentions):
        if k in fixed:
            continue
        low = m.text.lower()
        if m.text in full or m.text in surnames:
            m.label = "PERSON"
        elif low in DEMONYMS and low not in PLACE_CANONICAL and DEMONYMS[low].lower() != low:
            # "New Zealand" names the country as well as its people: a place unless adjectival.
            m.label = "NORP"
        else:
            counts = votes[low]
            best = max(counts.values())
            m.label = next(lab for lab in TIE_ORDER if counts.get(lab) == best)
    # "Marlowe's shares" after "Marlowe Bancorp", once that name's own label is settled: the
    # body's short form, unless a person of the story has that surname.
    heads = {m.text.split()[0] for m in mentions if m.label == "ORG" and m.tok_end - m.tok_start > 1}
    for m in mentions:
        if m.label == "PERSON" and m.tok_end - m.tok_start == 1 and m.text in heads - surnames:
            m.label = "ORG"


def _town_like_country(dateline: list[Mention]) -> frozenset[str]:
    """'HOLLAND, Mich.': a dateline town spelt like a country's other name, placed by its region
    in another country, is the town wherever the story names it, never the country."""
    if len(dateline) < 2:
        return frozenset()
    town, region = dateline[0].text, dateline[1].text
    country = canonical_place(town)
    if country == town or canonical_place(region) == country:
        return frozenset()
    return frozenset({town.lower()})


def _cluster(mentions: list[Mention], short_forms: dict[str, str], sides: dict[str, str],
             towns: frozenset[str] = frozenset()) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, str], Cluster] = {}
    people = sorted((m for m in mentions if m.label == "PERSON"),
                    key=lambda m: -(m.tok_end - m.tok_start))
    full_clusters: list[Cluster] = []
    for m in people:
        target = person_cluster_for(m, full_clusters)
        if target is None:
            target = Cluster("PERSON")
            full_clusters.append(target)
            clusters.append(target)
        target.mentions.append(m)
        m.cluster = target
    for m in mentions:
        if m.label == "PERSON":
            continue
        # 'Ottawa scored', 'The Senators visit' after 'the Ottawa Senators': the side, not the town.
        bare = m.text[4:] if m.text.lower().startswith("the ") else m.text
        full = short_forms.get(m.text) or (sides.get(bare) if m.label == "ORG" else None) or m.text
        name = (full if full.lower() in towns else canonical_place(full)) if m.label in ("GPE", "LOC") else \
            ORG_CANONICAL.get(full.lower(), full)
        key = (m.label, name.lower())
        target = by_key.get(key) or org_suffix_cluster(m, name, by_key)
        if target is None:
            target = by_key[key] = Cluster(m.label, name=name)
            clusters.append(target)
        target.mentions.append(m)
        m.cluster = target
    for c in clusters:
        c.mentions.sort(key=lambda m: m.tok_start)
        if c.label == "PERSON":
            c.name = max((m.text for m in c.mentions), key=lambda t: (len(t.split()), len(t)))
        elif c.label == "ORG":
            c.name = max((ORG_CANONICAL.get(m.text.lower(), short_forms.get(m.text, m.text))
                          for m in c.mentions), key=len)
    return clusters


def _to_entity(c: Cluster, ev: EvidenceMaker) -> Entity:
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
