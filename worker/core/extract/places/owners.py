"""The country a possessive gives a place the data lacks ("Nepal's Chitwan National Park")."""

import re

from worker.core.extract.places.gazetteer import Gazetteer, fold
from worker.core.models.entities import Entity

# "Nepal's " just before a mention: the country a place the data lacks lies in.
_OWNER_BEFORE = re.compile(r"([A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})['’]s\s+(?:northern |southern |eastern |western |central )?$")


def owned_by_country(body: str, ent: Entity, gz: Gazetteer) -> str | None:
    """'Nepal's Chitwan National Park', "Canada's Miscou Island": the country a possessive names."""
    for m in ent.mentions:
        found = _OWNER_BEFORE.search(body[max(0, m.start - 60):m.start])
        if found and (iso := gz.country_names.get(fold(found.group(1)).removeprefix("the "))):
            return iso
    return None
