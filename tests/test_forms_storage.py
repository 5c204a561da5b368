"""Nothing is lost whatever the browser's storage does: two tabs, storage blocked or full,
records that cannot be read, records in an older format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    BLOCKED_STORAGE,
    FULL_STORAGE,
    NAMESPACE,
    answers,
    download,
    journal_record,
    module,
    open_form,
    put_storage,
    record,
    run_timers,
    status,
    storage_items,
    wait_stored,
)

# Storage events from other tabs never arrive: only the merge on saving can keep both edits.
NO_STORAGE_EVENTS = "window.addEventListener('storage', e => e.stopImmediatePropagation(), true);"


def test_an_edit_in_one_tab_appears_in_the_other(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    first, second = context.new_page(), context.new_page()
    open_form(first, fixture_site.url, "journal")
    open_form(second, fixture_site.url, "journal")
    first.locator("#sfg-energy").fill("Written in the first tab")
    expect(second.locator("#sfg-energy")).to_have_value("Written in the first tab")
    expect(second.locator(f".sfg-section {module('sfg-progress')}").first).to_have_text(
        "1 of 2 answered"
    )
    second.locator("#sfg-job-title").fill("Written in the second tab")
    expect(first.locator("#sfg-job-title")).to_have_value("Written in the second tab")
    wait_stored(first, "journal", "job-title", "Written in the second tab")
    assert answers(first, "journal") == {
        "energy": "Written in the first tab",
        "job-title": "Written in the second tab",
    }


def test_two_tabs_never_overwrite_each_others_newer_text(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    first, second = context.new_page(), context.new_page()
    for page in (first, second):
        page.add_init_script(NO_STORAGE_EVENTS)
        open_form(page, fixture_site.url, "journal")
    first.locator("#sfg-energy").fill("Older text")
    wait_stored(first, "journal", "energy", "Older text")
    # The second tab still shows nothing; its save must keep the first tab's answer.
    second.locator("#sfg-job-title").fill("Manager")
    wait_stored(second, "journal", "job-title", "Manager")
    assert answers(second, "journal") == {"energy": "Older text", "job-title": "Manager"}
    second.locator("#sfg-energy").fill("Newer text")
    wait_stored(second, "journal", "energy", "Newer text")
    # The first tab saves something else: the newer text of the second tab wins.
    first.get_by_label("Very", exact=True).check()
    wait_stored(first, "journal", "confidence", "high")
    assert answers(first, "journal") == {
        "energy": "Newer text",
        "job-title": "Manager",
        "confidence": "high",
    }
    expect(first.locator("#sfg-energy")).to_have_value("Newer text")


def test_storage_that_throws_still_lets_the_person_type_and_download(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    page.add_init_script(BLOCKED_STORAGE)
    open_form(page, fixture_site.url, "journal")
    expect(status(page)).to_contain_text("cannot be saved")
    expect(status(page)).to_contain_text("download your answers")
    page.locator("#sfg-energy").fill("Kept in the page only")
    expect(page.locator("#sfg-energy")).to_have_value("Kept in the page only")
    expect(status(page)).to_contain_text("cannot be saved")
    bar_button = page.locator(module("sfg-status")).get_by_role("button")
    expect(bar_button).to_have_text("Download my answers")
    _, data = download(page, tmp_path)
    energy = data["answers"]["journal/energy"]
    assert (energy["question"], energy["answer"]) == (
        "What gives me energy?",
        "Kept in the page only",
    )


def test_full_storage_says_so_and_keeps_answers_in_the_page(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    page.goto(fixture_site.url)
    put_storage(page, {f"{NAMESPACE}/journal": journal_record({"job-title": "Saved earlier"})})
    page.add_init_script(FULL_STORAGE)
    open_form(page, fixture_site.url, "journal")
    expect(page.locator("#sfg-job-title")).to_have_value("Saved earlier")
    page.locator("#sfg-energy").fill("Typed when full")
    expect(status(page)).to_contain_text("storage is full")
    expect(status(page)).to_have_class("sfg-status sfg-status--problem")
    assert answers(page, "journal") == {"job-title": "Saved earlier"}
    _, data = download(page, tmp_path)
    assert {key: item["answer"] for key, item in data["answers"].items()} == {
        "journal/job-title": "Saved earlier",
        "journal/energy": "Typed when full",
    }


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        "[1, 2, 3]",
        '{"hello": "world"}',
        '{"format": "scope-for-growth", "version": 99, "answers": {}}',
        '{"format": "something-else", "version": 2, "answers": {}}',
    ],
    ids=["not-json", "array", "not-ours", "future-version", "other-format"],
)
def test_an_unreadable_record_is_kept_aside_and_the_person_told(
    page: Page, fixture_site: BuiltSite, tmp_path: Path, raw: str
) -> None:
    page.goto(fixture_site.url)
    put_storage(page, {f"{NAMESPACE}/journal": raw})
    open_form(page, fixture_site.url, "journal")
    expect(status(page)).to_contain_text("could not be read")
    expect(page.locator("#sfg-energy")).to_have_value("")
    page.locator("#sfg-energy").fill("A fresh start")
    wait_stored(page, "journal", "energy", "A fresh start")
    expect(status(page)).to_contain_text("could not be read")
    kept_aside = {
        key: value
        for key, value in storage_items(page).items()
        if key.startswith(f"{NAMESPACE}/journal/unreadable/")
    }
    assert list(kept_aside.values()) == [raw]
    _, data = download(page, tmp_path)
    assert data["unreadable"] == [raw]
    page.reload()
    expect(page.locator("#sfg-energy")).to_have_value("A fresh start")


def test_an_unreadable_record_that_cannot_be_kept_aside_is_never_overwritten(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    put_storage(page, {f"{NAMESPACE}/journal": "{damaged"})
    page.add_init_script(FULL_STORAGE)
    page.clock.install()
    open_form(page, fixture_site.url, "journal")
    expect(status(page)).to_contain_text("your new answers are not being saved")
    page.locator("#sfg-energy").fill("Not saved")
    run_timers(page)  # the save that typing asks for has come, and gone
    assert storage_items(page) == {f"{NAMESPACE}/journal": "{damaged"}
    expect(status(page)).to_contain_text("Download your answers")


def test_a_record_of_an_older_version_is_migrated(page: Page, fixture_site: BuiltSite) -> None:
    page.goto(fixture_site.url)
    old = {"version": 1, "saved": "2026-03-01T08:00:00.000Z", "answers": {"energy": "From 2026"}}
    put_storage(page, {f"{NAMESPACE}/journal": json.dumps(old)})
    open_form(page, fixture_site.url, "journal")
    expect(page.locator("#sfg-energy")).to_have_value("From 2026")
    expect(status(page)).to_have_text("Saved on this device on 1 March at 08:00")
    page.locator("#sfg-job-title").fill("Matron")
    wait_stored(page, "journal", "job-title", "Matron")
    kept = record(page, "journal")
    assert kept["version"] == 3
    assert kept["answers"] == {"energy": "From 2026", "job-title": "Matron"}
    assert kept["edits"]["job-title"][0] > kept["edits"]["energy"][0]
