"""JSON Schemas for editors' YAML plugins: committed in schemas/, made from the models, named
in the first line of every default YAML file, and agreeing with the content they describe."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from generator.naming import ID_PATTERN
from generator.schema import DRAFT_07, SCHEMA_MODELS, schema_file, schema_name
from generator.source import read_yaml

from .support.sites import FIXTURE_TOOLKIT, REPO, run_generator

SCHEMAS = REPO / "schemas"
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def content_files(root: Path) -> list[Path]:
    """The YAML files of a content set: content/*.yml, its programmes, the framework."""
    return sorted(
        [
            *(root / "content").glob("*.yml"),
            *(root / "content" / "programmes").glob("*.yml"),
            *(root / "framework").glob("*.yml"),
        ]
    )


DEFAULT_FILES = content_files(REPO)
FIXTURE_FILES = content_files(FIXTURE_TOOLKIT)
ALL_FILES = DEFAULT_FILES + FIXTURE_FILES


def kind_of(path: Path) -> str:
    folder = path.parent if path.parent.name != "programmes" else path.parent.parent
    return schema_name(path.relative_to(folder))


def schema(kind: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / schema_file(kind)).read_text("utf-8"))
    return loaded


def shown(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def test_the_committed_schemas_are_the_ones_the_models_make(tmp_path: Path) -> None:
    """Regenerate with `python -m generator schema schemas` after changing a model."""
    result = run_generator("schema", str(tmp_path))
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout == f"Wrote {len(SCHEMA_MODELS)} JSON Schemas to {tmp_path}.\n"
    made = {path.name: path.read_text("utf-8") for path in tmp_path.iterdir()}
    committed = {path.name: path.read_text("utf-8") for path in SCHEMAS.iterdir()}
    assert made == committed


@pytest.mark.parametrize("kind", SCHEMA_MODELS)
def test_schema_is_draft_07(kind: str) -> None:
    loaded = schema(kind)
    assert loaded["$schema"] == DRAFT_07
    Draft7Validator.check_schema(loaded)
    text = json.dumps(loaded)
    for newer in ("$defs", "prefixItems", "dependentRequired", "unevaluatedProperties"):
        assert newer not in text, newer
    for node in _nodes(loaded):
        if "$ref" in node:
            assert list(node) == ["$ref"], f"draft-07 ignores keywords beside $ref: {node}"


@pytest.mark.parametrize("kind", SCHEMA_MODELS)
def test_every_setting_is_described(kind: str) -> None:
    loaded = schema(kind)
    models = {"": loaded, **loaded.get("definitions", {})}
    undescribed = [
        f"{model or kind}.{name}"
        for model, definition in models.items()
        for name, setting in definition.get("properties", {}).items()
        if not setting.get("description", "").strip()
    ]
    assert undescribed == []
    assert loaded.get("description", "").strip(), "the file itself is described"


def test_ids_carry_the_pattern_of_naming() -> None:
    journal = schema("journal")
    question = journal["definitions"]["Question"]["properties"]["id"]
    assert question["pattern"] == f"^{ID_PATTERN}$"
    initiatives = schema("framework")["definitions"]["Direction"]["properties"]["initiatives"]
    assert list(initiatives["patternProperties"]) == [f"^{ID_PATTERN}$"]
    assert initiatives["additionalProperties"] is False


def test_the_schema_refuses_a_bad_position_id_among_initiatives() -> None:
    data = read_yaml(REPO / "framework" / "scope-for-growth.yml", "framework", "content").data
    data["directions"][0]["initiatives"]["Later_On"] = ["Take on projects"]
    errors = list(Draft7Validator(schema("framework")).iter_errors(data))
    assert [error.validator for error in errors] == ["additionalProperties"]


@pytest.mark.parametrize("path", ALL_FILES, ids=shown)
def test_first_line_names_the_schema_of_the_file(path: Path) -> None:
    first = path.read_text("utf-8").splitlines()[0]
    found = MODELINE.match(first)
    assert found, f"{shown(path)} starts with {first!r}"
    target = (path.parent / found.group(1)).resolve()
    assert target == SCHEMAS / schema_file(kind_of(path))


@pytest.mark.parametrize("path", ALL_FILES, ids=shown)
def test_content_file_validates_against_its_schema(path: Path) -> None:
    data = read_yaml(path, shown(path), "content").data
    validator = Draft7Validator(schema(kind_of(path)))
    problems = [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(data)]
    assert problems == []


def test_the_schema_refuses_an_unknown_key() -> None:
    data = read_yaml(REPO / "content" / "journal.yml", "journal", "content").data
    data["stages"][0]["sections"][0]["questions"][0]["txet"] = "What gives me energy?"
    errors = list(Draft7Validator(schema("journal")).iter_errors(data))
    assert [error.message for error in errors] == [
        "Additional properties are not allowed ('txet' was unexpected)"
    ]


def test_the_schema_refuses_a_bad_id_and_an_unknown_type() -> None:
    data = read_yaml(REPO / "content" / "journal.yml", "journal", "content").data
    question = data["stages"][0]["sections"][0]["questions"][0]
    question.update(id="Energy_Level", type="essay")
    errors = Draft7Validator(schema("journal")).iter_errors(data)
    assert sorted(error.path[-1] for error in errors) == ["id", "type"]


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _nodes(item)
