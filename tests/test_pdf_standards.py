"""The built PDFs as PDF/UA and PDF readers ask: XMP metadata declaring PDF/UA-1, a scope on
every table header, a header version that covers what the file uses, and a picture for every
form field (drawn once: by the field, never by the page beneath it).

Read with pikepdf (qpdf), as the pdfua checker that found what was missing reads them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pikepdf
import pytest

from .conftest import BuiltSite
from .support.pdf import read_sheets

PDFS = {
    "reflection-journal": "journal",
    "development-plan": "plan",
    "facilitation-guide": "guide",
}
"""Each PDF, and its print page (print/<name>.html)."""
FILLABLE = ["reflection-journal", "development-plan"]


def _open(site: BuiltSite, name: str) -> pikepdf.Pdf:
    return pikepdf.open(site.folder / "downloads" / f"{name}.pdf")


@pytest.mark.parametrize("name", PDFS)
def test_xmp_metadata_declares_pdf_ua_with_the_title_and_language(
    default_site: BuiltSite, name: str
) -> None:
    with _open(default_site, name) as pdf:
        assert "/Metadata" in pdf.Root, "no XMP metadata in the catalog"
        xmp = pdf.open_metadata()
        assert xmp.get("pdfuaid:part") == "1"
        assert xmp.get("dc:title") == str(pdf.docinfo["/Title"])
        assert xmp.get("dc:language") == {str(pdf.Root.Lang)} == {"en-GB"}
        assert xmp.get("dc:creator") == [str(pdf.docinfo["/Author"])]


def _elements(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every structure element, from the root of the structure tree down."""
    waiting: list[Any] = [pdf.Root.StructTreeRoot]
    seen: set[tuple[int, int]] = set()
    while waiting:
        element = waiting.pop()
        if not isinstance(element, pikepdf.Dictionary):
            continue
        if element.is_indirect:
            if element.objgen in seen:
                continue
            seen.add(element.objgen)
        if element.get("/Type") == "/StructElem":
            yield element
        kids = element.get("/K")
        waiting.extend(kids if isinstance(kids, pikepdf.Array) else [kids])


def _table_attributes(element: pikepdf.Dictionary) -> dict[str, str]:
    """The /Table attributes of a structure element (/A is one attribute object or many)."""
    found = element.get("/A")
    objects = found if isinstance(found, pikepdf.Array) else [found]
    return {
        str(key): str(value)
        for attributes in objects
        if isinstance(attributes, pikepdf.Dictionary) and attributes.get("/O") == "/Table"
        for key, value in attributes.items()
    }


@pytest.mark.parametrize(("name", "headers"), [("development-plan", 11), ("facilitation-guide", 7)])
def test_every_table_header_says_what_it_heads(
    default_site: BuiltSite, name: str, headers: int
) -> None:
    """/Scope on every TH: /Row for the print page's ``<th scope="row">``, /Column for the
    others, as PDF/UA asks (the pdfua checker: "none carry /Scope")."""
    page = (default_site.folder / "print" / f"{PDFS[name]}.html").read_text(encoding="utf-8")
    in_html = Counter(re.findall(r'<th scope="(row|col)"', page))
    with _open(default_site, name) as pdf:
        scopes = [
            _table_attributes(element).get("/Scope")
            for element in _elements(pdf)
            if element.get("/S") == "/TH"
        ]
    assert len(scopes) == headers
    assert Counter(scopes) == {"/Row": in_html["row"], "/Column": in_html["col"]}


@pytest.mark.parametrize("name", PDFS)
def test_the_version_covers_what_the_pdf_uses(default_site: BuiltSite, name: str) -> None:
    """/Lang and /MarkInfo need 1.4, object streams 1.5: the header says 1.7, and so does the
    catalog (the plan said %PDF-1.3 once pypdf had rewritten it)."""
    path = default_site.folder / "downloads" / f"{name}.pdf"
    assert path.read_bytes()[:9] == b"%PDF-1.7\n"
    with pikepdf.open(path) as pdf:
        assert pdf.pdf_version == "1.7"
        assert str(pdf.Root.get("/Version")) == "/1.7"
        assert "/Lang" in pdf.Root and "/MarkInfo" in pdf.Root


def _widgets(pdf: pikepdf.Pdf) -> Iterator[tuple[int, pikepdf.Object, pikepdf.Object]]:
    """Each widget with the number of its sheet (from 1) and the field it belongs to."""
    for number, page in enumerate(pdf.pages, start=1):
        for annotation in page.obj.get("/Annots", []):
            if annotation.get("/Subtype") == "/Widget":
                yield number, annotation, annotation.get("/Parent", annotation)


@pytest.mark.parametrize("name", FILLABLE)
def test_every_field_has_a_picture(default_site: BuiltSite, name: str) -> None:
    """A reader that does not make pictures itself, and printing, show a field by its /AP /N:
    the plan's 30 text fields had none, and relied on NeedAppearances (which was off)."""
    with _open(default_site, name) as pdf:
        kinds: Counter[str] = Counter()
        for _, widget, field in _widgets(pdf):
            kinds[str(field.get("/FT"))] += 1
            assert "/N" in widget.get("/AP", {}), f"{field.get('/T')} has no picture"
            if field.get("/FT") == "/Btn":  # a radio button: a picture for each state
                assert "/Off" in widget.AP.N and len(widget.AP.N.keys()) == 2
            else:
                assert "/BBox" in widget.AP.N
        assert kinds["/Tx"] > 0
        assert not pdf.Root.AcroForm.get("/NeedAppearances", False)


def _shows_text(stream: pikepdf.Object) -> bool:
    operators = {str(instruction.operator) for instruction in pikepdf.parse_content_stream(stream)}
    return bool(operators & {"Tj", "TJ", "'", '"'})


@pytest.mark.parametrize("name", FILLABLE)
def test_field_values_are_drawn_once_by_the_field(default_site: BuiltSite, name: str) -> None:
    """What a field holds is drawn by its picture and nowhere else: no text of the page lies
    under a field (the print page's mirror of an answer, or its ruled lines' words), and a
    blank field's picture draws no text (a value drawn twice overlaps itself)."""
    path = default_site.folder / "downloads" / f"{name}.pdf"
    sheets = read_sheets(path)
    with pikepdf.open(path) as pdf:
        for number, widget, field in _widgets(pdf):
            left, bottom, right, top = _normalised(widget.Rect)
            under = [
                piece.text
                for piece in sheets[number - 1].pieces
                if left <= piece.x <= right and bottom <= piece.y <= top
            ]
            assert under == [], f"{field.get('/T')}: the page draws {under} under the field"
            assert str(field.get("/V", "")) in ("", "/Off"), "the PDFs are blank forms"
            pictures = widget.AP.N
            states = (
                [picture for _, picture in pictures.items()]
                if field.get("/FT") == "/Btn"
                else [pictures]
            )
            assert not any(_shows_text(state) for state in states), field.get("/T")


def _normalised(rect: pikepdf.Object) -> tuple[float, float, float, float]:
    x1, y1, x2, y2 = (float(n) for n in rect)
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def test_the_pdfs_are_read_from_the_built_site(default_site: BuiltSite) -> None:
    """Nothing above passes on a site without PDFs."""
    assert {path.stem for path in (default_site.folder / "downloads").glob("*.pdf")} == set(PDFS)
