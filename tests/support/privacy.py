"""Helpers for the privacy tests: the choice to keep answers, the passphrase lock, and
everything the browser's two storage areas hold."""

from __future__ import annotations

import base64

from playwright.sync_api import Locator, Page, expect

from .forms import NAMESPACE, module

PASSPHRASE = "river pencil orange"
SECRET = "My back hurts and my manager does not know"
SEALED = '{"format":"scope-for-growth-sealed"'

# Every value written to localStorage, from the page's first script on: "at any moment".
LOG_LOCAL_WRITES = """
window.sfgLocalWrites = [];
const sfgSetItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (this === window.localStorage) window.sfgLocalWrites.push(String(key) + "=" + String(value));
  return sfgSetItem.call(this, key, value);
};
"""


def panel(page: Page) -> Locator:
    return page.locator(module("sfg-privacy"))


def message(page: Page) -> Locator:
    return page.locator("[data-sfg-privacy-message]")


def lock_screen(page: Page) -> Locator:
    return page.locator(".sfg-lock-screen")


def areas(page: Page, prefix: str = f"{NAMESPACE}/") -> dict[str, dict[str, str]]:
    """What localStorage and sessionStorage hold under ``prefix``."""
    found: dict[str, dict[str, str]] = page.evaluate(
        """prefix => Object.fromEntries(["localStorage", "sessionStorage"].map(area => [
             area,
             Object.fromEntries(Object.entries(window[area]).filter(([k]) => k.startsWith(prefix))),
           ]))""",
        prefix,
    )
    return found


def values(page: Page) -> list[str]:
    return [value for area in areas(page).values() for value in area.values()]


def readable_forms(text: str) -> list[str]:
    """``text`` and its base64 at each of the three alignments, without the edges that depend
    on what comes before or after it (too short a piece would turn up in any ciphertext: the
    texts checked are long enough to give pieces of at least 12 characters)."""
    data = text.encode("utf-8")
    forms = [text]
    for offset in range(3):
        encoded = base64.b64encode(data[offset:]).decode("ascii").rstrip("=")
        forms.append(encoded[: len(encoded) - 2])
    assert all(len(form) >= 12 for form in forms), f"{text!r} is too short to look for"
    return forms


def assert_nowhere(page: Page, *texts: str) -> None:
    """None of ``texts``, nor their base64, is in any value of either storage area."""
    for value in values(page):
        for text in texts:
            for form in readable_forms(text):
                assert form not in value, f"{form!r} is readable in storage"


LOCK_SET = "Your answers are locked with your passphrase. Enter it to see them again."


def set_passphrase(page: Page, passphrase: str = PASSPHRASE, *, then_unlock: bool = True) -> None:
    """Set the lock: the answers are locked at once, and the lock screen says so. Then unlock
    them again (unless ``then_unlock`` is false), as a person carrying on would."""
    form = panel(page).locator('details[data-sfg-group="set"]')
    form.get_by_text("Lock your answers with a passphrase").click()
    form.get_by_label("Passphrase", exact=True).fill(passphrase)
    form.get_by_label("Type the passphrase again").fill(passphrase)
    page.get_by_role("button", name="Lock my answers").click()
    reason = lock_screen(page).locator("[data-sfg-lock-reason]")
    expect(reason).to_have_text(LOCK_SET, timeout=15000)
    if then_unlock:
        unlock(page, passphrase)


def unlock(page: Page, passphrase: str = PASSPHRASE) -> None:
    expect(lock_screen(page)).to_be_visible()
    field = lock_screen(page).get_by_label("Passphrase", exact=True)
    field.fill(passphrase)
    page.get_by_role("button", name="Unlock my answers").click()
    expect(lock_screen(page)).to_be_hidden(timeout=15000)


def lock_more(page: Page) -> Locator:
    """The lock's disclosure once a lock is set (a locked copy, remove, change), opened."""
    more = panel(page).locator('details[data-sfg-group="lock-more"]')
    if not more.evaluate("details => details.open"):
        more.locator("summary").first.click()
    return more
