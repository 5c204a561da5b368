"""Turn a :class:`Toolkit` into pages: pure functions, no MkDocs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..layout import programme_path
from ..page import Page
from ..toolkit import Toolkit
from .printing import print_pages
from .renderer import Renderer, nav_title, title_of


def render_pages(
    toolkit: Toolkit, *, downloads: bool = False, cache_dir: Path | None = None
) -> list[Page]:
    """Every page of the toolkit, in navigation order.

    ``downloads`` says whether the PDFs are built too, so that pages may link to them;
    compiled templates are kept in ``cache_dir`` (see generator/cache.py), if given.
    """
    renderer = Renderer(toolkit, downloads=downloads, cache_dir=cache_dir)
    forms: dict[str, Any] = {"journal": toolkit.journal, "plan": toolkit.plan}
    programmes = nav_title(toolkit.programmes_index)
    pages = [
        renderer.page(
            "home", "home.md.j2", nav_title(toolkit.home), meta={"hide": ["toc"]}, home=toolkit.home
        ),
        form_page(renderer, "journal", nav_title(toolkit.journal), forms),
        # No table of contents beside the grid: its positions need the width, side by side.
        renderer.page(
            "framework",
            "framework.md.j2",
            nav_title(toolkit.framework),
            meta={"hide": ["toc"], "sfg_print": "landscape"},
        ),
        form_page(renderer, "plan", nav_title(toolkit.plan), forms),
        renderer.page(
            "answers", "answers.md.j2", title_of(toolkit, "answers"), dated=True, **forms
        ),
        renderer.page("guide", "guide.md.j2", nav_title(toolkit.guide), guide=toolkit.guide),
        renderer.page("programmes", "programmes.md.j2", programmes, section=programmes),
    ]
    pages += [
        renderer.render(
            programme_path(p.id), "programme.md.j2", p.name, section=programmes, programme=p
        )
        for p in toolkit.programmes
    ]
    pages.append(renderer.page("resources", "resources.md.j2", nav_title(toolkit.resources)))
    pages += print_pages(renderer, toolkit, forms)
    return pages


def form_page(renderer: Renderer, form: str, title: str, forms: dict[str, Any]) -> Page:
    """The journal or the plan: a form whose answers are kept in the browser."""
    meta = {"sfg_form": form}
    return renderer.page(form, f"{form}.md.j2", title, meta=meta, dated=True, **forms)
