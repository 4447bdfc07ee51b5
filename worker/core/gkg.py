"""One GDELT Global Knowledge Graph 2.1 row per story, in GDELT's own field syntax.

Twenty-seven tab-separated columns in the codebook's order, so GDELT tooling reads the row
unchanged; our offsets are exact character offsets into the story body where GDELT's are
approximate. Fields we have no data for stay empty, as GDELT leaves them. A pure function of the
enriched story, so ``enrich --format gkg`` prints it and the worker publishes it (``WIRE_GKG_TOPIC``).
"""

import re
from datetime import timezone

from worker.core.models.enriched import EnrichedStory
from worker.core.models.entities import Entity
from worker.core.models.places import GeoPlace
from worker.core.models.timex import TimeRange

# Our casualty categories in GDELT's count types (AFFECT covers the displaced and evacuated).
COUNT_TYPES = {"killed": "KILL", "wounded": "WOUND", "arrested": "ARREST", "displaced": "AFFECT"}
SOURCE_COLLECTION_WEB = "1"
_DELIMITERS = re.compile(r"[\t\n\r#;,|]+")


def _clean(text: str) -> str:
    """A value with GDELT's delimiters taken out, so the row's grammar stays intact."""
    return " ".join(_DELIMITERS.sub(" ", text).split())


def _location_type(geo: GeoPlace) -> int:
    """GDELT's 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)."""
    if geo.feature == "country":
        return 1
    if geo.feature == "admin1":
        return 2 if geo.country == "US" else 5
    return 3 if geo.country == "US" else 4


def _adm1(geo: GeoPlace) -> str:
    if not geo.admin1_code or not geo.country_fips:
        return geo.country_fips or ""
    return geo.country_fips + geo.admin1_code.split(".", 1)[1]


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _place(geo: GeoPlace, enhanced: bool, offset: int) -> str:
    fields = [str(_location_type(geo)), _clean(geo.name), geo.country_fips or "", _adm1(geo)]
    if enhanced:
        fields.append("")  # ADM2
    fields += [_coord(geo.lat), _coord(geo.lon), str(geo.geonameid or "")]
    if enhanced:
        fields.append(str(offset))
    return "#".join(fields)


def _places(story: EnrichedStory, enhanced: bool) -> str:
    out = []
    for ent in story.facts.entities:
        if ent.geo is None:
            continue
        offsets = [m.start for m in ent.mentions] or [0]
        out += [_place(ent.geo, enhanced, o) for o in (offsets if enhanced else offsets[:1])]
    return ";".join(out)


def _names(entities: list[Entity], label: str, enhanced: bool) -> str:
    chosen = [e for e in entities if e.label == label]
    if not enhanced:
        return ";".join(_clean(e.name) for e in chosen)
    return ";".join(f"{_clean(e.name)},{m.start}" for e in chosen for m in e.mentions)


def _counts(story: EnrichedStory, enhanced: bool) -> str:
    by_name = {e.name: e.geo for e in story.facts.entities if e.geo is not None}
    out = []
    for c in story.facts.casualties:
        kind = COUNT_TYPES.get(c.category)
        if kind is None:
            continue
        geo = by_name.get(c.place or "")
        loc = ["", "", "", "", "", "", ""] if geo is None else [
            str(_location_type(geo)), _clean(geo.name), geo.country_fips or "", _adm1(geo),
            _coord(geo.lat), _coord(geo.lon), str(geo.geonameid or "")]
        fields = [kind, str(c.count), _clean(", ".join(g.group for g in c.includes) or "people"), *loc]
        if enhanced:
            fields.append(str(c.evidence.start))
        out.append("#".join(fields))
    return ";".join(out)


def _dates(story: EnrichedStory) -> str:
    out = []
    for t in story.facts.time_expressions:
        value = t.value.start if isinstance(t.value, TimeRange) else t.value
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
        if not m or t.kind not in ("date", "range"):
            continue
        year, month, day = m.group(1), m.group(2) or "0", m.group(3) or "0"
        resolution = 3 if m.group(3) else 2 if m.group(2) else 1
        out.append(f"{resolution}#{int(month)}#{int(day)}#{year}#{t.evidence.start}")
    return ";".join(out)


def _quotes(story: EnrichedStory) -> str:
    return "#".join(f"{q.evidence.start}|{q.evidence.end - q.evidence.start}|{_clean(q.cue or '')}|{_clean(q.text)}"
                    for q in story.facts.quotes if q.kind == "direct")


def _number(value: float) -> str:
    """GDELT writes amounts as plain numbers: 1250000000, 38.2 (never 1.25e+09)."""
    return str(int(value)) if value.is_integer() else f"{value:.6f}".rstrip("0")


def _amounts(story: EnrichedStory) -> str:
    """V2.1Amounts: 'amount,object,offset' blocks. A sum of money's object is its ISO 4217 code
    (or 'money' when the story does not say which currency), a percentage's 'percent'."""
    out = []
    for a in getattr(story.facts, "amounts", None) or []:
        obj = a.object if a.kind == "quantity" else a.unit or a.kind
        out.append(f"{_number(a.value)},{_clean(obj or '')},{a.evidence.start}")
    return ";".join(out)


def gkg_row(story: EnrichedStory) -> str:
    facts = story.facts
    meta = facts.story
    stamp = meta.published_at.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")
    tone = meta.tone
    tone_field = "" if tone is None else ",".join(str(v) for v in (
        tone.tone, tone.positive, tone.negative, tone.polarity, tone.activity_density,
        tone.self_group_density, tone.word_count))
    all_names = ";".join(f"{_clean(e.name)},{m.start}" for e in facts.entities if e.label != "NORP"
                         for m in e.mentions)
    headline = f"<PAGE_TITLE>{_clean(meta.headline)}</PAGE_TITLE>" if meta.headline else ""
    columns = [
        f"{stamp}-{story.event_id}", stamp, SOURCE_COLLECTION_WEB, _clean(meta.provider or meta.credit or ""),
        _clean(story.story_id), _counts(story, False), _counts(story, True), "", "",
        _places(story, False), _places(story, True),
        _names(facts.entities, "PERSON", False), _names(facts.entities, "PERSON", True),
        _names(facts.entities, "ORG", False), _names(facts.entities, "ORG", True),
        tone_field, _dates(story), "", "", "", "", "", _quotes(story), all_names, _amounts(story), "", headline,
    ]
    assert len(columns) == 27
    return "\t".join(columns)
