"""The built default toolkit opens in Chromium under an intranet sub-path, whichever engine
built it."""

from __future__ import annotations

from playwright.sync_api import Page

from .conftest import BuiltSite


def test_home_page_opens_with_site_title(page: Page, each_default_site: BuiltSite) -> None:
    page.goto(each_default_site.url)
    assert page.title().endswith("Scope for Growth toolkit")
    assert page.locator("h1").inner_text() == "Scope for Growth career conversations"
