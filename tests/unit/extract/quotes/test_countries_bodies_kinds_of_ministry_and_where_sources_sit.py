"""A country's ministry speaks with the country's name, 'the agriculture ministry' is not the
health ministry named before, 'the company' is the firm the story keeps naming, a clause saying
which union is no part of who speaks, and a name hung on its title speaks (stories invented here)."""


def _speakers(facts):  # type: ignore[no-untyped-def]
    return [q.speaker for q in facts.quotes]


def test_a_country_s_ministry_speaks_with_the_country_s_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("VILNIUS, Lithuania (Reuters) - Lithuania expelled a Belarusian diplomat on Monday. "
                     "Belarus's foreign ministry said Minsk would respond in kind.")
    assert "Belarus's foreign ministry" in _speakers(facts)


def test_the_agriculture_ministry_is_not_the_health_ministry_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("KAMPALA, Uganda (Reuters) - The Ministry of Health said on Monday that two herders had "
                     "died of anthrax. The agriculture ministry said it would vaccinate 90,000 cattle.")
    assert "Ministry of Health" not in _speakers(facts)[1:]


def test_the_company_is_the_firm_the_story_keeps_naming(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("AARHUS, Denmark (Reuters) - Nordvind Turbiner posted a third-quarter profit on Thursday. "
                     "Nordvind Turbiner said margins had recovered as prices rose. Economists at the European "
                     "Central Bank said on Wednesday that energy prices were easing. The company also said it "
                     "had won an order for 40 turbines.")
    assert _speakers(facts)[-1] == "Nordvind Turbiner"


def test_a_clause_saying_which_union_is_no_part_of_the_speaker(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("LAHORE, Pakistan (AFP) - Police put the crowd at 4,000, while the union that called the "
                     "march said more than 10,000 people had joined.")
    assert _speakers(facts) == ["union"]


def test_a_name_the_parser_hangs_on_its_title_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("MWANZA, Tanzania (AFP) - \"The water came in before we even sailed, and the crew kept "
                     "loading more sacks,\" said survivor Rehema Mushi, 41, who clung to a floating crate with "
                     "her son.")
    assert _speakers(facts) == ["Rehema Mushi"]

