"""Pages made for paper: the blank journal and plan, and the guide with the framework.

They are ordinary pages of the site (printable from the browser) and the sources of the PDFs
in downloads/. Blank pages are never bound to stored answers, so they print empty whatever
the browser keeps.
"""

from __future__ import annotations

from typing import Any

from ..toolkit import Toolkit
from .links import DOWNLOADS, PRINT_PATHS
from .renderer import Page, Renderer


def print_pages(renderer: Renderer, toolkit: Toolkit, forms: dict[str, Any]) -> list[Page]:
    ui = toolkit.site.interface
    section = ui.print_nav_title
    return [
        renderer.render(
            PRINT_PATHS["journal"],
            "journal.md.j2",
            ui.print_journal_title,
            section,
            blank=True,
            **forms,
        ),
        renderer.render(
            PRINT_PATHS["plan"], "plan.md.j2", ui.print_plan_title, section, blank=True, **forms
        ),
        renderer.render(
            PRINT_PATHS["guide"],
            "print-guide.md.j2",
            ui.print_guide_title,
            section,
            guide=toolkit.guide,
        ),
    ]


def pdf_sources(pages: list[Page]) -> dict[str, Page]:
    """The print page each PDF is made from, by PDF key (journal, plan, guide)."""
    by_path = {page.path: page for page in pages}
    return {key: by_path[path] for key, path in PRINT_PATHS.items()}


def pdf_file_names() -> dict[str, str]:
    return {key: path.rsplit("/", 1)[-1] for key, path in DOWNLOADS.items()}


def field_tooltips(toolkit: Toolkit) -> dict[str, str]:
    """PDF field name -> the question or label people see, for every fillable field.

    A table cell is named ``table-row-column`` and described as "Objective 2: Support needed".
    """
    tooltips: dict[str, str] = {}
    for field in [*toolkit.journal.questions(), *toolkit.plan.fields()]:
        if field.type != "table":
            tooltips[field.id] = field.prompt
            continue
        columns = field.columns or []
        for row in range(1, (field.rows or 3) + 1):
            for column in columns:
                name = f"{field.id}-{row}-{column.id}"
                tooltips[name] = f"{columns[0].prompt} {row}: {column.prompt}"
    return tooltips
