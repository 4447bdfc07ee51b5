"""A name that is a province of the story before it is any town of that name.

- 'eastern Ontario' in a 'KINGSTON, Ont.' story: the dateline's own state or province, when no
  town of the name lies inside it, is the province, not a town of the name in another country.
- 'Toronto, Ontario' in a story from Ohio that names Canada: a name that qualifies a town is a
  state or province, never a town; of the story's countries, the one province of the name.
"""

from worker.core.extract.places.gazetteer import Admin1, City
from worker.core.extract.places.namesakes import StoryPlaces


def home_area(areas: list[Admin1], cities: list[City], story: StoryPlaces, qualifies: bool) -> Admin1 | None:
    """The state or province the name means in this story, if one is read before its towns."""
    inside = {(c.country, c.admin1) for c in cities}
    own = [a for a in areas if a.country == story.dateline_country and a.towns_code == story.dateline_admin1
           and (a.country, a.towns_code) not in inside]
    if len(own) == 1:
        return own[0]
    if not qualifies:
        return None
    countries = {c for c in (story.dateline_country, *story.countries) if c}
    named = {(a.country, a.code) for a in areas if a.country in countries}
    return next(a for a in areas if (a.country, a.code) in named) if len(named) == 1 else None
