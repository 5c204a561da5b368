"""The passphrase lock: nothing readable left in storage, a lock screen on load, a wrong
passphrase that changes nothing, the idle lock, changing and removing the passphrase without
losing an answer, a locked copy to download and load, and two tabs that stay in step while a
locked one never writes."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    choose_file,
    dialog,
    download,
    journal_record,
    load,
    open_form,
    put_storage,
    record,
    run_timers,
    status,
    wait_saved,
)
from .support.privacy import (
    PASSPHRASE,
    SEALED,
    SECRET,
    areas,
    assert_nowhere,
    lock_more,
    lock_screen,
    message,
    panel,
    set_passphrase,
    unlock,
)

JOURNAL = f"{NAMESPACE}/journal"
ORPHAN = "An answer to a question since removed"
SET_ASIDE = f"{JOURNAL}/unreadable/1700000000000"
OLD_COPY = '{"answers": {"energy": "An old copy that could not be read"'


def stored_answers(page: Page) -> dict[str, str]:
    return {key: value for key, value in record(page, "journal")["answers"].items() if value}


def with_answers(page: Page, site: BuiltSite) -> None:
    """The journal with an answer, an orphan and a set-aside copy, locked with PASSPHRASE."""
    page.goto(site.url)
    put_storage(page, {JOURNAL: journal_record({"removed-question": ORPHAN}), SET_ASIDE: OLD_COPY})
    open_form(page, site.url, "journal")
    page.locator("#sfg-energy").fill(SECRET)
    page.locator("#sfg-job-title").fill("Staff nurse on ward seven")
    wait_saved(page)
    set_passphrase(page)


def test_a_lock_leaves_nothing_readable_and_a_wrong_passphrase_changes_nothing(
    page: Page, fixture_site: BuiltSite
) -> None:
    with_answers(page, fixture_site)
    assert_nowhere(
        page,
        SECRET,
        "Staff nurse on ward seven",
        ORPHAN,
        "An old copy that could not",
        "removed-question",
    )
    kept = areas(page)["localStorage"]
    lock = json.loads(kept.pop(f"{NAMESPACE}/lock"))
    assert lock["kdf"] == "PBKDF2-SHA-256" and lock["iterations"] >= 600000
    assert kept and all(value.startswith(SEALED) for value in kept.values())
    # Typing on: every save is sealed too, each with a fresh IV.
    before = kept[JOURNAL]
    page.locator("#sfg-energy").fill(SECRET + " still")
    expect(status(page)).to_contain_text("Saved on this device")
    page.wait_for_function("v => localStorage.getItem('fixture-sfg/journal') !== v", arg=before)
    assert json.loads(before)["iv"] != json.loads(areas(page)["localStorage"][JOURNAL])["iv"]
    assert_nowhere(page, SECRET, "Staff nurse on ward seven")
    # On load, the lock screen and no answer.
    page.reload()
    expect(lock_screen(page)).to_be_visible()
    expect(page.locator("#sfg-energy")).to_be_hidden()
    expect(page.locator("#sfg-energy")).to_have_value("")
    everything = areas(page)
    lock_screen(page).get_by_label("Passphrase", exact=True).fill("not the passphrase")
    page.get_by_role("button", name="Unlock my answers").click()
    expect(lock_screen(page)).to_contain_text("That passphrase is not right", timeout=15000)
    expect(page.locator("#sfg_unlock")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#sfg-energy")).to_have_value("")
    assert areas(page) == everything
    unlock(page)
    expect(page.locator("#sfg-energy")).to_have_value(SECRET + " still")
    expect(page.locator("#sfg-job-title")).to_have_value("Staff nurse on ward seven")
    expect(page.locator("[data-sfg-orphan-answer]")).to_have_value(ORPHAN)
    assert areas(page) == everything, "unlocking writes nothing"


def test_the_lock_closes_itself_after_15_minutes_without_use(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.clock.install()
    open_form(page, fixture_site.url, "journal")
    expect(panel(page)).to_contain_text("15 minutes")
    page.locator("#sfg-energy").fill(SECRET)
    wait_saved(page)
    set_passphrase(page)
    page.locator("#sfg-job-title").fill("Nurse on ward seven")
    page.clock.fast_forward("14:00")
    expect(lock_screen(page)).to_be_hidden()
    page.clock.fast_forward("01:01")
    expect(lock_screen(page)).to_be_visible()
    expect(lock_screen(page)).to_contain_text("not used for 15 minutes")
    expect(page.locator("#sfg-energy")).to_have_value("")
    assert_nowhere(page, SECRET, "Nurse on ward seven")
    unlock(page)
    expect(page.locator("#sfg-job-title")).to_have_value("Nurse on ward seven")


def test_change_and_remove_the_passphrase_keep_every_answer(
    page: Page, fixture_site: BuiltSite
) -> None:
    with_answers(page, fixture_site)
    # A sealed copy that no key opens stays as it is, whatever happens to the lock.
    damaged = {
        f"{JOURNAL}/unreadable/1800000000000": SEALED + ',"version":1,"iv":"AAAA","data":"AAAA"}'
    }
    put_storage(page, damaged)
    change = lock_more(page).locator('details[data-sfg-group="change"]')
    change.locator("summary").click()
    change.get_by_label("Passphrase", exact=True).fill("a new long passphrase")
    change.get_by_label("Type the passphrase again").fill("a new long passphrase")
    change.get_by_role("button", name="Change the passphrase").click()
    expect(message(page)).to_have_text("Your passphrase has been changed.", timeout=15000)
    assert_nowhere(page, SECRET, ORPHAN, "An old copy that could not")
    page.reload()
    lock_screen(page).get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    page.get_by_role("button", name="Unlock my answers").click()
    expect(lock_screen(page)).to_contain_text("not right", timeout=15000)
    unlock(page, "a new long passphrase")
    expect(page.locator("#sfg-energy")).to_have_value(SECRET)
    lock_more(page).get_by_role("button", name="Remove the lock").click()
    expect(message(page)).to_contain_text("The lock has been removed")
    assert stored_answers(page) == {
        "energy": SECRET,
        "job-title": "Staff nurse on ward seven",
        "removed-question": ORPHAN,
    }
    assert areas(page)["localStorage"][SET_ASIDE] == OLD_COPY
    assert damaged.items() <= areas(page)["localStorage"].items()
    assert f"{NAMESPACE}/lock" not in areas(page)["localStorage"]
    page.reload()
    expect(lock_screen(page)).to_be_hidden()
    expect(page.locator("#sfg-energy")).to_have_value(SECRET)


def test_a_locked_copy_downloads_and_loads_back_with_the_passphrase(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    with_answers(page, fixture_site)
    # Unlocked, "Download my answers" gives the usual file, the copy set aside opened too.
    _, plain = download(page, tmp_path)
    assert plain["format"] == "scope-for-growth-answers"
    assert {key: item["answer"] for key, item in plain["answers"].items()} == {
        "journal/energy": SECRET,
        "journal/job-title": "Staff nurse on ward seven",
        "journal/removed-question": ORPHAN,
    }
    assert plain["unreadable"] == [OLD_COPY]
    with page.expect_download() as info:
        lock_more(page).get_by_role("button", name="Download a locked copy").click()
        page.get_by_label("Both, for your conversation").check()
        page.get_by_role("button", name="Download", exact=True).click()
    assert info.value.suggested_filename.startswith("scope-for-growth-journal-and-plan-locked-")
    saved = tmp_path / "locked.json"
    info.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format"] == "scope-for-growth-answers-locked" and data["namespace"] == NAMESPACE
    assert data["kdf"]["iterations"] >= 600000
    for secret in (SECRET, "Staff nurse on ward seven", ORPHAN):
        assert secret not in text
    # Clear everything, then load the locked copy: a wrong passphrase loads nothing.
    page.get_by_role("button", name="Clear all my answers on this device").click()
    dialog(page).get_by_role("button", name="Yes, clear all my answers").click()
    expect(page.locator("#sfg-energy")).to_have_value("")
    prompt = page.locator("dialog[data-sfg-prompt]")
    choose_file(page, text, "locked.json")
    expect(prompt).to_be_visible()
    prompt.get_by_label("Passphrase", exact=True).fill("wrong words entirely")
    prompt.get_by_role("button", name="Open the file").click()
    expect(status(page)).to_contain_text("was not loaded", timeout=15000)
    expect(status(page)).to_contain_text("not the one the file was locked with")
    choose_file(page, text, "locked.json")
    prompt.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    prompt.get_by_role("button", name="Open the file").click()
    load(page)
    expect(page.locator("#sfg-energy")).to_have_value(SECRET)
    expect(page.locator("#sfg-job-title")).to_have_value("Staff nurse on ward seven")
    expect(page.locator("[data-sfg-orphan-answer]")).to_have_value(ORPHAN)


def test_two_unlocked_tabs_stay_in_step_and_a_locked_tab_never_writes(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    context.clock.install()
    first = context.new_page()
    open_form(first, fixture_site.url, "journal")
    first.locator("#sfg-energy").fill("From the first tab")
    wait_saved(first)
    set_passphrase(first)
    second = context.new_page()
    open_form(second, fixture_site.url, "journal")
    expect(lock_screen(second)).to_be_visible()
    before = areas(first)["localStorage"][JOURNAL]
    first.locator("#sfg-job-title").fill("Typed while the other tab is locked")
    first.wait_for_function("v => localStorage.getItem('fixture-sfg/journal') !== v", arg=before)
    written = areas(first)
    second.evaluate("window.dispatchEvent(new Event('pagehide'))")
    second.evaluate("""document.querySelector('[data-module~="sfg-form"]').dispatchEvent(
        new CustomEvent('sfg:put', {detail: {answers: {energy: 'typed while locked'}}}))""")
    run_timers(second)  # the locked tab's save of what it was given has come, and gone
    assert areas(second) == written, "a locked tab wrote"
    unlock(second)
    expect(second.locator("#sfg-job-title")).to_have_value("Typed while the other tab is locked")
    # What the locked tab was given meanwhile is saved now, as a newer edit.
    expect(second.locator("#sfg-energy")).to_have_value("typed while locked")
    expect(first.locator("#sfg-energy")).to_have_value("typed while locked")
    second.locator("#sfg-energy").fill("From the second tab")
    expect(first.locator("#sfg-energy")).to_have_value("From the second tab")
    first.locator("#sfg-job-title").fill("Both tabs unlocked")
    expect(second.locator("#sfg-job-title")).to_have_value("Both tabs unlocked")
    # Lock now in one tab locks the other too.
    first.get_by_role("button", name="Lock now").click()
    expect(lock_screen(first)).to_be_visible()
    expect(lock_screen(second)).to_be_visible()
    expect(lock_screen(second)).to_contain_text("locked in another tab")
    assert_nowhere(first, "From the second tab", "Both tabs unlocked")


def test_a_closed_locked_tab_keeps_its_last_words(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    """Closing inside the debounce window: sealing cannot finish while the page unloads, so
    the record sealed right after the last edit is what pagehide writes."""
    page = context.new_page()
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-job-title").fill("Nurse on ward seven")
    wait_saved(page)
    set_passphrase(page)
    page.locator("#sfg-energy").fill("The last words before closing")
    page.wait_for_function("performance.getEntriesByName('sfg-seal').length > 0")
    # From now on sealing never finishes, as when the page is gone before it could.
    page.evaluate("() => { crypto.subtle.encrypt = () => new Promise(() => {}); }")
    page.close(run_before_unload=True)
    again = context.new_page()
    open_form(again, fixture_site.url, "journal")
    unlock(again)
    expect(again.locator("#sfg-energy")).to_have_value("The last words before closing")
    expect(again.locator("#sfg-job-title")).to_have_value("Nurse on ward seven")
    assert_nowhere(again, "The last words before closing")


def test_after_instant_navigation_the_idle_lock_counts_from_the_page_in_use(
    page: Page, fixture_site: BuiltSite
) -> None:
    """The key lives on across Material's instant navigation (the same page); the panel left
    behind stops counting, or it would take the key while the person types on the next page."""
    page.clock.install()
    open_form(page, fixture_site.url, "journal")
    set_passphrase(page)
    page.evaluate("window.sfgSamePage = true")
    page.locator("#sfg-frustrations_hint a").click()
    expect(page.locator("h1")).to_have_text("Fixture framework")
    page.go_back()
    expect(page.locator("h1")).to_have_text("Fixture journal")
    assert page.evaluate("window.sfgSamePage === true"), "the page was reloaded, not navigated"
    expect(lock_screen(page)).to_be_hidden()
    page.clock.fast_forward("10:00")
    page.locator("#sfg-energy").fill("Still typing")
    page.clock.fast_forward("06:00")
    expect(lock_screen(page)).to_be_hidden()
    before = areas(page)["localStorage"][JOURNAL]
    page.locator("#sfg-energy").fill("Still typing, and saved")
    page.wait_for_function("v => localStorage.getItem('fixture-sfg/journal') !== v", arg=before)
    page.clock.fast_forward("15:01")
    expect(lock_screen(page)).to_be_visible()
