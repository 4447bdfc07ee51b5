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


def test_reuters_reporting_by_tail_is_the_credit(facts_of: Run) -> None:
    body = "OSLO (Reuters) - Ferries were halted.\n\n(Reporting by Ola Berg in Oslo; Editing by Kim Li)"
    assert facts_of(body).story.credit == "Ola Berg"


def test_section_heads_are_short_lone_lines_not_sentences(facts_of: Run) -> None:
    body = ("ROME — The council met on Monday.\n\nBudget fight ahead\n\nThe vote is due.\n\n"
            "He left.\n\n“We are ready,” she said.")
    heads = [h.text for h in facts_of(body).story.section_heads]
    assert heads == ["Budget fight ahead"]


def test_word_count_leaves_out_punctuation(facts_of: Run) -> None:
    assert facts_of("Rain fell, and rivers rose.").story.word_count == 5
