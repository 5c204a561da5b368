"""Validate one YAML document against its pydantic model; turn failures into one-liners."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import ContentError
from .source import Location, YamlDocument

ModelT = TypeVar("ModelT", bound=BaseModel)


def validate_document(
    document: YamlDocument, model: type[ModelT], errors: list[ContentError]
) -> ModelT | None:
    """Return the model, or ``None`` after adding every problem to ``errors``."""
    try:
        return model.model_validate(document.data)
    except ValidationError as failure:
        errors.extend(_to_content_error(document, model, item) for item in failure.errors())
        return None


def suggestion(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a close match exists, else an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _to_content_error(document: YamlDocument, model: type[BaseModel], item: Any) -> ContentError:
    location, fields = _locate(tuple(item["loc"]), model)
    kind: str = item["type"]
    value = item.get("input")
    last = location[-1] if location else ""
    if kind == "missing":
        return document.error(location[:-1], f"missing required field '{last}'")
    if kind == "extra_forbidden":
        message = f"unknown key '{last}'{suggestion(str(last), fields)}"
        if fields:
            message += f"; expected one of: {', '.join(fields)}"
        return document.error(location, message)
    return document.error(location, _message(kind, item, value, last))


def _message(kind: str, item: Any, value: Any, field_name: str | int) -> str:
    context = item.get("ctx") or {}
    if kind in {"empty_text", "bad_id", "bad_url", "bad_colour"}:
        return str(item["msg"])
    if kind == "literal_error":
        expected = str(context.get("expected", "")).replace("'", "")
        expected = expected.replace(" or ", ", ")
        choices = [choice.strip() for choice in expected.split(",")]
        what = "question type" if field_name == "type" else "value"
        hint = suggestion(str(value), choices)
        return f"unknown {what} {_show(value)}{hint}; expected one of: {expected}"
    if kind == "too_short":
        return (
            "empty list: add at least one item"
            if context.get("min_length", 1) == 1
            else (f"too few items: at least {context['min_length']} needed")
        )
    if kind in {"greater_than_equal", "less_than_equal"}:
        return f"number out of range: {item['msg'].lower().replace('input', 'it')}, got {value}"
    if kind == "string_pattern_mismatch":
        return f"bad value {_show(value)}: expected a language tag like 'en-GB'"
    expected_name = _EXPECTED.get(kind)
    if expected_name:
        return f"wrong type: expected {expected_name}, got {_describe(value)}"
    return f"{item['msg']}"  # pragma: no cover - a pydantic error we have not met yet


_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list (lines starting with '- ')",
    "dict_type": "a mapping of keys and values",
    "model_type": "a mapping of keys and values",
    "model_attributes_type": "a mapping of keys and values",
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (the value is empty)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (put words like yes/no in quotes to keep them as text)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text {_show(value)}"
    return f"{type(value).__name__} {value!r} (put it in quotes to make it text)"


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
