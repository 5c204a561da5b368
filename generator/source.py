"""Read YAML content files into plain data while remembering the line of every value.

libyaml's parser gives us events with positions; we build dicts, lists and scalars from
them ourselves, one event at a time, so that duplicate keys are reported (PyYAML silently
keeps the last one) and every value can be traced back to ``file:line`` when validation fails.

Building from events rather than from PyYAML's composed nodes also keeps hostile YAML
harmless: an anchor or alias (the "billion laughs" bomb) is refused when it is met, before
anything is repeated, and so is nesting deeper than :data:`MAX_NESTING`, before any
recursion (PyYAML's composer recurses once a level: deep nesting crashes it). No step here
recurses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

import yaml

from .errors import ContentError, format_path
from .files import FileProblem, read_file
from .syntax import MORE_THAN_ONE_DOCUMENT, syntax_error

Location = tuple[str | int, ...]

MAX_NESTING = 40
"""Lists and mappings inside each other; the deepest content file, plan.yml, has nine."""

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
    _occurrences: dict[tuple[Location, str], list[int]] = field(
        default_factory=dict, repr=False, compare=False
    )
    """The lines of each needle in each text, one a time it occurs: see :meth:`line_of_text`."""

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
        found = self._occurrences.get((location, needle))
        if found is None:  # once a text and needle: a text with many problems is read once
            found = []
            for number in range(first, min(last, len(self.source)) + 1):
                found.extend([number] * self.source[number - 1].count(needle))
            self._occurrences[location, needle] = found
        return found[occurrence] if occurrence < len(found) else first

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
_RESOLVE: Callable[[type[yaml.Node], str, tuple[bool, bool]], str] = _SCALARS.resolve
_STR = f"{_TAG}str"
_MERGE = f"{_TAG}merge"
_BAD_KEY = "a key must be a plain word followed by ':', such as 'title:'"
NESTED = (
    f"lists and 'key: value' blocks are nested more than {MAX_NESTING} levels deep here:"
    " no content needs so many; check the brackets and the indentation"
)


def read_yaml(path: Path, display_name: str, expected: str) -> YamlDocument:
    """Load ``path``; raise :class:`YamlFileError` if it cannot be read as YAML at all.

    ``expected`` says in plain words what the file should hold, for the messages about a
    missing or empty file. Problems that leave usable data are in ``YamlDocument.errors``.
    """

    def fail(line: int | None, message: str, where: str = "") -> YamlFileError:
        return YamlFileError([ContentError(display_name, line, where, message)])

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
    document = YamlDocument(display_name, None, source=text.splitlines())
    builder = _Builder(document)
    parser = _FAST_LOADER(text)
    try:
        builder.build(iter(parser.get_event, None))
    except _Refused as refused:
        raise fail(refused.line, refused.message, format_path(refused.location)) from None
    except yaml.YAMLError as error:
        raise fail(*_explain(error, text, document.source)) from None
    finally:
        parser.dispose()
    if not builder.documents:
        raise fail(1, f"file is empty: expected {expected}")
    return document


def _explain(error: yaml.YAMLError, text: str, source: list[str]) -> tuple[int, str]:
    """Parse again with the pure-Python parser: its messages are the ones we explain.

    Only the parser runs (it keeps no stack of values: nothing deep or repeated can hurt it).
    """
    try:
        for _ in yaml.parse(text, Loader=yaml.SafeLoader):
            pass
    except yaml.YAMLError as python_error:
        return syntax_error(python_error, text, source)
    return syntax_error(error, text, source)  # libyaml refused what PyYAML accepts


class _Refused(Exception):
    """Something the toolkit never reads, such as an anchor: the whole file is refused."""

    def __init__(self, event: yaml.Event, message: str, location: Location = ()) -> None:
        self.line = _line(event.start_mark)
        self.message = message
        self.location = location


class _Next(Enum):
    KEY = "a key comes next"
    SKIP = "the value of a refused key comes next: it is left out"


@dataclass(slots=True)
class _Open:
    """A list or mapping being read; ``items`` is None if it is left out."""

    location: Location
    items: list[Any] | dict[str, Any] | None
    next: str | _Next = _Next.KEY
    """In a mapping: the key whose value comes next, or what comes next."""
    first_lines: dict[str, int] = field(default_factory=dict)


class _Builder:
    """Builds the data of a document from parser events, with a stack, never recursion."""

    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.stack: list[_Open] = []
        self.documents = 0

    def build(self, events: Iterable[yaml.Event]) -> None:
        pop = self.stack.pop
        for event in events:
            kind = event.__class__
            if kind is yaml.ScalarEvent:
                assert isinstance(event, yaml.ScalarEvent)
                self._scalar(event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                assert isinstance(event, yaml.CollectionStartEvent)
                self._collection(event)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                pop()
            elif kind is yaml.AliasEvent:
                assert isinstance(event, yaml.AliasEvent)
                raise _Refused(event, _alias(event.anchor or ""), self._next_location())
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise _Refused(event, f"YAML syntax error: {MORE_THAN_ONE_DOCUMENT}")

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        if event.anchor is not None:
            raise _Refused(event, _anchor(event.anchor), self._next_location())
        if not self.stack:
            self.document.data = self._value(event, ())
            return
        parent = self.stack[-1]
        items = parent.items
        if items is None:
            return
        if items.__class__ is list:
            assert isinstance(items, list)
            items.append(self._value(event, (*parent.location, len(items))))
            return
        assert isinstance(items, dict)
        key = parent.next
        if key is _Next.KEY:
            self._key(parent, event)
        elif key is _Next.SKIP:
            parent.next = _Next.KEY
        else:
            assert isinstance(key, str)
            items[key] = self._value(event, (*parent.location, key))
            parent.next = _Next.KEY

    def _collection(self, event: yaml.CollectionStartEvent) -> None:
        if event.anchor is not None:
            raise _Refused(event, _anchor(event.anchor), self._next_location())
        stack = self.stack
        if len(stack) >= MAX_NESTING:
            raise _Refused(event, NESTED)
        items: list[Any] | dict[str, Any] = [] if event.__class__ is yaml.SequenceStartEvent else {}
        if not stack:
            self.document.data = items
            location: Location = ()
        else:
            parent = stack[-1]
            held = parent.items
            key = parent.next
            if held is None or key is _Next.SKIP:
                parent.next = _Next.KEY
                stack.append(_Open((), None))  # inside a value left out: left out too
                return
            if held.__class__ is list:
                assert isinstance(held, list)
                location = (*parent.location, len(held))
                held.append(items)
            elif key is _Next.KEY:
                self._bad_key(parent, event, _BAD_KEY)
                stack.append(_Open((), None))
                return
            else:
                assert isinstance(held, dict) and isinstance(key, str)
                location = (*parent.location, key)
                held[key] = items
                parent.next = _Next.KEY
        self.document.lines.setdefault(location, _line(event.start_mark))
        stack.append(_Open(location, items))

    def _next_location(self) -> Location:
        """Where the node about to be read goes, for a message: its mapping for a key."""
        if not self.stack:
            return ()
        parent = self.stack[-1]
        if isinstance(parent.items, list):
            return (*parent.location, len(parent.items))
        if isinstance(parent.next, str):
            return (*parent.location, parent.next)
        return parent.location

    def _key(self, parent: _Open, event: yaml.ScalarEvent) -> None:
        """Keys are read as written: ``yes:`` is the key 'yes', never ``True``."""
        key = event.value
        tag = event.tag
        if tag == _MERGE or (tag is None and event.implicit[0] and key == "<<"):
            message = "'<<' (merging in an '&anchor') is not supported: write the keys out in full"
            self._bad_key(parent, event, message)
            return
        line = _line(event.start_mark)
        here = (*parent.location, key)
        first = parent.first_lines.get(key)
        if first is not None:
            message = (
                f"duplicate key '{key}' (first at line {first}): "
                "each key may appear only once here; keep one of them"
            )
            error = ContentError(self.document.file, line, format_path(here), message)
            self.document.errors.append(error)
            parent.next = _Next.SKIP
            return
        parent.first_lines[key] = line
        self.document.lines[here] = line
        parent.next = key

    def _bad_key(self, parent: _Open, event: yaml.NodeEvent, message: str) -> None:
        """Report a key that cannot be read; its value is left out."""
        where = format_path(parent.location)
        line = _line(event.start_mark)
        self.document.errors.append(ContentError(self.document.file, line, where, message))
        parent.next = _Next.SKIP

    def _value(self, event: yaml.ScalarEvent, location: Location) -> Any:
        """The value of a scalar, built as PyYAML's safe loader builds it (dates apart)."""
        document = self.document
        first = _line(event.start_mark)
        document.lines.setdefault(location, first)
        document.spans[location] = (first, _line(event.end_mark))
        value: str = event.value
        document.written[location] = value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return value  # quoted, or a '|' or '>' block: always text
            tag = _RESOLVE(yaml.ScalarNode, value, event.implicit)
        if tag == _STR or tag in _TEXT_TAGS:
            return value
        if tag in _BUILT_TAGS:
            node = yaml.ScalarNode(tag, value)
            try:
                return _SCALARS.yaml_constructors[tag](_SCALARS, node)
            except (yaml.YAMLError, ValueError, LookupError):
                pass  # an explicit tag such as "!!int many" or "!!bool maybe": reported below
        tag = tag.replace(_TAG, "!!")
        message = f"cannot read '{value}' as {tag}: remove the '{tag}' tag"
        document.errors.append(document.error(location, message))
        return value


class _Mark(Protocol):
    """A position in the file, from libyaml or from PyYAML."""

    line: int


def _line(mark: _Mark | None) -> int:
    return mark.line + 1 if mark else 1


def _anchor(name: str) -> str:
    return (
        f"a YAML anchor ('&{_short(name)}') is not allowed: write the value out in full"
        " wherever it is needed (put text that starts with '&' in quotes)"
    )


def _alias(name: str) -> str:
    return (
        f"a YAML alias ('*{_short(name)}') is not allowed: write the value out in full instead"
        " (put text that starts with '*' in quotes)"
    )


def _short(name: str, most: int = 40) -> str:
    return name if len(name) <= most else name[: most - 1] + "…"
