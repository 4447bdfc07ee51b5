"""Scoring rules of worker.core.evaluate, on hand-written dicts (no model needed)."""

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from worker.core.evaluate import (
    FAMILIES, EvaluationError, ExpectedFileError, evaluate_dir, load_expected, normalize,
    score_story,
)

EXPECTED: dict[str, Any] = {
    "published_at": "2025-08-29T16:00:00Z",
    "dateline": {"place": "Kyiv", "raw": "KYIV"},
    "credit": "Agencies",
    "section_heads": ["Call for sanctions"],
    "persons": [{"name": "Donald Trump", "title": "President", "affiliation": "United States",
                 "aliases": ["Trump"]}],
    "organizations": ["U.N. Security Council"],
    "places": ["United States", "Kyiv"],
    "quotes": [{"text": "cast doubt on Russia’s desire for peace", "speaker": "Donald Trump",
                "kind": "direct"}],
    "casualties": [{"category": "killed", "count": 23, "qualifier": "at_least"}],
    "time_expressions": [{"text": "Sept. 22 to 29", "value": {"start": "2025-09-22", "end": "2025-09-29"}}],
    "events": [{"type": "travel", "actor": "Donald Trump", "destination": "China"}],
}


def test_normalize_ignores_case_punctuation_curly_quotes_and_articles() -> None:
    assert normalize("The U.N. Security Council’s") == normalize("u.n. security council's")


def test_a_perfect_summary_scores_one_everywhere() -> None:
    scores = score_story(EXPECTED, EXPECTED)
    assert set(scores) == set(FAMILIES)
    assert all(s.f1 == 1.0 for s in scores.values())


def test_aliases_surnames_and_place_spellings_match() -> None:
    predicted = {**EXPECTED, "places": ["U.S.", "Kyiv"],
                 "quotes": [{"text": "cast doubt on Russia's desire for peace", "speaker": "Trump",
                             "kind": "direct"}]}
    scores = score_story(predicted, EXPECTED)
    assert scores["places"].f1 == 1.0 and scores["quotes"].f1 == 1.0


def test_person_attributes_earn_partial_credit() -> None:
    predicted = {**EXPECTED, "persons": [{"name": "Donald Trump", "title": "President"}]}
    score = score_story(predicted, EXPECTED)["persons"]
    assert score.credit == pytest.approx(2 / 3)


def test_quote_needs_overlapping_text_and_the_same_kind() -> None:
    base = EXPECTED["quotes"][0]
    for wrong in ({**base, "kind": "indirect"}, {**base, "text": "something else entirely"},
                  {**base, "speaker": "Vladimir Putin"}):
        assert score_story({**EXPECTED, "quotes": [wrong]}, EXPECTED)["quotes"].credit == 0


def test_casualty_matches_on_category_and_count_not_qualifier() -> None:
    predicted = {**EXPECTED, "casualties": [{"category": "killed", "count": 23, "qualifier": "exact"}]}
    assert score_story(predicted, EXPECTED)["casualties"].f1 == 1.0


def test_a_repeated_fact_costs_precision() -> None:
    predicted = {**EXPECTED, "casualties": EXPECTED["casualties"] * 2}
    score = score_story(predicted, EXPECTED)["casualties"]
    assert (score.p, score.r) == (0.5, 1.0)


def test_nothing_expected_and_nothing_found_is_perfect() -> None:
    empty = {**EXPECTED, "casualties": []}
    assert score_story(empty, empty)["casualties"].f1 == 1.0


def _write(tmp_path: Path, name: str, expected: Any) -> None:
    (tmp_path / f"{name}.txt").write_text("KYIV — Text.", encoding="utf-8")
    text = expected if isinstance(expected, str) else json.dumps(expected)
    (tmp_path / f"{name}.expected.json").write_text(text, encoding="utf-8")


