"""Which cluster a mention joins when its words are only part of a name the story uses in full.

A surname joins the person whose name ends with it, nearest first; a body's shorter name joins
the body whose name ends or starts with it ("Security Council" after "U.N. Security Council").
"""

from worker.core.extract.common.country_names import PLACE_CANONICAL
from worker.core.extract.entities.roles import Cluster, Mention

__all__ = ["org_suffix_cluster", "person_cluster_for"]


def person_cluster_for(m: Mention, clusters: list[Cluster]) -> Cluster | None:
    """A shorter mention joins the person whose name ends (or starts) with it; nearest wins."""
    words = m.text.split()
    candidates = []
    for c in clusters:
        longest = max((x.text.split() for x in c.mentions), key=len)
        if longest[-len(words):] == words or (len(words) == 1 and longest[0] == words[0]):
            nearest = max((x.tok_start for x in c.mentions if x.tok_start <= m.tok_start),
                          default=-1)
            candidates.append((nearest, c))
    if not candidates:
        return None
    return max(candidates, key=lambda pair: pair[0])[1]


def org_suffix_cluster(m: Mention, name: str, by_key: dict[tuple[str, str], Cluster]
                        ) -> Cluster | None:
    # "Security Council" after "U.N. Security Council" is the same body.
    if m.label != "ORG":
        return None
    low = name.lower()
    for (label, key), cluster in by_key.items():
        if label != "ORG":
            continue
        # ('Lesotho' beside 'National University of Lesotho': the country the body is of, not it.)
        if any(a.endswith(" of " + b) and b in PLACE_CANONICAL for a, b in ((key, low), (low, key))):
            continue
        if key.endswith(" " + low) or low.endswith(" " + key):
            return cluster
        # "Cascade" after "Cascade Freight"; acronyms with dots ("U.N.") stay apart.
        if "." not in low and "." not in key and (key.startswith(low + " ")
                                                  or low.startswith(key + " ")):
            return cluster
    return None
