"""axe (WCAG 2.2 AA) finds nothing on the form pages as people use them: answers filled in,
answers to removed questions shown, an error in the status bar, a dialog open; light and dark."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
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
from .support.sites import build_site, fixture_variant


def test_journal_with_answers_and_answers_to_removed_questions(
    page: Page, fixture_site: BuiltSite
) -> None:
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
    page: Page, default_site: BuiltSite
) -> None:
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
    page.locator("#sfg-depth-current_option-developing").check()
    page.locator("#sfg-breadth-future_option-proven").check()
    page.get_by_role("button", name="Add to objectives (Mentoring others)").click()
    page.get_by_role("button", name="Add another row").click()
    page.locator(f"{module('sfg-journal-summary')} summary").click()
    wait_saved(page)
    assert_accessible(page)


def test_form_with_a_storage_error_showing(page: Page, fixture_site: BuiltSite) -> None:
    page.add_init_script(BLOCKED_STORAGE)
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-person-name").fill("Sam")
    expect(status(page)).to_contain_text("cannot be saved")
    expect(page.locator(f"{module('sfg-status')} button")).to_be_visible()
    # With storage refused, Material's palette fails as the page loads (it reads localStorage):
    # the page is light whatever the browser prefers, and the header's toggle does nothing.
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    assert_accessible(page, schemes=["light"])


def test_form_with_a_bad_file_message_and_with_a_dialog_open(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    choose_file(page, "not a file of answers", "notes.txt")
    expect(status(page)).to_contain_text("was not loaded")
    assert_accessible(page)
    page.get_by_role("button", name="Clear all my answers on this device").click()
    expect(dialog(page)).to_be_visible()
    assert_accessible(page)


@pytest.fixture(scope="module")
def clashing_site(
    www: Path, server_url: str, tmp_path_factory: pytest.TempPathFactory
) -> BuiltSite:
    """The fixture toolkit with a journal question whose id is the name of the dialog's text."""
    question = {"id": "dialog-text", "text": "What would I write in a dialog?", "hint": "Anything."}
    content = fixture_variant(
        tmp_path_factory.mktemp("clash") / "toolkit",
        "content/journal.yml",
        lambda journal: journal["stages"][0]["sections"][0]["questions"].append(question),
    )
    folder = www / "intranet" / "clash"
    build_site(content, folder, site_url=f"{server_url}/intranet/clash/")
    return BuiltSite(folder, f"{server_url}/intranet/clash/")


def test_the_dialog_is_described_by_its_own_text_whatever_the_question_ids(
    page: Page, clashing_site: BuiltSite
) -> None:
    open_form(page, clashing_site.url, "journal")
    question = page.get_by_label("What would I write in a dialog?")
    expect(question).to_have_accessible_description("Anything.")
    question.fill("My answer")
    page.get_by_role("button", name="Clear all my answers on this device").click()
    shown = page.get_by_role("dialog", name="Clear all your answers from this device?")
    expect(shown).to_be_visible()
    expect(shown).to_have_accessible_name("Clear all your answers from this device?")
    expect(shown).to_have_accessible_description(
        re.compile(r"^This deletes everything listed below")
    )
    described_by = dialog(page).get_attribute("aria-describedby")
    assert described_by
    assert dialog(page).locator(f"#{described_by}").count() == 1
    duplicates = page.evaluate(
        "() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
        " return ids.filter((id, i) => ids.indexOf(id) !== i); }"
    )
    assert duplicates == []
