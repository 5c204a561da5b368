"""Read printed sheets back from a PDF (Chromium's page.pdf() or WeasyPrint's): each sheet's
size, and its text line by line with where it stands, its font, size and colour."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PageObject, PdfReader

MM = 72 / 25.4
"""PDF points in a millimetre."""
MARGIN_BAND = 11 * MM
"""Text this close to the top or bottom edge is in a page-margin box (running header, page
number): the body of a sheet starts at least 12 mm in."""


@dataclass(frozen=True)
class Piece:
    """A run of text as the PDF draws it."""

    x: float
    y: float
    """From the bottom edge, in points."""
    text: str
    font: str
    """The font's name without its subset prefix: ``LiberationSans-Bold``."""
    size: float
    colour: tuple[float, float, float]
    """Fill colour, each part from 0 to 1."""


@dataclass
class Sheet:
    width: float
    height: float
    pieces: list[Piece] = field(default_factory=list)
    raw: str = ""
    """The text as pypdf reads it, in the order it is drawn (a table cell's lines together)."""

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def text(self) -> str:
        return " ".join(line for line in self.lines())

    def in_margins(self, piece: Piece) -> bool:
        return piece.y < MARGIN_BAND or piece.y > self.height - MARGIN_BAND

    def margin_text(self, top: bool) -> str:
        """The words of the top (or bottom) page-margin boxes."""
        band = [p for p in self.pieces if self.in_margins(p) and (p.y > self.height / 2) == top]
        return _joined(band)

    def lines(self, body_only: bool = False) -> list[str]:
        """Text lines from the top of the sheet down: pieces on one baseline joined, left to
        right (columns side by side share a line)."""
        return [text for _, text in self.placed_lines(body_only)]

    def placed_lines(self, body_only: bool = False) -> list[tuple[float, str]]:
        """The same with each line's baseline, from the bottom edge in points."""
        pieces = [p for p in self.pieces if not (body_only and self.in_margins(p))]
        rows: dict[int, list[Piece]] = {}
        for piece in pieces:
            rows.setdefault(round(piece.y), []).append(piece)
        return [(y, _joined(rows[y])) for y in sorted(rows, reverse=True)]


def _joined(pieces: list[Piece]) -> str:
    return re.sub(r"\s+", " ", " ".join(p.text for p in sorted(pieces, key=lambda p: p.x))).strip()


def read_sheets(pdf: bytes | Path) -> list[Sheet]:
    """Every sheet of ``pdf`` with its text pieces."""
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return [_read_sheet(page) for page in reader.pages]


def _read_sheet(page: PageObject) -> Sheet:
    box = page.mediabox
    sheet = Sheet(float(box.width), float(box.height))
    colour = [(0.0, 0.0, 0.0)]

    def before(operator: bytes, arguments: list[Any], cm: Any, tm: Any) -> None:
        if operator == b"rg":
            colour[0] = (float(arguments[0]), float(arguments[1]), float(arguments[2]))
        elif operator == b"g":
            colour[0] = (float(arguments[0]),) * 3

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[0] * cm[0] + tm[1] * cm[2]) ** 2 + (tm[0] * cm[1] + tm[1] * cm[3]) ** 2
        name = str(font.get("/BaseFont", "")) if font else ""
        font_name = name.lstrip("/").split("+")[-1]
        sheet.pieces.append(
            Piece(x, y, text.strip(), font_name, round(size * scale**0.5, 1), colour[0])
        )

    sheet.raw = page.extract_text(visitor_operand_before=before, visitor_text=visit)
    return sheet


def relative_luminance(colour: tuple[float, float, float]) -> float:
    def linear(part: float) -> float:
        return part / 12.92 if part <= 0.04045 else ((part + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(part) for part in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_on_white(colour: tuple[float, float, float]) -> float:
    """WCAG contrast ratio of text in ``colour`` on a white sheet."""
    return 1.05 / (relative_luminance(colour) + 0.05)


def font_family(font: str) -> str:
    """``LiberationSans-Bold`` is of the family ``LiberationSans``."""
    return re.sub(r"[-,](Bold|Italic|Oblique|BoldItalic|BoldOblique|Regular)$", "", font)


WORD = re.compile(r"[A-Za-z]+")


def broken_words(text_lines: list[str], vocabulary: set[str]) -> list[str]:
    """Words split over two lines: a line that ends in something that is not a word of
    ``vocabulary`` (lower case) while it and the start of the next line make one."""
    found = []
    for line, following in itertools.pairwise(text_lines):
        end, start = WORD.findall(line)[-1:], WORD.findall(following)[:1]
        if not end or not start or not line.rstrip().endswith(end[0]):
            continue
        if not following.lstrip().startswith(start[0]):
            continue
        joined = (end[0] + start[0]).lower()
        if joined in vocabulary and end[0].lower() not in vocabulary:
            found.append(f"{end[0]}|{start[0]}")
    return found


def pdftoppm() -> str | None:
    """Debian's pdftoppm (poppler-utils; make test installs it), or None."""
    return shutil.which("pdftoppm")


def picture(pdf: bytes, number: int, dpi: int = 72) -> Image.Image:
    """Sheet ``number`` (from 1) of ``pdf`` as pdftoppm draws it, in grey: at 72 dpi a pixel
    is a point, so a piece's x and y (from the bottom) find it."""
    command = pdftoppm()
    assert command, "pdftoppm is not installed (make test installs poppler-utils)"
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "printed.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                command,
                "-r",
                str(dpi),
                "-gray",
                "-png",
                "-singlefile",
                "-f",
                str(number),
                "-l",
                str(number),
                str(source),
                str(Path(folder) / "sheet"),
            ],
            check=True,
        )
        with Image.open(Path(folder) / "sheet.png") as drawn:
            return drawn.convert("L")
