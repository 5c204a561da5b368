"""An SVG image's bytes as text: the characters a browser reads, or one line saying why not.

A browser reads an SVG file as UTF-16 when it starts with a UTF-16 byte order mark, and
otherwise in the encoding its XML declaration names (UTF-8 when it names none). The check
must read the same characters the browser does, and expat alone reads only a few encodings:
on any other (``encoding="utf-7"``) it stopped with an exception. So an image is decoded here:
UTF-16 when it starts with a byte order mark, UTF-8 otherwise, and an XML declaration that
names another encoding is refused; every editor saves plain SVG as UTF-8.
"""

from __future__ import annotations

import codecs
import re

ENCODING_RULE = (
    "an SVG image must be UTF-8 text (or UTF-16 with a byte order mark); this one says it is"
    " {declared}: save it with UTF-8 encoding"
)
_UTF_8 = frozenset({"utf-8", "utf8"})
_UTF_16 = frozenset({"utf-16", "utf-16le", "utf-16be"})
_DECLARED = re.compile(r"""<\?xml\s[^>]*?\bencoding\s*=\s*(["'])(.*?)\1""")


class SvgUnreadable(Exception):
    """The image cannot be read as text; ``line`` None for the whole file."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def svg_text(data: bytes) -> str:
    """The text of an SVG image; :class:`SvgUnreadable` if it is not UTF-8 (or UTF-16 with a
    byte order mark), or its XML declaration names another encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, shown, allowed = "utf-16", "UTF-16", _UTF_16  # the codec reads the mark
    else:
        encoding, shown, allowed = "utf-8", "UTF-8", _UTF_8
        data = data.removeprefix(codecs.BOM_UTF8)
    declared = _DECLARED.match(data[:1024].decode(encoding, "replace"))
    if declared and declared.group(2).strip().lower() not in allowed:
        raise SvgUnreadable(1, ENCODING_RULE.format(declared=repr(declared.group(2))))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(encoding, "replace").count("\n") + 1
        message = (
            f"not {shown} text: byte 0x{data[error.start]:02x} cannot be read; save the image"
            " with UTF-8 encoding"
        )
        raise SvgUnreadable(line, message) from None
    if "\0" in text:  # never in XML; and expat would read "<\0s\0" as UTF-16
        line = text[: text.index("\0")].count("\n") + 1
        hint = " (UTF-16 saved without a byte order mark?)" if encoding == "utf-8" else ""
        message = f"not {shown} text: it holds a NUL byte{hint}; save the image with UTF-8 encoding"
        raise SvgUnreadable(line, message)
    return text
