"""Bodies named in full and then by a short form the story spells from inside the name's words, or
by a name they are 'known as' (stories invented here)."""

from worker.core.extract.entities.short_forms import spells


def _orgs(facts):  # type: ignore[no-untyped-def]
    return {e.name: e.aliases for e in facts.entities if e.label == "ORG"}


def test_a_short_form_may_take_a_letter_from_inside_a_word() -> None:
    assert spells("NXRC", "Nordic Exploration Research Council")
    assert spells("BEXA", "Baltic Export Agency")
    assert not spells("TBA", "Baltic Export Agency")     # starts elsewhere
    assert not spells("BE", "Baltic Export Agency")      # a word gives nothing
    assert not spells("WHO", "World Food Programme")


def test_a_spelled_short_form_is_an_alias_of_the_full_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Nordic Exploration Research Council said on Monday that its drill had reached "
                     "ice at 900 metres.\n\nThe NXRC said its geologists would publish the results in the spring.")
    assert _orgs(facts).get("Nordic Exploration Research Council") == ["NXRC"]
    assert [q.speaker for q in facts.quotes] == ["Nordic Exploration Research Council"] * 2


def test_a_body_known_as_a_name_after_its_kind_word_has_that_alias(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Pacific Fisheries Management Agency reopened the reef to boats on Tuesday. "
                     "The agency, known as Pafima, said stocks had recovered. "
                     "Pafima said it would count the fish again in March.")
    orgs = _orgs(facts)
    assert orgs.get("Pacific Fisheries Management Agency") == ["Pafima"]
    assert {q.speaker for q in facts.quotes} == {"Pacific Fisheries Management Agency"}


def test_a_nationalitys_lower_case_ministry_is_a_speaker_not_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The ambassador was recalled on Friday, the Chilean foreign ministry said.")
    assert not _orgs(facts)
    assert [q.speaker for q in facts.quotes] == ["Chilean foreign ministry"]


def test_a_nationalitys_air_force_is_still_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Two drones were shot down near the border overnight, the Polish air force said.")
    assert "Polish air force" in _orgs(facts)


def test_a_kind_of_body_opening_a_sentence_is_no_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Heavy seas battered the coast on Sunday. Coast guard crews pulled 12 sailors from a "
                     "trawler that sank off Mindoro.")
    assert not _orgs(facts)
    assert any(e.name == "Mindoro" and e.label == "GPE" for e in facts.entities)


def test_a_continental_company_form_and_a_unit_make_a_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Dutch brewer Hollvaart NV agreed to sell its plant on Tuesday. The Serious Fraud "
                     "Unit, which opened a case in 2024, said it would keep watching the deal.")
    orgs = _orgs(facts)
    assert "Hollvaart NV" in orgs and "Serious Fraud Unit" in orgs


def test_a_rugby_position_before_a_name_makes_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ireland won 20-17 on Saturday after flyhalf Cian Donnelly kicked a penalty in the last minute.")
    assert any(e.name == "Cian Donnelly" and e.label == "PERSON" for e in facts.entities)


def test_a_ship_and_a_stock_index_are_no_bodies(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The MV Sandar Queen ran aground on Friday. The benchmark KSX 30 index fell 2% "
                     "as Halvard Shipping shares slid.")
    orgs = _orgs(facts)
    assert not any("Sandar" in name or "KSX" in name for name in orgs)


def test_a_name_with_a_title_in_apposition_is_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of('"The water came in very fast," said Emre Dogan, a fisherman who swam ashore.')
    assert any(e.name == "Emre Dogan" and e.label == "PERSON" for e in facts.entities)
    assert not _orgs(facts)


def test_the_port_of_a_name_is_a_place(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The boat left the Tunisian port of Sfax on Tuesday with 80 people on board.")
    assert any(e.name == "Sfax" and e.label == "GPE" for e in facts.entities)
