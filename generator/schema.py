"""JSON Schemas of the content files, for editors' YAML plugins: errors and completions as
one types, with each setting's description.

Made from the same pydantic models that validate the content (``model_json_schema``), then
turned into JSON Schema draft-07, which YAML plugins read best: ``definitions`` instead of
``$defs``, and no keyword beside a ``$ref`` (draft-07 ignores them, so a description there
would be lost). ``python -m generator schema DIR`` writes one file a kind of content file;
the repository keeps them in schemas/, and each default YAML file names its schema in its
first line (:data:`MODELINE`). ``generator check`` stays the judge: the schemas cannot
express the checks across files (references, duplicate ids, contrast).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .models.forms import Journal, Plan
from .models.framework import Framework
from .models.guide import Guide
from .models.site import Home, Programme, ProgrammesIndex, Resources, Site

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
SCHEMA_FOLDER = "schemas"
MODELINE = "# yaml-language-server: $schema={path}"
"""The first line of each content file: where an editor's YAML plugin finds its schema."""

SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "site": Site,
    "home": Home,
    "journal": Journal,
    "plan": Plan,
    "guide": Guide,
    "resources": Resources,
    "programmes": ProgrammesIndex,
    "programme": Programme,
    "framework": Framework,
}
"""Each kind of content file (see :func:`schema_name`) and the model that validates it."""


def schema_file(kind: str) -> str:
    """The schema's file name, such as ``journal.schema.json``."""
    return f"{kind}.schema.json"


def schema_name(relative: Path) -> str:
    """The kind of a content file, from its path under the content or framework folder:
    ``journal.yml`` is a journal, ``programmes/alpha.yml`` a programme,
    ``scope-for-growth.yml`` (the framework folder's one file) the framework."""
    if relative.parent.name == "programmes":
        return "programme"
    if relative.stem in SCHEMA_MODELS:
        return relative.stem
    return "framework"


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The draft-07 JSON Schema of one content file."""
    schema = model.model_json_schema(ref_template="#/definitions/{model}")
    definitions = schema.pop("$defs", None)
    if definitions is not None:
        schema["definitions"] = definitions
    return {"$schema": DRAFT_07, **_draft_07(schema)}


def schema_text(model: type[BaseModel]) -> str:
    """The schema as it is written to its file: stable, readable, one trailing newline."""
    return json.dumps(json_schema(model), indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every content file's schema into ``folder``; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, model in SCHEMA_MODELS.items():
        path = folder / schema_file(kind)
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written


def _draft_07(node: Any) -> Any:
    """Keywords draft-07 reads: a ``$ref`` alone in its object (its siblings go beside an
    ``allOf``); no ``default`` for a whole object (its settings carry their own); keys that
    must be ids (``patternProperties``, such as initiatives' positions) and nothing else."""
    if isinstance(node, list):
        return [_draft_07(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: _draft_07(value) for key, value in node.items()}
    if isinstance(converted.get("default"), dict):
        del converted["default"]
    if "patternProperties" in converted:
        converted.setdefault("additionalProperties", False)
    if "$ref" in converted and len(converted) > 1:
        reference = converted.pop("$ref")
        converted = {"allOf": [{"$ref": reference}], **converted}
    return converted