def test_evaluate_dir_scores_each_pair_and_reports_the_json_shape(tmp_path: Path) -> None:
    _write(tmp_path, "one", EXPECTED)
    (tmp_path / "lonely.txt").write_text("No expected file.", encoding="utf-8")
    seen: list[datetime] = []

    def enrich(path: Path, published_at: datetime) -> dict[str, Any]:
        seen.append(published_at)
        return EXPECTED

    report = evaluate_dir(tmp_path, enrich)
    out = report.as_dict()
    assert set(out) == {"stories", "families", "micro_f1", "geocoding", "event_codes"} and out["micro_f1"] == 1.0
    assert set(out["stories"]["one"]["quotes"]) == {"p", "r", "f1"}
    assert report.skipped == ["lonely.txt"] and seen[0].isoformat() == "2025-08-29T16:00:00+00:00"


@pytest.mark.parametrize("content, reason", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    (json.dumps({"published_at": "yesterday"}), "published_at"),
    (json.dumps({**EXPECTED, "quotes": "none"}), "'quotes' must be a list"),
])
def test_malformed_expected_file_is_a_named_error(tmp_path: Path, content: str, reason: str) -> None:
    _write(tmp_path, "bad", content)
    with pytest.raises(ExpectedFileError, match=reason):
        evaluate_dir(tmp_path, lambda path, published: EXPECTED)


def test_missing_expected_file_is_a_named_error(tmp_path: Path) -> None:
    with pytest.raises(ExpectedFileError, match="missing"):
        load_expected(tmp_path / "absent.expected.json")


def test_a_directory_without_pairs_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no NAME.txt"):
        evaluate_dir(tmp_path, lambda path, published: EXPECTED)


def test_geocoding_is_scored_only_for_places_given_as_objects() -> None:
    from worker.core.geo_score import tally

    expected = ["Lima", {"name": "Cusco", "country": "PE", "geonameid": 3941584, "lat": -13.52, "lon": -71.97},
                {"name": "Sacred Valley", "country": "PE"}]
    predicted = [{"name": "Lima", "country": "PE", "geonameid": 3936456, "lat": -12.04, "lon": -77.03},
                 {"name": "Cusco", "country": "PE", "geonameid": 999, "lat": -13.6, "lon": -71.9},
                 {"name": "Sacred Valley", "country": None, "geonameid": None, "lat": None, "lon": None}]
    t = tally(predicted, expected)
    assert (t.places, t.country, t.with_id, t.exact, t.with_point, t.near) == (2, 1, 1, 0, 1, 1)


def test_a_gold_place_is_found_under_its_alias_or_another_spelling_and_a_missing_one_counts_wrong() -> None:
    from worker.core.geo_score import tally

    expected = [{"name": "Vermont", "country": "US", "aliases": ["Vt."]},
                {"name": "Britain", "country": "GB"},
                {"name": "Lake Malawi", "country": "MW"}]
    predicted = [{"name": "Vt.", "country": "US", "geonameid": 5242283, "lat": None, "lon": None},
                 {"name": "United Kingdom", "country": "GB", "geonameid": 2635167, "lat": 54.0, "lon": -2.0}]
    t = tally(predicted, expected)
    assert (t.places, t.country) == (3, 2)  # the lake never found: wrong, not left out
    assert t.as_dict()["geonameid_of_all"] == 0.0  # no gold id here: none counts as exact


def test_two_gold_places_of_one_name_pair_with_two_predicted_ones_one_to_one() -> None:
    from worker.core.geo_score import tally

    expected = [{"name": "Dover", "country": "US", "geonameid": 4142290},
                {"name": "Dover", "country": "GB", "geonameid": 2651048}]
    one = [{"name": "Dover", "country": "US", "geonameid": 4142290, "lat": None, "lon": None}]
    two = one + [{"name": "Dover", "country": "GB", "geonameid": 2651048, "lat": None, "lon": None}]
    assert (tally(one, expected).country, tally(one, expected).exact) == (1, 1)   # one reading for both
    assert (tally(two, expected).country, tally(two, expected).exact) == (2, 2)


