"""Turn a :class:`Toolkit` into pages: pure functions, no MkDocs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models.forms import FieldBase
from ..toolkit import Toolkit
from .links import programme_path
from .printing import print_pages
from .renderer import Page, Renderer, nav_title


def render_pages(toolkit: Toolkit, *, downloads: bool = False) -> list[Page]:
    """Every page of the toolkit, in navigation order.

    ``downloads`` says whether the PDFs are built too, so that pages may link to them.
    """
    renderer = Renderer(toolkit, downloads=downloads)
    forms: dict[str, Any] = {
        "journal": toolkit.journal,
        "plan": toolkit.plan,
        "form_data": form_data(toolkit),
    }
    programmes = nav_title(toolkit.programmes_index)
    pages = [
        renderer.page("home", "home.md.j2", nav_title(toolkit.home), home=toolkit.home),
        renderer.page("journal", "journal.md.j2", nav_title(toolkit.journal), **forms),
        renderer.page("framework", "framework.md.j2", nav_title(toolkit.framework)),
        renderer.page("plan", "plan.md.j2", nav_title(toolkit.plan), **forms),
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


def navigation(pages: list[Page]) -> list[Any]:
    """An MkDocs-style ``nav``; pages of a section are grouped under its title.

    A section's ``index.md`` is its own page (Material's ``navigation.indexes``).
    """
    nav: list[Any] = []
    sections: dict[str, list[Any]] = {}
    for page in pages:
        if page.section is None:
            nav.append({page.title: page.path})
            continue
        if page.section not in sections:
            sections[page.section] = []
            nav.append({page.section: sections[page.section]})
        entry = page.path if page.path.endswith("index.md") else {page.title: page.path}
        sections[page.section].append(entry)
    return nav


def write_pages(pages: list[Page], target: Path) -> None:
    for page in pages:
        path = target / page.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.markdown, encoding="utf-8")


def form_data(toolkit: Toolkit) -> dict[str, Any]:
    """What the form scripts need to name answers: each answer id's question, choice labels.

    Table cells are named ``table/column`` here (stored as ``table/row/column``).
    """
    questions: dict[str, dict[str, str]] = {}
    choices: dict[str, dict[str, dict[str, str]]] = {}
    positions = {p.id: p.label for p in toolkit.framework.positions}
    for form, fields in (("journal", toolkit.journal.questions()), ("plan", toolkit.plan.fields())):
        questions[form], choices[form] = {}, {}
        named: list[tuple[str, str, FieldBase]] = [(f.id, f.prompt, f) for f in fields]
        named += [
            (f"{f.id}/{c.id}", f"{f.prompt}: {c.prompt}", c)
            for f in fields
            for c in f.columns or []
        ]
        for key, prompt, field in named:
            questions[form][key] = prompt
            if field.type == "position":
                choices[form][key] = positions
            elif field.options:
                choices[form][key] = {o.id: o.label for o in field.options}
    return {"forms": list(questions), "questions": questions, "choices": choices}
