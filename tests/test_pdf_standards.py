"""The built PDFs as PDF/UA and PDF readers ask: XMP metadata declaring PDF/UA-1, a scope on
every table header, and a header version that covers what the file uses.

Read with pikepdf (qpdf), not with the pypdf that helps make them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pikepdf
import pytest

from .conftest import BuiltSite

PDFS = {
    "reflection-journal": "journal",
    "development-plan": "plan",
    "facilitation-guide": "guide",
}
"""Each PDF, and its print page (print/<name>.html)."""


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


@pytest.mark.parametrize(("name", "headers"), [("development-plan", 10), ("facilitation-guide", 7)])
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
