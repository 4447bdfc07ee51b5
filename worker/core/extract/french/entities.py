"""French entities: the French model's PER/ORG/LOC spans, cleaned, with titles, and geocoded.

fr_core_news_sm labels PER, ORG, LOC and MISC (WikiNER) and often takes a title for an
organisation ("ministre de l'Intérieur" as ORG) or an organisation for a place ("La Croix-Rouge"
as LOC). The rules below read the words around each span, from the French lexicons.
"""

import re

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.entities.lexicon_fr import ADDRESS_FORMS_FR, HONORIFICS_FR, OFFICE_NOUNS_FR, ORG_CUES_FR, \
    INDEFINITES_FR, ORG_HEADS_FR, ORG_NAME_TAILS_FR, ORG_STOPS_FR, STORM_WORDS_FR, TITLE_OPENERS_FR, TITLES_FR
from worker.core.extract.french import clubs, spans as _spans, stand_ins
from worker.core.extract.french.clusters import Cluster as _Cluster, merge_surnames as _merge_surnames, more_mentions
from worker.core.extract.french.names import acronym_body, cued_bodies, known_place, repair, title_acronym, \
    title_country, verbal
from worker.core.extract.time.lexicon_fr import WEEKDAYS_FR
from worker.core.extract.places.gazetteer import Gazetteer, gazetteer
from worker.core.extract.places.localised import canonical
from worker.core.extract.places.language_prior import dateline_place
from worker.core.extract.places.resolve import StoryPlaces, country_of, named_area, resolve
from worker.core.models.base import Evidence
from worker.core.models.entities import Entity, EntityLabel, Role
from worker.core.models.places import GeoPlace

