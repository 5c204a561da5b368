"""The site's search, used as a person would: focus the search box, then type.

Material's search box sits in the header; Zensical's header has a "Search" button that opens
a dialog (in a shadow root, which Playwright's locators reach into).
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page

ZENSICAL_OPENER = "button.md-search__button"


def search(page: Page, query: str) -> Locator:
    """Type ``query`` into the search box; return the locator of the results.

    The box is focused by clicking it, not with the "/" shortcut: if a keystroke lands before
    Material has bound its shortcuts, letters such as "n" (next page) would navigate away.
    """
    opener = page.locator(ZENSICAL_OPENER)
    if opener.count():
        opener.click()
        dialog = page.get_by_role("dialog", name="Search")
        box = dialog.get_by_role("combobox", name="Search")
        box.press_sequentially(query)
        return dialog.get_by_role("option")
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially(query)
    return page.locator(".md-search-result__item")
