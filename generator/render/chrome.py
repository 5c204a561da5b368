"""What the site shell needs from content: brand colours as CSS, footer words as HTML."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

from markupsafe import Markup

from ..models.site import Site
from ..toolkit import Toolkit
from .links import SiteMap
from .prose import ProseRenderer
from .renderer import Page

BRAND_STYLESHEET = "assets/sfg-brand.css"


def brand_stylesheet(site: Site, pages: Sequence[Page]) -> str:
    """Colours from content/site.yml (contrast checked on load), and printed-page margins.

    Each printed sheet carries the organisation and the page title in its top margin (CSS
    named pages: one per page of the site, named from the root element so that naming it
    starts no new sheet). The first sheet has them in its own header.
    """
    colours = site.colours
    organisation = css_string(site.organisation)
    rules = [
        "/* Generated from content/site.yml and the pages: edit those, not this file. */",
        ":root {",
        f"  --sfg-primary: {colours.primary};",
        f"  --sfg-accent: {colours.accent};",
        f"  --sfg-dark-accent: {colours.dark_accent};",
        "}",
        f"@page {{ @top-left {{ content: {organisation}; }} }}",
        "@page :first { @top-left { content: none; } }",
    ]
    for number, page in enumerate(pages, start=1):
        name = f"sfg-page-{number}"
        rules += [
            f':root:has(.sfg-page[data-sfg-page="{page.path}"]) {{ page: {name}; }}',
            f"@page {name} {{ @top-right {{ content: {css_string(page.title)}; }} }}",
            f"@page {name}:first {{ @top-left {{ content: none; }}"
            " @top-right { content: none; } }",
        ]
    return "\n".join(rules) + "\n"


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string, safe inside a ``<style>`` element too."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return '"' + escaped.replace("<", "\\3c ").replace(">", "\\3e ") + '"'


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
