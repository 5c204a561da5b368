"""typings/config.d.ts: the TypeScript declarations of the pages' configuration, written from
the pydantic models of generator/render/contract.py, which the scripts' type check
(`tsc --checkJs`, make lint) reads beside typings/sfg.d.ts.

A small translator of the JSON Schema pydantic makes of those models, for the shapes the
contract uses and no others (anything else is an error, to be added here on purpose): a model
becomes an interface named by its title, each field a property (optional where the JSON may
leave it out), with its docstring as a comment; a dict becomes an index signature, a list an
array, str, int, float and bool their TypeScript types. ``python -m generator typings DIR``
writes the file (`make schemas` does); tests/test_typings.py fails when the committed one
differs from what the models make.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, models_json_schema
from pydantic_core import core_schema

from .render.contract import CONTRACT, Contract

TYPINGS_FILE = "config.d.ts"
HEADER = """\
/* The configuration each page hands its scripts (data-sfg-config, data-sfg-privacy), for
   `tsc --checkJs` only: never served. Written by `python -m generator typings typings`
   (make schemas) from generator/render/contract.py: change the models there, not this file.
   typings/sfg.d.ts declares the rest (events, records). */
"""
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
_SCALARS = {"string": "string", "integer": "number", "number": "number", "boolean": "boolean"}


class _Absent(GenerateJsonSchema):
    """A field that may be None is left out of the page's JSON (Contract.data), never null:
    its schema is its value's, and the field is not required."""

    def nullable_schema(self, schema: core_schema.NullableSchema) -> Any:
        return self.generate_inner(schema["schema"])


def contract_schema(models: tuple[type[Contract], ...] = CONTRACT) -> dict[str, Any]:
    """The JSON Schema of every model of the contract, as the pages' JSON has them: the
    scripts' names, definitions shared. Returns {"roots": [...], "$defs": {...}}."""
    keys, top = models_json_schema(
        [(model, "serialization") for model in models],
        by_alias=True,
        ref_template="#/$defs/{model}",
        schema_generator=_Absent,
    )
    roots = [keys[(model, "serialization")] for model in models]
    return {"roots": roots, "$defs": top.get("$defs", {})}


class _Writer:
    def __init__(self, definitions: dict[str, Any]) -> None:
        self.definitions = definitions
        self.written: list[str] = []
        self.blocks: list[str] = []

    def reference(self, node: dict[str, Any]) -> str:
        name = str(node["$ref"]).removeprefix("#/$defs/")
        if name not in self.definitions:
            raise ValueError(f"typings: no definition {name!r}")
        self.interface(name)
        return str(self.definitions[name]["title"])

    def type_of(self, node: dict[str, Any]) -> str:
        if "$ref" in node:
            return self.reference(node)
        kind = node.get("type")
        if "const" in node:
            return json.dumps(node["const"])
        if "enum" in node:
            return " | ".join(json.dumps(value) for value in node["enum"])
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array" and isinstance(node.get("items"), dict):
            item = self.type_of(node["items"])
            return f"({item})[]" if " " in item else f"{item}[]"
        if kind == "object" and "properties" not in node:
            values = node.get("additionalProperties")
            if isinstance(values, dict):
                return f"{{ [key: string]: {self.type_of(values)} }}"
        raise ValueError(f"typings: no TypeScript for the schema {json.dumps(node)}")

    def interface(self, name: str) -> None:
        if name in self.written:
            return
        self.written.append(name)
        node = self.definitions[name]
        if node.get("type") != "object" or "properties" not in node:
            raise ValueError(f"typings: {name} is not a model")
        required = set(node.get("required", []))
        lines = [*_comment(node.get("description"), ""), f"interface {node['title']} {{"]
        later: list[str] = []
        for field, schema in node["properties"].items():
            key = field if _IDENTIFIER.match(field) else json.dumps(field)
            optional = "" if field in required else "?"
            lines += _comment(schema.get("description"), "  ")
            # Interfaces a field refers to come after the one that holds it.
            before = len(self.blocks)
            lines.append(f"  {key}{optional}: {self.type_of(schema)};")
            later += self.blocks[before:]
            del self.blocks[before:]
        lines.append("}")
        self.blocks += ["\n".join(lines), *later]


def _comment(text: str | None, indent: str) -> list[str]:
    if not text:
        return []
    words = [line.strip() for line in text.strip().splitlines()]
    if len(words) == 1:
        return [f"{indent}/** {words[0]} */"]
    return [f"{indent}/**", *(f"{indent} * {line}".rstrip() for line in words), f"{indent} */"]


def typings_text(models: tuple[type[Contract], ...] = CONTRACT) -> str:
    """typings/config.d.ts as it is written: each root model of the contract, then the
    interfaces it refers to, in the order its fields name them."""
    schema = contract_schema(models)
    definitions = dict(schema["$defs"])
    for root in schema["roots"]:
        if "$ref" not in root:
            raise ValueError(f"typings: a root of the contract is not a model: {root}")
    writer = _Writer(definitions)
    for root in schema["roots"]:
        writer.reference(root)
    return HEADER + "".join(f"\n{block}\n" for block in writer.blocks)


def write_typings(folder: Path) -> Path:
    """Write typings/config.d.ts into ``folder``; return the file written."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / TYPINGS_FILE
    path.write_text(typings_text(), encoding="utf-8")
    return path
