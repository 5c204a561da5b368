"""Render validated content into Markdown pages (headings in Markdown, the rest HTML)."""

from .pages import Page, navigation, render_pages, write_pages

__all__ = ["Page", "navigation", "render_pages", "write_pages"]
