"""Pages made for paper: the blank journal and plan, and the guide with the framework.

They are ordinary pages of the site (printable from the browser) and the sources of the PDFs
in downloads/ (see generator/pdf.py). Blank pages are never bound to stored answers, so they
print empty whatever the browser keeps.
"""

from __future__ import annotations

from typing import Any

from ..layout import PRINT_PATHS
from ..page import Page
from ..toolkit import Toolkit
from .renderer import Renderer


def print_pages(renderer: Renderer, toolkit: Toolkit, forms: dict[str, Any]) -> list[Page]:
    ui = toolkit.site.interface
    section = ui.print_nav_title
    blank = {"paper": True, "dated": True, **forms}
    return [
        renderer.render(
            PRINT_PATHS["journal"], "journal.md.j2", ui.print_journal_title, section, **blank
        ),
        renderer.render(PRINT_PATHS["plan"], "plan.md.j2", ui.print_plan_title, section, **blank),
        renderer.render(
            PRINT_PATHS["guide"],
            "print-guide.md.j2",
            ui.print_guide_title,
            section,
            guide=toolkit.guide,
            paper=True,
        ),
    ]
