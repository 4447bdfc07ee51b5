"""Quotes: direct and reported speech, speakers and cue verbs."""

from collections.abc import Callable

import pytest

from worker.core.models.enriched import Facts
from worker.core.models.quotes import Quote
from tests.support.dev_stories import require_dev_story
from tests.unit.conftest import DEV_DIR

Run = Callable[..., Facts]


def _find(facts: Facts, fragment: str, kind: str = "direct") -> Quote:
    found = [q for q in facts.quotes if fragment in q.text and q.kind == kind]
    assert found, f"no {kind} quote with {fragment!r} in {[q.text for q in facts.quotes]}"
    return found[0]


@pytest.fixture(scope="module")
def dev(facts_of: Run) -> Facts:
    return facts_of(require_dev_story().read_text(encoding="utf-8"))


def test_quote_split_around_a_said_clause_keeps_one_speaker(facts_of: Run) -> None:
    facts = facts_of("BERLIN — Mayor Anna Weiss opened the bridge on Monday.\n\n"
                     "“It took ten years,” Weiss said. “It was worth every day.”")
    assert _find(facts, "It took ten years").speaker == "Anna Weiss"
    assert _find(facts, "worth every day").speaker == "Anna Weiss"


def test_straight_quotes_are_found_like_curly_ones(facts_of: Run) -> None:
    facts = facts_of('Coach Tim Ross praised his team. "We never gave up," Ross said.')
    quote = _find(facts, "We never gave up")
    assert quote.speaker == "Tim Ross" and quote.cue == "say"


def test_closing_comma_inside_the_marks_is_not_part_of_the_text(facts_of: Run) -> None:
    facts = facts_of('"We never gave up," coach Tim Ross said.')
    assert _find(facts, "We never gave up").text == "We never gave up"


def test_pronoun_speaker_resolves_to_the_nearest_person(facts_of: Run) -> None:
    facts = facts_of("Senator Mary Holt visited the plant on Friday.\n\n"
                     "She said the workers deserved “a fair deal.”")
    assert _find(facts, "a fair deal").speaker == "Mary Holt"


def test_partial_quote_takes_the_governing_verbs_subject(dev: Facts) -> None:
    quote = _find(dev, "artificial")
    assert quote.speaker == "Volodymyr Zelenskyy" and quote.text == "artificial"


def test_nominal_speaker_resolves_to_the_nearest_organisation(dev: Facts) -> None:
    assert _find(dev, "Putin knows").speaker == "Atlantic Council"


def test_reported_speech_with_a_that_clause(dev: Facts) -> None:
    quote = _find(dev, "Putin does not rule out a meeting", kind="indirect")
    assert quote.speaker == "Dmitry Peskov" and quote.cue == "reiterate"


def test_trailing_said_clause_is_reported_speech(facts_of: Run) -> None:
    facts = facts_of("The port will stay shut until Monday, the operator said on Saturday.")
    quote = _find(facts, "The port will stay shut until Monday", kind="indirect")
    assert quote.speaker == "operator"


def test_a_clause_that_is_mostly_a_direct_quote_is_not_counted_twice(dev: Facts) -> None:
    assert not [q for q in dev.quotes if q.kind == "indirect" and "cast doubt" in q.text]


def test_reporting_nested_in_reported_speech_is_not_a_second_quote(dev: Facts) -> None:
    assert not [q for q in dev.quotes if q.kind == "indirect" and q.speaker == "Moscow"]


def test_speaker_ids_point_at_consolidated_entities(dev: Facts) -> None:
    ids = {e.entity_id for e in dev.entities}
    assert all(q.speaker_entity_id in ids for q in dev.quotes if q.speaker_entity_id)


def test_bare_paraphrase_is_reported_not_a_quotation(facts_of: Run) -> None:
    from worker.core.extract.quotes.reader import reader_kind

    facts = facts_of("Interior Minister Ana Ruiz said 17 people were rescued from the rubble.")
    quote = _find(facts, "17 people were rescued", kind="indirect")
    assert reader_kind(quote) == "reported"


