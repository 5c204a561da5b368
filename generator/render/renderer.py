"""The Jinja environment and the helpers every page template gets."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape

from ..cache import private_folder
from ..layout import (
    COMPONENT_TEMPLATES,
    DOWNLOADS,
    PAGE_PATHS,
    PRINT_PATHS,
    programme_path,
    relative,
)
from ..naming import ROW_PLACEHOLDER, AnswerName, anchor_id, own_id
from ..page import Page
from ..toolkit import Toolkit
from .config import FormConfig, person_fields
from .links import SiteMap
from .prose import ProseRenderer
from .wording import WordingNotes

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_folders() -> list[Path]:
    """Where the page templates are found: TEMPLATES, then each component's folder."""
    components = COMPONENT_TEMPLATES
    found = (
        sorted(path for path in components.iterdir() if path.is_dir())
        if components.is_dir()
        else []
    )
    return [TEMPLATES, *found]


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|])")


def heading_text(text: str) -> Markup:
    """Text safe to put in a Markdown heading: HTML-escaped, Markdown characters escaped."""
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", str(escape(text))))


def breakable(text: str) -> Markup:
    """HTML-escaped text that may break after a slash: "NHS/organisation/system" is one word
    to a browser, and would set the width of a narrow column."""
    return Markup(str(escape(text)).replace("/", "/<wbr>"))


# One environment a cache folder, kept for the life of the process (`mkdocs serve` rebuilds
# in the same process): templates are compiled once, and again only when they change.
_ENVIRONMENTS: dict[Path | None, jinja2.Environment] = {}


def environment(cache_dir: Path | None = None) -> jinja2.Environment:
    """The page templates' environment; compiled templates are kept in ``cache_dir``/jinja
    when that is a folder of the builder's own (see generator/cache.py)."""
    folder = private_folder(cache_dir / "jinja") if cache_dir else None
    if folder not in _ENVIRONMENTS:
        created = jinja2.Environment(
            loader=jinja2.FileSystemLoader(template_folders()),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            bytecode_cache=jinja2.FileSystemBytecodeCache(str(folder)) if folder else None,
        )
        created.filters["heading"] = heading_text
        created.filters["breakable"] = breakable
        created.filters["noted"] = WordingNotes.ending
        created.globals.update(own_id=own_id, anchor_id=anchor_id, row_placeholder=ROW_PLACEHOLDER)
        _ENVIRONMENTS[folder] = created
    return _ENVIRONMENTS[folder]


class Renderer:
    def __init__(
        self, toolkit: Toolkit, *, downloads: bool = False, cache_dir: Path | None = None
    ) -> None:
        self.downloads = downloads
        self.prose = ProseRenderer(SiteMap.of(toolkit))
        self.environment = environment(cache_dir)
        # The same for every page: worked out once.
        self.shared = {
            "toolkit": toolkit,
            "site": toolkit.site,
            "framework": toolkit.framework,
            "ui": toolkit.site.interface,
            "question_text": {q.id: q.text for q in toolkit.journal.questions()}.__getitem__,
            "page_titles": {key: title_of(toolkit, key) for key in PAGE_PATHS},
            "resources_by_id": {r.id: r for r in toolkit.resources.all()},
            "reading_list_words": toolkit.site.interface.resources_without_links.replace(
                "{organisation}", toolkit.site.organisation
            ),
            "wording": WordingNotes(
                toolkit.site.interface.written_by, toolkit.site.organisation
            ).note,
            "answer": AnswerName,
            "form_config": FormConfig(toolkit),
            "person_fields": person_fields(toolkit.site.interface),
            "paper": False,
        }

    def page(
        self, key: str, template: str, title: str, section: str | None = None, **context: Any
    ) -> Page:
        return self.render(PAGE_PATHS[key], template, title, section, **context)

    def render(
        self,
        path: str,
        template: str,
        title: str,
        section: str | None = None,
        *,
        meta: dict[str, Any] | None = None,
        dated: bool = False,
        **context: Any,
    ) -> Page:
        """Render ``template`` as the page at ``path``.

        ``meta`` becomes the page's front matter (``sfg_form`` makes it a form page, see
        theme/main.html); ``dated`` prints the date on paper.
        """

        def prose(text: str | None) -> Markup:
            return self.prose.block(text, path)

        def prose_inline(text: str | None) -> Markup:
            return self.prose.inline(text, path)

        def link(key: str) -> str:
            return relative(PAGE_PATHS[key], path)

        def programme_link(programme_id: str) -> str:
            return relative(programme_path(programme_id), path)

        def print_link(key: str) -> str:
            return relative(PRINT_PATHS[key], path)

        def download_link(key: str) -> str | None:
            """The PDF's address, or None when this build makes no PDFs."""
            return relative(DOWNLOADS[key], path, html=False) if self.downloads else None

        variables = {
            **self.shared,
            "prose": prose,
            "prose_inline": prose_inline,
            "link": link,
            "programme_link": programme_link,
            "print_link": print_link,
            "download_link": download_link,
            "page_title": title,
            "dated": dated,
            **context,
        }
        header = self.environment.get_template("_header.j2").render(variables)
        body = self.environment.get_template(template).render(variables)
        markdown = front_matter(meta) + _tidy(header + "\n\n" + body)
        return Page(path, title, markdown, section)


def front_matter(meta: dict[str, Any] | None) -> str:
    """YAML front matter for MkDocs (values dumped by PyYAML, so always valid YAML)."""
    if not meta:
        return ""
    return "---\n" + yaml.safe_dump(meta, sort_keys=True, allow_unicode=True) + "---\n"


def nav_title(model: Any) -> str:
    """A page's title in the navigation: its ``nav_title``, or its title."""
    return str(getattr(model, "nav_title", None) or model.title)


def title_of(toolkit: Toolkit, key: str) -> str:
    if key == "answers":
        return toolkit.site.interface.check_title
    model: Any = {
        "home": toolkit.home,
        "journal": toolkit.journal,
        "framework": toolkit.framework,
        "plan": toolkit.plan,
        "guide": toolkit.guide,
        "programmes": toolkit.programmes_index,
        "resources": toolkit.resources,
    }[key]
    return nav_title(model)


def _tidy(markdown: str) -> str:
    """Drop blank lines that template logic leaves inside HTML, and runs of blank lines.

    A blank line between two lines of HTML would split one HTML block into two for the
    Markdown parser; headings keep their blank lines.
    """
    markdown = re.sub(r"(?<=>)\n(?:[ \t]*\n)+(?=[ \t]*<)", "\n", markdown)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
