"""Render validated content into Markdown pages (headings in Markdown, the rest HTML)."""

from .pages import navigation, render_pages, write_pages
from .renderer import Page

__all__ = ["Page", "navigation", "render_pages", "write_pages"]
