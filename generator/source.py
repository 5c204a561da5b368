"""Read YAML content files into plain data while remembering the line of every value.

PyYAML's composer gives us nodes with positions; we build dicts, lists and scalars from
them ourselves so that duplicate keys are reported (PyYAML silently keeps the last one)
and every value can be traced back to ``file:line`` when validation fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, format_path

Location = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """The data of one YAML file and the line on which each value starts."""

    file: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)

    def line_of(self, location: Location) -> int:
        """The line of ``location``, or of its nearest enclosing value that has one."""
        for end in range(len(location), -1, -1):
            line = self.lines.get(location[:end])
            if line is not None:
                return line
        return 1

    def error(self, location: Location, message: str) -> ContentError:
        return ContentError(self.file, self.line_of(location), format_path(location), message)


class YamlFileError(Exception):
    """A file that could not be read as YAML at all; holds its one-line errors."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


_SCALARS = yaml.SafeLoader("")


def read_yaml(path: Path, display_name: str, expected: str) -> YamlDocument:
    """Load ``path``; raise :class:`YamlFileError` with every problem found.

    ``expected`` says in plain words what the file should hold, for the messages about a
    missing or empty file.
    """
    if not path.is_file():
        raise YamlFileError(
            [ContentError(display_name, None, "", f"file not found: expected {expected}")]
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        byte = raw[error.start]
        message = f"not UTF-8 text: byte 0x{byte:02x} cannot be read; save the file as UTF-8"
        raise YamlFileError([ContentError(display_name, line, "", message)]) from None
    text = text.removeprefix("\ufeff")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        raise YamlFileError([_syntax_error(display_name, error)]) from None
    if root is None:
        raise YamlFileError(
            [ContentError(display_name, 1, "", f"file is empty: expected {expected}")]
        )
    document = YamlDocument(display_name, None)
    duplicates: list[ContentError] = []
    document.data = _build(root, (), document, duplicates)
    if duplicates:
        raise YamlFileError(duplicates)
    return document


def _syntax_error(display_name: str, error: yaml.MarkedYAMLError) -> ContentError:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    problem = error.problem or "cannot be read"
    if "'\\t'" in problem or "\t" in problem:
        return ContentError(display_name, line, "", TAB_MESSAGE)
    context = str(error.context or "")
    for fragment, advice in _SYNTAX_ADVICE:
        if fragment in problem or fragment in context:
            return ContentError(display_name, line, "", f"YAML syntax error: {advice}")
    context = f" ({error.context})" if error.context else ""
    return ContentError(display_name, line, "", f"YAML syntax error: {problem}{context}")


TAB_MESSAGE = "tab character: YAML must be indented with spaces, not tabs"

# PyYAML's words for common slips, and what an editor should do about them.
_SYNTAX_ADVICE = (
    ("expected a single document", "more than one document ('---'); keep one per file"),
    (
        "mapping values are not allowed here",
        "a colon followed by a space inside a value; put the whole value in quotes",
    ),
    ("could not find expected ':'", "a line has no ':' after its key, or is indented wrongly"),
    ("did not find expected key", "a line is indented wrongly; line it up with its neighbours"),
    (
        "did not find expected '-' indicator",
        "a list item is indented wrongly; line up its '-' with the other items",
    ),
    ("while scanning a quoted scalar", "a quote is opened and never closed"),
    ("found undefined alias", "'*' starts a value; put the value in quotes"),
    ("found character '@'", "a value starts with '@'; put the value in quotes"),
    ("found character '`'", "a value starts with '`'; put the value in quotes"),
)


def _build(
    node: yaml.Node, location: Location, document: YamlDocument, errors: list[ContentError]
) -> Any:
    document.lines.setdefault(location, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        first_lines: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = (
                _SCALARS.construct_object(key_node)
                if isinstance(key_node, yaml.ScalarNode)
                else None
            )
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str | int) or isinstance(key, bool):
                where = format_path(location)
                errors.append(
                    ContentError(document.file, key_line, where, "keys must be plain words")
                )
                continue
            key = str(key)
            if key in first_lines:
                path = format_path((*location, key))
                message = f"duplicate key '{key}' (first at line {first_lines[key]})"
                errors.append(ContentError(document.file, key_line, path, message))
                continue
            first_lines[key] = key_line
            document.lines[(*location, key)] = key_line
            mapping[key] = _build(value_node, (*location, key), document, errors)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*location, index), document, errors)
            for index, item in enumerate(node.value)
        ]
    return _SCALARS.construct_object(node)
