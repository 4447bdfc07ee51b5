"""Scoring a story's summary against a hand-made expected file.

Matching rules (docs/extraction.md quotes this list):

* Text is compared normalised: lower case, curly quotes and apostrophes made plain, all
  punctuation removed, whitespace collapsed, a leading "the" dropped. "Russia’s" equals
  "Russia's"; "the U.N. Security Council" equals "U.N. Security Council".
* Names match when their normalised forms are equal, when either is an alias of the other
  (aliases come from the persons listed on both sides, e.g. "Trump" -> "Donald Trump"), when a
  one-word name is the other's surname, or when both are spellings of one place ("U.S." and
  "United States").
* dateline: the place. credit: equal, or one contains the other. section_heads: equal text.
* persons: the names match. Titles and affiliations given in the expected file earn partial
  credit: a matched person scores (1 + matching attributes) / (1 + attributes expected). A title
  matches when one's words contain the other's ("Interior Minister" ~ "Minister"); an
  affiliation matches like a name.
* organizations, places: the names match.
* quotes: same kind (direct or indirect), the speaker matches when the expected file names one,
  and the texts overlap: Dice coefficient of their word multisets at least 0.6.
* casualties: same category and the same count (the qualifier is not scored).
* time_expressions: the same normalised value (a range compares start and end; a day with
  TIMEX3's part of day, "2025-08-29TEV", counts as that day, since the expected files write
  "Friday evening" both ways; a decade or century with or without its placeholder X, "199X" ~
  "199", since they write "the 1990s" both ways too) and one text containing the other ("this week’s"
  ~ "this week").
* events: the same type, and at least half of the arguments the expected file gives (actor,
  participants, place, destination, when, attacker) agree; participants agree when any name
  matches.
* amounts: the same kind and value (to a millionth); the currency or unit when the expected
  file gives one; what a quantity counts when given, its words containing the other's ("vaccine
  doses" ~ "oral vaccine doses"). Amounts are scored only in stories whose expected file has an
  "amounts" list (an empty list says "none here"): older expected files were written without them.
* event codes (reported apart, not in the F1): of the matched events whose expected file gives a
  PLOVER type, the share whose predicted type is the same; of matched protests with a crowd size,
  the share with the same size (``code_score``).
* Each expected item is matched at most once, best-scoring pairs first. Per family:
  precision = credit / predicted, recall = credit / expected, F1 their harmonic mean; a family
  with nothing expected and nothing predicted scores 1.0. The micro-average pools credit and
  counts over every family and story.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from worker.core import code_score
from worker.core.code_score import CodeTally
from worker.core.geo_score import GeoTally, tally
from worker.core.matching import Names, Score, dice, match, normalize, same_time_value, value_key, words_contain
from worker.errors import WireEnrichError

FAMILIES = ("dateline", "section_heads", "credit", "persons", "organizations", "places",
            "quotes", "casualties", "time_expressions", "events", "amounts")
# Families scored only where the expected file lists them (they were added after most files).
_ANNOTATED_ONLY = frozenset({"amounts"})
_LIST_FAMILIES = frozenset(FAMILIES) - {"dateline", "credit"}
_QUOTE_OVERLAP = 0.6
_EVENT_ARGS = ("actor", "attacker", "participants", "place", "destination", "when")


class EvaluationError(WireEnrichError):
    """Evaluation could not run: a directory without stories, or an unreadable input."""


class ExpectedFileError(EvaluationError):
    """An expected file is missing or malformed; carries the path and what is wrong."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Report:
    stories: dict[str, dict[str, Score]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    geo: GeoTally = field(default_factory=GeoTally)
    codes: CodeTally = field(default_factory=CodeTally)

    @property
    def families(self) -> dict[str, Score]:
        totals = {fam: Score() for fam in FAMILIES}
        for scores in self.stories.values():
            for fam, score in scores.items():
                totals[fam].add(score)
        return totals

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.families.values():
            total.add(score)
        return total

    def as_dict(self) -> dict[str, Any]:
        """The ``eval --json`` shape."""
        return {
            "stories": {name: {f: s.as_dict() for f, s in scores.items()}
                        for name, scores in self.stories.items()},
            "families": {f: s.as_dict() for f, s in self.families.items()},
            "micro_f1": round(self.micro.f1, 4),
            "geocoding": self.geo.as_dict(),
            "event_codes": self.codes.as_dict(),
        }


def _family_scorers(names: Names) -> dict[str, Callable[[Any, Any], float]]:
    def name_of(item: Any) -> Any:
        return item.get("name") if isinstance(item, dict) else item

    def person(e: Any, p: Any) -> float:
        if not names.same(name_of(e), name_of(p)):
            return 0.0
        attrs = [k for k in ("title", "affiliation") if e.get(k)]
        good = sum(1 for k in attrs if p.get(k) and (
            words_contain(e[k], p[k]) if k == "title" else names.same(e[k], p[k])
            or words_contain(e[k], p[k])))
        return (1 + good) / (1 + len(attrs))

    def entity(e: Any, p: Any) -> float:
        aliases = e.get("aliases", []) if isinstance(e, dict) else []
        return float(any(names.same(n, name_of(p)) for n in [name_of(e), *aliases]))

    def quote(e: Any, p: Any) -> float:
        if e.get("kind", "direct") != p.get("kind", "direct"):
            return 0.0
        if e.get("speaker") and not names.same(e["speaker"], p.get("speaker")):
            return 0.0
        return 1.0 if dice(e.get("text"), p.get("text")) >= _QUOTE_OVERLAP else 0.0

    def casualty(e: Any, p: Any) -> float:
        return float(e.get("category") == p.get("category") and e.get("count") == p.get("count"))

    def timex(e: Any, p: Any) -> float:
        return float(same_time_value(e.get("value"), p.get("value")) and (
            normalize(e.get("text")) in normalize(p.get("text"))
            or normalize(p.get("text")) in normalize(e.get("text"))))

    def argument_agrees(key: str, e: Any, p: Any) -> bool:
        if key == "when":
            return value_key(e) == value_key(p)
        many_e = e if isinstance(e, list) else [e]
        many_p = p if isinstance(p, list) else [p]
        return any(names.same(a, b) or words_contain(a, b) for a in many_e for b in many_p)

    def event(e: Any, p: Any) -> float:
        if e.get("type") != p.get("type"):
            return 0.0
        given = [k for k in _EVENT_ARGS if e.get(k)]
        agree = sum(1 for k in given if p.get(k) and argument_agrees(k, e[k], p[k]))
        return 1.0 if not given or agree * 2 >= len(given) else 0.0

    def amount(e: Any, p: Any) -> float:
        if e.get("kind") != p.get("kind") or abs(float(e.get("value") or 0) - float(p.get("value") or 0)) > 1e-6:
            return 0.0
        if e.get("unit") and e["unit"] != p.get("unit"):
            return 0.0
        return 1.0 if not e.get("object") or words_contain(e["object"], p.get("object")) else 0.0

    return {
        "section_heads": lambda e, p: float(normalize(e) == normalize(p)),
        "persons": person, "organizations": entity, "places": entity, "quotes": quote,
        "casualties": casualty, "time_expressions": timex, "events": event, "amounts": amount,
    }


def score_story(predicted: dict[str, Any], expected: dict[str, Any]) -> dict[str, Score]:
    """Per-family scores of one story's summary against its expected dict."""
    names = Names(expected.get("persons") or [], predicted.get("persons") or [])
    scores: dict[str, Score] = {}
    exp_place = (expected.get("dateline") or {}).get("place")
    pred_place = (predicted.get("dateline") or {}).get("place")
    scores["dateline"] = match([exp_place] if exp_place else [], [pred_place] if pred_place else [],
                                lambda e, p: float(names.same(e, p)))
    exp_credit, pred_credit = expected.get("credit"), predicted.get("credit")
    scores["credit"] = match([exp_credit] if exp_credit else [],
                              [pred_credit] if pred_credit else [],
                              lambda e, p: float(words_contain(e, p)))
    # Files written before paraphrase counted as indirect speech keep it under "reported_speech".
    reported = [{**q, "kind": "indirect"} for q in expected.get("reported_speech") or []]
    expected = {**expected, "quotes": [*(expected.get("quotes") or []), *reported]}
    for fam, scorer in _family_scorers(names).items():
        if fam in _ANNOTATED_ONLY and fam not in expected:
            scores[fam] = Score()  # not annotated: neither credit nor blame
            continue
        scores[fam] = match(list(expected.get(fam) or []), list(predicted.get(fam) or []), scorer)
    return {fam: scores[fam] for fam in FAMILIES}


def code_tally(predicted: dict[str, Any], expected: dict[str, Any]) -> CodeTally:
    """PLOVER types and crowd sizes right on the events the events family matched."""
    names = Names(expected.get("persons") or [], predicted.get("persons") or [])
    return code_score.tally(list(expected.get("events") or []), list(predicted.get("events") or []),
                            _family_scorers(names)["events"])


def load_expected(path: Path) -> dict[str, Any]:
    """Read and check an expected file; raises ``ExpectedFileError`` saying what is wrong."""
    if not path.is_file():
        raise ExpectedFileError(path, "expected file is missing")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExpectedFileError(path, f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ExpectedFileError(path, "top level must be a JSON object")
    published = data.get("published_at")
    try:
        datetime.fromisoformat(str(published).replace("Z", "+00:00"))
    except ValueError as exc:
        raise ExpectedFileError(path, f"published_at must be an ISO 8601 time, got {published!r}"
                                ) from exc
    for fam in _LIST_FAMILIES:
        if fam in data and not isinstance(data[fam], list):
            raise ExpectedFileError(path, f"{fam!r} must be a list")
    if data.get("dateline") is not None and not isinstance(data["dateline"], dict):
        raise ExpectedFileError(path, "'dateline' must be an object with a 'place'")
    return data


def published_at(expected: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(expected["published_at"]).replace("Z", "+00:00"))


def evaluate_dir(path: Path, enrich: Callable[[Path, datetime], dict[str, Any]]) -> Report:
    """Score every ``NAME.txt`` that has a ``NAME.expected.json`` beside it.

    ``enrich(text_path, published_at)`` returns the story's summary (see ``summary.summarize``).
    """
    directory = Path(path)
    if not directory.is_dir():
        raise EvaluationError(f"{directory}: not a directory")
    report = Report()
    for text_path in sorted(directory.glob("*.txt")):
        expected_path = text_path.with_name(text_path.stem + ".expected.json")
        if not expected_path.exists():
            report.skipped.append(text_path.name)
            continue
        expected = load_expected(expected_path)
        summary = enrich(text_path, published_at(expected))
        report.stories[text_path.stem] = score_story(summary, expected)
        report.geo.add(tally(summary.get("places") or [], expected.get("places") or []))
        report.codes.add(code_tally(summary, expected))
    if not report.stories:
        raise EvaluationError(f"{directory}: no NAME.txt with a NAME.expected.json beside it")
    return report
