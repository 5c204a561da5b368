"""What the site shell needs from content: brand colours as CSS, footer words as HTML."""

from __future__ import annotations

import posixpath

from markupsafe import Markup

from ..models.forms import MAX_LINES
from ..models.site import DARK_BACKGROUND, Site
from ..toolkit import Toolkit
from .links import SiteMap
from .prose import ProseRenderer


def brand_stylesheet(site: Site) -> str:
    """Colours from content/site.yml (each a checked hex colour, so no content text reaches
    CSS), and the classes that size writing space (``sfg-lines-6``: six ruled lines).

    Its size does not depend on the number of pages: running headers on paper come from each
    page's own print header (theme/components/print, and string-set in generator/templates/pdf.css).
    """
    colours = site.colours
    rules = [
        "/* Generated from content/site.yml: edit that, not this file. */",
        ":root {",
        f"  --sfg-primary: {colours.primary};",
        f"  --sfg-accent: {colours.accent};",
        f"  --sfg-dark-accent: {colours.dark_accent};",
        f"  --sfg-dark-background: {DARK_BACKGROUND};",
        "}",
    ]
    rules += [f".sfg-lines-{n} {{ --sfg-lines: {n}; }}" for n in range(1, MAX_LINES + 1)]
    return "\n".join(rules) + "\n"


class Chrome:
    """Footer and contact text rendered for one page at a time (links are relative)."""

    def __init__(self, toolkit: Toolkit) -> None:
        self.site = toolkit.site
        self.prose = ProseRenderer(SiteMap.of(toolkit))
        self._by_folder: dict[str, dict[str, Markup]] = {}

    def for_page(self, page_path: str) -> dict[str, Markup]:
        # Links are relative, so pages in one folder share the same words: render once a folder.
        folder = posixpath.dirname(page_path)
        if folder not in self._by_folder:
            self._by_folder[folder] = {
                "footer": self.prose.block(self.site.footer, page_path),
                "contact": self.prose.block(self.site.contact, page_path),
            }
        return self._by_folder[folder]
