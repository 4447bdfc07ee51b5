"""Entity repairs from context: span edges, labels, missed bodies, inferred affiliations."""

from collections.abc import Callable

from worker.core.extract.entities.national import dateline_country, is_national_title
from worker.core.models.entities import Entity
from worker.core.models.enriched import Facts

Run = Callable[..., Facts]


def _named(facts: Facts, label: str) -> dict[str, Entity]:
    return {e.name: e for e in facts.entities if e.label == label}


def test_organisation_noun_before_a_name_makes_it_an_organisation(facts_of: Run) -> None:
    facts = facts_of("Shipping line Tasman Feeder said it would divert four vessels.")
    assert "Tasman Feeder" in _named(facts, "ORG") and not _named(facts, "PERSON")


def test_proper_name_qualifying_bloc_is_an_organisation(facts_of: Run) -> None:
    facts = facts_of("Talks on a pact with the Mercosur bloc have stalled for years.")
    assert "Mercosur" in _named(facts, "ORG")


def test_nationality_with_lower_case_force_is_an_organisation(facts_of: Run) -> None:
    facts = facts_of("Units shot down 34 drones overnight, the Ukrainian air force said.")
    assert "Ukrainian air force" in _named(facts, "ORG")


def test_a_places_lower_case_ministry_is_an_organisation(facts_of: Run) -> None:
    facts = facts_of("Greece's civil protection ministry declared a state of emergency.")
    assert "civil protection ministry" in _named(facts, "ORG")


def test_name_after_a_locative_preposition_is_a_place(facts_of: Run) -> None:
    facts = facts_of("The suspect, a 34-year-old man from Aurora, has not been named.")
    assert "Aurora" in _named(facts, "GPE") and "Aurora" not in _named(facts, "PERSON")


def test_name_before_a_place_noun_is_a_place(facts_of: Run) -> None:
    facts = facts_of("Villages in the Sirajganj and Bogura districts were under water.")
    assert {"Sirajganj", "Bogura"} <= set(_named(facts, "GPE"))


def test_portfolio_before_minister_is_no_organisation(facts_of: Run) -> None:
    facts = facts_of("Aid will arrive this week, Disaster Management Minister Anwar Hossain said.")
    assert "Disaster Management" not in _named(facts, "ORG")


def test_halves_joined_by_and_form_one_body(facts_of: Run) -> None:
    facts = facts_of("The river will rise, the Flood Forecasting and Warning Centre said.")
    assert "Flood Forecasting and Warning Centre" in _named(facts, "ORG")


def test_capitalised_common_noun_opening_a_sentence_is_no_body(facts_of: Run) -> None:
    facts = facts_of("Fire brigade spokesman Yannis Kostakis said crews were tired.\n\n"
                     "Union leader Paul Garnier said the strike would go on.")
    assert not ({"Fire", "Union"} & set(_named(facts, "ORG")))


def test_one_word_person_that_only_opens_a_sentence_is_dropped(facts_of: Run) -> None:
    facts = facts_of("Debris hit a residential building in the city, injuring seven people.")
    assert "Debris" not in _named(facts, "PERSON")


def test_title_before_an_untagged_name_makes_a_person_with_its_body(facts_of: Run) -> None:
    facts = facts_of("Seismologist Leyla Aksoy of Ege University said aftershocks could go on.")
    person = _named(facts, "PERSON")["Leyla Aksoy"]
    assert any(r.affiliation == "Ege University" for r in person.roles)


def test_government_title_takes_the_datelines_country(facts_of: Run) -> None:
    facts = facts_of("KYIV — Interior Minister Ihor Klymenko said rescuers were still working.")
    person = _named(facts, "PERSON")["Ihor Klymenko"]
    assert any(r.affiliation == "Ukraine" for r in person.roles)


def test_sub_national_title_takes_no_country(facts_of: Run) -> None:
    facts = facts_of("SYDNEY — Crews worked overnight, state Health Minister Ruth Kaye said.")
    person = _named(facts, "PERSON")["Ruth Kaye"]
    assert not any(r.affiliation for r in person.roles)


