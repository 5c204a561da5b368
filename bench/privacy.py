"""Passphrase lock figures for `make bench`, in Chromium, with a journal of 500 answers:
unlocking them (reading, opening and showing every answer, after the key is made), making the
key from the passphrase (PBKDF2-SHA-256, 600,000 iterations: slow on purpose, reported on its
own), and what one keystroke costs once the answers are locked: the record sealed, ready for
the page to write when it is hidden, and a whole sealed save."""

from __future__ import annotations

import statistics

from playwright.sync_api import Page

from tests.support.forms import STARTED

from .forms import QUESTIONS, big_journal_page

Row = tuple[str, float, float, str]
PASSPHRASE = "river pencil orange"
UNLOCK_TARGET_MS = 100.0
DERIVE_TARGET_MS = 2000.0
KEYSTROKE_TARGET_MS = 10.0
TIMES = 7


def run() -> list[Row]:
    figures = measure()
    return [
        (
            f"unlock {QUESTIONS} answers, key made (median of {TIMES})",
            figures["open"],
            UNLOCK_TARGET_MS,
            "ms",
        ),
        ("make the key: PBKDF2 600,000 iterations", figures["derive"], DERIVE_TARGET_MS, "ms"),
        (
            f"keystroke sealed, {QUESTIONS} answers (median)",
            figures["seal"],
            KEYSTROKE_TARGET_MS,
            "ms",
        ),
        (f"sealed save, {QUESTIONS} answers (median)", figures["save"], KEYSTROKE_TARGET_MS, "ms"),
    ]


def last(page: Page, name: str) -> float:
    """Wait for the performance measure ``name``; its duration (then forget it)."""
    page.wait_for_function("n => performance.getEntriesByName(n).length > 0", arg=name)
    duration: float = page.evaluate(
        "n => { const d = performance.getEntriesByName(n).at(-1).duration;"
        " performance.clearMeasures(n); return d; }",
        name,
    )
    return duration


def unlock(page: Page) -> tuple[float, float]:
    page.locator("#sfg_unlock").fill(PASSPHRASE)
    page.get_by_role("button", name="Unlock my answers").click()
    return last(page, "sfg-derive"), last(page, "sfg-open")


def measure() -> dict[str, float]:
    with big_journal_page(bypass_csp=True) as (page, ids):
        page.reload()
        page.wait_for_selector(STARTED, state="attached")
        setting = page.locator('[data-sfg-group="set"]')
        setting.locator("summary").click()
        page.locator("#sfg_new").fill(PASSPHRASE)
        page.locator("#sfg_new-repeat").fill(PASSPHRASE)
        setting.get_by_role("button", name="Lock my answers").click()
        page.wait_for_selector("text=Your answers are locked with your passphrase.")
        opened, derived = [], []
        for _ in range(TIMES):
            page.reload()
            page.wait_for_selector(STARTED, state="attached")
            derive, open_ = unlock(page)
            derived.append(derive)
            opened.append(open_)
        if not page.locator(f"#sfg-{ids[-1]}").input_value().startswith("An answer"):
            raise RuntimeError("the answers were not unlocked")
        field = page.locator(f"#sfg-{ids[-1]}")
        sealed, saved = [], []
        for n in range(TIMES):
            field.press("End")
            field.press(str(n))
            sealed.append(last(page, "sfg-seal"))
            saved.append(last(page, "sfg-save"))
    return {
        "open": float(statistics.median(opened)),
        "derive": float(statistics.median(derived)),
        "seal": float(statistics.median(sealed)),
        "save": float(statistics.median(saved)),
    }
