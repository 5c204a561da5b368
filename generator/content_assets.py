"""Whether a file of content/assets/ may be published: a name that is safe wherever a page
names it, and bytes that are what the name says.

Assets are published as they are, and their names go into pages (the logo's into every
page). A name is refused unless it holds only letters, digits, ``.``, ``_`` and ``-`` (and
``/`` between folders): no quote, angle bracket or space can end an attribute, however a
template writes it, and no ``%``, ``#`` or ``?`` can change the address.

A file whose bytes are not what its name says is refused too. A browser that is not told
``X-Content-Type-Options: nosniff`` may run a "PDF" that holds a script as script, or show a
"PNG" that holds a web page as one; a file that starts as its type does (``%PDF-``, the PNG
signature…) is neither: as a script it ends at its first character. An SVG image is parsed
whole (generator/svg.py).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .files import FileProblem, read_head
from .svg import svg_problem

ASSET_NAME_RULE = (
    "names of files and folders in content/assets/ may hold only letters (a-z, A-Z), digits,"
    " '.', '_' and '-': rename it (a name becomes part of an address on every page that shows"
    " the file)"
)
_NAME_PART = re.compile(r"[A-Za-z0-9._-]+")
_HEAD_BYTES = 512
"""How much of a file is read to tell its type: signatures are in the first 12 bytes; the
rest tells text from other bytes."""


@dataclass(frozen=True)
class AssetKind:
    """A type of file that content/assets/ may hold, and how its bytes start."""

    noun: str
    """Such as "a PNG image"."""
    short: str
    """Such as "PNG", in "save it again as PNG"."""
    suffixes: tuple[str, ...]
    starts: Callable[[bytes], bool]


KINDS = (
    AssetKind("a PNG image", "PNG", (".png",), lambda head: head[:8] == b"\x89PNG\r\n\x1a\n"),
    AssetKind("a JPEG image", "JPEG", (".jpg", ".jpeg"), lambda head: head[:3] == b"\xff\xd8\xff"),
    AssetKind("a GIF image", "GIF", (".gif",), lambda head: head[:6] in (b"GIF87a", b"GIF89a")),
    AssetKind(
        "a WebP image",
        "WebP",
        (".webp",),
        lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP",
    ),
    AssetKind("a PDF", "PDF", (".pdf",), lambda head: head[:5] == b"%PDF-"),
)
SVG_KIND = AssetKind("an SVG image", "SVG", (".svg",), lambda head: False)
"""An SVG image is text: it is parsed whole instead (generator/svg.py)."""
_KIND_OF = {suffix: kind for kind in (*KINDS, SVG_KIND) for suffix in kind.suffixes}


@dataclass(frozen=True)
class AssetProblem:
    """Why an asset may not be published, and on which line (None: the whole file)."""

    line: int | None
    message: str


def name_problem(relative: PurePosixPath) -> str | None:
    """Why the name of an asset (``assets/logo.png``, folders included) is refused, or None."""
    unsafe = [
        character
        for part in relative.parts
        if not _NAME_PART.fullmatch(part)
        for character in part
        if not _NAME_PART.fullmatch(character)
    ]
    if not unsafe:
        return None
    shown = ", ".join("a space" if each == " " else repr(each) for each in dict.fromkeys(unsafe))
    return f"name not allowed: it holds {shown}; {ASSET_NAME_RULE}"


def asset_problem(path: Path, relative: PurePosixPath) -> AssetProblem | None:
    """Why the asset at ``path`` (``relative`` to content/) may not be published, or None."""
    named = name_problem(relative)
    if named:
        return AssetProblem(None, named)
    kind = _KIND_OF[relative.suffix.lower()]
    try:
        head = read_head(path, _HEAD_BYTES)
    except FileProblem as problem:
        return AssetProblem(None, problem.message)
    if kind.starts(head):
        return None
    other = next((each for each in KINDS if each.starts(head)), None)
    if other is not None:
        rename = f"{relative.stem}{other.suffixes[0]}"
        return AssetProblem(None, f"not {kind.noun}: it holds {other.noun}; name it {rename}")
    if kind is SVG_KIND:
        svg = svg_problem(path)
        return None if svg is None else AssetProblem(svg.line, svg.message)
    found = _what_it_holds(head, kind)
    return AssetProblem(None, f"not {kind.noun}: {found}; save it again as {kind.short}")


def _what_it_holds(head: bytes, kind: AssetKind) -> str:
    if not head:
        return "the file is empty"
    if _is_text(head):
        return "it holds text (a web page, a script or the like)"
    return f"its first bytes are not {kind.noun}'s"


def _is_text(head: bytes) -> bool:
    """UTF-8 without control bytes, as far as it goes (a character may be cut at its end)."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return not any(ord(each) < 0x20 and each not in "\t\n\r\f" for each in text)
