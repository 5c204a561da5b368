"""The site works under a sub-path and from file://. That no page asks anything of the outside
world is checked with every page's other checks, in tests/test_every_page.py."""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from .conftest import BuiltSite
from .support.search import search


def test_site_works_under_an_intranet_sub_path(page: Page, default_site: BuiltSite) -> None:
    page.goto(default_site.url)
    page.get_by_role("link", name="Facilitation guide").first.click()
    expect(page).to_have_url(default_site.page_url("guide.html"))
    page.get_by_role("link", name="Programmes").first.click()
    page.get_by_role("link", name="High Potential Scheme").first.click()
    expect(page.locator("h1")).to_have_text("High Potential Scheme")
    assert "/intranet/scope-for-growth/programmes/" in page.url
    # The stylesheet loaded: the header carries the brand colour from content/site.yml.
    header = page.locator(".md-header")
    expect(header).to_have_css("background-color", "rgb(0, 94, 184)")


def test_site_works_from_a_local_folder(browser: Browser, default_site: BuiltSite) -> None:
    context = browser.new_context()
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.goto((default_site.folder / "index.html").as_uri())
    expect(page.locator(".md-header")).to_have_css("background-color", "rgb(0, 94, 184)")
    page.get_by_role("link", name="Reflection journal").first.click()
    expect(page.locator("h1")).to_have_text("Reflection journal")
    assert page.url.startswith("file://") and page.url.endswith("/journal.html")
    # Search runs from file:// too, through the offline plugin's inlined index.
    results = search(page, "secondment")
    # The index loads through a worker shim from file://: give a busy machine time.
    expect(results.first).to_be_visible(timeout=20_000)
    assert page.url.endswith("/journal.html")
    context.close()
    assert failed == []


def test_forms_keep_answers_from_a_local_folder(browser: Browser, fixture_site: BuiltSite) -> None:
    """Opened from file://, the journal still saves and restores (Material's instant loading is
    off there, so the forms must start without it)."""
    context = browser.new_context()
    page = context.new_page()
    journal = (fixture_site.folder / "journal.html").as_uri()
    page.goto(journal)
    page.fill("#sfg-energy", "Saved from a folder")
    expect(page.locator("[data-sfg-status]")).to_contain_text("Saved on this device at")
    page.goto((fixture_site.folder / "index.html").as_uri())
    page.goto(journal)
    expect(page.locator("#sfg-energy")).to_have_value("Saved from a folder")
    expect(page.get_by_role("button", name="Print your answers")).to_be_visible()
    context.close()
