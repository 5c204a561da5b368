"""Every setting is explained where editors look: the leading comment of each default YAML
file, and for programmes (one file each, copied to add one) the README too."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from generator.models.interface import Interface
from generator.models.site import Programme
from generator.schema import SCHEMA_MODELS

from .support.sites import REPO
from .test_schema import DEFAULT_FILES, kind_of, shown


def settings(model: type[BaseModel], seen: frozenset[type[BaseModel]] = frozenset()) -> set[str]:
    """The names of a model's settings and of the settings inside them (interface words are
    listed in the schema and generator/models/interface.py, not in every comment)."""
    names: set[str] = set()
    for name, field in model.model_fields.items():
        names.add(name)
        for inner in _models(field.annotation):
            if inner is not Interface and inner not in seen:
                names |= settings(inner, seen | {model})
    return names


def _models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    arguments = getattr(annotation, "__args__", ())
    return [found for argument in arguments for found in _models(argument)]


def leading_comment(path: Path) -> str:
    lines = path.read_text("utf-8").splitlines()
    comment = []
    for line in lines[1:]:
        if not line.startswith("#"):
            break
        comment.append(line)
    return "\n".join(comment)


def missing_from(text: str, names: set[str]) -> list[str]:
    return sorted(name for name in names if not re.search(rf"(?<![\w-]){name}(?![\w-])", text))


@pytest.mark.parametrize("path", DEFAULT_FILES, ids=shown)
def test_the_leading_comment_lists_every_setting(path: Path) -> None:
    assert missing_from(leading_comment(path), settings(SCHEMA_MODELS[kind_of(path)])) == []


def test_the_readme_describes_every_programme_setting() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    section = readme.split("## Edit the content", 1)[1].split("\n## ", 1)[0]
    prose = re.sub(r"```.*?```", "", section, flags=re.S)
    quoted = " ".join(re.findall(r"`([^`]+)`", prose))
    assert missing_from(quoted, settings(Programme)) == []
