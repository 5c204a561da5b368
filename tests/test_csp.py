"""The Content-Security-Policy holds everywhere, with zero violations in Chromium: on every
page, served over http and opened from a folder, while searching, switching light and dark,
filling both forms, downloading and loading answers, printing, and the privacy features
(the choice to keep answers, the passphrase lock, a locked copy, forget me).

These contexts enforce the policy (the shared fixtures bypass it for Playwright's own
evaluation): violations are collected by a listener added before any page script runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from generator.build import style_hashes
from generator.policy import POLICY, policy

from .conftest import BuiltSite
from .support.deploy import (
    CONFIGURATIONS,
    DEPLOY,
    header_policy,
    headers_sent,
    readme_policy,
)
from .support.privacy import PASSPHRASE, lock_more, message, set_passphrase, unlock
from .support.search import search

LISTEN = """
window.sfgViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.sfgViolations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
  );
});
"""
POLICY_TAG = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def choose_the_files_answer(page: Page, key: str) -> None:
    """In the load dialog, choose the file's answer to ``key`` where it differs from the
    person's (a locked file's key takes a moment)."""
    difference = page.locator(f'dialog[data-sfg-load-choice] [data-sfg-load-difference="{key}"]')
    difference.locator("input[value='file']").check(timeout=15000)


def violations(page: Page) -> list[str]:
    found: list[str] = page.evaluate("window.sfgViolations || []")
    return found


@pytest.fixture
def enforced(browser: Browser) -> Iterator[BrowserContext]:
    created = browser.new_context(accept_downloads=True)
    created.add_init_script(LISTEN)
    yield created
    created.close()


def test_every_page_carries_the_policy(each_default_site: BuiltSite) -> None:
    """The same policy whichever engine built the site (generator/policy.py); Zensical's also
    allows, by its hash, the one style its own script writes (its search dialog's), and
    nothing else inline."""
    site = each_default_site
    expected = policy(style_hashes(site.engine))
    assert "'unsafe-inline'" not in expected and "'unsafe-eval'" not in expected
    for path in site.pages():
        html = (site.folder / path).read_text(encoding="utf-8")
        found = POLICY_TAG.search(html)
        assert found, path
        assert unescape(found.group(1)) == expected, path
        assert html.index("Content-Security-Policy") < html.index('<link rel="stylesheet"')
        assert "<script>" not in html and " style=" not in html, path
    assert len(style_hashes(site.engine)) == (site.engine == "zensical")


@pytest.mark.parametrize(
    "where", ["README.md", *(path.name for path in CONFIGURATIONS)], ids=lambda name: name
)
def test_the_readme_and_every_server_send_the_pages_policy_and_forbid_framing(where: str) -> None:
    """The HTTP header the README gives, and the one each configuration in deploy/ sends, is
    the pages' policy with frame-ancestors, which a <meta> tag cannot carry."""
    if where == "README.md":
        sent = readme_policy()
    else:
        sent = headers_sent(DEPLOY / where)["Content-Security-Policy"]
    assert sent == header_policy() == f"{POLICY}; frame-ancestors 'none'"


def test_no_page_opened_from_a_folder_breaks_the_policy(
    enforced: BrowserContext, each_default_site: BuiltSite
) -> None:
    """From file://; over http, tests/test_every_page.py checks every page in both schemes."""
    page = enforced.new_page()
    base = each_default_site.folder.as_uri() + "/"
    found = {}
    for path in each_default_site.pages():
        page.goto(base + path)
        page.wait_for_load_state("load")
        if violations(page):
            found[path] = violations(page)
    assert found == {}


def test_search_and_colour_scheme_keep_the_policy_from_a_folder(
    enforced: BrowserContext, each_default_site: BuiltSite
) -> None:
    """From file://; over http, tests/test_every_page.py searches and switches the scheme on
    every page (and the next page restores the scheme chosen) with the policy enforced."""
    page = enforced.new_page()
    base = each_default_site.folder.as_uri() + "/"
    page.goto(base + "guide.html")
    expect(search(page, "blind spots").first).to_be_visible()
    page.keyboard.press("Escape")
    before = page.get_attribute("body", "data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", str(before))
    page.goto(base + "journal.html")  # the scheme chosen is restored by Material's own script
    expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", str(before))
    assert violations(page) == []


def test_forms_transfer_and_print_keep_the_policy(
    enforced: BrowserContext, each_fixture_site: BuiltSite, tmp_path: Path
) -> None:
    page = enforced.new_page()
    page.goto(each_fixture_site.url + "journal.html")
    expect(page.locator("[data-sfg-no-js]")).to_be_hidden()
    page.locator("#sfg-energy").fill("Walking to work")
    page.get_by_label("Very", exact=True).check()
    expect(page.locator("[data-sfg-status]")).to_contain_text("Saved")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download my answers").first.click()
        page.get_by_label("Both, for your conversation").check()
        page.get_by_role("button", name="Download", exact=True).click()
    saved = tmp_path / "answers.json"
    info.value.save_as(saved)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="screen")
    # Changed since the download (saved as the page is left): the file's answer differs.
    page.locator("#sfg-energy").fill("Cycling to work")
    page.goto(each_fixture_site.url + "plan.html")
    page.locator("#sfg-person-name").fill("Alex")
    page.get_by_role("button", name="Add another row").click()
    page.keyboard.type("A new objective")
    page.locator("#sfg-depth-current_option-early").check()
    page.get_by_role("button", name="Add to objectives").first.click()
    expect(page.locator("[data-sfg-status]")).to_contain_text("Saved")
    page.set_input_files("[data-sfg-load-file]", files=[str(saved)])
    choose_the_files_answer(page, "energy")
    page.get_by_role("button", name="Load the answers you chose").click()
    expect(page.locator("[data-sfg-status]")).to_contain_text("loaded")
    page.goto(each_fixture_site.url + "print/journal.html")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert violations(page) == []


