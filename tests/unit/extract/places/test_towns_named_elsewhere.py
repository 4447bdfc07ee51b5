"""Towns the text places itself: a dateline town whose name is a country's, a town in a list that
is no qualifier, a town an apposition gives a nationality, countries by their withdrawn names,
and spellings that differ only in a diacritic (stories invented here)."""

from __future__ import annotations

from typing import Any

from worker.core.extract.places.gazetteer import gazetteer
from worker.core.extract.places.resolve import StoryPlaces, country_of, resolve
from worker.core.models.entities import Entity


def _geo(facts: Any, name: str) -> Any:
    ent: Entity = next(e for e in facts.entities if e.name == name)
    return ent.geo


def test_a_dateline_town_named_like_a_country_is_the_town_its_state_holds(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MEXICO, Mo. (AP) — The county fair in this small Missouri town was called off on Monday "
                     "after days of heavy rain flooded the grounds.")
    geo = _geo(facts, "Mexico")
    assert geo is not None and (geo.country, geo.feature, geo.admin1_code) == ("US", "city", "US.MO")


def test_a_country_named_without_a_qualifier_stays_the_country() -> None:
    place = resolve(gazetteer(), "Mexico", StoryPlaces())
    assert place is not None and (place.country, place.feature) == ("MX", "country")


def test_a_town_in_a_list_qualifies_none_of_its_neighbours(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MANSA, Zambia (Reuters) - Fish traders who sell in Kasama, Lusaka and Ndola said prices "
                     "had doubled since the ban began.")
    geo = _geo(facts, "Lusaka")
    assert geo is not None and geo.feature == "city"


def test_a_town_given_a_nationality_in_apposition_is_in_that_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GIURGIU, Romania (AFP) - Lorries queued for the bridge to Ruse after the ferry to Nikopol, "
                     "a Bulgarian town of a few thousand people, stopped running on Tuesday. Grain barges "
                     "from Ukraine waited downstream.")
    geo = _geo(facts, "Nikopol")
    assert geo is not None and geo.country == "BG"


def test_withdrawn_country_names_read_as_their_successors() -> None:
    gz = gazetteer()
    assert [country_of(gz, n) for n in ("Burma", "Zaire", "Swaziland")] == ["MM", "CD", "SZ"]


def test_a_comma_below_and_a_cedilla_spell_the_same_town() -> None:
    place = resolve(gazetteer(), "Constanța", StoryPlaces())
    assert place is not None and (place.country, place.feature) == ("RO", "city")


def _sentences(text: str) -> Any:
    import spacy
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def _split(text: str, name: str, dateline: str | None) -> tuple[Entity, list[Entity]]:
    """A body the model read over ``name`` in ``text``, and what splitting place lists makes of it."""
    from worker.core.extract.common.evidence import EvidenceMaker
    from worker.core.extract.places.lists import split_place_lists
    doc = _sentences(text)
    start = text.index(name)
    slug = name.lower().replace(" ", "-")
    body = Entity(entity_id=f"org:{slug}", label="ORG", name=name,
                  mentions=[EvidenceMaker(doc).chars(start, start + len(name))])
    story = StoryPlaces()
    story.dateline_country = dateline
    return body, split_place_lists([body], gazetteer(), story, EvidenceMaker(doc))


def test_a_list_of_towns_read_as_one_body_is_its_towns() -> None:
    _, out = _split("Roads between Abbotsford and Chilliwack were closed.", "Abbotsford and Chilliwack", "CA")
    assert sorted((e.label, e.name) for e in out) == [("GPE", "Abbotsford"), ("GPE", "Chilliwack")]


def test_a_list_with_a_member_the_story_cannot_place_stays_a_body() -> None:
    body, out = _split("Shares of Harlow and Wexcombe rose.", "Harlow and Wexcombe", None)
    assert out == [body]


def test_a_country_s_saint_may_be_abbreviated() -> None:
    assert country_of(gazetteer(), "St. Lucia") == "LC"


def test_a_village_of_a_few_hundred_people_is_found_where_the_story_is() -> None:
    story = StoryPlaces()
    story.dateline_country, story.dateline_admin1 = "US", "MO"
    place = resolve(gazetteer(), "Laddonia", story)
    assert place is not None and (place.country, place.feature) == ("US", "city")


def test_towns_linked_with_one_another_in_a_body_s_name_are_towns() -> None:
    _, out = _split("The highway links Kelowna with Kamloops and Vernon.", "Kelowna with Kamloops", "CA")
    assert sorted(e.name for e in out) == ["Kamloops", "Kelowna"]


def test_a_name_given_as_one_of_the_towns_such_as_is_in_a_place_context() -> None:
    from worker.core.extract.places.relabel import _place_context
    doc = _sentences("Coastal towns such as Kokopo have been cut off.")
    assert _place_context(doc, doc[4:5], [])
