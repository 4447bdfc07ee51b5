"""schemas/ is generated from the models; drift fails, and the compatibility rule has teeth."""

import copy
from pathlib import Path

import jsonschema
import orjson

from worker.contracts import compatible, drift, generate
from worker.core.events import REVISION_TYPE, STORY_TYPE
from worker.core.families import FAMILIES

SCHEMAS = Path(__file__).resolve().parents[3] / "schemas"


def test_committed_schema_files_match_the_models() -> None:
    assert drift(SCHEMAS) == [], "run `wire-enrich schemas` and commit schemas/"


def test_one_versioned_file_per_published_event_type() -> None:
    names = set(generate())
    assert names == {f"{t}.json" for t in [STORY_TYPE, REVISION_TYPE, *(f.ce_type for f in FAMILIES)]}
    assert all(name.endswith(".v1.json") for name in names)


def test_every_schema_is_valid_json_schema_2020_12() -> None:
    for schema in generate().values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_identical_schemas_are_compatible() -> None:
    for schema in generate().values():
        assert compatible(schema, copy.deepcopy(schema))


def test_new_required_field_is_a_breaking_change() -> None:
    old = generate()[f"{FAMILIES[0].ce_type}.json"]
    new = copy.deepcopy(old)
    new["properties"]["severity"] = {"type": "integer"}
    new["required"] = [*new["required"], "severity"]
    assert not compatible(old, new)


def test_a_new_optional_field_is_compatible() -> None:
    old = generate()[f"{FAMILIES[0].ce_type}.json"]
    new = copy.deepcopy(old)
    new["properties"]["severity"] = {"type": "integer", "default": 0}
    assert compatible(old, new)


def test_changing_a_field_type_is_a_breaking_change() -> None:
    old = generate()[f"{STORY_TYPE}.json"]
    new = copy.deepcopy(old)
    new["properties"]["version"] = {"type": "string"}
    assert not compatible(old, new)


def test_a_real_enriched_story_validates_against_its_schema() -> None:
    from tests.unit.core.test_event_records import enriched

    schema = generate()[f"{STORY_TYPE}.json"]
    jsonschema.validate(orjson.loads(enriched().model_dump_json()), schema)
