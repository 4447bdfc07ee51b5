"""Settings: one place, WIRE_ prefix, every one documented."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from worker.config import Settings

README = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_every_setting_has_a_description_and_a_readme_row() -> None:
    text = README.read_text()
    for name, field in Settings.model_fields.items():
        assert field.description, f"{name} has no description"
        assert f"`WIRE_{name.upper()}`" in text, f"WIRE_{name.upper()} is missing from docs/configuration.md"


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRE_BATCH_SIZE", "7")
    monkeypatch.setenv("WIRE_RAW_TOPIC", "in")
    s = Settings()
    assert (s.batch_size, s.raw_topic) == (7, "in")


def test_invalid_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRE_BATCH_SIZE", "0")
    with pytest.raises(ValidationError):
        Settings()


def test_password_is_masked_when_dumped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRE_SASL_PASSWORD", "s3cret-value")
    s = Settings()
    assert "s3cret-value" not in repr(s) and "s3cret-value" not in str(s.model_dump())
