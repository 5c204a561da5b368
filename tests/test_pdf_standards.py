"""The built PDFs as PDF/UA and PDF readers ask: XMP metadata declaring PDF/UA-1, and a
header version that covers what the file uses.

Read with pikepdf (qpdf), not with the pypdf that helps make them."""

from __future__ import annotations

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
