"""Render validated content into Markdown pages (headings in Markdown, the rest HTML)."""

from ..page import Page, navigation, write_pages
from .pages import render_pages

__all__ = ["Page", "navigation", "render_pages", "write_pages"]
