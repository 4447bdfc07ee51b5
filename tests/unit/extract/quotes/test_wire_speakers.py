"""'The agency said' after a body whose name has no such word (stories invented here)."""


def test_the_agency_is_the_body_that_reported_just_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The World Meteorological Organization said the summer had been the hottest on record. "
                     "The agency said glaciers in the Alps had lost a tenth of their ice.")
    speakers = [q.speaker for q in facts.quotes if q.kind == "indirect"]
    assert speakers == ["World Meteorological Organization"] * 2


def test_the_agency_named_with_its_word_still_wins(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Baltic Shipping Agency reopened the port on Friday. The Harbour Pilots Union "
                     "said the channel was clear. The agency said ferries would run again from Monday.")
    last = [q for q in facts.quotes if "ferries" in q.text]
    assert [q.speaker for q in last] == ["Baltic Shipping Agency"]


def test_a_nationalitys_ministry_speaks_as_written_however_it_is_parsed(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Envoys from both countries are due to meet on Friday in the Uzbek town of Termez to discuss "
                     "the water deal, the Uzbek foreign ministry said.")
    assert [q.speaker for q in facts.quotes] == ["Uzbek foreign ministry"]


def test_an_unnamed_sources_age_is_no_part_of_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("A lorry overturned on the ring road on Tuesday. The driver, 61, said his brakes had locked.")
    assert [q.speaker for q in facts.quotes if q.kind == "indirect"] == ["driver"]


def test_a_body_of_a_kind_keeps_its_nationality_and_its_country_as_written(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The talks will resume in January, the Uzbek foreign ministry said. Kazakhstan's foreign "
                     "ministry said the border would stay open.")
    assert [q.speaker for q in facts.quotes] == ["Uzbek foreign ministry", "Kazakhstan's foreign ministry"]


def test_a_body_speaking_by_its_acronym_is_the_body_named_in_full(facts_of) -> None:  # type: ignore[no-untyped-def]
    # ('FFWC' is a short form the model does not tag as a name on its own.)
    facts = facts_of("THIMPHU (Reuters) - The lake rose on Tuesday, the Flood Forecasting and Warning Centre "
                     "(FFWC) said.\n\nThe FFWC said water levels could start to fall by the weekend.")
    last = [q for q in facts.quotes if "weekend" in q.text]
    assert [(q.speaker, q.speaker_entity_id is not None) for q in last] == [("Flood Forecasting and Warning Centre", True)]
