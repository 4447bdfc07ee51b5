"""Clusters of a French story's name mentions, and the short forms that join a full name.

"Morand" is "Claire Morand", "OMS" is "Organisation mondiale de la santé", "LR" after "Les
Républicains (LR)" is that party: a short form becomes an alias of the full name it stands for.
"""

import re
from dataclasses import dataclass, field

from worker.core.extract.french.names import known_place
from worker.core.models.entities import EntityLabel, Role

# Words an acronym skips ("Organisation mondiale de la santé" -> OMS).
_SMALL_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "en", "à", "sans", "sur"})


@dataclass
class Cluster:
    label: EntityLabel
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    stand_ins: list[tuple[int, int]] = field(default_factory=list)  # "la préfète" for the one named before


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s'’]+", name) if w and w.lower() not in _SMALL_WORDS).upper()


def _same_as(short: Cluster, full: Cluster, body: str) -> bool:
    """'Morand' is 'Claire Morand'; 'OMS' is 'Organisation mondiale de la santé'; 'garde nationale'
    is 'garde nationale tunisienne' when both are in the story; 'LR' is the body whose name it
    followed in parentheses ("Les Républicains (LR)"), whatever its initials."""
    if short is full or short.label != full.label or len(short.name) >= len(full.name):
        return False
    if short.label == "PERSON":
        return len(short.name.split()) == 1 and full.name.split()[-1].casefold() == short.name.casefold()
    if short.name.isupper() and short.name == _initials(full.name):  # 'OMS', 'RDC'
        return True
    if short.label == "ORG" and short.name.isupper() and any(body[s:e] == short.name for s, e in full.mentions):
        return True
    if short.label == "ORG":
        return \
            full.name.casefold().startswith(short.name.casefold() + " ")
    return False


def merge_surnames(clusters: list[Cluster], body: str = "") -> list[Cluster]:
    """Short forms become aliases of the full name they stand for, as in English copy; a "person"
    with no title named like a body or place of the story is that body or place ("Maréchal")."""
    out = []
    orgs, places = ({c.name.casefold(): c for c in clusters if c.label == k} for k in ("ORG", "LOC"))
    for c in clusters:
        key, untitled = c.name.casefold(), c.label == "PERSON" and not c.roles
        # ... and a place the gazetteer does not know, named like a body, is that body ("le titre X").
        full = next((p for p in clusters if _same_as(c, p, body)), None) or (orgs.get(key) if untitled or (
            c.label == "LOC" and key in orgs and not known_place(c.name)) else None) or (places.get(key) if untitled else None)
        if full is not None:
            full.mentions.extend(c.mentions)
            full.roles.extend(c.roles)
        else:
            out.append(c)
    return out




def more_mentions(clusters: list[Cluster], body: str, start: int = 0) -> None:
    """Every other place a body's name is written is a mention of it, whatever the model made of
    it there ("Vellor" opening a sentence, which the model reads as MISC or not at all)."""
    taken = [m for c in clusters for m in c.mentions]
    for c in clusters:
        if c.label != "ORG" or not c.name[:1].isupper():
            continue
        for m in re.compile(rf"(?<![\w\-]){re.escape(c.name)}(?![\w\-])").finditer(body, start):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                c.mentions.append((m.start(), m.end()))
                taken.append((m.start(), m.end()))
