"""The pipeline reproduces every recorded output of the repository's own stories, and the
extractor version moves whenever those outputs do.

Re-record (after bumping ``EXTRACTOR_VERSION`` in ``worker/core/extract/version.py``):
``PYTHONPATH=$PWD .venv/bin/python -m tests.support.golden --update``.
"""

import difflib
import os

import pytest
from spacy.language import Language

from tests.support import golden
from worker.core.extract import EXTRACTOR_VERSION
from worker.core.extract.version import OUTPUTS_FINGERPRINT
from worker.core.nlp import load


@pytest.fixture(scope="module")
def rendered() -> str:
    nlp: Language = load(os.environ.get("WIRE_MODEL", golden.DEFAULT_MODEL))
    return golden.render(nlp)


def test_every_output_record_matches_the_golden_file_byte_for_byte(rendered: str) -> None:
    expected = golden.GOLDEN_FILE.read_text()
    if rendered != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), rendered.splitlines(True),
                                                 "recorded", "now", n=2))[:80])
        pytest.fail(f"The outputs differ from {golden.GOLDEN_FILE.name}. If the change is intended, bump "
                    f"EXTRACTOR_VERSION and re-record with `{golden.UPDATE_COMMAND}`.\n{diff}")


def test_outputs_fingerprint_is_recorded_beside_the_extractor_version(rendered: str) -> None:
    now = golden.fingerprint(rendered)
    assert now == OUTPUTS_FINGERPRINT, (
        f"The extractors' outputs changed (fingerprint {now}, recorded {OUTPUTS_FINGERPRINT} for "
        f"{EXTRACTOR_VERSION}). Consumers rely on the version to tell outputs apart: bump EXTRACTOR_VERSION "
        f"in worker/core/extract/version.py to the next wire.extract.vN, then run `{golden.UPDATE_COMMAND}` "
        "to record the new golden file and fingerprint.")


def test_golden_file_was_recorded_under_the_current_version() -> None:
    assert golden.recorded_version_of_golden() == EXTRACTOR_VERSION, (
        f"Re-record the golden outputs under {EXTRACTOR_VERSION}: `{golden.UPDATE_COMMAND}`.")
