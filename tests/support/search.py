"""Material's search, used as a person would: focus the search box, then type."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


def search(page: Page, query: str) -> Locator:
    """Type ``query`` into the search box; return the locator of the results.

    The box is focused by clicking it, not with the "/" shortcut: if a keystroke lands before
    Material has bound its shortcuts, letters such as "n" (next page) would navigate away.
    """
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially(query)
    return page.locator(".md-search-result__item")
