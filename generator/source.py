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
from .files import FileProblem, read_file
from .syntax import syntax_error

Location = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
# Scalars are built as PyYAML's safe loader builds them, except dates, which stay as written:
# no content field holds a date object, and "2024-13-01" must not crash the loader.
_BUILT_TAGS = {f"{_TAG}{name}" for name in ("null", "bool", "int", "float", "str")}
_TEXT_TAGS = {f"{_TAG}timestamp"}


@dataclass
class YamlDocument:
    """The data of one YAML file and the line on which each value starts."""

    file: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)
    source: list[str] = field(default_factory=list)
    """The text of the file, one string a line."""
    spans: dict[Location, tuple[int, int]] = field(default_factory=dict)
    """First and last line of each scalar value, for finding words inside long prose."""
    written: dict[Location, str] = field(default_factory=dict)
    """Each scalar as it is written in the file, such as ``yes`` for ``True``."""
    errors: list[ContentError] = field(default_factory=list)
    """Problems that still left usable data, such as a duplicate key (the first one is kept)."""

    def line_of(self, location: Location) -> int:
        """The line of ``location``, or of its nearest enclosing value that has one."""
        for end in range(len(location), -1, -1):
            line = self.lines.get(location[:end])
            if line is not None:
                return line
        return 1

    def line_of_text(self, location: Location, needle: str, occurrence: int = 0) -> int:
        """The line holding the ``occurrence``-th ``needle`` inside the value at ``location``."""
        first, last = self.spans.get(location, (self.line_of(location),) * 2)
        seen = 0
        for number in range(first, min(last, len(self.source)) + 1):
            count = self.source[number - 1].count(needle)
            if seen + count > occurrence:
                return number
            seen += count
        return first

    def source_line(self, line: int) -> str:
        return self.source[line - 1] if 0 < line <= len(self.source) else ""

    def error(self, location: Location, message: str) -> ContentError:
        return ContentError(self.file, self.line_of(location), format_path(location), message)


class YamlFileError(Exception):
    """A file that could not be read as YAML at all; holds its one-line errors."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


_SCALARS = yaml.SafeLoader("")
# libyaml's parser is about twenty times faster; fall back where it is not compiled in.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, display_name: str, expected: str) -> YamlDocument:
    """Load ``path``; raise :class:`YamlFileError` if it cannot be read as YAML at all.

    ``expected`` says in plain words what the file should hold, for the messages about a
    missing or empty file. Problems that leave usable data are in ``YamlDocument.errors``.
    """

    def fail(line: int | None, message: str) -> YamlFileError:
        return YamlFileError([ContentError(display_name, line, "", message)])

    try:
        raw = read_file(path)
    except FileNotFoundError:
        raise fail(None, f"file not found: expected {expected}") from None
    except FileProblem as problem:
        raise fail(None, problem.message) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        message = (
            f"not UTF-8 text: byte 0x{raw[error.start]:02x} cannot be read; "
            "save the file with UTF-8 encoding"
        )
        raise fail(line, message) from None
    text = text.removeprefix("\ufeff")
    source = text.splitlines()
    try:
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        # Parse again with the pure-Python parser: its messages are the ones we explain.
        try:
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as error:
            line, message = syntax_error(error, text, source)
            raise fail(line, message) from None
        raise  # pragma: no cover - libyaml refused what PyYAML accepts

    if root is None:
        raise fail(1, f"file is empty: expected {expected}")
    document = YamlDocument(display_name, None, source=source)
    document.data = _build(root, (), document, set())
    return document


def _build(node: yaml.Node, location: Location, document: YamlDocument, active: set[int]) -> Any:
    line = node.start_mark.line + 1
    document.lines.setdefault(location, line)
    if id(node) in active:
        # An alias (*name) used inside the value its anchor (&name) marks: it never ends.
        message = "an alias ('*') refers to the value it is part of: write the value out instead"
        document.errors.append(document.error(location, message))
        return None
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, location, document)
    active = active | {id(node)}
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*location, index), document, active)
            for index, item in enumerate(node.value)
        ]
    mapping: dict[str, Any] = {}
    first_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        key = _key(key_node)
        if key is None:
            where = format_path(location)
            document.errors.append(ContentError(document.file, key_line, where, _bad_key(key_node)))
            continue
        here = (*location, key)
        if key in first_lines:
            message = (
                f"duplicate key '{key}' (first at line {first_lines[key]}): "
                "each key may appear only once here; keep one of them"
            )
            where = format_path(here)
            document.errors.append(ContentError(document.file, key_line, where, message))
            continue
        first_lines[key] = key_line
        document.lines[here] = key_line
        mapping[key] = _build(value_node, here, document, active)
    return mapping


def _key(node: yaml.Node) -> str | None:
    """Keys are read as written: ``yes:`` is the key 'yes', never ``True``."""
    if not isinstance(node, yaml.ScalarNode) or node.tag == f"{_TAG}merge":
        return None
    return str(node.value)


def _bad_key(node: yaml.Node) -> str:
    if node.tag == f"{_TAG}merge":
        return "'<<' (merging in an '&anchor') is not supported: write the keys out in full"
    return "a key must be a plain word followed by ':', such as 'title:'"


def _scalar(node: yaml.ScalarNode, location: Location, document: YamlDocument) -> Any:
    document.spans[location] = (node.start_mark.line + 1, node.end_mark.line + 1)
    document.written[location] = str(node.value)
    if node.tag in _TEXT_TAGS:
        return str(node.value)
    if node.tag in _BUILT_TAGS:
        try:
            return _SCALARS.construct_object(node)
        except (yaml.YAMLError, ValueError):
            pass  # an explicit tag such as "!!int many": reported below
    tag = node.tag.replace(_TAG, "!!")
    message = f"cannot read '{node.value}' as {tag}: remove the '{tag}' tag"
    document.errors.append(document.error(location, message))
    return str(node.value)
