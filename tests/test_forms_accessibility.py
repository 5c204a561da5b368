"""axe (WCAG 2.2 AA) finds nothing on the form pages as people use them: answers filled in,
answers to removed questions shown, an error in the status bar, a dialog open; light and dark."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.axe import assert_accessible
from .support.forms import (
    BLOCKED_STORAGE,
    NAMESPACE,
    choose_file,
    dialog,
    journal_record,
    module,
    open_form,
    put_storage,
    status,
    wait_saved,
)


def test_journal_with_answers_and_answers_to_removed_questions(
    scheme_page: Page, fixture_site: BuiltSite
) -> None:
    page = scheme_page
    page.goto(fixture_site.url)
    stored = {"frustrations": "Queues", "a-removed-question": "Kept for later"}
    put_storage(page, {f"{NAMESPACE}/journal": journal_record(stored)})
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Walking the dog")
    page.get_by_label("Very", exact=True).check()
    wait_saved(page)
    expect(page.locator(module("sfg-orphans"))).to_be_visible()
    assert_accessible(page)


def test_plan_with_answers_suggestions_rows_and_journal_summary(
    scheme_page: Page, default_site: BuiltSite
) -> None:
    page = scheme_page
    page.goto(default_site.url)
    put_storage(
        page,
        {
            "example-trust-sfg/journal": journal_record(
                {"most-happy": "On holiday", "frustrations": "IT"}
            )
        },
    )
    open_form(page, default_site.url, "plan")
    page.locator("#sfg-person-name").fill("Sam Patel")
    page.locator("#sfg-depth-current_developing").check()
    page.locator("#sfg-breadth-future_proven").check()
    page.get_by_role("button", name="Add to objectives (Mentoring others)").click()
    page.get_by_role("button", name="Add another row").click()
    page.locator(f"{module('sfg-journal-summary')} summary").click()
    wait_saved(page)
    assert_accessible(page)


def test_form_with_a_storage_error_showing(scheme_page: Page, fixture_site: BuiltSite) -> None:
    page = scheme_page
    page.add_init_script(BLOCKED_STORAGE)
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-person-name").fill("Sam")
    expect(status(page)).to_contain_text("cannot be saved")
    expect(page.locator(f"{module('sfg-status')} button")).to_be_visible()
    assert_accessible(page)


def test_form_with_a_bad_file_message_and_with_a_dialog_open(
    scheme_page: Page, fixture_site: BuiltSite
) -> None:
    page = scheme_page
    open_form(page, fixture_site.url, "journal")
    choose_file(page, "not a file of answers", "notes.txt")
    expect(status(page)).to_contain_text("was not loaded")
    assert_accessible(page)
    page.get_by_role("button", name="Clear all my answers on this device").click()
    expect(dialog(page)).to_be_visible()
    assert_accessible(page)
