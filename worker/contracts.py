"""The published JSON Schemas, generated from the pydantic models, and their compatibility rule.

Policy: consumers are tolerant readers, so published schemas allow unknown properties (the models
themselves stay strict with ``extra="forbid"``). A change is compatible when
- data written under the new schema validates under the old one, read as published (open), so
  old consumers keep working; and
- data written under the old one validates under the new one, read closed (exactly the fields
  the old models could write), so replays of old topics keep working. Reading this direction
  open would forbid every new optional field, since an open old schema allows any value there.
"""

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from worker.core.events import REVISION_TYPE, STORY_TYPE
from worker.core.families import FAMILIES
from worker.core.models.enriched import EnrichedStory
from worker.core.revisions.models import Revision

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def published_models() -> dict[str, type[BaseModel]]:
    """ce_type -> model of every event type we publish."""
    return {STORY_TYPE: EnrichedStory, REVISION_TYPE: Revision,
            **{f.ce_type: f.envelope for f in FAMILIES}}


def schema_for(ce_type: str, model: type[BaseModel]) -> dict[str, Any]:
    schema = _open(model.model_json_schema(mode="serialization"))
    return {"$schema": SCHEMA_DIALECT, "$id": f"{ce_type}.json", **schema}


def generate() -> dict[str, dict[str, Any]]:
    """File name -> schema, one file per event type with the version in the name."""
    return {f"{ce_type}.json": schema_for(ce_type, model) for ce_type, model in published_models().items()}


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def compatible(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Both directions must hold; see the module docstring."""
    import jsoncompat

    def text(schema: dict[str, Any], closed: bool) -> str:
        # The checker resolves references against $id; ours are all local ("#/$defs/...").
        body = {k: v for k, v in schema.items() if k not in ("$id", "$schema")}
        return json.dumps(_close(body) if closed else body)

    readable_by_old = jsoncompat.check_compat(text(old, False), text(new, False), "serializer")
    old_readable_by_new = jsoncompat.check_compat(text(old, True), text(new, True), "deserializer")
    return bool(readable_by_old and old_readable_by_new)


def drift(directory: Path) -> list[str]:
    """Names of schema files that differ from the models (missing, changed or stale)."""
    wanted = generate()
    present = {p.name for p in directory.glob("*.json")}
    changed = [name for name, schema in wanted.items()
               if name not in present or (directory / name).read_text() != render(schema)]
    stale = sorted(present - wanted.keys())
    return sorted(changed) + stale


def _close(node: Any) -> Any:
    if isinstance(node, dict):
        closed = {k: _close(v) for k, v in node.items()}
        if "properties" in closed:
            closed["additionalProperties"] = False
        return closed
    if isinstance(node, list):
        return [_close(v) for v in node]
    return node


def _open(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _open(v) for k, v in node.items() if not (k == "additionalProperties" and v is False)}
    if isinstance(node, list):
        return [_open(v) for v in node]
    return node
