"""Facts flattened to marked spans of the body, and the body cut into segments between them.

Evidence spans overlap (a name inside a quote inside an event's sentence), so marks cannot nest as
HTML elements. The body is cut at every span boundary instead; each segment lists every fact that
covers it, and the page colours a segment by the families of those facts.
"""

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from worker.core.models.base import Evidence
from worker.core.models.enriched import EnrichedStory

# Entity labels grouped into the colour families a reader tells apart.
ENTITY_FAMILY = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    fact_id: str
    family: str


@dataclass
class Fact:
    """One row of the facts panel."""

    fact_id: str
    family: str
    title: str
    details: list[tuple[str, str]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class Segment:
    text: str
    fact_ids: tuple[str, ...]
    families: tuple[str, ...]
    anchors: tuple[str, ...]


def _details(model: BaseModel, skip: set[str]) -> list[tuple[str, str]]:
    """Every non-empty field of a fact except its evidence, as label/value text."""
    rows: list[tuple[str, str]] = []
    for name, value in model:
        if name in skip or value in (None, [], {}, ""):
            continue
        rows.append((name.replace("_", " "), _text(value)))
    return rows


def _text(value: Any) -> str:
    if isinstance(value, BaseModel):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value if v not in (None, [], ""))
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return str(value)


def _span(ev: Evidence | None, fact: Fact) -> None:
    if ev is not None and ev.end > ev.start:
        fact.spans.append(Span(ev.start, ev.end, fact.fact_id, fact.family))


def collect_facts(story: EnrichedStory) -> list[Fact]:
    """The panel's facts in reading families, each with the spans of its evidence."""
    facts: list[Fact] = []
    f = story.facts

    def new(family: str, title: str, details: list[tuple[str, str]]) -> Fact:
        fact = Fact(f"f{len(facts) + 1}", family, title, details)
        facts.append(fact)
        return fact

    for ent in f.entities:
        fam = ENTITY_FAMILY.get(ent.label, "org")
        rows = [("label", ent.label)]
        rows += [("title", r.title or "") for r in ent.roles if r.title]
        rows += [("affiliation", r.affiliation or "") for r in ent.roles if r.affiliation]
        if ent.aliases:
            rows.append(("also", ", ".join(ent.aliases)))
        rows += _details(ent, {"entity_id", "label", "name", "aliases", "roles", "mentions"})
        fact = new(fam, ent.name, rows)
        for mention in ent.mentions:
            _span(mention, fact)
    for q in f.quotes:
        fact = new("quote", f"\u201c{q.text}\u201d", _details(q, {"text", "evidence", "speaker_entity_id"}))
        _span(q.evidence, fact)
    for c in f.casualties:
        fact = new("casualty", f"{c.category}: {c.count} ({c.qualifier})", _details(c, {"category", "count", "qualifier", "evidence"}))
        _span(c.evidence, fact)
    for t in f.time_expressions:
        fact = new("time", t.text, _details(t, {"text", "evidence"}))
        _span(t.evidence, fact)
    for e in f.events:
        title = e.type + (f" / {e.subtype}" if e.subtype else "")
        fact = new("event", title, _details(e, {"type", "subtype", "evidence"}))
        _span(e.evidence, fact)
    # Families added to the contracts later (amounts and the like) show without a change here.
    for name in type(f).model_fields:
        if name in {"story", "entities", "quotes", "casualties", "time_expressions", "events"}:
            continue
        for item in getattr(f, name) or []:
            if not isinstance(item, BaseModel):
                continue
            ev = getattr(item, "evidence", None)
            label = getattr(item, "text", None) or (ev.text if isinstance(ev, Evidence) else name)
            fact = new(name.rstrip("s"), str(label), _details(item, {"evidence"}))
            _span(ev if isinstance(ev, Evidence) else None, fact)
    return facts


def segments(body: str, facts: list[Fact]) -> list[Segment]:
    """The body cut at every evidence boundary; one pass over sorted boundaries (linear in spans)."""
    spans = [s for fact in facts for s in fact.spans if 0 <= s.start < s.end <= len(body)]
    cuts = sorted({0, len(body), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    open_spans: list[Span] = []
    seen: set[str] = set()
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:]):
        open_spans = [s for s in open_spans if s.end > left] + starts.get(left, [])
        # Shortest span first: the innermost fact names the segment's link and main colour.
        ordered = sorted(open_spans, key=lambda s: (s.end - s.start, s.fact_id))
        ids = tuple(dict.fromkeys(s.fact_id for s in ordered))
        fams = tuple(dict.fromkeys(s.family for s in ordered))
        # The first segment of each fact carries its anchor, so the panel can link to it.
        anchors = tuple(i for i in ids if i not in seen)
        seen.update(anchors)
        out.append(Segment(body[left:right], ids, fams, anchors))
    return out
