"""A club called by its town in a sports report: "Brest a multiplié les attaques", "recevra Nantes".

In a report of a game (three or more of the game's words, as the event reader counts them) a town
that is a clause's subject before its verb, or the opponent after "recevra", "face à", "contre" ...,
is the club, not the place; "se déplacera samedi à Lens" stays a place. Such a name joins the club
the story named in full when the club's name holds the town ("Olympique de Marseille") or its
adjective ("Stade rennais" for Rennes, "Stade Brestois" for Brest).
"""

import re

from spacy.tokens import Doc

from worker.core.extract.entities.lexicon_fr import CLAUSE_OPENERS_FR, OPPONENT_CUES_FR
from worker.core.extract.events.lexicon import SPORTS_STORY_WORDS
from worker.core.extract.events.lexicon_fr import SPORT_WORDS_FR
from worker.core.extract.french.clusters import Cluster

_SPORT = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in SPORT_WORDS_FR) + r")\b", re.IGNORECASE)
_OPPONENT = re.compile(r"\b(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in OPPONENT_CUES_FR) + r")\s+$",
                       re.IGNORECASE)
_SUBJECT = re.compile(r"(?:^|[.!?»]\s+|\n|\b(?:" + "|".join(CLAUSE_OPENERS_FR) + r")\s+)$")
_STEM = 4  # letters a town and its adjective share: "Rennes" / "rennais", "Brest" / "brestois"


def sports_report(body: str) -> bool:
    return len({w.group().lower() for w in _SPORT.finditer(body)}) >= SPORTS_STORY_WORDS


def called_by_town(doc: Doc, body: str, start: int, end: int) -> bool:
    """The town at ``start:end`` names its club: a subject before its verb, or an opponent."""
    if _OPPONENT.search(body[max(0, start - 30):start]):
        return True
    if not _SUBJECT.search(body[max(0, start - 20):start]):
        return False
    if re.match(r"\s*,\s*qui\b", body[end:end + 8]):
        return True  # "Marseille, qui compte désormais 52 points"
    after = next((t for t in doc if t.idx >= end), None)
    return after is not None and after.pos_ in ("VERB", "AUX")


def join(clusters: list[Cluster]) -> list[Cluster]:
    """A town read as a club joins the club named in full whose name holds it or its adjective."""
    out = []
    for c in clusters:
        club = next((k for k in clusters if k is not c and k.label == "ORG" and c.label == "ORG"
                     and len(c.name.split()) == 1 and _holds(k.name, c.name)), None)
        if club is not None:
            club.mentions.extend(c.mentions)
        else:
            out.append(c)
    return out


def _holds(club: str, town: str) -> bool:
    words = [w.lower() for w in re.split(r"[\s'’]+", club)]
    low = town.lower()
    return len(words) > 1 and (low in words or any(len(w) > _STEM and w[:_STEM] == low[:_STEM] and w != low
                                                   for w in words))
