"""What a tagged PDF and a PDF form need that WeasyPrint leaves out, added to the PDF before it
is written (a WeasyPrint ``finisher``: it works on pydyf's objects, so the file is written once).

- The PDF/UA claim: XMP metadata in the catalog, with ``pdfuaid:part`` 1, the title and the
  language (WeasyPrint writes XMP only for its PDF/A, /UA and /X variants, and without the
  language).
- ``/Scope`` on every table header cell: WeasyPrint ties data cells to their headers with
  ``/Headers`` only; PDF/UA asks each header to say what it heads.
- A picture (``/AP /N``) for every text field: WeasyPrint gives them none and asks readers
  to make them (``NeedAppearances``); one that does not, or that prints, showed no field.
- The version the PDF uses, in its header and in its catalog.
- One field per radio group, and a picture for each option, chosen or not
  (generator/pdf_form.py).
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

from .pdf_form import resolved, tidy_radio_groups

PDF_VERSION = "1.7"
"""Tagged PDF (1.4), object streams (1.5) and forms: 1.7 holds them all."""
PDF_UA_PART = 1

NAMESPACES = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TEXT_FIELDS = ("/Tx", "/Ch")
"""Fields whose picture is their value: text and choices (buttons come with theirs)."""


def finish(document: Any, pdf: Any) -> None:
    """The finisher: ``document`` is WeasyPrint's, ``pdf`` pydyf's, about to be written."""
    declare_pdf_ua(pdf, document.metadata)
    scope_table_headers(pdf)
    tidy_radio_groups(pdf)
    draw_fields(pdf)
    pdf.catalog["Version"] = f"/{PDF_VERSION}"


def _name(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def xmp_packet(
    title: str | None,
    language: str | None,
    authors: list[str],
    description: str | None,
    producer: str | None,
    creator_tool: str | None,
) -> bytes:
    """An XMP packet declaring PDF/UA-1, with the document's title, language, authors and
    description as Dublin Core."""
    for prefix, uri in NAMESPACES.items():
        ElementTree.register_namespace(prefix, uri)
    meta = ElementTree.Element(_name("x:xmpmeta"))
    rdf = ElementTree.SubElement(meta, _name("rdf:RDF"))
    about = ElementTree.SubElement(rdf, _name("rdf:Description"), {_name("rdf:about"): ""})

    def add(tag: str, text: str) -> None:
        ElementTree.SubElement(about, _name(tag)).text = text

    def listed(tag: str, kind: str, items: list[str], language_alt: bool = False) -> None:
        holder = ElementTree.SubElement(ElementTree.SubElement(about, _name(tag)), _name(kind))
        for item in items:
            attributes = {XML_LANG: "x-default"} if language_alt else {}
            ElementTree.SubElement(holder, _name("rdf:li"), attributes).text = item

    add("pdfuaid:part", str(PDF_UA_PART))
    if title:
        listed("dc:title", "rdf:Alt", [title], language_alt=True)
    if language:
        listed("dc:language", "rdf:Bag", [language])
    if authors:
        listed("dc:creator", "rdf:Seq", authors)
    if description:
        listed("dc:description", "rdf:Alt", [description], language_alt=True)
    if producer:
        add("pdf:Producer", producer)
    if creator_tool:
        add("xmp:CreatorTool", creator_tool)
    body = ElementTree.tostring(meta, encoding="unicode")
    return (
        f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n{body}\n<?xpacket end="r"?>'
    ).encode()


def declare_pdf_ua(pdf: Any, metadata: Any) -> None:
    """The catalog's /Metadata: an XMP packet from WeasyPrint's document metadata."""
    import pydyf

    producer = pdf.info.get("Producer")
    packet = xmp_packet(
        title=metadata.title,
        language=metadata.lang,
        authors=list(metadata.authors),
        description=metadata.description,
        producer=producer.string if isinstance(producer, pydyf.String) else None,
        creator_tool=metadata.generator,
    )
    # Left uncompressed, as PDF/A asks and as tools that read XMP without a PDF parser expect.
    stream = pydyf.Stream([packet], {"Type": "/Metadata", "Subtype": "/XML"}, compress=False)
    pdf.add_object(stream)
    pdf.catalog["Metadata"] = stream.reference


def scope_table_headers(pdf: Any) -> None:
    """Every TH structure element gets ``/Scope``: ``/Row`` when a data cell of its own row
    names it among its ``/Headers``, ``/Column`` otherwise.

    WeasyPrint ties a row header (``<th scope="row">``) to the data cells of its row, and any
    other header to the cells of its column: the scope is read back from those ties, so the
    two always agree. (A column header is never tied to a cell of its own row: that cell is
    in another column.)
    """
    import pydyf

    for element in pdf.objects:
        if not isinstance(element, pydyf.Dictionary) or element.get("S") != "/TR":
            continue
        cells = [resolved(pdf, kid) for kid in element.get("K", ())]
        cells = [cell for cell in cells if isinstance(cell, pydyf.Dictionary)]
        tied = {
            _string(header)
            for cell in cells
            if cell.get("S") == "/TD"
            for header in cell.get("A", {}).get("Headers", ())
        }
        for cell in cells:
            if cell.get("S") != "/TH":
                continue
            attributes = cell.setdefault("A", pydyf.Dictionary({"O": "/Table"}))
            row_header = _string(cell.get("ID")) in tied
            attributes["Scope"] = "/Row" if row_header else "/Column"


def _string(value: Any) -> Any:
    return getattr(value, "string", value)


def draw_fields(pdf: Any) -> None:
    """Every text and choice field gets a picture of its value: an empty one for a blank
    field, shared by the fields of its size (a 900-page journal has 3,300 fields, of a few
    sizes). A field that has a value is drawn by the reader (``NeedAppearances``): the PDFs
    we make are blank forms, so none has."""
    import pydyf

    form = pdf.catalog.get("AcroForm")
    if form is None:
        return
    valued = False
    pictures: dict[tuple[float, float], bytes] = {}
    for reference in form["Fields"]:
        widget = resolved(pdf, reference)
        if widget.get("FT") not in _TEXT_FIELDS or "AP" in widget:
            continue
        left, bottom, right, top = _rectangle(widget["Rect"])
        widget["Rect"] = pydyf.Array((left, bottom, right, top))
        size = (round(right - left, 3), round(top - bottom, 3))
        if size not in pictures:
            picture = pydyf.Stream(
                [b"/Tx BMC", b"EMC"],
                {
                    "Type": "/XObject",
                    "Subtype": "/Form",
                    "BBox": pydyf.Array((0, 0, *size)),
                    "Resources": pydyf.Dictionary(),
                },
            )
            pdf.add_object(picture)
            pictures[size] = picture.reference
        widget["AP"] = pydyf.Dictionary({"N": pictures[size]})
        valued = valued or bool(_string(widget.get("V", "")))
    # WeasyPrint sets it true: readers then draw every field again, their own way (poppler
    # draws a radio button as a square, or not at all), over the pictures made here.
    form["NeedAppearances"] = "true" if valued else "false"


def _rectangle(rect: Any) -> tuple[float, float, float, float]:
    """Left, bottom, right, top of a rectangle given by any two opposite corners."""
    x1, y1, x2, y2 = (float(n) for n in rect)
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)
