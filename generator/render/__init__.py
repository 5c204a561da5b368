"""Render validated content into Markdown pages (headings in Markdown, the rest HTML)."""

from ..page import Page, navigation
from .pages import render_pages

__all__ = ["Page", "navigation", "render_pages"]
