"""What the story's own words say a name is: a body, or a person, in every mention."""

from collections.abc import Callable

from worker.core.models.enriched import Facts

Run = Callable[..., Facts]


def _labels(facts: Facts) -> dict[str, str]:
    return {e.name: e.label for e in facts.entities}


def test_a_kind_of_body_before_a_name_makes_it_an_organisation_everywhere(facts_of: Run) -> None:
    facts = facts_of("The claim was filed by law firm Pellow Strand on Monday. "
                     "\"This is only the start,\" said Pellow Strand partner Ines Varga.")
    labels = _labels(facts)
    assert labels.get("Pellow Strand") == "ORG"
    assert labels.get("Ines Varga") == "PERSON"


def test_a_body_that_is_it_to_the_story_is_an_organisation(facts_of: Run) -> None:
    facts = facts_of("Two executives at Kestrel Basin Water pleaded guilty last year. "
                     "Kestrel Basin Water said in a statement that it had replaced its leadership.")
    assert _labels(facts).get("Kestrel Basin Water") == "ORG"


def test_a_place_that_is_it_to_the_story_stays_a_place(facts_of: Run) -> None:
    facts = facts_of("Officials said Moscow continues its campaign against the city.")
    assert _labels(facts).get("Moscow") == "GPE"


def test_who_after_a_name_makes_it_a_person(facts_of: Run) -> None:
    facts = facts_of("The jersey went to Emil Strand. Strand, who had led since Monday, finished second.")
    assert _labels(facts).get("Emil Strand") == "PERSON"


def test_a_descriptor_before_a_name_is_not_part_of_it(facts_of: Run) -> None:
    facts = facts_of("Teenager Mira Koenig beat the top seed on Saturday.")
    assert "Mira Koenig" in _labels(facts)
    assert "Teenager Mira Koenig" not in _labels(facts)


def test_a_lower_case_kind_word_after_a_party_name_is_not_part_of_it(facts_of: Run) -> None:
    facts = facts_of("The far-right Homeland Union party finished third with 12% of the vote.")
    assert "Homeland Union" in _labels(facts)
    assert "Homeland Union party" not in _labels(facts)


def test_a_football_club_named_after_its_town_is_an_organisation(facts_of: Run) -> None:
    facts = facts_of("Atletico Ourense beat the visitors 2-1 on Sunday.")
    assert _labels(facts).get("Atletico Ourense") == "ORG"


def test_a_company_suffix_makes_a_name_an_organisation(facts_of: Run) -> None:
    facts = facts_of("Lenders fell after Marlowe Bancorp fired its finance chief, Derek Vance.")
    assert _labels(facts).get("Marlowe Bancorp") == "ORG"


def test_a_speaker_who_quotes_it_and_itself_stays_a_person(facts_of: Run) -> None:
    facts = facts_of("\"It just tipped over and rolled onto itself,\" said Owen Tarrant, who farms "
                     "beside the road.")
    assert _labels(facts).get("Owen Tarrant") == "PERSON"
