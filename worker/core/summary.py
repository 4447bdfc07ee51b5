"""A reader's summary of the facts, in the shape of the hand-made ``*.expected.json`` files.

``summarize`` is what ``wire-enrich enrich --summary`` prints and what ``evaluate`` scores, so
both sides of a comparison speak the same shape. Families owned by other modules are read
defensively (``getattr`` with defaults): a field added or renamed there must not break this.
"""

import re
from datetime import datetime, timezone
from typing import Any

from worker.core.extract.casualties.counts import casualty_key
from worker.core.extract.quotes.reader import reader_kind
from worker.core.models.enriched import Facts
from worker.core.models.entities import Entity, Role

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_EVENT_FIELDS = ("status", "participants", "actor", "target", "place", "destination", "when",
                 "weapons", "what", "size", "subtype", "plover", "cameo", "quad_class", "actor_country")


def summarize(facts: Facts) -> dict[str, Any]:
    """Facts as a plain dict with the expected-file keys, ready for JSON."""
    story = facts.story
    dateline = story.dateline
    return {
        "dateline": {"place": dateline.place, "raw": dateline.raw} if dateline else None,
        "published_at": _iso(story.published_at),
        "section_heads": [head.text for head in story.section_heads],
        "credit": story.credit,
        "byline": story.byline,
        "provider": story.provider,
        "persons": [_person(e) for e in facts.entities if e.label == "PERSON"],
        "organizations": _names(facts.entities, ("ORG",)),
        "places": _places(facts.entities),
        # Every attributed reported clause is a quote of kind indirect, bare paraphrase included.
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "kind": q.kind, "cue": q.cue}
            for q in facts.quotes
        ],
        "casualties": [_casualty(c) for c in facts.casualties],
        "time_expressions": _times(facts.time_expressions),
        "events": [_event(e, facts.casualties) for e in facts.events],
        "amounts": [_amount(a) for a in getattr(facts, "amounts", None) or []],
    }


def _iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def _places(entities: list[Entity]) -> list[dict[str, Any]]:
    """Places by name, each with where GeoNames puts it (null fields when unresolved)."""
    out: dict[str, dict[str, Any]] = {}
    for ent in entities:
        geo = ent.geo
        # 'Ont.', 'Ga.': a state or province by its abbreviation is listed by its name, once with
        # 'Ontario' when the story also writes it out.
        name = geo.name if geo is not None and geo.feature == "admin1" and ent.name.endswith(".") else ent.name
        key = name.lower()
        # 'Belfast' twice when the story names Belfast, Maine and Belfast, Northern Ireland.
        if key in out and geo is not None and out[key]["geonameid"] not in (None, geo.geonameid):
            key = f"{key}@{geo.geonameid}"
        if ent.label in _PLACE_LABELS and key not in out:
            out[key] = {
                "name": name, "country": geo.country if geo else None,
                "geonameid": geo.geonameid if geo else None, "lat": geo.lat if geo else None,
                "lon": geo.lon if geo else None, "feature": geo.feature if geo else None,
            }
    return list(out.values())


def _names(entities: list[Entity], labels: tuple[str, ...]) -> list[str]:
    seen: dict[str, str] = {}
    for ent in entities:
        if ent.label in labels:
            seen.setdefault(ent.name.lower(), ent.name)
    return list(seen.values())


# Head words that say a person leads or belongs to something, not what their office is.
GENERIC_TITLES = frozenset({"head", "member", "chief", "leader", "official", "director"})


def _best_role(roles: list[Role]) -> Role | None:
    """The first role that says both what and for whom; else the first with a title. A title
    written before the name ("Detective Superintendent X, head of ...") outranks a generic
    appositive head word."""
    for role in roles:
        if role.title and role.affiliation and role.title.lower() not in GENERIC_TITLES:
            return role
    return next((r for r in roles if r.title and r.title.lower() not in GENERIC_TITLES),
                next((r for r in roles if r.title), roles[0] if roles else None))


