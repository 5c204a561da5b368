"""The PDFs built with the site: fillable journal and plan, and the guide with the framework."""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from typing import Any, cast

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject

from generator import load_toolkit
from generator.naming import AnswerName

from .conftest import BuiltSite
from .support.html import article_text
from .support.pdf import MM, Sheet, pdftoppm, picture, read_sheets
from .support.sites import REPO

MULTILINE = 1 << 12  # PDF text field flag: multi-line


def _text(reader: PdfReader) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


ROLE = {"person-role": "Your role (optional)"}


@pytest.fixture(scope="module")
def expected_tooltips() -> dict[str, str]:
    """PDF field name -> the question people see, for every field of the plan: a table cell
    is named by generator/naming.py and described as "Objective 2: Support needed"."""
    # Whose answers, first: the person's name and role.
    tooltips: dict[str, str] = {"person-name": "Your name", **ROLE}
    for field in load_toolkit(REPO).plan.fields():
        name = AnswerName("plan", field.id)
        if field.type != "table":
            tooltips[name.field_name] = field.prompt
            continue
        columns = field.columns or []
        for row in range(1, field.row_count + 1):
            for column in columns:
                cell = name.cell(str(row), column.id).field_name
                tooltips[cell] = f"{columns[0].prompt} {row}: {column.prompt}"
    return tooltips


@pytest.fixture(scope="module")
def journal_pdf(default_site: BuiltSite) -> PdfReader:
    return PdfReader(default_site.folder / "downloads" / "reflection-journal.pdf")


@pytest.fixture(scope="module")
def plan_pdf(default_site: BuiltSite) -> PdfReader:
    return PdfReader(default_site.folder / "downloads" / "development-plan.pdf")


def test_journal_pdf_has_one_field_per_question(journal_pdf: PdfReader) -> None:
    toolkit = load_toolkit(REPO)
    fields = journal_pdf.get_fields() or {}
    questions = {q.id: q.text for q in toolkit.journal.questions()}
    assert len(questions) == 33
    whose = {"person-name": "Your name", **ROLE}
    assert {name: str(field.get("/TU")) for name, field in fields.items()} == whose | questions
    for name, field in fields.items():
        if name in whose:
            continue
        assert field.get("/FT") == "/Tx"
        assert int(cast(Any, field.get("/Ff", 0))) & MULTILINE


def test_plan_pdf_has_one_field_per_plan_field_and_table_cell(
    plan_pdf: PdfReader, expected_tooltips: dict[str, str]
) -> None:
    fields = plan_pdf.get_fields() or {}
    assert {name: str(field.get("/TU")) for name, field in fields.items()} == expected_tooltips
    assert len(fields) == 19 + 3 * 8  # 17 fields, name and role, 3 objective rows of 8 columns
    assert fields["depth-current"].get("/FT") == "/Btn"
    assert fields["objectives_2_support"].get("/TU") == "Objective 2: Support needed"
    assert not int(cast(Any, fields["person-name"].get("/Ff", 0))) & MULTILINE
    assert int(cast(Any, fields["reflections"].get("/Ff", 0))) & MULTILINE


@pytest.mark.parametrize("name", ["reflection-journal", "development-plan"])
def test_fields_are_drawn_once(default_site: BuiltSite, name: str) -> None:
    """Each field has one widget (a radio group one per option), and no stray duplicates."""
    reader = PdfReader(default_site.folder / "downloads" / f"{name}.pdf")
    widgets: Counter[str] = Counter()
    for page in reader.pages:
        for annotation in cast(list[Any], page.get("/Annots", [])):
            widget = annotation.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            owner = widget["/Parent"].get_object() if "/Parent" in widget else widget
            widgets[str(owner["/T"])] += 1
    toolkit = load_toolkit(REPO)
    positions = len(toolkit.framework.positions)
    for field_name, count in widgets.items():
        expected = positions if field_name.endswith(("-current", "-future")) else 1
        if field_name.endswith("_term"):
            expected = 2
        if field_name.endswith("_owner"):
            expected = 3
        assert count == expected, field_name
    assert set(widgets) == set(reader.get_fields() or {})


