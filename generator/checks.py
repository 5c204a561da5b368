"""Checks across fields and files: unique ids, references that resolve, sensible field set-ups."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ContentError
from .models.forms import FieldBase
from .source import Location, YamlDocument
from .validate import suggestion

REFERENCE = re.compile(r"\]\((resource|question|page|programme):([^)\s]*)\)")
COLUMN_TYPES = ("long-text", "short-text", "date", "choice")


@dataclass
class Claim:
    document: YamlDocument
    location: Location


@dataclass
class Checker:
    """Collects errors; remembers which ids are taken in each id space."""

    errors: list[ContentError] = field(default_factory=list)
    claims: dict[tuple[str, str], Claim] = field(default_factory=dict)

    def fail(self, document: YamlDocument, location: Location, message: str) -> None:
        self.errors.append(document.error(location, message))

    def claim(self, space: str, value: str, document: YamlDocument, location: Location) -> None:
        """Record ``value`` in id space ``space``; report it if someone has it already."""
        first = self.claims.setdefault((space, value), Claim(document, location))
        if first.location == location and first.document is document:
            return
        first_line = first.document.line_of(first.location)
        where = (
            f"line {first_line}"
            if first.document is document
            else f"{first.document.file}:{first_line}"
        )
        self.fail(document, location, f"duplicate id '{value}' (first at {where})")

    def claim_all(
        self, space: str, items: Iterable[Any], document: YamlDocument, location: Location
    ) -> None:
        for index, item in enumerate(items):
            self.claim(space, item.id, document, (*location, index, "id"))

    def reference(
        self,
        document: YamlDocument,
        location: Location,
        value: str,
        known: Sequence[str],
        what: str,
    ) -> None:
        if value not in known:
            hint = suggestion(value, known)
            self.fail(document, location, f"unknown {what} '{value}'{hint}")


def check_form_fields(
    checker: Checker,
    document: YamlDocument,
    fields: Sequence[FieldBase],
    location: Location,
    directions: Sequence[str] | None,
) -> None:
    """Each field's extra settings must fit its type; ids are shared by journal and plan."""
    for index, form_field in enumerate(fields):
        here = (*location, index)
        checker.claim("field", form_field.id, document, (*here, "id"))
        _check_field_settings(checker, document, form_field, here, directions)
        for column_index, column in enumerate(form_field.columns or []):
            column_here = (*here, "columns", column_index)
            checker.claim(f"column:{form_field.id}", column.id, document, (*column_here, "id"))
            if column.type not in COLUMN_TYPES:
                message = f"a table column cannot be of type '{column.type}'; expected one of: "
                checker.fail(document, (*column_here, "type"), message + ", ".join(COLUMN_TYPES))
            _check_field_settings(checker, document, column, column_here, directions)


def _check_field_settings(
    checker: Checker,
    document: YamlDocument,
    form_field: FieldBase,
    here: Location,
    directions: Sequence[str] | None,
) -> None:
    needs = {"choice": "options", "position": "direction", "table": "columns"}
    for setting, owner in (
        ("options", "choice"),
        ("direction", "position"),
        ("columns", "table"),
        ("rows", "table"),
    ):
        if getattr(form_field, setting) is not None and form_field.type != owner:
            message = f"'{setting}' only applies to type: {owner} (this field is {form_field.type})"
            checker.fail(document, (*here, setting), message)
    required = needs.get(form_field.type)
    if required and getattr(form_field, required) is None:
        message = f"missing required field '{required}' for type: {form_field.type}"
        checker.fail(document, here, message)
    if form_field.options is not None:
        if len(form_field.options) < 2:
            checker.fail(document, (*here, "options"), "a choice needs at least two options")
        checker.claim_all(
            f"option:{form_field.id}", form_field.options, document, (*here, "options")
        )
    if form_field.direction is not None and directions is not None:
        checker.reference(
            document, (*here, "direction"), form_field.direction, directions, "growth direction"
        )


def check_prose_references(
    checker: Checker, document: YamlDocument, known: Mapping[str, Sequence[str]]
) -> None:
    """Links such as ``[blind spots](resource:blind-spots)`` must name something that exists."""
    for location, text in _strings(document.data, ()):
        for match in REFERENCE.finditer(text):
            kind, target = match.group(1), match.group(2)
            what = {"question": "journal or plan question", "page": "page"}.get(kind, kind)
            checker.reference(document, location, target, known[kind], what)


def _strings(data: Any, location: Location) -> Iterator[tuple[Location, str]]:
    if isinstance(data, str):
        yield location, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*location, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*location, index))


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
