"""Content errors and notices: one line each, naming the file, the line, the field and what
to do."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in one content file, ready to print as a single line."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.path}:" if self.path else ""
        return printable(f"{where}:{field} {self.message}")


@dataclass(frozen=True, order=True)
class ContentNotice(ContentError):
    """Something worth knowing that is not a mistake, such as a resource without an address:
    ``generator check`` prints it like an error, with ``notice:``; it never stops a build."""

    def __str__(self) -> str:
        return str(ContentError(self.file, self.line, self.path, f"notice: {self.message}"))


class ContentErrors(Exception):
    """Raised when content does not validate; holds every error found in the run."""

    def __init__(self, errors: Iterable[ContentError]) -> None:
        self.errors = sorted(set(errors), key=_reading_order)
        super().__init__("\n".join(str(error) for error in self.errors))


def _reading_order(error: ContentError) -> tuple[str, int, str, str]:
    return (error.file, error.line or 0, error.path, error.message)


# Every control character and every character that ends a line (str.splitlines), written out:
# an error stays one line even when it quotes a text, a key or a file name that holds one.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` on one line: a newline in a value is written ``\\n``, others as ``\\u0085``."""
    return _CONTROL.sub(
        lambda found: _NAMED.get(found.group(), f"\\u{ord(found.group()):04x}"), text
    )


def format_path(parts: Iterable[str | int]) -> str:
    """Render a location such as ("stages", 0, "title") as ``stages[0].title``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text
