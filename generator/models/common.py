"""Building blocks shared by every content model: ids, text, links and colours."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, WithJsonSchema
from pydantic_core import PydanticCustomError

from ..errors import printable
from ..naming import ID_MAX_LENGTH, ID_PATTERN, is_content_id, reserved

COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
# No white space, quotes, angle brackets or backslashes anywhere: an address is handed to
# MkDocs (the site's address) as it is, and browsers read a backslash as a slash.
_URL_CHARACTER = r"[^\s\"'<>\\`\x00-\x1f\x7f]"
URL_PATTERN = re.compile(
    rf"(https?://{_URL_CHARACTER}+|mailto:{_URL_CHARACTER}+|tel:\+?[0-9][0-9-]*"
    rf"|/(?![/\\]){_URL_CHARACTER}*|\.{{0,2}}/?[\w.-](?:(?!:){_URL_CHARACTER})*)"
)


def _text(value: str) -> str:
    stripped = value.strip()
    if not stripped:
        raise PydanticCustomError("empty_text", "empty text: write the words, or remove the key")
    return stripped


def _id(value: str) -> str:
    if not is_content_id(value):
        rule = (
            f"at most {ID_MAX_LENGTH} characters"
            if len(value) > ID_MAX_LENGTH
            else "use lower-case letters, digits and single hyphens, starting with a letter"
        )
        raise PydanticCustomError(
            "bad_id",
            "bad id '{value}': {rule} (like 'health-and-wellbeing')",
            {"value": printable(value), "rule": rule},
        )
    why = reserved(value)
    if why:
        raise PydanticCustomError(
            "reserved_id",
            "reserved id '{value}': {why}; choose another",
            {"value": value, "why": why},
        )
    return value


def _url(value: str) -> str:
    value = value.strip()
    if not URL_PATTERN.fullmatch(value):
        raise PydanticCustomError(
            "bad_url",
            "bad address '{value}': expected a web address starting with https:// or "
            "http://, a mailto: or tel: address, or a path on your intranet starting with /",
            {"value": printable(value)},
        )
    return value


def _colour(value: str) -> str:
    if not COLOUR_PATTERN.match(value):
        raise PydanticCustomError(
            "bad_colour",
            "bad colour '{value}': expected a hex colour like '#005eb8'",
            {"value": value},
        )
    return value.lower()


# What the JSON Schemas (generator/schema.py) say of each kind of value, so that an editor's
# YAML plugin flags the same mistakes as you type. Validation itself, and the words of its
# errors, stay with the validators above.
_SOME_WORDS = WithJsonSchema({"type": "string", "pattern": r"\S"})
_AN_ID = WithJsonSchema(
    {"type": "string", "pattern": f"^{ID_PATTERN}$", "maxLength": ID_MAX_LENGTH}
)
_A_COLOUR = WithJsonSchema({"type": "string", "pattern": COLOUR_PATTERN.pattern})

Text = Annotated[str, AfterValidator(_text), _SOME_WORDS]
"""Plain words shown as they are written."""

Prose = Annotated[str, AfterValidator(_text), _SOME_WORDS]
"""Markdown: paragraphs, **bold**, lists, and links such as [blind spots](resource:blind-spots)."""

Id = Annotated[str, AfterValidator(_id), _AN_ID]
Url = Annotated[str, AfterValidator(_url)]
Colour = Annotated[str, AfterValidator(_colour), _A_COLOUR]


class ContentModel(BaseModel):
    """Strict: unknown keys are errors, and 'yes' is not silently turned into text.

    Each setting's docstring is its description in the JSON Schemas (what an editor's YAML
    plugin shows beside it): write one for every new setting.
    """

    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, use_attribute_docstrings=True
    )
