"""Two versions of one invented wire story: the toll rises from 18 to 23 and a quote is withdrawn."""

from __future__ import annotations

import orjson

STORY_ID = "urn:test:ferry-lake-varna"
_LEAD = ("TALMORA — At least {toll} people were killed when a passenger ferry capsized on Lake Varna on "
         "Saturday morning, the regional governor said.")
WITHDRAWN_QUOTE = "The boat was carrying far more people than it was built for"
_QUOTE = f"\"{WITHDRAWN_QUOTE},\" said Governor Elena Brisk."
_RESCUE = "Rescue teams pulled 40 survivors from the water, the coast guard said."


def ferry_story(version: int, story_id: str = STORY_ID) -> bytes:
    """Version 1 has 18 dead and the governor's quote; version 2 has 23 dead and no quote."""
    if version == 1:
        body = "\n\n".join([_LEAD.format(toll=18), _QUOTE, _RESCUE])
        when = "2026-03-14T08:10:00Z"
    else:
        body = "\n\n".join([_LEAD.format(toll=23), _RESCUE])
        when = "2026-03-14T13:40:00Z"
    return orjson.dumps({"uri": story_id, "version": version, "versioncreated": when,
                         "headline": "Ferry capsizes on Lake Varna", "body_text": body})
