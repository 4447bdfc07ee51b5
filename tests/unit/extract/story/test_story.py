"""Story facts: dateline, credit, section heads, word count."""

from collections.abc import Callable

from worker.core.models.enriched import Facts

Run = Callable[..., Facts]


def test_ap_dateline_gives_place_raw_and_agency(facts_of: Run) -> None:
    story = facts_of("WASHINGTON (AP) — The Senate passed the bill on Tuesday.").story
    assert story.dateline is not None
    assert (story.dateline.place, story.dateline.raw, story.dateline.agency) == (
        "Washington", "WASHINGTON (AP)", "AP")


def test_reuters_dateline_with_plain_hyphen(facts_of: Run) -> None:
    story = facts_of("LONDON (Reuters) - Train drivers began a strike on Monday.").story
    assert story.dateline is not None
    assert (story.dateline.place, story.dateline.agency) == ("London", "Reuters")


def test_em_dash_dateline_is_canonicalised_to_the_body_spelling(facts_of: Run) -> None:
    story = facts_of("NEW YORK — Officials in New York opened a shelter.").story
    assert story.dateline is not None and story.dateline.place == "New York"


def test_dateline_region_is_not_part_of_the_place(facts_of: Run) -> None:
    story = facts_of("SANTIAGO, Chile (AP) — Voters went to the polls on Sunday.").story
    assert story.dateline is not None and story.dateline.place == "Santiago"


def test_dateline_evidence_slices_the_body(facts_of: Run) -> None:
    body = "KYIV — The mayor spoke on Friday."
    ev = facts_of(body).story.dateline.evidence
    assert ev is not None and body[ev.start:ev.end] == "KYIV"


def test_located_metadata_is_the_dateline_when_the_body_has_none(facts_of: Run) -> None:
    story = facts_of("The mayor spoke on Friday.", located="Lviv").story
    assert story.dateline is not None and story.dateline.place == "Lviv"


def test_a_sentence_opening_is_not_a_dateline(facts_of: Run) -> None:
    assert facts_of("The mayor - a former judge - spoke on Friday.").story.dateline is None


def test_trailing_agency_credit(facts_of: Run) -> None:
    story = facts_of("PARIS — The talks ended, officials said. — Agencies").story
    assert story.credit == "Agencies"


def test_by_line_credit(facts_of: Run) -> None:
    story = facts_of("By Jane Roe\n\nPARIS — The talks ended on Friday.").story
    assert story.credit == "Jane Roe"
    assert story.dateline is not None and story.dateline.place == "Paris"


def test_a_reporting_by_tail_is_not_a_by_line_so_the_agency_is_the_credit(facts_of: Run) -> None:
    body = "OSLO (Reuters) - Ferries were halted.\n\n(Reporting by Ola Berg in Oslo; Editing by Kim Li)"
    story = facts_of(body).story
    assert (story.credit, story.byline, story.provider) == ("Reuters", None, "Reuters")
    assert story.section_heads == []


def test_a_reuters_dateline_carrying_the_date_keeps_its_place_and_agency(facts_of: Run) -> None:
    story = facts_of("NEW YORK, May 18 (Reuters) - Oil prices slipped on Monday.").story
    assert story.dateline is not None
    assert (story.dateline.place, story.dateline.agency) == ("New York", "Reuters")
    assert story.dateline.raw == "NEW YORK, May 18 (Reuters)"


def test_an_afp_dateline_with_date_and_year_is_read_whole(facts_of: Run) -> None:
    story = facts_of("LYON, France, Sept. 3, 2026 (AFP) - Firefighters contained the blaze.").story
    assert story.dateline is not None and story.dateline.place == "Lyon"
    assert story.provider == "AFP" and story.credit == "AFP"


def test_the_by_line_author_is_the_credit_and_the_dateline_agency_the_provider(facts_of: Run) -> None:
    story = facts_of("By Marta Quill\n\nDENVER (AP) — The jury returned on Thursday.").story
    assert (story.credit, story.byline, story.provider) == ("Marta Quill", "Marta Quill", "AP")


