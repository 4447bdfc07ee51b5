"""An office standing for the person the story named with it: "a précisé la préfète", "Le ministre recevra".

Wire copy names a person once with the office ("la préfète de Lot-et-Garonne, Nathalie X") and then by
the office alone. That office, after its article and with no name after it, is another mention of a
person named before whose title holds its words ("la préfète" is the préfète de Lot-et-Garonne; "le
président français" is not the Portuguese president named since); "le chef de l'État" is the
président. When two persons named before hold it, the one the story named first is meant: a repeated
office stands for the story's protagonist.
"""

import re

from worker.core.extract.entities.lexicon_fr import NOT_STAND_INS_FR, OFFICE_SYNONYMS_FR, TITLES_FR
from worker.core.extract.french.clusters import Cluster
from worker.core.extract.french.names import nationality

_OFFICES = sorted([*OFFICE_SYNONYMS_FR, *(t for t in TITLES_FR if t not in NOT_STAND_INS_FR)], key=len, reverse=True)
_STAND_IN = re.compile(r"(?<![\w'’])(?:le|la|l['’])\s*(?P<office>" + "|".join(
    re.escape(o).replace("'", "['’]") for o in _OFFICES) + r")(?![\w'’\-])(?:\s+(?P<adj>[a-zà-ÿ\-]+))?", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s*,?\s*(?:M\.\s*|Mme\s+)?[A-ZÀ-Ý]")


def _words(text: str) -> str:
    return " " + re.sub(r"[’]", "'", text.lower()) + " "


def resolve(clusters: list[Cluster], body: str, start: int = 0) -> None:
    """Add each office standing for a person named before to that person's ``stand_ins``."""
    people = [c for c in clusters if c.label == "PERSON" and c.roles and c.mentions]
    taken = [m for c in clusters for m in c.mentions] + [(r.evidence.start, r.evidence.end) for c in people for r in c.roles]
    for m in _STAND_IN.finditer(body, start):
        s, e = m.start("office"), m.end("office")
        if any(a < e and s < b for a, b in taken) or _NAME_AFTER.match(body, e):
            continue  # an office naming its holder right here ("le général Alfredo X"), or inside a name
        office = _words(m.group("office"))
        wanted = OFFICE_SYNONYMS_FR.get(office.strip(), (office.strip(),))
        country = nationality(m.group("adj")) if m.group("adj") else None
        if country:  # "le président français": the adjective is part of the office meant
            e = m.end("adj")
        holders = [c for c in people if min(c.mentions)[0] < s and any(
            any(_words(w) in _words(r.title or "") for w in wanted)
            and (not country or (m.group("adj") or "").lower() in (r.title or "").lower()) for r in c.roles)]
        if holders:
            min(holders, key=lambda c: min(c.mentions)[0]).stand_ins.append((s, e))
