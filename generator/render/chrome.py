"""What the site shell needs from content: brand colours as CSS, footer words as HTML."""

from __future__ import annotations

from markupsafe import Markup

from ..models.site import Site
from ..toolkit import Toolkit
from .links import SiteMap
from .prose import ProseRenderer

BRAND_STYLESHEET = "assets/sfg-brand.css"


def brand_stylesheet(site: Site) -> str:
    """Material's colour variables set from content/site.yml (contrast checked on load)."""
    colours = site.colours
    return (
        "/* Generated from content/site.yml: edit the colours there. */\n"
        ":root {\n"
        f"  --sfg-primary: {colours.primary};\n"
        f"  --sfg-accent: {colours.accent};\n"
        f"  --sfg-dark-accent: {colours.dark_accent};\n"
        "}\n"
    )


class Chrome:
    """Footer and contact text rendered for one page at a time (links are relative)."""

    def __init__(self, toolkit: Toolkit) -> None:
        self.site = toolkit.site
        self.prose = ProseRenderer(SiteMap.of(toolkit))

    def for_page(self, page_path: str) -> dict[str, Markup]:
        return {
            "footer": self.prose.block(self.site.footer, page_path),
            "contact": self.prose.block(self.site.contact, page_path),
        }
