"""A bracketed short form after a long name the model cut in pieces, and a common word after the
dateline's dash before a title (stories invented here)."""


def _names(facts, label):  # type: ignore[no-untyped-def]
    return [e.name for e in facts.entities if e.label == label]


def test_a_long_name_cut_by_the_model_is_whole_when_its_short_form_confirms_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("GENEVA (Reuters) - The Office of the UN High Commissioner for Refugees (OHCR) said on "
                     "Friday that 40,000 people had crossed the border. OHCR spokesman Tomas Berg said "
                     "more camps were needed.")
    assert "Office of the UN High Commissioner for Refugees" in _names(facts, "ORG")
    berg = next(e for e in facts.entities if e.name == "Tomas Berg")
    assert [r.affiliation for r in berg.roles] == ["Office of the UN High Commissioner for Refugees"]


def test_capitalised_words_the_short_form_does_not_spell_stay_apart(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("NAIROBI (AP) — The Office of the President Kenya Drought Relief Fund (ODF) gave "
                     "grants on Friday.")
    assert "Office of the President Kenya Drought Relief Fund" not in _names(facts, "ORG")


def test_a_common_word_after_the_dateline_dash_is_no_body_before_a_title(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("HARARE, Zimbabwe (AP) — Opposition leader Tendai Moyo said on Friday he would "
                     "challenge the result.")
    assert "Opposition" not in _names(facts, "ORG")
    moyo = next(e for e in facts.entities if e.name == "Tendai Moyo")
    assert [r.title for r in moyo.roles] == ["Opposition leader"]


def test_a_quoted_nickname_is_no_organisation(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LIMA (AFP) - Among those detained was the gang's alleged leader, a 44-year-old known as "
                     "\"El Toro,\" the ministry said.")
    assert "El Toro" not in _names(facts, "ORG")
