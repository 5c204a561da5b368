"""Turn a :class:`Toolkit` into pages: pure functions, no MkDocs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..models.forms import FieldBase
from ..toolkit import Toolkit
from .links import PAGE_PATHS, SiteMap, field_html_id, programme_path, relative
from .prose import ProseRenderer

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|])")


@dataclass(frozen=True)
class Page:
    """One generated page: where it goes, its title in the navigation, and its Markdown."""

    path: str
    title: str
    markdown: str


def render_pages(toolkit: Toolkit) -> list[Page]:
    """Every page of the toolkit, in navigation order."""
    renderer = _Renderer(toolkit)
    forms = {"journal": toolkit.journal, "plan": toolkit.plan, "form_data": form_data(toolkit)}
    pages = [
        renderer.page("home", "home.md.j2", _nav(toolkit.home), home=toolkit.home),
        renderer.page("journal", "journal.md.j2", _nav(toolkit.journal), **forms),
        renderer.page("framework", "framework.md.j2", _nav(toolkit.framework)),
        renderer.page("plan", "plan.md.j2", _nav(toolkit.plan), **forms),
        renderer.page("guide", "guide.md.j2", _nav(toolkit.guide), guide=toolkit.guide),
        renderer.page("programmes", "programmes.md.j2", _nav(toolkit.programmes_index)),
    ]
    pages += [
        renderer.render(programme_path(p.id), "programme.md.j2", p.name, programme=p)
        for p in toolkit.programmes
    ]
    pages.append(renderer.page("resources", "resources.md.j2", _nav(toolkit.resources)))
    return pages


def navigation(pages: list[Page]) -> list[Any]:
    """An MkDocs-style ``nav``: programme pages grouped under the programmes index."""
    nav: list[Any] = []
    programmes: list[Any] = []
    for page in pages:
        if page.path.startswith("programmes/"):
            if not programmes:
                nav.append({page.title: programmes})
            programmes.append(
                page.path if page.path.endswith("index.md") else {page.title: page.path}
            )
        else:
            nav.append({page.title: page.path})
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


def _nav(model: Any) -> str:
    return str(model.nav_title or model.title)


def heading_text(text: str) -> Markup:
    """Text safe to put in a Markdown heading: HTML-escaped, Markdown characters escaped."""
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", str(escape(text))))


class _Renderer:
    def __init__(self, toolkit: Toolkit) -> None:
        self.toolkit = toolkit
        self.site_map = SiteMap.of(toolkit)
        self.prose = ProseRenderer(self.site_map)
        self.environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
        self.environment.filters["heading"] = heading_text
        self.environment.globals["field_id"] = field_html_id
        self.journal_question_text = {q.id: q.text for q in toolkit.journal.questions()}

    def page(self, key: str, template: str, title: str, **context: Any) -> Page:
        return self.render(PAGE_PATHS[key], template, title, page_key=key, **context)

    def render(self, path: str, template: str, title: str, **context: Any) -> Page:
        def prose(text: str | None) -> Markup:
            return self.prose.block(text, path)

        def prose_inline(text: str | None) -> Markup:
            return self.prose.inline(text, path)

        def link(key: str) -> str:
            return relative(PAGE_PATHS[key], path)

        def programme_link(programme_id: str) -> str:
            return relative(programme_path(programme_id), path)

        markdown = self.environment.get_template(template).render(
            toolkit=self.toolkit,
            site=self.toolkit.site,
            framework=self.toolkit.framework,
            prose=prose,
            prose_inline=prose_inline,
            link=link,
            programme_link=programme_link,
            resource_url=self.site_map.resource_urls.get,
            question_text=self.journal_question_text.__getitem__,
            page_titles={key: title_of(self.toolkit, key) for key in PAGE_PATHS},
            ui=self.toolkit.site.interface,
            resources_by_id={r.id: r for r in self.toolkit.resources.all()},
            **context,
        )
        return Page(path, title, _tidy(markdown))


def title_of(toolkit: Toolkit, key: str) -> str:
    model: Any = {
        "home": toolkit.home,
        "journal": toolkit.journal,
        "framework": toolkit.framework,
        "plan": toolkit.plan,
        "guide": toolkit.guide,
        "programmes": toolkit.programmes_index,
        "resources": toolkit.resources,
    }[key]
    return str(getattr(model, "nav_title", None) or model.title)


def _tidy(markdown: str) -> str:
    """Drop blank lines that template logic leaves inside HTML, and runs of blank lines.

    A blank line between two lines of HTML would split one HTML block into two for the
    Markdown parser; headings and front matter keep their blank lines.
    """
    markdown = re.sub(r"(?<=>)\n(?:[ \t]*\n)+(?=[ \t]*<)", "\n", markdown)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