RADIO = 1 << 15  # PDF button field flag: radio buttons
DPI = 216
"""Pictures of sheets at three pixels a point: a ring's line is two or three pixels wide."""


def _options(toolkit_options: list[str], sheet: Sheet) -> list[tuple[float, float]]:
    """Where each choice's label starts (x, baseline), in the body of ``sheet``: a line that
    begins a label ("Short term" of "Short term (within 12 months)")."""
    return sorted(
        (
            (piece.x, piece.y)
            for piece in sheet.pieces
            if not sheet.in_margins(piece)
            and any(
                (label.startswith(piece.text) and len(piece.text) > 5) or piece.text == label
                for label in toolkit_options
            )
        ),
        key=lambda place: (-round(place[1]), place[0]),
    )


def _mark_beside(drawn: Image.Image, sheet: Sheet, x: float, baseline: float) -> tuple[int, int]:
    """The radio mark drawn left of a choice's label: how wide its dark pixels spread (in
    pixels), and the darkness (0 black, 255 white) at their centre."""
    scale = DPI / 72
    box = (
        round((x - 10 * MM) * scale),
        round((sheet.height - baseline - 4 * MM) * scale),
        round((x - 0.5 * MM) * scale),
        round((sheet.height - baseline + 1.5 * MM) * scale),
    )
    area = drawn.crop(box)
    dark = [
        (column, row)
        for column in range(area.width)
        for row in range(area.height)
        if cast(int, area.getpixel((column, row))) < 128
    ]
    # Not a table's rule down the whole box (the cell's edge, left of a choice in a table).
    rules = {c for c in range(area.width) if sum(c == d for d, _ in dark) > 0.8 * area.height}
    dark = [(column, row) for column, row in dark if not rules & {column - 1, column, column + 1}]
    if not dark:
        return 0, 255
    columns, rows = [c for c, _ in dark], [r for _, r in dark]
    centre = ((min(columns) + max(columns)) // 2, (min(rows) + max(rows)) // 2)
    return max(columns) - min(columns), cast(int, area.getpixel(centre))


def _choose(pdf: bytes, field_name: str, index: int) -> bytes:
    """The PDF with option ``index`` of a radio group chosen, as a PDF reader saves it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    fields = cast(Any, writer.root_object["/AcroForm"])["/Fields"]
    group = next(f.get_object() for f in fields if f.get_object().get("/T") == field_name)
    widget = cast(DictionaryObject, group["/Kids"][index].get_object())
    state = next(name for name in cast(Any, widget["/AP"])["/N"] if name != "/Off")
    group[NameObject("/V")] = NameObject(state)
    widget[NameObject("/AS")] = NameObject(state)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


@pytest.mark.skipif(pdftoppm() is None and os.environ.get("CI") != "true", reason="no pdftoppm")
def test_radio_buttons_are_drawn_as_empty_rings_or_a_ring_with_a_dot(
    default_site: BuiltSite, plan_pdf: PdfReader
) -> None:
    """A PDF reader draws each option from its own pictures: "not chosen" was drawn as
    nothing, so a printed blank plan had no mark to tick beside Consolidating, Developing..."""
    pdf = (default_site.folder / "downloads" / "development-plan.pdf").read_bytes()
    toolkit = load_toolkit(REPO)
    labels = [position.label for position in toolkit.framework.positions]
    for field in toolkit.plan.fields():
        for column in field.columns or []:
            labels += [option.label for option in column.options or []]
    fields = plan_pdf.get_fields() or {}
    radios = [f for f in fields.values() if int(cast(Any, f.get("/Ff", 0))) & RADIO]
    widgets = sum(len(cast(Any, f["/Kids"])) for f in radios)
    assert widgets == 6 * 3 + 3 * 2 + 3 * 3  # positions; each row's term and owner

    def marks(printed: bytes) -> list[tuple[int, int, int]]:
        found = []
        for number, sheet in enumerate(read_sheets(printed), start=1):
            places = _options(labels, sheet)
            if places:
                drawn = picture(printed, number, dpi=DPI)
                found += [(number, *_mark_beside(drawn, sheet, x, y)) for x, y in places]
        return found

    blank = marks(pdf)
    assert len(blank) == widgets
    ring = 2 * MM * DPI / 72  # the marks are 2.5 to 3 mm across
    for number, width, centre in blank:
        assert width >= ring and centre > 200, ("an empty ring", number, width, centre)
    # The second option of the first question chosen: a ring with a dark dot; the rest empty.
    chosen = marks(_choose(pdf, "depth-current", 1))
    expected = [(True, False)] * widgets
    expected[1] = (True, True)
    assert [(width >= ring, centre < 100) for _, width, centre in chosen] == expected


@pytest.mark.parametrize("name", ["reflection-journal", "development-plan", "facilitation-guide"])
def test_pdf_metadata_and_tags(default_site: BuiltSite, name: str) -> None:
    reader = PdfReader(default_site.folder / "downloads" / f"{name}.pdf")
    metadata: dict[str, Any] = dict(reader.metadata or {})
    assert metadata.get("/Author") == "Example NHS Trust"
    assert metadata.get("/Title") in {
        "Blank reflection journal",
        "Blank development plan",
        "Facilitation guide and framework",
    }
    root = cast(Any, reader.trailer["/Root"])
    assert root.get("/Lang") == "en-GB"
    assert "/StructTreeRoot" in root  # tagged for screen readers
    assert root["/MarkInfo"]["/Marked"]


def test_every_question_is_in_the_journal_pdf_text(journal_pdf: PdfReader) -> None:
    text = _text(journal_pdf)
    for question in load_toolkit(REPO).journal.questions():
        assert question.text in text


def test_every_field_label_is_in_the_plan_pdf_text(plan_pdf: PdfReader) -> None:
    text = _text(plan_pdf)
    for field in load_toolkit(REPO).plan.fields():
        assert field.label in text
    assert "Objective 3" in text


def test_guide_pdf_holds_the_guide_and_the_framework(default_site: BuiltSite) -> None:
    reader = PdfReader(default_site.folder / "downloads" / "facilitation-guide.pdf")
    text = _text(reader)
    toolkit = load_toolkit(REPO)
    for stage in toolkit.guide.stages:
        assert stage.title in text
    for question in toolkit.journal.questions():
        assert question.text in text
    for direction in toolkit.framework.directions:
        for items in direction.initiatives.values():
            for item in items:
                assert item.replace(" ", "") in text.replace(" ", ""), item
    assert not reader.get_fields()


def test_pages_link_to_the_pdfs(default_site: BuiltSite) -> None:
    journal = (default_site.folder / "journal.html").read_text(encoding="utf-8")
    assert 'href="downloads/reflection-journal.pdf" download' in journal
    plan = (default_site.folder / "plan.html").read_text(encoding="utf-8")
    assert 'href="downloads/development-plan.pdf" download' in plan
    guide = (default_site.folder / "guide.html").read_text(encoding="utf-8")
    assert 'href="downloads/facilitation-guide.pdf" download' in guide


def test_without_pdfs_there_are_no_links_to_them(fixture_site: BuiltSite) -> None:
    """The fixture site is built with `pdf: false`, as `mkdocs serve` builds by default."""
    assert not (fixture_site.folder / "downloads").exists()
    assert "downloads/" not in (fixture_site.folder / "journal.html").read_text(encoding="utf-8")
    assert "Print a blank journal" in article_text(fixture_site.folder / "journal.html")
