"""Namesakes the story decides by a province abroad, a state named as a qualifier, a city named
like its state; country and town names with a lower-case joiner ('and', 'of')."""

from typing import Any

import pytest

from worker.core.extract.places.gazetteer import Gazetteer, gazetteer
from worker.core.extract.places.resolve import StoryPlaces, resolve
from worker.core.models.entities import Entity


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return gazetteer()


def _geo(facts: Any, name: str) -> Any:
    ent: Entity = next(e for e in facts.entities if e.name == name)
    return ent.geo


def test_a_town_of_a_province_named_abroad_beats_a_small_namesake_at_home(gz: Gazetteer) -> None:
    # A Colorado-datelined story that names Ontario: Windsor across the border, not Windsor, Colo.?
    # Colorado's own Windsor is in the dateline's state, so it stays; Connecticut's is not.
    story = StoryPlaces(dateline_country="US", dateline_admin1="MI", areas={("CA", "ON")}, countries={"CA"})
    windsor = resolve(gz, "Windsor", story)
    assert windsor is not None and (windsor.country, windsor.admin1_code) == ("CA", "CA.08")
    home = StoryPlaces(dateline_country="US", dateline_admin1="CO", areas={("CA", "ON")}, countries={"CA"})
    at_home = resolve(gz, "Windsor", home)
    assert at_home is not None and at_home.country == "US"


def test_a_third_country_named_with_a_namesake_leaves_the_province_rule_out(gz: Gazetteer) -> None:
    # Hamilton in a Jamaica story naming Ontario and New Zealand: two countries hold one; no rule picks.
    story = StoryPlaces(dateline_country="JM", areas={("CA", "ON")}, countries={"CA", "NZ"})
    place = resolve(gz, "Hamilton", story)
    assert place is None or place.country != "CA" or place.basis != "admin1_in_story"


def test_a_state_named_as_a_qualifier_is_the_state_not_its_city(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("SPOKANE, Wash. (AP) — Growers near Walla Walla, Washington, lost much of the crop "
                     "to hail on Tuesday, the county said.")
    geo = _geo(facts, "Washington")
    assert geo is not None and (geo.feature, geo.admin1_code) == ("admin1", "US.WA")


def test_a_city_named_like_its_state_does_not_pin_towns_to_that_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    # 'New York' here is the city: Newark stays New Jersey's, not a village in New York state.
    facts = facts_of("RALEIGH, N.C. (AP) — Buyers flew in from New York and Newark to bid for the "
                     "tobacco crop on Monday, the growers said.")
    geo = _geo(facts, "Newark")
    assert geo is not None and (geo.country, geo.admin1_code) == ("US", "US.NJ")


def test_a_qualifier_after_in_the_names_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MIAMI (AP) — Cruise lines diverted ships from Nassau, in the Bahamas, to ports "
                     "in Florida on Monday as the storm neared.")
    geo = _geo(facts, "Nassau")
    assert geo is not None and geo.country == "BS"


def test_a_country_with_and_in_its_name_is_one_place_and_its_dateline_is_read(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MOSTAR, Bosnia and Herzegovina, June 2 (Reuters) - Floods cut the main road "
                     "on Monday, Bosnia and Herzegovina's civil protection agency said.")
    assert facts.story.dateline is not None and facts.story.dateline.agency == "Reuters"
    geo = _geo(facts, "Bosnia and Herzegovina")
    assert geo is not None and (geo.country, geo.feature) == ("BA", "country")


def test_a_capital_with_of_in_its_name_is_one_town(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("CHAGUANAS, Trinidad and Tobago (AP) — Commuters queued for hours on Monday after "
                     "the ferry to Port of Spain was cancelled.")
    geo = _geo(facts, "Port of Spain")
    assert geo is not None and (geo.country, geo.feature) == ("TT", "city")
    assert not any(e.name == "Spain" for e in facts.entities)


def test_a_gulf_named_after_a_state_is_in_that_states_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOSTON (AP) — Cod stocks in the Gulf of Massachusetts fell again this year, "
                     "Massachusetts officials said, while Canada reported a better season.")
    geo = _geo(facts, "Gulf of Massachusetts")
    assert geo is not None and geo.country == "US"


def test_a_larger_namesake_at_home_keeps_the_town_at_home(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("PERTH, Australia (AFP) - Crews from Nova Scotia landed in Sydney on Friday before "
                     "flying west to fight the fires, officials said.")
    geo = _geo(facts, "Sydney")
    assert geo is not None and geo.country == "AU"


def test_a_small_town_the_text_calls_a_town_is_found_untagged(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LINDEN, Guyana (AP) — Buses stopped running to the river town of Bartica on Monday "
                     "after the ferry broke down, residents said.")
    geo = _geo(facts, "Bartica")
    assert geo is not None and geo.country == "GY"


def test_a_country_after_a_capitalised_opening_word_is_found(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GEORGETOWN, Guyana (AP) — Cargo volumes rose again in November. Neighbouring Suriname "
                     "has offered to share its dredgers, officials said.")
    geo = _geo(facts, "Suriname")
    assert geo is not None and geo.country == "SR"


def test_a_mountain_range_is_placed_in_the_datelines_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI, Kenya (AP) — Fires burned across the Aberdare range on Tuesday. Crews "
                     "from Uganda arrived to help, officials said.")
    geo = _geo(facts, "Aberdare")
    assert geo is not None and geo.country == "KE"