def _with_rank(title: str, roles: list[Role]) -> str:
    """'Col. Marcelo Quiroga, the city's police commander': the office with the rank after it
    ('police commander Col.'), as a desk reads both; a rank alone when no office is told."""
    def rank(t: str | None) -> bool:
        return bool(t) and " " not in str(t) and str(t).endswith(".")
    office = title if not rank(title) else next(
        (r.title for r in roles if r.title and not rank(r.title) and r.title.lower() not in GENERIC_TITLES), None)
    grade = title if rank(title) else next((r.title for r in roles if rank(r.title)), None)
    if office and grade and grade not in office.split():
        return f"{office} {grade}"
    return title


def _person(ent: Entity) -> dict[str, Any]:
    out: dict[str, Any] = {"name": ent.name}
    role = _best_role(ent.roles)
    if role is not None:
        if role.title:
            out["title"] = _with_rank(role.title, ent.roles)
        affiliation = role.affiliation or next((r.affiliation for r in ent.roles if r.affiliation),
                                               None)
        if affiliation:
            out["affiliation"] = affiliation
    if ent.aliases:
        out["aliases"] = list(ent.aliases)
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(exclude_none=True)
    return value


def _casualty(fact: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "category": getattr(fact, "category", None),
        "count": getattr(fact, "count", None),
        "qualifier": getattr(fact, "qualifier", None),
    }
    for key in ("place", "time", "phrase"):
        value = getattr(fact, key, None)
        if value is not None:
            out[key] = _plain(value)
    includes = getattr(fact, "includes", None) or []
    if includes:
        out["includes"] = [
            {"group": getattr(g, "group", None), "count": getattr(g, "count", None)}
            for g in includes
        ]
    return out


def _times(expressions: list[Any]) -> list[dict[str, Any]]:
    """One entry per distinct (text, value): 'Friday' said three times is one expression."""
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for expr in expressions:
        value = _plain(getattr(expr, "value", None))
        part = getattr(expr, "part_of_day", None)
        # TIMEX3 writes a day's part after it: 'Friday evening' -> 2025-08-29TEV.
        item = {"text": getattr(expr, "text", ""), "value": f"{value}T{part}" if part else value}
        key = repr((item["text"].lower(), item["value"]))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _trigger_at(event: Any) -> int:
    """Where the event's word stands: its evidence is the whole sentence."""
    evidence = getattr(event, "evidence", None)
    if evidence is None:
        return 0
    found = re.search(rf"\b{re.escape(getattr(event, 'trigger', '') or '')}\b", evidence.text)
    return int(evidence.start) + (found.start() if found else 0)


def _event(event: Any, casualties: list[Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": getattr(event, "type", None)}
    # Readers see an attack's or disaster's toll on the event: its linked 'killed' fact.
    keys = set(getattr(event, "casualty_keys", None) or [])
    # Two tolls under one key (no place or time tells them apart) go each to the event told
    # nearest: 'killed 19 in an attack ... air strikes that killed dozens'.
    at = _trigger_at(event)
    nearest: dict[str, Any] = {}
    for c in casualties or []:
        key = casualty_key(c)
        if c.category == "killed" and key in keys and (
                key not in nearest or abs(c.evidence.start - at) < abs(nearest[key].evidence.start - at)):
            nearest[key] = c
    if nearest:
        out["killed"] = max(c.count for c in nearest.values())
    for key in _EVENT_FIELDS:
        value = _plain(getattr(event, key, None))
        if value not in (None, [], "", "unknown"):
            out[key] = value
    if out["type"] == "attack" and "actor" in out:
        out["attacker"] = out["actor"]
    return out


def _amount(fact: Any) -> dict[str, Any]:
    """'$1.25 billion' -> {"text", "kind": "money", "value": 1250000000.0, "unit": "USD"}."""
    out: dict[str, Any] = {"text": fact.text, "kind": fact.kind, "value": fact.value}
    if fact.unit:
        out["unit"] = fact.unit
    if fact.object:
        out["object"] = fact.object
    return out
