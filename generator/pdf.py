"""Downloadable PDFs, rendered by WeasyPrint from the same pages as the printable site.

The blank journal and plan become fillable PDF forms: one field per question or plan field
(one per cell of a table), named by its id, with its question text as the tooltip. The guide
and the framework become one PDF to read before the conversation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import cast

import jinja2
import markdown

from .render.chrome import css_string
from .render.printing import field_tooltips, pdf_file_names, pdf_sources
from .render.renderer import Page
from .toolkit import Toolkit

TEMPLATES = Path(__file__).resolve().parent / "templates"
PDF_STYLESHEET = TEMPLATES / "pdf.css"
DOWNLOADS_DIR = "downloads"
FILLABLE = ("journal", "plan")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# A table cell is named objectives[2][term] in the page; PDF field names may not hold
# brackets or dots, so the PDF calls it objectives-2-term.
# Links between pages of the site mean nothing in a PDF: their words stay, the link goes.
_PAGE_LINK = re.compile(r'<a href="(?!https?:|mailto:)[^"]*">(.*?)</a>', re.S)
_TABLE_CELL_NAME = re.compile(r'name="([a-z0-9-]+)\[(\d+)\]\[([a-z0-9-]+)\]"')


def write_pdfs(
    toolkit: Toolkit, pages: Sequence[Page], site_dir: Path, stylesheets: Sequence[Path]
) -> list[Path]:
    """Write the three PDFs into ``site_dir``/downloads from the site's print pages."""
    import weasyprint  # type: ignore[import-untyped]  # slow to load: only PDF builds need it

    sources = pdf_sources(list(pages))
    names = pdf_file_names()
    tooltips = field_tooltips(toolkit)
    target = site_dir / DOWNLOADS_DIR
    target.mkdir(parents=True, exist_ok=True)
    shell = _environment().get_template("pdf.html.j2")
    styles = [weasyprint.CSS(filename=str(path)) for path in [*stylesheets, PDF_STYLESHEET]]
    converter = markdown.Markdown(extensions=["attr_list", "toc"])
    written = []
    for key, page in sources.items():
        converter.reset()
        body = converter.convert(_FRONT_MATTER.sub("", page.markdown))
        body = _TABLE_CELL_NAME.sub(r'name="\1-\2-\3"', body)
        body = _PAGE_LINK.sub(r"\1", body)
        html = shell.render(
            site=toolkit.site, title=page.title, body=body, created=date.today().isoformat()
        )
        path = target / names[key]
        fillable = key in FILLABLE
        margins = weasyprint.CSS(string=_margins(toolkit.site.organisation, page.title))
        weasyprint.HTML(string=html, base_url=str(TEMPLATES)).write_pdf(
            path,
            stylesheets=[*styles, margins],
            pdf_forms=fillable,
            pdf_tags=True,
            custom_metadata=True,
        )
        if fillable:
            _tidy_form(path, tooltips)
        written.append(path)
    return written


def _margins(organisation: str, title: str) -> str:
    """The organisation and title on every sheet but the first, which has its own header."""
    return (
        f"@page {{ @top-left {{ content: {css_string(organisation)}; }}"
        f" @top-right {{ content: {css_string(title)}; }} }}\n"
        "@page :first { @top-left { content: none; } @top-right { content: none; } }\n"
    )


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def _tidy_form(path: Path, tooltips: Mapping[str, str]) -> None:
    """One field per question: radio buttons become options of their group, not fields.

    WeasyPrint lists each radio button as a field of its own, with the group's name, and
    takes the group's tooltip from the first option's label. Here each option is left as a
    widget of its group only, and every tooltip is the question text.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(path))
    form = cast(DictionaryObject, writer.root_object["/AcroForm"])
    fields = ArrayObject()
    for reference in cast(ArrayObject, form["/Fields"]):
        field = cast(DictionaryObject, reference.get_object())
        if "/Parent" in field:
            for key in ("/T", "/TU"):
                field.pop(key, None)
            continue
        name = str(field.get("/T", ""))
        if name in tooltips:
            field[NameObject("/TU")] = TextStringObject(tooltips[name])
        fields.append(reference)
    form[NameObject("/Fields")] = fields
    with path.open("wb") as output:
        writer.write(output)