_TITLE = "|".join(sorted((re.escape(t) for t in TITLES_FR), key=len, reverse=True))
# A title phrase closing the text before a name: "le ministre de l'Intérieur, " / "le commandant ".
_TITLE_BEFORE = re.compile(rf"(?:^|[\s,('’])(?P<title>(?:{_TITLE})\b[^,;:.()«»\n]{{0,60}}?),?\s*$", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:(?:le|la|les|de|du|des)\s+|[ld]['’]\s*)", re.IGNORECASE)
_PORTFOLIO_HEADS = ("ministre", "ministère", "commissaire", "secrétaire")
_WORD = re.compile(r"[\wÀ-ÿ'’\-]+")
_LINKS = ("de", "du", "des", "d'", "d’", "la", "l'", "l’")
# A portfolio after its office with no name ("les ministres arménien et azerbaïdjanais des "): no body.
_PORTFOLIO_OF = re.compile(r"\bministres?\b[^,.;()«»]{0,40}\s(?:des|du|de la|de l['’])\s*$", re.IGNORECASE)
# A name after these words is an organisation's, whatever the model labelled it ("le collectif X").
_ORG_CUE = re.compile(rf"(?:{'|'.join(ORG_CUES_FR)})\s*$", re.IGNORECASE)


_DAY_IN_NAME = re.compile(r"\s+(?:" + "|".join(WEEKDAYS_FR) + r")\b")
_COMMON_TAGS = frozenset({"DET", "ADJ", "ADV", "PRON", "ADP", "NUM", "VERB", "AUX", "CCONJ", "SCONJ"})
_OFFICE_OF = re.compile(rf"\b(?:{_TITLE})\s+(?:de la|de l['’]|du|des|de)\s*$", re.IGNORECASE)


def _common_word(doc: Doc, start: int) -> bool:
    """The model's own tag of the word says it is no name: a determiner, an adjective, an adverb ..."""
    token = next((t for t in doc if t.idx == start), None)
    return token is not None and token.pos_ in _COMMON_TAGS


def _mid_sentence(body: str, start: int) -> bool:
    """A word not opening its sentence: something other than a stop, a line or a guillemet before it."""
    before = body[:start].rstrip()
    return bool(before) and before[-1] not in ".!?\n«:"


def _org_phrases(body: str) -> list[tuple[int, int]]:
    """Lower-case organisations' names: a head word, adjectives, then 'de/du/des' and a capitalised name."""
    out = []
    words = list(_WORD.finditer(body))
    for i, w in enumerate(words):
        head = re.sub(r"^[ld]['’]", "", w.group().lower())
        if head not in ORG_HEADS_FR or head in ORG_CUES_FR or _after_word(body, w.start()) in INDEFINITES_FR:
            continue  # "une clinique de Saint-Malo" describes; a body's name takes "la"
        start = w.start() + (len(w.group()) - len(head))
        end, last, j, named, linked = w.end(), w.end(), i + 1, False, False
        while j < len(words) and words[j].start() - last <= 2 and body[last:words[j].start()].strip() in ("", "'", "’"):
            text = words[j].group()
            low = text.lower()
            last = words[j].end()
            if low in ORG_STOPS_FR or low in TITLES_FR or any(ch.isdigit() for ch in low):
                break
            if low in _LINKS or low.startswith(("l'", "l’", "d'", "d’")) and not text[2:3].isupper():
                if low in _LINKS:
                    j += 1
                    linked = True
                    continue
            if text[0].isupper() or text[2:3].isupper() and low.startswith(("l'", "l’", "d'", "d’")):
                named = True
            elif named and low in ORG_NAME_TAILS_FR:  # "ministère des Affaires étrangères"
                pass
            elif named or linked and not _name_follows(words, j + 1):  # "la mairie des travaux": after
                break  # "de", only a name continues it, or a word before one ("agence de santé de Bretagne")
            end = words[j].end()
            j += 1
        if end > w.end():
            out.append((start, end))
    return [(s, e) for s, e in out if not _inside(out, s, e)]  # "police de Paris" in "préfecture de police de Paris"


def _name_follows(words: list[re.Match[str]], j: int) -> bool:
    """'de Bretagne' (or "d'Alsace") at ``j``: a link then a capitalised name."""
    return j + 1 < len(words) and words[j].group().lower() in _LINKS and _capitalised(words[j + 1].group()) or \
        j < len(words) and words[j].group()[:2].lower() in ("d'", "d’") and words[j].group()[2:3].isupper()


def _capitalised(word: str) -> bool:
    """'Bretagne', "l'ONU": a name, with or without its elided article."""
    return word[:1].isupper() or word[:2].lower() in ("l'", "l’") and word[2:3].isupper()


def _parenthesised(body: str, start: int, end: int, clusters: dict[tuple[str, str], _Cluster]) -> _Cluster | None:
    """The entity a name in parentheses right after it stands for."""
    if not (body[start - 1:start] == "(" and body[end:end + 1] == ")"):
        return None
    before = start - 2 if body[start - 2:start - 1] == " " else start - 1
    return next((c for c in clusters.values() if c.label != "PERSON" and any(e == before for _, e in c.mentions)), None)


def _after_word(body: str, start: int) -> str:
    """The lower-case word right before ``start``."""
    words = _WORD.findall(body[max(0, start - 30):start])
    return words[-1].lower() if words else ""


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


# The body a title belongs to, named after "de/du/des" in it: "maire de Roubaix", "directeur de
# l'entreprise Logistar", "porte-parole du collectif Les Landes Debout".
_AFFILIATION = re.compile(
    rf"\b(?:du|des|de la|de l['’]|de|d['’])\s*(?:(?:l['’])?(?:{'|'.join(ORG_CUES_FR)})\s+)?"
    r"(?P<aff>[A-ZÀ-Ý][\w\-’']*(?:\s+[A-ZÀ-Ý][\w\-’']*)*)")


def _affiliation(title: str) -> str | None:
    """Whom a title is held for; none for a portfolio ("ministre de l'Intérieur" names no body)."""
    if title.split()[0].lower() in _PORTFOLIO_HEADS:
        return acronym_body(title)  # "secrétaire générale de la CGT" is the union's, no portfolio
    found = list(_AFFILIATION.finditer(title))
    return found[-1].group("aff") if found else None


def _title(body: str, start: int) -> tuple[str, int] | None:
    """The title phrase right before a name, within its sentence (the parser's may end at "»")."""
    window = max(start - 90, body.rfind(". ", 0, start) + 1, body.rfind("\n", 0, start) + 1)
    match = _TITLE_BEFORE.search(body[window:start])
    if not match:
        return None
    # An age closing the title is not part of it: "un ancien infirmier de 47 ans".
    title = re.sub(r"\s+(?:de|âgée?s? de)\s+\S+\s+ans?$", "", match.group("title").strip(" ,"))
    at = window + match.start("title")
    if title.lower() in HONORIFICS_FR:
        office = _TITLE_BEFORE.search(re.sub(r"\s*(?:le|la|l['’])?\s*$", "", body[window:at]))
        if office:
            return office.group("title").strip(" ,"), window + office.start("title")
    return title, at


def extract(doc: Doc, ctx: Context, skip: tuple[int, int] | None) -> list[Entity]:
    body = ctx.story.body
    ev = ctx.evidence
    orgs = [(s, e) for s, e in _org_phrases(body) if not verbal(doc, s, e) and not any(  # inside the model's
        x.label_ == "ORG" and x.start_char <= s and e <= x.end_char and (x.start_char, x.end_char) != (s, e)
        for x in doc.ents)]
    portfolios: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    clusters: dict[tuple[str, str], _Cluster] = {}

    def add(label: EntityLabel, name: str, start: int, end: int, role: Role | None = None) -> None:
        key = (label, name.casefold())
        cluster = clusters.setdefault(key, _Cluster(label, name))
        cluster.mentions.append((start, end))
        if role is not None:
            cluster.roles.append(role)

    for s, e in orgs:
        add("ORG", body[s:e], s, e)
    for s, e in cued_bodies(body):
        if not (skip and s < skip[1]) and not any(x.start_char < e and s < x.end_char for x in doc.ents):
            add("ORG", body[s:e], s, e)  # "l'américain Kestrel Health", which the model left out
    ents = _spans.read(doc)
    sports = clubs.sports_report(body)
    for ent in ents:  # portfolios first: "ministre de l'Hydraulique" holds no place
        found = _title(body, ent.start_char) \
            if ent.label_ == "PER" or body[:ent.start_char].rstrip().endswith(",") else None
        if found:
            titles.append((found[1], found[1] + len(found[0])))
        if found and found[0].split()[0].lower() in _PORTFOLIO_HEADS and not acronym_body(found[0]):
            portfolios.append((found[1], found[1] + len(found[0])))
    for ent in ents:
        start, end = ent.start_char, ent.end_char
        if skip and start < skip[1]:
            continue
        lead = _DETERMINER.match(ent.text)
        if lead and ent.label_ == "LOC" and ent.text[:1].isupper() and _mid_sentence(body, start):
            lead = None  # "l'ancien maire de La Seyne-sur-Mer": a capitalised article inside a sentence is the name's
        if lead and ent.label_ != "PER":
            start += lead.end()
        label, start, end = repair(body, ent.label_, start, end)
        if label is None:
            continue
        day = _DAY_IN_NAME.search(body, start, end) if label == "ORG" else None
        if day:  # "le Stade rennais samedi soir": the model ran the name on into the sentence's day
            end = day.start()
        name = body[start:end].strip()
        first = name.split()[0].lower() if name else ""
        if not name or _inside(orgs, start, end) or _inside(portfolios, start, end):
            continue
        if label == "PER" and name.split()[0] in ADDRESS_FORMS_FR and len(name.split()) > 1:
            start += len(name.split()[0]) + 1  # "M. Mensah" is Mensah, a short form of his full name
            name = body[start:end].strip()
            first = name.split()[0].lower()
        if label == "PER" and not name[0].isupper():
            continue  # a name is capitalised: a lower-case "person" is a word the model misread
        if label == "LOC" and len(name.split()) == 1 and not known_place(name) and _common_word(doc, start):
            continue  # "Quelque 3 000 habitants", "Jeunes agriculteurs": a capitalised common word, no place
        if label in ("LOC", "MISC") and _after_word(body, start) in STORM_WORDS_FR:
            continue  # "le cyclone Tsiry": a storm's name, not a place
        if name.split()[-1].lower() in _LINKS:
            continue  # "port de": a span cut before its name
        if label in ("LOC", "MISC") and first in OFFICE_NOUNS_FR and _OFFICE_OF.search(body[max(0, start - 40):start]):
            continue  # "le chef de l'État français": an office, named with no holder
        if label in ("LOC", "MISC") and _inside(titles, start, end) and first in OFFICE_NOUNS_FR:
            continue  # "le chef de l'État", "le procureur de la République": an office, no place
        if label == "PER" and all(w.lower() in TITLES_FR for w in name.split()):
            continue  # "Premier ministre": a title the model read as a name
        if (label in ("LOC", "MISC") or label == "ORG" and _spans.person_shaped(name)) and (
                body[:start].rstrip().endswith(",") and _title(body, start) or _spans.titled(body, start)) \
                and len(name.split()) > 1 and not known_place(name):
            ent_label = "PER"  # "le gouverneur de la région, Naseri Paul Bea": a name after a title
        else:
            ent_label = label
        paren = _parenthesised(body, start, end, clusters)
        if paren is not None:  # "la Mission des Nations unies au Congo (Monusco)": an alias
            paren.mentions.append((start, end))
            continue
        if ent_label == "PER":
            while first in TITLES_FR and len(name.split()) > 2:  # "Maître Nathalie Cohen"
                start += len(name.split()[0]) + 1
                name = body[start:end]
                first = name.split()[0].lower()
            found = _title(body, start) or _spans.title_after(body, end)
            role = None
            if found:
                title, title_start = found
                acronym = title_acronym(title)
                if acronym:  # "le député LFI du Nord": held for the party
                    add("ORG", acronym[0], title_start + acronym[1], title_start + acronym[1] + len(acronym[0]))
                role = Role(title=title, affiliation=acronym[0] if acronym else _affiliation(title) or title_country(title),
                            evidence=ev.chars(title_start, title_start + len(title)))
                if not acronym and role.affiliation and role.affiliation.isupper() and title.endswith(role.affiliation):
                    at = title_start + len(title) - len(role.affiliation)  # "secrétaire général du SNCTA": a body
                    add("ORG", role.affiliation, at, at + len(role.affiliation))
            add("PERSON", name, start, end, role)
        elif first in TITLES_FR or _PORTFOLIO_OF.search(body[max(0, start - 60):start]):
            continue  # "ministre de la Santé" read as an organisation; "les ministres ... des Affaires étrangères"
        elif label == "ORG" or first in ORG_HEADS_FR:
            add("ORG", name, start, end)
        elif label == "LOC" and sports and clubs.called_by_town(doc, body, start, end):
            add("ORG", name, start, end)  # "Brest a multiplié les attaques", "recevra Nantes": the club
        elif label == "LOC" and not any(ch.isdigit() for ch in name) and not _spans.state_phrase(body, start, name):
            add("LOC", name, start, end)
        elif label == "MISC" and _ORG_CUE.search(body[:ent.start_char]):
            add("ORG", ent.text, ent.start_char, end)
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    if dateline is not None and dateline.evidence is not None:
        add("LOC", dateline.place, dateline.evidence.start, dateline.evidence.end)
    # A place named only inside an organisation's or a title's name is not a place of the story.
    clusters = {k: c for k, c in clusters.items()
                if c.label != "LOC" or any(not _inside(orgs + portfolios, s, e) for s, e in c.mentions)}
    merged = clubs.join(_merge_surnames(list(clusters.values()), body))
    more_mentions(merged, body, skip[1] if skip else 0)
    stand_ins.resolve(merged, body, skip[1] if skip else 0)
    return _geocode(merged, body, ev, dateline.place if dateline else None)


def _place(gz: Gazetteer, name: str, story: StoryPlaces) -> GeoPlace | None:
    """The gazetteer's reading of a name as written, else of its French form's own name."""
    return resolve(gz, name, story) or resolve(gz, canonical(name, "fr"), story)


def _geocode(clusters: list[_Cluster], body: str, ev: object, dateline: str | None) -> list[Entity]:
    gz = gazetteer()
    named = StoryPlaces()  # the countries, cantons, provinces the story names ('canton du Valais')
    for c in (c for c in clusters if c.label == "LOC"):
        if iso := country_of(gz, canonical(c.name, "fr")):
            named.countries.add(iso)
        elif (area := named_area(gz, c.name)) is not None:
            named.countries.add(area.country)
            named.areas.add((area.country, area.code))
    story = StoryPlaces(countries=set(named.countries), areas=set(named.areas))
    if dateline:  # as in English copy, the dateline's country decides names the story leaves open
        place = dateline_place(gz, dateline, named, "fr")
        story.dateline_country = place.country if place else None
        story.countries.update(c for c in (story.dateline_country,) if c)
    out = []
    for c in clusters:
        geo = _place(gz, c.name, story) if c.label == "LOC" else None
        label: EntityLabel = "GPE" if geo is not None else c.label
        mentions = sorted(set(c.mentions + c.stand_ins))  # an office standing for a person is no alias
        evidence: list[Evidence] = [ev.chars(s, e) for s, e in mentions]  # type: ignore[attr-defined]
        aliases = sorted({body[s:e] for s, e in c.mentions if body[s:e].casefold() != c.name.casefold()})
        slug = re.sub(r"[^a-z0-9]+", "-", c.name.lower()).strip("-")
        out.append(Entity(entity_id=f"{label.lower()}:{slug}", label=label, name=c.name, aliases=aliases,
                          roles=c.roles[:3], mentions=evidence, geo=geo))
    return out
