"""Building blocks shared by every content model: ids, text, links and colours."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic_core import PydanticCustomError

from ..errors import printable
from ..naming import ID_MAX_LENGTH, is_content_id, reserved

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


Text = Annotated[str, AfterValidator(_text)]
"""Plain words shown as they are written."""

Prose = Annotated[str, AfterValidator(_text)]
"""Markdown: paragraphs, **bold**, lists, and links such as [blind spots](resource:blind-spots)."""

Id = Annotated[str, AfterValidator(_id)]
Url = Annotated[str, AfterValidator(_url)]
Colour = Annotated[str, AfterValidator(_colour)]


class ContentModel(BaseModel):
    """Strict: unknown keys are errors, and 'yes' is not silently turned into text."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
