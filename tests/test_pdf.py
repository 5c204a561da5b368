"""The PDFs built with the site: fillable journal and plan, and the guide with the framework."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, cast

import pytest
from pypdf import PdfReader

from generator import load_toolkit
from generator.naming import AnswerName

from .conftest import BuiltSite
from .support.html import article_text
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
    assert len(fields) == 18 + 3 * 7  # 16 fields, name and role, 3 objective rows of 7 columns
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
        assert count == expected, field_name
    assert set(widgets) == set(reader.get_fields() or {})


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
