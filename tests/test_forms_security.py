"""Answers are only ever text, hostile keys do nothing, and no answer leaves the device."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.forms import (
    FORM,
    NAMESPACE,
    answers_file,
    choose_file,
    dialog,
    download,
    load,
    module,
    open_form,
    put_storage,
    run_timers,
    status,
    wait_saved,
    wait_stored,
)
from .support.network import watch_requests

PAYLOAD = (
    '<img src="x-image" onerror="window.sfgAttacked = 1">'
    "<script>window.sfgAttacked = 2</script>"
    '"><svg onload="window.sfgAttacked = 3">'
)


def assert_not_attacked(page: Page) -> None:
    assert page.evaluate("window.sfgAttacked") is None
    assert page.locator(f"{FORM} img, {FORM} svg:not(.md-icon svg)").count() == 0


def test_answer_text_with_html_and_script_is_shown_as_text_everywhere(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill(PAYLOAD)
    page.locator("#sfg-job-title").fill(PAYLOAD)
    wait_stored(page, "journal", "job-title", PAYLOAD)
    page.reload()
    expect(page.locator("#sfg-energy")).to_have_value(PAYLOAD)
    expect(page.locator("#sfg-energy + [data-sfg-print-mirror]")).to_have_text(PAYLOAD)
    assert_not_attacked(page)
    # The journal summary on the plan page.
    open_form(page, fixture_site.url, "plan")
    page.locator(f"{module('sfg-journal-summary')} summary").click()
    answer = page.locator("[data-sfg-summary-item='energy'] dd")
    expect(answer).to_have_text(PAYLOAD)
    assert answer.evaluate("dd => dd.children.length") == 0
    assert_not_attacked(page)


def test_imported_answers_and_questions_with_html_are_shown_as_text(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    content = json.loads(answers_file({}))
    content["answers"] = {"journal/removed": {"question": PAYLOAD, "answer": PAYLOAD}}
    choose_file(page, json.dumps(content))
    load(page)
    orphan = page.locator(f"{module('sfg-orphans')} li")
    expect(orphan.locator("label")).to_have_text(PAYLOAD)
    expect(orphan.locator("textarea")).to_have_value(PAYLOAD)
    assert_not_attacked(page)


def test_hostile_keys_in_a_stored_record_do_nothing(page: Page, fixture_site: BuiltSite) -> None:
    page.goto(fixture_site.url)
    hostile = (
        '{"format": "scope-for-growth", "version": 2, "form": "journal",'
        ' "answers": {"__proto__": {"polluted": "yes"}, "constructor": "x", "energy": "Safe"},'
        ' "updated": {"__proto__": {"polluted": "yes"}}, "questions": {}}'
    )
    put_storage(page, {f"{NAMESPACE}/journal": hostile})
    open_form(page, fixture_site.url, "journal")
    expect(page.locator("#sfg-energy")).to_have_value("Safe")
    assert page.evaluate("({}).polluted === undefined")
    orphans = page.locator(f"{module('sfg-orphans')} textarea")
    expect(orphans).to_have_count(1)  # "constructor" is a valid id: kept as an orphan, as text
    expect(orphans).to_have_value("x")


def test_no_request_leaves_the_page_while_typing_saving_exporting_or_importing(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    page.clock.install()
    open_form(page, fixture_site.url, "plan")
    page.wait_for_load_state("networkidle")
    log = watch_requests(page, fixture_site.url)
    page.locator("#sfg-person-name").press_sequentially("Jo <img src=x-image>", delay=10)
    page.locator("#sfg-depth-current_option-early").check()
    page.get_by_role("button", name="Add to objectives (Work with a buddy)").click()
    page.get_by_role("button", name="Add another row").click()
    wait_saved(page)
    name, _ = download(page, tmp_path)
    page.locator("#sfg-depth-current_option-later").check()  # changed since: the file's differs
    choose_file(page, (tmp_path / name).read_bytes(), name)
    load(page, plan="file")
    expect(page.locator("#sfg-depth-current_option-early")).to_be_checked()
    page.get_by_role("button", name="Clear all my answers on this device").click()
    dialog(page).get_by_role("button", name="Yes, clear all my answers").click()
    expect(page.locator("#sfg-person-name")).to_have_value("")
    expect(status(page)).to_have_text("All your answers have been cleared from this device.")
    run_timers(page)  # whatever the page had waiting to do has been done
    assert [url for url in log.requests if not url.startswith("blob:")] == []