def test_a_headline_line_above_the_by_line_and_dateline_is_the_headline(facts_of: Run) -> None:
    body = ("Storm cuts power to thousands on the coast\n\nBy Tomas Vire\n\n"
            "HALIFAX, Nova Scotia (AP) — Winds toppled lines across the province on Friday.")
    story = facts_of(body).story
    assert story.dateline is not None and story.dateline.place == "Halifax"
    assert (story.headline, story.credit) == ("Storm cuts power to thousands on the coast", "Tomas Vire")
    assert story.section_heads == []


def test_a_headline_and_standfirst_before_a_reuters_dateline_leave_the_dateline_found(facts_of: Run) -> None:
    body = ("Copper slides\n\nTraders fear weaker demand from builders\n\n"
            "SANTIAGO, March 3 (Reuters) - Copper prices fell for a third day.")
    story = facts_of(body).story
    assert story.dateline is not None and (story.dateline.place, story.dateline.agency) == ("Santiago", "Reuters")
    assert story.headline == "Copper slides"


def test_a_short_opening_line_without_a_dateline_after_it_is_not_a_headline(facts_of: Run) -> None:
    story = facts_of("Rain at last\n\nFarmers in the valley welcomed the first rain in months.").story
    assert story.headline is None and story.dateline is None


def test_a_closing_agencies_credit_is_the_provider(facts_of: Run) -> None:
    story = facts_of("PARIS — The talks ended, officials said. — Agencies").story
    assert (story.credit, story.byline, story.provider) == ("Agencies", None, "Agencies")


def test_section_heads_are_short_lone_lines_not_sentences(facts_of: Run) -> None:
    body = ("ROME — The council met on Monday.\n\nBudget fight ahead\n\nThe vote is due.\n\n"
            "He left.\n\n“We are ready,” she said.")
    heads = [h.text for h in facts_of(body).story.section_heads]
    assert heads == ["Budget fight ahead"]


def test_a_quoted_phrase_on_a_line_of_its_own_is_a_sub_head(facts_of: Run) -> None:
    body = ("ROME — The council met on Monday.\n\n'Not one more cut'\n\nThe vote is due.\n\n"
            "“We are ready,” she said.\n\n‘Enough is enough,’ he said.")
    heads = [h.text for h in facts_of(body).story.section_heads]
    assert heads == ["'Not one more cut'"]


def test_a_mixed_case_dateline_place_with_lower_case_joiners_is_read_whole(facts_of: Run) -> None:
    story = facts_of("Rio de Janeiro (AFP) - Floods closed the port on Monday.").story
    assert story.dateline is not None and story.dateline.place == "Rio de Janeiro" and story.credit == "AFP"


def test_word_count_leaves_out_punctuation(facts_of: Run) -> None:
    assert facts_of("Rain fell, and rivers rose.").story.word_count == 5


def test_filing_date_in_a_dateline_is_neither_a_place_nor_a_time(facts_of: Run) -> None:
    facts = facts_of("HAMBURG, June 9 (Reuters) - A shipping line cut its forecast on Tuesday.")
    assert facts.story.dateline is not None and facts.story.dateline.place == "Hamburg"
    assert [t.text for t in facts.time_expressions] == ["Tuesday"]
    assert {e.name for e in facts.entities if e.label in ("GPE", "LOC")} == {"Hamburg"}


def test_dateline_with_region_and_filing_date_keeps_the_region_as_a_place(facts_of: Run) -> None:
    facts = facts_of("LYON, France, Oct. 4 (AFP) - Bakers went on strike on Monday.")
    places = {e.name for e in facts.entities if e.label in ("GPE", "LOC")}
    assert places == {"Lyon", "France"}
    assert all("Oct" not in t.text for t in facts.time_expressions)


def test_an_upper_case_dateline_keeps_its_joiners_lower_case_after_the_first_word(facts_of: Run) -> None:
    assert facts_of("DAR ES SALAAM (Reuters) - Rains closed roads.").story.dateline.place == "Dar es Salaam"  # type: ignore[union-attr]
    assert facts_of("EL PASO, Texas (AP) — Rains closed roads.").story.dateline.place == "El Paso"  # type: ignore[union-attr]