def test_reported_clause_carrying_quoted_words_stays_indirect(dev: Facts) -> None:
    from worker.core.extract.quotes.reader import reader_kind

    quote = _find(dev, "the priority was to", kind="indirect")
    assert reader_kind(quote) == "indirect" and quote.speaker == "Andriy Yermak"


def test_summary_lists_every_attributed_reported_clause_as_indirect(facts_of: Run) -> None:
    from worker.core.summary import summarize

    facts = facts_of("LIMA (AP) — The bridge reopened on Monday, officials said. Mayor Rosa Quispe "
                     "said 17 people were rescued. \"We were lucky,\" she said.")
    quotes = {(q["kind"], q["speaker"]) for q in summarize(facts)["quotes"]}
    assert quotes == {("indirect", "officials"), ("indirect", "Rosa Quispe"), ("direct", "Rosa Quispe")}


def test_a_quote_its_said_clause_interrupts_is_one_quote(facts_of: Run) -> None:
    body = "“The river rose at night,” said Tomas Vega, a farmer, “and took the barn.” “We left,” he said."
    direct = [q for q in facts_of(body).quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["The river rose at night, and took the barn", "We left"]
    assert {q.speaker for q in direct} == {"Tomas Vega"}
    assert direct[0].evidence.text.startswith("The river rose") and direct[0].evidence.text.endswith("the barn")


def test_an_unnamed_source_is_the_speaker_as_written(facts_of: Run) -> None:
    facts = facts_of("Governor Ana Diaz will visit the port on Friday, her office said. "
                     "Two ferries sank near the harbour, the coast guard said.")
    assert {q.speaker for q in facts.quotes} == {"her office", "coast guard"}


def test_reported_clause_before_the_verb_leaves_out_the_dateline(facts_of: Run) -> None:
    facts = facts_of("ODESA, Ukraine — Drones struck two power plants overnight, officials said.")
    quote = _find(facts, "Drones struck", kind="indirect")
    assert quote.text.startswith("Drones struck") and "ODESA" not in quote.evidence.text


def test_quote_inside_an_answered_clause_belongs_to_who_answered(facts_of: Run) -> None:
    facts = facts_of("President Ratna Sulistyo answered that Jakarta wanted "
                     "“a partnership of equals,” not purchases.")
    assert _find(facts, "a partnership of equals").speaker == "Ratna Sulistyo"


def _speakers(facts: Facts) -> list[str | None]:
    return [q.speaker for q in facts.quotes]


def test_trailing_police_said_is_not_the_body_named_just_before(facts_of: Run) -> None:
    facts = facts_of("The coach driver spoke to the broadcaster Radio Andina.\n\n"
                     "By noon the toll had risen to 12, police said, after two more bodies were found.")
    assert _speakers(facts) == ["police"]


def test_nominal_speaker_is_the_body_whose_name_carries_the_word(facts_of: Run) -> None:
    facts = facts_of("The Norwegian Space Agency hired the rocket maker Skyward Dynamics Inc. for the "
                     "flight. Engineers will test the probe next week, the agency said.")
    assert _speakers(facts) == ["Norwegian Space Agency"]


def test_the_noun_again_refers_back_to_its_fuller_unnamed_naming(facts_of: Run) -> None:
    facts = facts_of("The outbreak has killed 40 people, the health ministry said on Monday.\n\n"
                     "The ministry said 900 cases had been recorded.")
    assert _speakers(facts) == ["health ministry", "health ministry"]


def test_name_in_apposition_is_the_speaker_rather_than_a_nationality(facts_of: Run) -> None:
    facts = facts_of("Her Azerbaijani counterpart, Elnur Mammadli, said the exchange was fair.")
    assert _speakers(facts) == ["Elnur Mammadli"]


def test_pronoun_finds_a_speaker_named_in_apposition_to_a_subject(facts_of: Run) -> None:
    facts = facts_of("Fire Chief Dana Ruiz spoke first. A waiter, Omar Haddad, said he hid behind "
                     "the bar. \"I just ran,\" he said.")
    assert _speakers(facts)[-1] == "Omar Haddad"