def test_a_leading_indefinite_article_is_no_part_of_a_name() -> None:
    assert normalize("a health worker") == normalize("Health worker") == "health worker"
    assert normalize("An Garda spokesman") == "garda spokesman"


def test_amounts_match_on_kind_value_unit_and_counted_object() -> None:
    expected = {**EXPECTED, "amounts": [
        {"kind": "money", "value": 1_250_000_000, "unit": "USD"},
        {"kind": "quantity", "value": 20_000, "object": "soldiers"},
        {"kind": "percent", "value": 2, "unit": "percent"},
    ]}
    predicted = {"amounts": [
        {"kind": "money", "value": 1_250_000_000.0, "unit": "EUR"},  # wrong currency
        {"kind": "quantity", "value": 20_000.0, "object": "combat soldiers"},
        {"kind": "percent", "value": 2.0, "unit": "percent"},
        {"kind": "quantity", "value": 1987.0, "object": "trucks"},  # not in the gold
    ]}
    score = score_story(predicted, expected)["amounts"]
    assert (score.credit, score.predicted, score.expected) == (2, 4, 3)


def test_amounts_are_not_scored_where_the_expected_file_has_no_amounts_list() -> None:
    predicted = {"amounts": [{"kind": "percent", "value": 2.0, "unit": "percent"}]}
    unannotated = score_story(predicted, EXPECTED)["amounts"]
    assert (unannotated.predicted, unannotated.expected) == (0, 0)
    none_here = score_story(predicted, {**EXPECTED, "amounts": []})["amounts"]
    assert (none_here.predicted, none_here.expected, none_here.f1) == (1, 0, 0.0)


def test_plover_accuracy_counts_only_matched_events_whose_gold_gives_a_type() -> None:
    from worker.core.evaluate import code_tally

    gold = {**EXPECTED, "events": [
        {"type": "sanction", "actor": "Canada", "plover": "SANCTION"},
        {"type": "aid", "actor": "Norway", "plover": "AID"},
        {"type": "disaster", "place": "Kyiv", "plover": None},
        {"type": "meeting", "participants": ["Donald Trump"]},          # no type given: not counted
        {"type": "protest", "place": "Lviv", "plover": "PROTEST"},      # never found: recall's business
    ]}
    predicted = {**EXPECTED, "events": [
        {"type": "sanction", "actor": "Canada", "plover": "CONCEDE"},   # matched, coded wrong
        {"type": "aid", "actor": "Norway", "plover": "AID"},
        {"type": "disaster", "place": "Kyiv"},                          # no code asked, none given
        {"type": "meeting", "participants": ["Trump"], "plover": "CONSULT"},
    ]}
    out = code_tally(predicted, gold).as_dict()
    assert out["matched_with_plover"] == 3 and out["plover_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert out["matched_with_size"] == 0 and out["size_accuracy"] is None


def test_crowd_size_is_checked_on_matched_protests_and_totals_add_up(tmp_path: Path) -> None:
    gold = {**EXPECTED, "events": [
        {"type": "protest", "place": "Kyiv", "size": 4000, "plover": "PROTEST"},
        {"type": "protest", "place": "Odesa", "size": 900, "plover": "PROTEST"},
    ]}
    predicted = {**EXPECTED, "events": [
        {"type": "protest", "place": "Kyiv", "size": 4000, "plover": "PROTEST"},
        {"type": "protest", "place": "Odesa", "plover": "PROTEST"},
    ]}
    _write(tmp_path, "one", gold)
    _write(tmp_path, "two", gold)
    codes = evaluate_dir(tmp_path, lambda path, published: predicted).as_dict()["event_codes"]
    assert codes == {"matched_with_plover": 4, "plover_accuracy": 1.0,
                     "matched_with_size": 4, "size_accuracy": 0.5}
