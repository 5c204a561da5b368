"""Keep or don't keep, chosen in one tab while others are open: every open tab follows the
choice (the storage event of the choice key, always in localStorage), moves its own answers
across, merged by the order of the edits, and shows the new choice in its radios. A record
removed from localStorage by a move is never taken for "the answers were cleared"."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    journal_record,
    open_form,
    status,
    wait_started,
    wait_stored,
)
from .support.privacy import SEALED, areas, lock_screen, message, set_passphrase, unlock

KEEP = "Keep my answers on this computer"
DONT_KEEP = "Don't keep them after I close the browser"
JOURNAL = f"{NAMESPACE}/journal"


def wait_in_session(page: Page, key: str, text: str) -> None:
    """Wait until this tab's sessionStorage holds ``text`` under ``key``."""
    page.wait_for_function(
        "([k, t]) => (sessionStorage.getItem(k) || '').includes(t)", arg=[key, text], timeout=5000
    )


def wait_in_local(page: Page, key: str, text: str) -> None:
    page.wait_for_function(
        "([k, t]) => (localStorage.getItem(k) || '').includes(t)", arg=[key, text], timeout=5000
    )


def test_keep_to_dont_keep_in_another_tab_keeps_this_tabs_answers(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    first = context.new_page()
    open_form(first, fixture_site.url, "journal")
    first.get_by_label(KEEP).check()
    first.locator("#sfg-energy").fill("JOURNAL-TEXT")
    wait_stored(first, "journal", "energy", "JOURNAL-TEXT")

    second = context.new_page()
    open_form(second, fixture_site.url, "plan")
    second.get_by_label(DONT_KEEP).check()
    expect(message(second)).to_contain_text("deleted when you close")

    # The first tab follows: its radios say so, and its answers are in its own session storage.
    expect(first.get_by_label(DONT_KEEP)).to_be_checked()
    wait_in_session(first, JOURNAL, "JOURNAL-TEXT")
    first.locator("#sfg-frustrations").press_sequentially("x")
    expect(status(first)).to_contain_text("Kept in this tab")
    expect(first.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT")
    wait_in_session(first, JOURNAL, '"frustrations":"x"')
    now = areas(first)
    assert "JOURNAL-TEXT" in now["sessionStorage"][JOURNAL]
    assert JOURNAL not in now["localStorage"]
    assert now["localStorage"][f"{NAMESPACE}/choice"] == "session"

    second.close()
    first.reload()
    wait_started(first)
    expect(first.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT")
    expect(first.locator("#sfg-frustrations")).to_have_value("x")
    expect(first.get_by_label(DONT_KEEP)).to_be_checked()


def test_dont_keep_to_keep_in_another_tab_moves_this_tabs_answers_and_merges(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    first = context.new_page()
    open_form(first, fixture_site.url, "journal")
    first.get_by_label(DONT_KEEP).check()
    first.locator("#sfg-energy").fill("JOURNAL-TEXT")
    expect(status(first)).to_contain_text("Kept in this tab")
    wait_in_session(first, JOURNAL, "JOURNAL-TEXT")

    # A new tab has a session storage of its own: it types something else, then keeps.
    second = context.new_page()
    open_form(second, fixture_site.url, "journal")
    expect(second.get_by_label(DONT_KEEP)).to_be_checked()
    second.locator("#sfg-frustrations").fill("SECOND-TAB")
    expect(status(second)).to_contain_text("Kept in this tab")
    second.get_by_label(KEEP).check()
    expect(message(second)).to_have_text("Your answers will be kept on this computer.")

    # The first tab follows: both tabs' answers are kept, merged, and nothing is left behind.
    expect(first.get_by_label(KEEP)).to_be_checked()
    wait_in_local(first, JOURNAL, "JOURNAL-TEXT")
    wait_in_local(first, JOURNAL, "SECOND-TAB")
    assert areas(first)["sessionStorage"] == {}
    expect(first.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT")
    expect(first.locator("#sfg-frustrations")).to_have_value("SECOND-TAB")
    expect(second.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT")

    first.locator("#sfg-energy").fill("JOURNAL-TEXT more")
    wait_stored(first, "journal", "energy", "JOURNAL-TEXT more")
    expect(second.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT more")
    first.reload()
    wait_started(first)
    expect(first.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT more")
    expect(first.locator("#sfg-frustrations")).to_have_value("SECOND-TAB")
    assert areas(first)["sessionStorage"] == {}


def test_a_newer_edit_in_the_tab_that_chose_wins(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    first = context.new_page()
    open_form(first, fixture_site.url, "journal")
    first.get_by_label(DONT_KEEP).check()
    first.locator("#sfg-energy").fill("OLDER")
    wait_in_session(first, JOURNAL, "OLDER")
    second = context.new_page()
    open_form(second, fixture_site.url, "journal")
    # Typed twice here: the later edit (by the edits' order) is this one.
    second.locator("#sfg-frustrations").fill("one")
    expect(status(second)).to_contain_text("Kept in this tab")
    second.locator("#sfg-energy").fill("NEWER")
    wait_in_session(second, JOURNAL, "NEWER")
    second.get_by_label(KEEP).check()
    expect(first.get_by_label(KEEP)).to_be_checked()
    expect(first.locator("#sfg-energy")).to_have_value("NEWER")
    wait_in_local(first, JOURNAL, "NEWER")


def test_dont_keep_says_truthfully_when_answers_are_deleted(
    page: Page, fixture_site: BuiltSite
) -> None:
    """Session storage outlives a tab: Chromium brings it back with "Reopen closed tab" and
    "Continue where you left off". The words never promise that closing the tab deletes it."""
    open_form(page, fixture_site.url, "journal")
    page.get_by_label(DONT_KEEP).check()
    everywhere = " ".join(
        [
            message(page).inner_text(),
            page.locator("[data-module~='sfg-privacy']").text_content() or "",
        ]
    )
    assert "close every window of the browser, not just this tab" in message(page).inner_text()
    assert "close this tab" not in everywhere
    hint = page.locator("#sfg_keep_session_hint")
    expect(hint).to_contain_text("close every window of the browser, not just this tab")
    page.locator("#sfg-energy").fill("Typed")
    expect(status(page)).to_contain_text("Kept in this tab")
    expect(status(page)).to_contain_text("until you close the browser")


def test_locked_answers_follow_the_choice_sealed_and_readable(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    first = context.new_page()
    open_form(first, fixture_site.url, "journal")
    first.get_by_label(KEEP).check()
    set_passphrase(first)
    first.locator("#sfg-energy").fill("JOURNAL-TEXT")
    expect(status(first)).to_contain_text("Saved on this device")
    second = context.new_page()
    open_form(second, fixture_site.url, "plan")
    unlock(second)
    second.get_by_label(DONT_KEEP).check()
    expect(first.get_by_label(DONT_KEEP)).to_be_checked()
    expect(lock_screen(first)).to_be_hidden()
    first.locator("#sfg-frustrations").press_sequentially("x")
    expect(status(first)).to_contain_text("Kept in this tab")
    expect(first.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT")
    first.wait_for_function(
        "k => (sessionStorage.getItem(k) || '').includes('scope-for-growth-sealed')"
        " && !localStorage.getItem(k)",
        arg=JOURNAL,
    )
    assert areas(first)["sessionStorage"][JOURNAL].startswith(SEALED)
    second.close()
    first.reload()
    wait_started(first)
    unlock(first)
    expect(first.locator("#sfg-energy")).to_have_value("JOURNAL-TEXT")
    expect(first.locator("#sfg-frustrations")).to_have_value("x")


def test_answers_under_different_locks_are_never_mixed(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    """Under "don't keep" each tab has its own storage. Tabs share their answers (tabs.js),
    but a tab can hold answers of its own from before it heard of the others (reopened with
    its session storage, or a copy of a tab), under another lock or none. Those are never
    mixed: not when the tabs start, not as they type, and not when the locked tab chooses
    "keep", where the other tab's readable answers must not land beside the lock (nor push
    the locked record aside): they stay in their tab, which says so and refuses to mix them
    later too."""
    first = context.new_page()
    open_form(first, fixture_site.url, "journal")
    first.get_by_label(DONT_KEEP).check()
    set_passphrase(first)
    first.locator("#sfg-energy").fill("SECRET-OF-THE-FIRST")
    expect(status(first)).to_contain_text("Kept in this tab")
    second = context.new_page()
    second.goto(fixture_site.url)
    plain = journal_record({"frustrations": "PLAIN-FROM-BEFORE"})
    second.evaluate("([k, v]) => sessionStorage.setItem(k, v)", [JOURNAL, plain])
    open_form(second, fixture_site.url, "journal")
    expect(second.get_by_label(DONT_KEEP)).to_be_checked()
    expect(second.locator("#sfg-frustrations")).to_have_value("PLAIN-FROM-BEFORE")
    second.locator("#sfg-frustrations").fill("PLAIN-IN-THE-SECOND")
    wait_in_session(second, JOURNAL, "PLAIN-IN-THE-SECOND")
    first_kept = areas(first)["sessionStorage"]
    assert first_kept[JOURNAL].startswith(SEALED)
    assert not any("PLAIN" in value for value in first_kept.values())

    first.get_by_label(KEEP).check()
    expect(message(second)).to_contain_text("have not been moved")
    expect(second.get_by_label(DONT_KEEP)).to_be_checked()
    expect(second.locator("#sfg-frustrations")).to_have_value("PLAIN-IN-THE-SECOND")
    expect(first.locator("#sfg-energy")).to_have_value("SECRET-OF-THE-FIRST")
    kept = areas(first)["localStorage"]
    assert kept[JOURNAL].startswith(SEALED)
    assert not any("PLAIN-IN-THE-SECOND" in value for value in kept.values())

    # Choosing "keep" in the second tab now is refused the same way: nothing moves.
    second.get_by_label(KEEP).click()
    expect(message(second)).to_contain_text("have not been moved")
    expect(second.get_by_label(DONT_KEEP)).to_be_checked()
    second.locator("#sfg-frustrations").press_sequentially("!")
    wait_in_session(second, JOURNAL, "PLAIN-IN-THE-SECOND!")
    kept = areas(first)["localStorage"]
    assert kept[JOURNAL].startswith(SEALED)
    assert not any("PLAIN-IN-THE-SECOND" in value for value in kept.values())
    first.reload()
    wait_started(first)
    unlock(first)
    expect(first.locator("#sfg-energy")).to_have_value("SECRET-OF-THE-FIRST")
