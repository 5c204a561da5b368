"""Validate one YAML document against its pydantic model; turn failures into one-liners."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ContentError
from .source import Location, YamlDocument

ModelT = TypeVar("ModelT", bound=BaseModel)
MAX_ERRORS = 200
"""Problems reported a file: a file with thousands is fixed a screenful at a time."""


def validate_document(
    document: YamlDocument, model: type[ModelT], errors: list[ContentError]
) -> ModelT | None:
    """Return the model, or ``None`` after adding every problem to ``errors``."""
    try:
        return model.model_validate(document.data)
    except ValidationError as failure:
        found = failure.errors()
        items = _drop_explained(found[:MAX_ERRORS], model)
        errors.extend(_to_content_error(document, model, item) for item in items)
        if len(found) > MAX_ERRORS:
            more = len(found) - MAX_ERRORS
            message = f"and {more} more problems in this file: fix these first, then check again"
            errors.append(ContentError(document.file, None, "", message))
        return None


def suggestion(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a close match exists, else an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _drop_explained(items: list[Any], model: type[BaseModel]) -> list[Any]:
    """Leave out "missing 'text'" where an unknown key nearby already says "did you mean 'text'"."""
    suggested: set[tuple[Any, ...]] = set()
    for item in items:
        if item["type"] == "extra_forbidden":
            location, fields = _locate(tuple(item["loc"]), model)
            close = difflib.get_close_matches(str(location[-1]), fields, n=1, cutoff=0.6)
            if close:
                suggested.add((*item["loc"][:-1], close[0]))
    return [
        item
        for item in items
        if not (item["type"] == "missing" and tuple(item["loc"]) in suggested)
    ]


def _to_content_error(document: YamlDocument, model: type[BaseModel], item: Any) -> ContentError:
    location, fields = _locate(tuple(item["loc"]), model)
    kind: str = item["type"]
    last = location[-1] if location else ""
    if kind == "missing":
        return document.error(location[:-1], f"missing required field '{last}'")
    if kind == "extra_forbidden":
        message = f"unknown key '{last}'{suggestion(str(last), fields)}"
        if fields:
            message += f"; expected one of: {', '.join(fields)}"
        return document.error(location, message)
    value = item.get("input")
    written = document.written.get(location, "" if value is None else str(value))
    if value is None and kind not in _OWN_MESSAGE:
        return document.error(location, _empty(document, location, kind, item))
    return document.error(location, _message(kind, item, value, written, location))


# Errors raised by our own validators in models/common.py, whose words are already right.
_OWN_MESSAGE = {"empty_text", "bad_id", "reserved_id", "bad_url", "bad_colour"}


def _message(kind: str, item: Any, value: Any, written: str, location: Location) -> str:
    context = item.get("ctx") or {}
    if kind in _OWN_MESSAGE:
        return str(item["msg"])
    if kind == "literal_error":
        choices = _literal_choices(context)
        hint = suggestion(written, choices)
        return f"unknown {_literal_name(location)} {_show(written)}{hint}; {_one_of(choices)}"
    if kind == "too_short":
        minimum = context.get("min_length", 1)
        if minimum == 1:
            return "empty list: add at least one item"
        return f"too few items: expected at least {minimum}, got {context.get('actual_length')}"
    if kind == "greater_than_equal":
        return f"number too small: expected {context['ge']} or more, got {written}"
    if kind == "less_than_equal":
        return f"number too large: expected {context['le']} or less, got {written}"
    if kind == "string_pattern_mismatch":
        return f"bad value {_show(written)}: expected a language tag like 'en-GB'"
    expected = _EXPECTED.get(kind)
    if expected:
        return f"wrong type: expected {expected}, got {_describe(value, written, kind)}"
    return str(item["msg"])  # pragma: no cover - a pydantic error we have not met yet


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list (lines starting with '- ')",
    "dict_type": "'key: value' lines",
    "model_type": "'key: value' lines",
    "model_attributes_type": "'key: value' lines",
}


def _empty(document: YamlDocument, location: Location, kind: str, item: Any) -> str:
    """A key with nothing after it; often a value starting with '#', which YAML drops."""
    if kind == "literal_error":
        expected = _one_of(_literal_choices(item.get("ctx") or {}))
    else:
        expected = f"expected {_EXPECTED.get(kind, 'a value')}"
    message = f"empty value: {expected}"
    line = document.source_line(document.line_of(location))
    if "#" in line.partition(":")[2]:
        message += " (text after '#' is a comment: put a value starting with '#' in quotes)"
    return message


def _literal_choices(context: dict[str, Any]) -> list[str]:
    expected = str(context.get("expected", "")).replace("'", "").replace(" or ", ", ")
    return [choice.strip() for choice in expected.split(",")]


def _literal_name(location: Location) -> str:
    names = [part for part in location if isinstance(part, str)]
    last = names[-1] if names else ""
    if last == "type":
        return "question type" if "questions" in names else "field type"
    if last in {"page", "pages"}:
        return "page"
    if last == "organisation_wording":
        return "setting"
    return "value"


def _one_of(choices: list[str]) -> str:
    return f"expected one of: {', '.join(choices)}"


def _describe(value: Any, written: str, kind: str) -> str:
    """The value as its editor wrote it, and how to make it text where text was expected."""
    quote = " (put it in quotes to keep it as text)" if kind == "string_type" else ""
    if isinstance(value, bool):
        if quote:
            quote = " (yes, no, on and off mean true or false: put it in quotes to keep it as text)"
        return f"{written}{quote}"
    if isinstance(value, int | float):
        return f"the number {written}{quote}"
    if isinstance(value, dict):
        return "'key: value' lines"
    if isinstance(value, list):
        return "a list"
    return f"text {_show(written)}"


def _show(value: Any) -> str:
    text = str(value)
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _locate(loc: tuple[Any, ...], model: type[BaseModel]) -> tuple[Location, tuple[str, ...]]:
    """Turn a pydantic location into ours; also give the valid keys of the model at its end.

    Pydantic inserts markers such as ``'[key]'`` for dict keys; those are dropped.
    """
    location: list[str | int] = []
    fields: tuple[str, ...] = tuple(model.model_fields)
    current: Any = model
    for part in loc:
        if part == "[key]":
            continue
        location.append(part)
        current = _field_model(current, part)
        if isinstance(current, type) and issubclass(current, BaseModel):
            fields = tuple(current.model_fields)
    return tuple(location), fields if location else tuple(model.model_fields)


def _field_model(current: Any, part: Any) -> Any:
    """Follow a model field or container item to the model it holds, if any."""
    if isinstance(current, type) and issubclass(current, BaseModel) and isinstance(part, str):
        info = current.model_fields.get(part)
        return _inner_model(info.annotation) if info else None
    return current


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(argument)
        if found is not None:
            return found
    metadata_origin = getattr(annotation, "__origin__", None)
    if metadata_origin is not None and metadata_origin is not annotation:
        return _inner_model(metadata_origin)
    return None