def test_dateline_country_from_region_or_city_table() -> None:
    assert dateline_country("SANTIAGO, Chile (AP)", "Santiago") == "Chile"
    assert dateline_country("KYIV", "Kyiv") == "Ukraine"
    assert dateline_country("DENVER, Colo.", "Denver") is None
    assert is_national_title("Outgoing President") and not is_national_title("Police Chief")


def test_a_datelines_filing_date_is_no_country(facts_of: Run) -> None:
    assert dateline_country("SEOUL, Oct 14 (Reuters)", "Seoul") != "Oct 14"
    assert dateline_country("PARIS, July 2, 2026 (AFP)", "Paris") == "France"
    facts = facts_of("TOKYO, March 3 (Reuters) - Trade Minister Kenji Sato said exports rose in February.")
    person = _named(facts, "PERSON")["Kenji Sato"]
    assert all(r.affiliation != "March 3" for r in person.roles)


def test_country_named_like_its_people_stays_a_place(facts_of: Run) -> None:
    facts = facts_of("Saeki will fly to Wellington to meet New Zealand Prime Minister Michael Thorne.")
    assert "New Zealand" in _named(facts, "GPE")


def test_dateline_region_outside_the_us_is_the_country() -> None:
    assert dateline_country("LUSAKA, Zambia", "Lusaka") == "Zambia"
    assert dateline_country("SPRINGDALE, Ohio (AP)", "Springdale") is None


def test_regular_demonym_gives_its_country(facts_of: Run) -> None:
    facts = facts_of("Visiting Indonesian President Ratna Sulistyo spoke on Thursday.")
    person = _named(facts, "PERSON")["Ratna Sulistyo"]
    assert any(r.affiliation == "Indonesia" for r in person.roles)


def test_hyphenated_surnames_stay_whole_and_their_later_mentions_join_the_person(facts_of: Run) -> None:
    facts = facts_of("LAGOS, Nigeria — Trade Minister Yaw Owusu-Bempah met his counterpart on Monday.\n\n"
                     "\"We want buyers here,\" Owusu-Bempah said.")
    people = _named(facts, "PERSON")
    assert list(people) == ["Yaw Owusu-Bempah"]
    assert "Owusu-Bempah" in people["Yaw Owusu-Bempah"].aliases


def test_a_river_and_the_town_the_dateline_spells_in_capitals_are_places_not_people(facts_of: Run) -> None:
    facts = facts_of("KESTREL FALLS, Nebraska — A bus slid into the river outside this farming town late "
                     "Monday. \"It was chaos,\" Sheriff Ann Dole told reporters at a fire station in Kestrel "
                     "Falls.\n\nA second bus slid down the embankment into the shallow Loup River, officials said.")
    assert set(_named(facts, "PERSON")) == {"Ann Dole"}
    places = {e.name for e in facts.entities if e.label in ("GPE", "LOC")}
    assert {"Kestrel Falls", "Loup River"} <= places


def test_a_named_storm_is_not_a_person(facts_of: Run) -> None:
    facts = facts_of("Cyclone Maribel flattened homes along the coast, Governor Paulo Nhaca said.")
    assert set(_named(facts, "PERSON")) == {"Paulo Nhaca"}


def test_the_suburb_of_a_name_makes_it_a_place(facts_of: Run) -> None:
    facts = facts_of("Thieves raided a jeweller in the western suburb of Evelyn before dawn, police said.")
    assert "Evelyn" not in _named(facts, "PERSON")


def test_a_bodys_name_keeps_the_country_it_is_of(facts_of: Run) -> None:
    facts = facts_of("The Tea Growers Association of Kenya said prices had fallen for a third month.")
    assert "Tea Growers Association of Kenya" in _named(facts, "ORG")


def test_a_body_of_two_things_joined_by_and_stays_one_body(facts_of: Run) -> None:
    facts = facts_of("The International Federation of Red Cross and Red Crescent Societies said "
                     "relief flights would land on Friday.")
    assert "International Federation of Red Cross and Red Crescent Societies" in _named(facts, "ORG")


def test_a_bare_customs_opening_a_sentence_is_no_body(facts_of: Run) -> None:
    facts = facts_of("Customs officers found the cocaine hidden in crates of bananas.")
    assert "Customs" not in _named(facts, "ORG")
