"""Where a story is, for the families that read it after places are resolved: the dateline's
country, else the country its places lie in most often; and the local clock there when it was
filed (zones from babel's CLDR territory data, offsets from the tz database)."""

from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.core import get_global

from worker.core.extract.common.context import Context


def story_country(ctx: Context) -> str | None:
    """The dateline's country, else the country the story's places lie in most often."""
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    places = [e for e in ctx.entities if e.geo is not None and e.geo.country]
    if dateline is not None:
        for ent in places:
            if ent.name.lower() == dateline.place.lower() or dateline.place.lower() in (a.lower() for a in ent.aliases):
                return ent.geo.country if ent.geo else None
    counts = Counter(e.geo.country for e in places if e.geo is not None for _ in e.mentions)
    return counts.most_common(1)[0][0] if counts else None


def latest_local_time(when: datetime, country: str | None) -> datetime:
    """``when`` on the clock of the country's most eastern zone (the latest local time it can be
    there), or as given when the country is unknown. A country with several zones is read at its
    latest so that 'later than the filing' is never claimed too early."""
    zones = get_global("territory_zones").get(country or "", [])
    local: list[datetime] = []
    for zone in zones:
        try:
            local.append(when.astimezone(ZoneInfo(zone)))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return max(local, key=lambda t: t.replace(tzinfo=None)) if local else when
