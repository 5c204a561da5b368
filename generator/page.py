"""A generated page, and the navigation made from a list of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup


@dataclass(frozen=True)
class Page:
    """One generated page: where it goes, its title in the navigation, and its Markdown
    (front matter first, when it has any).

    ``section`` names the navigation section the page sits in, if any.
    """

    path: str
    title: str
    markdown: str
    section: str | None = None


def navigation(pages: list[Page]) -> list[Any]:
    """An MkDocs-style ``nav``; pages of a section are grouped under its title.

    A section's ``index.md`` is its own page (Material's ``navigation.indexes``). Titles are
    escaped (Markup): MkDocs renders theme templates with HTML escaping off, and Material
    prints titles as they are.
    """
    nav: list[Any] = []
    sections: dict[str, list[Any]] = {}
    for page in pages:
        title = Markup.escape(page.title)
        if page.section is None:
            nav.append({title: page.path})
            continue
        if page.section not in sections:
            sections[page.section] = []
            nav.append({Markup.escape(page.section): sections[page.section]})
        entry = page.path if page.path.endswith("index.md") else {title: page.path}
        sections[page.section].append(entry)
    return nav
