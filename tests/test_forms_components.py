"""The scripts are components (theme/components/<name>/), each started once on its element
by init.js: on load and after instant navigation, never twice, and one that cannot start
leaves the others working."""

from __future__ import annotations

import re

from playwright.sync_api import ConsoleMessage, Page, Route, expect

from .conftest import BuiltSite
from .support.forms import module, open_form, status, wait_saved, wait_started


def console_errors(page: Page) -> list[str]:
    errors: list[str] = []

    def record(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", record)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def test_no_page_logs_an_error(page: Page, fixture_site: BuiltSite) -> None:
    errors = console_errors(page)
    pages = fixture_site.pages()
    assert {"journal.html", "plan.html", "print/plan.html"} <= set(pages)
    for path in pages:
        page.goto(fixture_site.page_url(path))
        page.wait_for_load_state("load")
    assert errors == []


def test_each_component_starts_once_on_load_and_after_instant_navigation(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "plan")
    rows = page.locator("[data-sfg-rows] > [data-sfg-row]")
    add = page.get_by_role("button", name="Add another row")
    add.click()
    expect(rows).to_have_count(3)  # a second start would have bound the button twice
    page.evaluate("window.sfgSamePage = true")
    page.locator("nav.md-nav--primary a", has_text="Fixture journal").first.click()
    wait_started(page)
    page.locator("nav.md-nav--primary a", has_text="Fixture plan").first.click()
    expect(page.locator("h1")).to_have_text("Fixture plan")
    wait_started(page)
    assert page.evaluate("window.sfgSamePage === true"), "the page was reloaded, not navigated"
    expect(rows).to_have_count(3)
    add.click()
    expect(rows).to_have_count(4)
    for name in ("sfg-form", "sfg-table", "sfg-status", "sfg-print-header"):
        started = page.locator(f"{module(name)}[data-{name}-started]")
        expect(started).to_have_count(page.locator(module(name)).count())


def test_a_component_that_cannot_start_leaves_the_others_working(
    page: Page, fixture_site: BuiltSite
) -> None:
    # The form's confirmation dialog and the footer's ("Forget me") become plain elements.
    confirmation = re.compile(r'<dialog ([^>]*data-module="sfg-dialog".*?)</dialog>', re.S)

    def without_a_dialog(route: Route) -> None:
        served = route.fetch()
        body = confirmation.sub(r"<div \1</div>", served.text())
        route.fulfill(response=served, body=body)

    page.route("**/journal.html", without_a_dialog)
    errors = console_errors(page)
    open_form(page, fixture_site.url, "journal")
    assert len(errors) == 2 and all("sfg-dialog could not start" in error for error in errors)
    page.locator("#sfg-energy").fill("Saved all the same")
    wait_saved(page)
    expect(page.locator(f".sfg-section {module('sfg-progress')}").first).to_have_text(
        "1 of 2 answered"
    )
    # Without the dialog, the browser's own confirmation asks before clearing.
    page.once("dialog", lambda question: question.accept())
    page.get_by_role("button", name="Clear all my answers on this device").click()
    expect(status(page)).to_have_text("All your answers have been cleared from this device.")
    expect(page.locator("#sfg-energy")).to_have_value("")
