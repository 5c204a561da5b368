"""The privacy parts with the keyboard only, and axe on each of them (the choice, setting a
passphrase and its errors, the unlocked panel, the lock screen and its error, the passphrase of
a locked file, the footer's confirmation), light and dark."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.axe import assert_accessible
from .support.forms import module, open_form, tab_to
from .support.privacy import (
    LOCK_SET,
    PASSPHRASE,
    lock_more,
    lock_screen,
    message,
    panel,
    unlock,
)

ASK_FOR_A_FILE_PASSPHRASE = """document.querySelector('[data-module~="sfg-privacy"]').dispatchEvent(
  new CustomEvent("sfg:passphrase", {bubbles: true, cancelable: true, detail: {answer() {}}}))"""


def settled_and_accessible(page: Page) -> None:
    """axe, once no transition runs: focus that moves scrolls the page, and Material's "Back to
    top" button fades in and out (half-faded, its text has too little contrast)."""
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    assert_accessible(page)


def test_set_lock_unlock_and_dont_keep_with_the_keyboard_only(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Typed before locking")
    page.locator("h1").focus()
    # Don't keep: the radios of the choice, by arrow keys.
    tab_to(page, "#sfg_keep_keep")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#sfg_keep_session")).to_be_checked()
    expect(message(page)).to_contain_text("deleted when you close")
    # Set a passphrase: open the details, type it twice, Enter.
    tab_to(page, '[data-sfg-group="set"] > summary')
    page.keyboard.press("Enter")
    tab_to(page, "#sfg_new")
    page.keyboard.type(PASSPHRASE)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSPHRASE)
    page.keyboard.press("Enter")
    # Setting the lock locks at once: the focus goes to the lock screen's heading, which says so.
    expect(lock_screen(page)).to_contain_text(LOCK_SET, timeout=15000)
    expect(page.locator("[data-sfg-unlock-heading]")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#sfg_unlock")).to_be_focused()
    page.keyboard.type(PASSPHRASE)
    page.keyboard.press("Enter")
    expect(lock_screen(page)).to_be_hidden(timeout=15000)
    # Lock now: the focus goes to the lock screen's heading.
    tab_to(page, '[data-sfg-privacy-action="lock"]')
    page.keyboard.press("Enter")
    expect(lock_screen(page)).to_be_visible()
    expect(page.locator("[data-sfg-unlock-heading]")).to_be_focused()
    # Unlock: Tab to the passphrase, type it, Enter.
    page.keyboard.press("Tab")
    expect(page.locator("#sfg_unlock")).to_be_focused()
    page.keyboard.type(PASSPHRASE)
    page.keyboard.press("Enter")
    expect(lock_screen(page)).to_be_hidden(timeout=15000)
    expect(page.locator(".sfg-privacy-heading")).to_be_focused()
    expect(page.locator("#sfg-energy")).to_have_value("Typed before locking")


def test_the_privacy_parts_pass_axe(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    expect(panel(page).get_by_text("Choose before you start")).to_be_visible()
    setting = panel(page).locator('[data-sfg-group="set"]')
    setting.locator("summary").click()
    setting.get_by_role("button", name="Lock my answers").click()
    expect(setting).to_contain_text("Enter a passphrase")
    settled_and_accessible(page)
    setting.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    setting.get_by_label("Type the passphrase again").fill("something else")
    setting.get_by_role("button", name="Lock my answers").click()
    expect(setting).to_contain_text("The passphrases do not match")
    setting.get_by_label("Type the passphrase again").fill(PASSPHRASE)
    setting.get_by_role("button", name="Lock my answers").click()
    expect(lock_screen(page)).to_contain_text(LOCK_SET, timeout=15000)
    settled_and_accessible(page)
    unlock(page)
    lock_more(page).locator('[data-sfg-group="change"] > summary').click()
    settled_and_accessible(page)
    page.evaluate(ASK_FOR_A_FILE_PASSPHRASE)
    expect(page.locator("dialog[data-sfg-prompt]")).to_be_visible()
    settled_and_accessible(page)
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Lock now").click()
    lock_screen(page).get_by_label("Passphrase", exact=True).fill("wrong")
    page.get_by_role("button", name="Unlock my answers").click()
    expect(lock_screen(page)).to_contain_text("not right", timeout=15000)
    lock_screen(page).get_by_text("I have forgotten my passphrase").click()
    settled_and_accessible(page)
    footer = page.locator(module("sfg-forget"))
    footer.get_by_role("button", name="Forget me on this computer").click()
    expect(footer.get_by_role("dialog")).to_be_visible()
    settled_and_accessible(page)
