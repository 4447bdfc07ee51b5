"""A list of towns the model read as one body: 'Abbotsford and Chilliwack', 'Latrobe and Sheffield'.

The small model sometimes tags a whole coordination of place names as one organisation. When every
member of such a list is a town or province the story's own countries hold, the list is its towns,
each a place with its own evidence; one member the gazetteer cannot place where the story is
leaves the body as the model read it.
"""

import re

from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.places.gazetteer import Gazetteer
from worker.core.extract.places.lexicon import STORY_BASES
from worker.core.extract.places.resolve import StoryPlaces, resolve
from worker.core.models.entities import Entity

# A capitalised name, and what may stand between two members of a list.
_MEMBER = re.compile(r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)*")
_BETWEEN = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|with)\s+)")   # ('links Lae with Kainantu')


def split_place_lists(entities: list[Entity], gz: Gazetteer, story: StoryPlaces, ev: EvidenceMaker) -> list[Entity]:
    out: list[Entity] = []
    found: dict[str, list[tuple[int, int]]] = {}
    for ent in entities:
        # ('between George and Sedgefield' read as one person: no one person is a list either.)
        spans = _members(ent, gz, story) if (ent.label == "ORG" or ent.label == "PERSON" and any(
            re.search(r",| and ", m.text) for m in ent.mentions)) and not ent.roles else None
        if spans is None:
            out.append(ent)
            continue
        for s, e in spans:
            found.setdefault(ev.body[s:e], []).append((s, e))
    for name, places in found.items():
        have = next((e for e in out if e.name == name and e.label in ("GPE", "LOC")), None)
        mentions = [ev.chars(s, e) for s, e in places]
        if have is not None:
            out[out.index(have)] = have.model_copy(update={"mentions": sorted([*have.mentions, *mentions],
                                                                             key=lambda m: m.start)})
        else:
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            out.append(Entity(entity_id=f"gpe:{slug}", label="GPE", name=name, mentions=mentions))
    return out


def _members(ent: Entity, gz: Gazetteer, story: StoryPlaces) -> list[tuple[int, int]] | None:
    """The character spans of the list's members, or None when the name is no list of the story's places."""
    spans: list[tuple[int, int]] = []
    for mention in ent.mentions:
        parts = list(_MEMBER.finditer(mention.text))
        gaps = [mention.text[a.end():b.start()] for a, b in zip(parts, parts[1:])]
        if len(parts) < 2 or parts[0].start() != 0 or parts[-1].end() != len(mention.text) \
                or not all(_BETWEEN.fullmatch(g) for g in gaps):
            return None
        for part in parts:
            geo = resolve(gz, part.group(0), story)
            # ('from Vanuatu, Samoa and Tonga': countries are places wherever the story is.)
            if geo is None or (geo.basis not in STORY_BASES and geo.feature != "country"):
                return None
            spans.append((mention.start + part.start(), mention.start + part.end()))
    return spans
