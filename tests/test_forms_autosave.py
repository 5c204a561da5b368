"""Answers are saved as the person types and are there again on reload, after instant
navigation, and after closing the tab in the middle of a sentence."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    SAVED,
    STARTED,
    answers,
    module,
    open_form,
    record,
    status,
    wait_answers,
    wait_saved,
    wait_started,
    wait_stored,
)


def test_journal_answers_are_saved_while_typing_and_restored_on_reload(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").press_sequentially("Long walks", delay=20)
    page.locator("#sfg-job-title").fill("Ward manager")
    page.get_by_label("Very", exact=True).check()
    # The status said "Saved" already after the first words were kept: wait for the last
    # answer to be stored, then the status (it raced on a busy machine).
    expected = {"energy": "Long walks", "job-title": "Ward manager", "confidence": "high"}
    wait_answers(page, "journal", expected)
    wait_saved(page)
    assert answers(page, "journal") == expected
    page.reload()
    wait_started(page)
    expect(page.locator("#sfg-energy")).to_have_value("Long walks")
    expect(page.locator("#sfg-job-title")).to_have_value("Ward manager")
    expect(page.get_by_label("Very", exact=True)).to_be_checked()


def test_saving_waits_for_a_pause_in_typing_then_happens_within_half_a_second(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.clock.install()
    open_form(page, fixture_site.url, "journal")
    # The page's time stands still but for the steps taken here: a key every 100 ms.
    page.clock.pause_at(page.evaluate("Date.now()") / 1000 + 1)
    for key in "abcdef":
        page.locator("#sfg-energy").press(key)
        page.clock.run_for(100)
    assert record(page, "journal") is None, "saved on every keystroke instead of debounced"
    page.clock.run_for(400)  # half a second since the last key
    assert answers(page, "journal") == {"energy": "abcdef"}


def test_status_says_when_answers_were_saved_in_plain_english(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    expect(status(page)).to_have_attribute("aria-live", "polite")
    expect(status(page)).to_have_attribute("role", "status")
    page.locator("#sfg-energy").fill("Music")
    expect(status(page)).to_have_text(re.compile(rf"^{SAVED} \d\d:\d\d$"))


def test_record_is_versioned_and_keyed_by_namespace_form_and_field(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-person-name").fill("Sam")
    wait_saved(page)
    kept = record(page, "plan")
    assert kept["format"] == "scope-for-growth"
    assert kept["version"] == 3
    assert kept["form"] == "plan"
    assert kept["answers"] == {"person-name": "Sam"}
    assert kept["questions"] == {"person-name": "Your name"}
    # Edits are ordered by a counter, not by the time: the last edit has the highest number.
    edit, tab = kept["edits"]["person-name"]
    assert edit == kept["clock"] >= 1
    assert isinstance(tab, str) and tab
    assert "updated" not in kept
    assert record(page, "journal") is None


def test_plan_fields_table_rows_and_positions_are_restored(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-conversation-date").fill("2026-11-23")
    page.locator("#sfg-depth-future_option-later").check()
    page.locator("#sfg-objectives_2_objective").fill("Lead a project")
    page.locator("#sfg-objectives_2_term_option-longer").check()
    page.get_by_role("button", name="Add another row").click()
    page.keyboard.type("Shadow a director")
    wait_saved(page)
    page.reload()
    wait_started(page)
    expect(page.locator("#sfg-conversation-date")).to_have_value("2026-11-23")
    expect(page.locator("#sfg-depth-future_option-later")).to_be_checked()
    expect(page.locator("#sfg-objectives_2_objective")).to_have_value("Lead a project")
    expect(page.locator("#sfg-objectives_2_term_option-longer")).to_be_checked()
    rows = page.locator("[data-sfg-row]")
    expect(rows).to_have_count(3)
    expect(rows.nth(2).locator("textarea").first).to_have_value("Shadow a director")
    expect(rows.nth(2).locator("legend.sfg-row-legend")).to_have_text("Objective 3")


def test_answers_come_back_after_instant_navigation_away_and_back(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    page.evaluate("window.sfgSamePage = true")
    page.locator("#sfg-energy").fill("Typed just before leaving")
    # Leave at once, inside the debounce window, by a link in the page (instant navigation).
    page.locator("#sfg-frustrations_hint a").click()
    expect(page.locator("h1")).to_have_text("Fixture framework")
    page.go_back()
    expect(page.locator("h1")).to_have_text("Fixture journal")
    wait_started(page)
    assert page.evaluate("window.sfgSamePage === true"), "the page was reloaded, not navigated"
    expect(page.locator("#sfg-energy")).to_have_value("Typed just before leaving")
    # The form is bound once, and still saves.
    page.locator("#sfg-job-title").fill("Nurse")
    wait_stored(page, "journal", "job-title", "Nurse")
    assert answers(page, "journal")["energy"] == "Typed just before leaving"
    assert page.locator(STARTED).count() == 1


def test_closing_the_tab_inside_the_debounce_window_loses_nothing(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    page = context.new_page()
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("The last words before closing")
    page.close(run_before_unload=True)
    again = context.new_page()
    open_form(again, fixture_site.url, "journal")
    expect(again.locator("#sfg-energy")).to_have_value("The last words before closing")


def test_hiding_the_page_saves_at_once(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Switching to another app")
    page.evaluate(
        "() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden'});"
        " document.dispatchEvent(new Event('visibilitychange')); }"
    )
    assert answers(page, "journal") == {"energy": "Switching to another app"}


def test_leaving_the_page_saves_at_once(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Going back in history")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pagehide'))")
    assert answers(page, "journal") == {"energy": "Going back in history"}


def test_progress_counts_answered_questions_in_each_section(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    progress = page.locator(f".sfg-section {module('sfg-progress')}")
    expect(progress).to_have_text(["0 of 2 answered", "0 of 2 answered"])
    page.locator("#sfg-energy").fill("Friends")
    page.locator("#sfg-frustrations").fill("   ")
    page.get_by_label("Not very").check()
    expect(progress).to_have_text(["1 of 2 answered", "1 of 2 answered"])
    page.reload()
    wait_started(page)
    expect(progress).to_have_text(["1 of 2 answered", "1 of 2 answered"])


def test_each_answer_has_a_text_copy_for_printing(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Line one\nLine two")
    mirror = page.locator("#sfg-energy + [data-sfg-print-mirror]")
    expect(mirror).to_have_text("Line one\nLine two")
    page.reload()
    wait_started(page)
    expect(mirror).to_have_text("Line one\nLine two")


def test_without_javascript_every_question_shows_with_space_to_write(
    browser: Browser, fixture_site: BuiltSite
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        for form, labels in {
            "journal": ["What gives me energy?", "What is my job title?", "Very"],
            "plan": ["Your name", "Date of conversation", "Evidence", "Objective"],
        }.items():
            page.goto(f"{fixture_site.url}{form}.html")
            expect(page.locator("[data-sfg-no-js]")).to_be_visible()
            expect(page.locator("[data-sfg-no-js]")).to_contain_text("needs JavaScript")
            for label in labels:
                expect(page.get_by_label(label, exact=True).first).to_be_visible()
            for control in page.locator("input[data-sfg-key], textarea[data-sfg-key]").all():
                expect(control).to_be_visible()
            if form == "plan":
                expect(page.get_by_role("group", name="Objective 2")).to_be_visible()
            expect(page.get_by_role("button", name="Download my answers")).to_have_count(0)
            expect(page.locator("[data-sfg-row-action]").first).to_be_hidden()
    finally:
        context.close()