def test_privacy_features_keep_the_policy(
    enforced: BrowserContext, each_fixture_site: BuiltSite, tmp_path: Path
) -> None:
    """The choice, the lock (WebCrypto), unlocking, a locked copy downloaded and loaded, and
    forget me, with the policy enforced."""
    page = enforced.new_page()
    page.goto(each_fixture_site.url + "journal.html")
    expect(page.locator("[data-sfg-no-js]")).to_be_hidden()
    page.get_by_label("Don't keep them after I close the browser").check()
    expect(message(page)).to_contain_text("deleted when you close")
    page.get_by_label("Keep my answers on this computer").check()
    expect(message(page)).to_contain_text("kept on this computer")
    page.locator("#sfg-energy").fill("Walking to work")
    expect(page.locator("[data-sfg-status]")).to_contain_text("Saved")
    set_passphrase(page)
    with page.expect_download() as info:
        lock_more(page).get_by_role("button", name="Download a locked copy").click()
        page.get_by_label("Both, for your conversation").check()
        page.get_by_role("button", name="Download", exact=True).click()
    locked = tmp_path / "locked.json"
    info.value.save_as(locked)
    page.get_by_role("button", name="Lock now").click()
    unlock(page)
    expect(page.locator("#sfg-energy")).to_have_value("Walking to work")
    page.locator("#sfg-energy").fill("Cycling to work")
    page.set_input_files("[data-sfg-load-file]", files=[str(locked)])
    page.locator("dialog[data-sfg-prompt]").get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    page.get_by_role("button", name="Open the file").click()
    choose_the_files_answer(page, "energy")
    page.get_by_role("button", name="Load the answers you chose").click()
    expect(page.locator("[data-sfg-status]")).to_contain_text("loaded")
    assert violations(page) == []
    page.goto(each_fixture_site.url)
    page.get_by_role("button", name="Forget me on this computer").click()
    page.get_by_role("button", name="Yes, remove everything").click()
    expect(page.get_by_text("has been removed")).to_be_visible()
    assert violations(page) == []


def test_the_conversation_keeps_the_policy(
    enforced: BrowserContext, each_fixture_site: BuiltSite, tmp_path: Path
) -> None:
    """Whose answers, what to download and load, colleagues' answers on the guide, the
    framework and a plan filled in for them, Check your answers with Copy as text, the
    calendar file and the outcome record, with the policy enforced."""
    enforced.grant_permissions(["clipboard-read", "clipboard-write"])
    page = enforced.new_page()
    url = each_fixture_site.url
    page.goto(url + "plan.html")
    expect(page.locator("[data-sfg-no-js]")).to_be_hidden()
    page.locator("#sfg-person-name").fill("Alex Morgan")
    page.locator("#sfg-depth-current_option-early").check()
    page.locator("#sfg-next-review-date").fill("2027-03-01")
    expect(page.locator("[data-sfg-status]")).to_contain_text("Saved")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download my answers").first.click()
        page.get_by_label("Your development plan").check()
        page.get_by_role("button", name="Download", exact=True).click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    for button in (
        "Add the review date to your calendar",
        "Download the outcome record (CSV)",
        "Download the outcome record (JSON)",
    ):
        with page.expect_download():
            page.get_by_role("button", name=button).click()
    page.locator("#sfg-next-review-date").fill("2027-04-01")
    page.set_input_files("[data-sfg-load-file]", files=[str(saved)])
    choose_the_files_answer(page, "next-review-date")
    page.get_by_role("button", name="Load the answers you chose").click()
    expect(page.locator("[data-sfg-status]")).to_contain_text("loaded")
    assert violations(page) == []
    page.goto(url + "guide.html")
    page.set_input_files("[data-sfg-colleague-file]", files=[str(saved)])
    page.get_by_label("Show the answers of").select_option(label="Alex Morgan")
    page.get_by_role("link", name="Fill in a plan for Alex Morgan").click()
    expect(page.locator("[data-sfg-colleague-for]")).to_be_visible()
    assert violations(page) == []
    page.goto(url + "framework.html")
    page.get_by_label("Show the answers of").select_option(label="Alex Morgan")
    expect(page.locator("[data-sfg-colleague-mark]")).to_have_count(1)
    assert violations(page) == []
    page.goto(url + "answers.html")
    page.get_by_role("button", name="Copy as text").click()
    expect(page.locator("[data-sfg-check-status]")).to_contain_text("copied")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert violations(page) == []
