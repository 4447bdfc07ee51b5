"""Bodies the model cut at a joiner or a plural owner, initials that must open the words they
shorten, and a place followed by 'whose' (stories invented here)."""

from worker.core.extract.entities.short_forms import spells


def _names(facts, label):  # type: ignore[no-untyped-def]
    return [e.name for e in facts.entities if e.label == label]


def test_a_body_s_name_never_ends_in_of(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MUMBAI (Reuters) - The carmaker said in a filing to the National Stock Exchange of India "
                     "that profit fell 12%.")
    assert "National Stock Exchange of India" in _names(facts, "ORG")
    assert not any(n.endswith(" of") for n in _names(facts, "ORG"))


def test_initials_take_the_first_letter_of_the_last_word_they_shorten() -> None:
    assert spells("JAXA", "Japan Aerospace Exploration Agency")
    assert spells("UNHCR", "United Nations High Commissioner for Refugees")
    assert not spells("FBI", "Federal Bureau of Prisons")


def test_the_fbi_is_not_the_federal_bureau_of_prisons(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BOISE, Idaho (AP) — The FBI said the scheme cost investors $4 million. The judge ordered "
                     "the banker to report to the Federal Bureau of Prisons by March 2.")
    assert [q.speaker for q in facts.quotes if "scheme" in q.text] == ["FBI"]


def test_a_country_followed_by_whose_stays_a_place_and_apart_from_a_state_named_like_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAS CRUCES, N.M. (AP) — The New Mexico water office said on Monday that canals would be "
                     "cleared. Mexico, whose farmers use the same canals, has offered to help, the office said.")
    places = _names(facts, "GPE")
    assert "Mexico" in places and "New Mexico" in places
    assert _names(facts, "PERSON") == []
