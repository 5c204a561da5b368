"""The Jinja environment and the helpers every page template gets."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..toolkit import Toolkit
from .links import (
    DOWNLOADS,
    PAGE_PATHS,
    PRINT_PATHS,
    SiteMap,
    field_html_id,
    programme_path,
    relative,
)
from .prose import ProseRenderer

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|])")
# Compiled templates are kept between builds (like .pyc files): compiling them is most of
# the cost of rendering, and live reload rebuilds often.
_BYTECODE_CACHE = Path(tempfile.gettempdir()) / "scope-for-growth-jinja"


@dataclass(frozen=True)
class Page:
    """One generated page: where it goes, its title in the navigation, and its Markdown.

    ``section`` names the navigation section the page sits in, if any.
    """

    path: str
    title: str
    markdown: str
    section: str | None = None


def heading_text(text: str) -> Markup:
    """Text safe to put in a Markdown heading: HTML-escaped, Markdown characters escaped."""
    return Markup(_MARKDOWN_SPECIALS.sub(r"\\\1", str(escape(text))))


class Renderer:
    def __init__(self, toolkit: Toolkit, *, downloads: bool = False) -> None:
        self.downloads = downloads
        self.prose = ProseRenderer(SiteMap.of(toolkit))
        self.environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
            bytecode_cache=_bytecode_cache(),
        )
        self.environment.filters["heading"] = heading_text
        self.environment.globals["field_id"] = field_html_id
        # The same for every page: worked out once.
        self.shared = {
            "toolkit": toolkit,
            "site": toolkit.site,
            "framework": toolkit.framework,
            "ui": toolkit.site.interface,
            "question_text": {q.id: q.text for q in toolkit.journal.questions()}.__getitem__,
            "page_titles": {key: title_of(toolkit, key) for key in PAGE_PATHS},
            "resources_by_id": {r.id: r for r in toolkit.resources.all()},
        }

    def page(
        self, key: str, template: str, title: str, section: str | None = None, **context: Any
    ) -> Page:
        return self.render(PAGE_PATHS[key], template, title, section, **context)

    def render(
        self, path: str, template: str, title: str, section: str | None = None, **context: Any
    ) -> Page:
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

        markdown = self.environment.get_template(template).render(
            **self.shared,
            prose=prose,
            prose_inline=prose_inline,
            link=link,
            programme_link=programme_link,
            print_link=print_link,
            download_link=download_link,
            **context,
        )
        return Page(path, title, _tidy(markdown), section)


def nav_title(model: Any) -> str:
    """A page's title in the navigation: its ``nav_title``, or its title."""
    return str(getattr(model, "nav_title", None) or model.title)


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
    return nav_title(model)


def _tidy(markdown: str) -> str:
    """Drop blank lines that template logic leaves inside HTML, and runs of blank lines.

    A blank line between two lines of HTML would split one HTML block into two for the
    Markdown parser; headings and front matter keep their blank lines.
    """
    markdown = re.sub(r"(?<=>)\n(?:[ \t]*\n)+(?=[ \t]*<)", "\n", markdown)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    try:
        _BYTECODE_CACHE.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None  # a read-only temporary folder: compile every time
    return jinja2.FileSystemBytecodeCache(str(_BYTECODE_CACHE))
