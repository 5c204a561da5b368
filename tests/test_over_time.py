"""The conversation over time (issue 20): the review of a plan, which starts the next one, and
the history of plans reviewed, kept in the plan's record (under keys no content id can take:
generator/naming.py PAST), so that files carry it to another manager.

The calendar file's reminders are tested apart (the other half of the issue).
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect

from .conftest import BuiltSite
from .support.axe import assert_accessible
from .support.forms import (
    answers,
    choose_file,
    colleague_plan,
    dialog,
    download,
    fill_saved,
    load_dialog,
    module,
    open_colleague,
    open_form,
    put_storage,
    record,
    wait_stored,
)
from .support.privacy import assert_nowhere, set_passphrase, unlock

PAST = re.compile(r"sfg-past/[a-z0-9]+/plan")
OBJECTIVES = ("Lead the 2027 audit", "Mentor a student", "Present at the <b>regional</b> meeting")
"""The last one's markup is text: answers only ever reach the page as text."""


def today() -> str:
    day = datetime.date.today()
    return f"{day.day} {day.strftime('%B')} {day.year}"


def review(page: Page) -> Locator:
    return page.locator(module("sfg-review"))


def history(page: Page) -> Locator:
    return page.locator(module("sfg-history"))


def past_plans(page: Page) -> dict[str, Any]:
    """The past plans kept in the plan's record, by key, parsed (removed ones as "")."""
    return {
        key: json.loads(value) if value else ""
        for key, value in answers(page, "plan").items()
        if PAST.fullmatch(key)
    }


def plan_with_three_objectives(page: Page, site: BuiltSite) -> None:
    """Alex's plan: positions, evidence, and three objectives with an owner and a date."""
    open_form(page, site.url, "plan")
    fill_saved(page, "plan", "person-name", "Alex Morgan")
    fill_saved(page, "plan", "manager-name", "Sam Patel")
    fill_saved(page, "plan", "conversation-date", "2026-06-01")
    page.locator("#sfg-depth-current_option-early").check()
    page.locator("#sfg-depth-future_option-later").check()
    fill_saved(page, "plan", "evidence", "Led the audit")
    page.get_by_role("button", name="Add another row").click()
    rows = page.locator("[data-sfg-row]")
    expect(rows).to_have_count(3)
    for i, (objective, owner, date) in enumerate(
        zip(
            OBJECTIVES,
            ("person", "manager", "both"),
            ("2026-09-01", "2026-10-01", "2026-11-01"),
            strict=True,
        )
    ):
        row = rows.nth(i)
        row.locator("textarea, input[type='text']").first.fill(objective)
        row.locator(f"input[value='{owner}'][data-sfg-key$='/owner']").check()
        row.locator("input[type='date']").fill(date)
    fill_saved(page, "plan", "next-review-date", "2026-12-01")
    wait_stored(page, "plan", "next-review-date", "2026-12-01")


def mark(page: Page, number: int, outcome: str, note: str = "") -> None:
    item = review(page).locator("[data-sfg-review-row]").nth(number)
    item.get_by_label(outcome, exact=True).check()
    if note:
        item.get_by_label(re.compile("Notes on this objective")).fill(note)


def review_and_start_next(page: Page) -> None:
    """One achieved, two in progress; the next review in June."""
    review(page).get_by_role("button", name="Start a review").click()
    items = review(page).locator("[data-sfg-review-row]")
    expect(items).to_have_count(3)
    expect(items.locator("[data-sfg-review-text]")).to_have_text(list(OBJECTIVES))
    expect(items.locator("b")).to_have_count(0)
    mark(page, 0, "Achieved", "Done in May")
    mark(page, 1, "In progress", "Half way")
    mark(page, 2, "In progress")
    review(page).get_by_label("Date of your next review").fill("2027-06-01")
    review(page).get_by_role("button", name="Start the next plan").click()


@pytest.mark.browser
def test_a_review_starts_the_next_plan_and_the_history_goes_with_the_file(
    two: tuple[BrowserContext, BrowserContext], fixture_site: BuiltSite, tmp_path: Path
) -> None:
    """The issue's done-when: three objectives → a review (one achieved, two in progress) →
    the next plan holds the two, the reviewed plan shows as history, read only; the file holds
    both; a second manager opening it sees the history on the guide and on the plan filled in
    for the colleague."""
    employee, manager = (context.new_page() for context in two)
    plan_with_three_objectives(employee, fixture_site)
    review_and_start_next(employee)

    # What happened is said, and the focus is on the review's heading.
    expect(review(employee).locator("[data-sfg-review-status]")).to_have_text(
        "Your next plan has started. It carries over 2 objectives. The plan you reviewed"
        f" on {today()} is kept under past plans."
    )
    expect(review(employee).get_by_role("heading", name="Review your plan")).to_be_focused()
    # The next plan: the two in progress, the positions, name and manager kept, the rest anew.
    rows = employee.locator("[data-sfg-row]")
    expect(rows).to_have_count(2)
    expect(rows.locator("textarea, input[type='text']").first).to_have_value(OBJECTIVES[1])
    expect(rows.nth(1).locator("textarea, input[type='text']").first).to_have_value(OBJECTIVES[2])
    expect(rows.nth(1).locator("input[value='both']")).to_be_checked()
    expect(employee.locator("#sfg-depth-current_option-early")).to_be_checked()
    expect(employee.locator("#sfg-depth-future_option-later")).to_be_checked()
    expect(employee.locator("#sfg-person-name")).to_have_value("Alex Morgan")
    expect(employee.locator("#sfg-manager-name")).to_have_value("Sam Patel")
    expect(employee.locator("#sfg-evidence")).to_have_value("")
    expect(employee.locator("#sfg-conversation-date")).to_have_value("")
    expect(employee.locator("#sfg-next-review-date")).to_have_value("2027-06-01")
    wait_stored(employee, "plan", "next-review-date", "2027-06-01")
    kept = answers(employee, "plan")
    assert kept["evidence"] == "", "emptied as an edit of its own, newer than older copies"
    assert kept["sfg-review"] == "", "the review being written is over"
    # The reviewed plan, as history: dated, read only, every objective with how it went.
    [(key, past)] = past_plans(employee).items()
    assert past["answers"]["evidence"] == "Led the audit"
    assert sorted(item["outcome"] for item in past["outcomes"].values()) == [
        "achieved",
        "in-progress",
        "in-progress",
    ]
    shown = history(employee)
    expect(shown).to_be_visible()
    expect(shown.get_by_role("heading", name=f"Plan reviewed on {today()}")).to_be_visible()
    for words in (*OBJECTIVES, "Achieved", "Done in May", "In progress", "Half way", "Early"):
        expect(shown).to_contain_text(words)
    expect(shown.locator("dt", has_text="Who acts on it").first).to_be_visible()
    expect(shown.locator("dd", has_text="Your manager")).to_have_count(1)
    expect(shown.locator("input, textarea, select")).to_have_count(0)
    expect(shown.locator("b")).to_have_count(0)
    # The plan's own keys are not answers to questions no longer in the form.
    expect(employee.locator(module("sfg-orphans"))).to_be_hidden()
    # Still there after a reload; on Check your answers too.
    employee.reload()
    expect(
        history(employee).get_by_role("heading", name=f"Plan reviewed on {today()}")
    ).to_be_visible()
    # Each objective headed as on Check your answers: the first column's label, its number.
    expect(history(employee).get_by_role("heading", name="Objective 1", exact=True)).to_be_visible()
    employee.goto(fixture_site.page_url("answers.html"))
    expect(history(employee)).to_contain_text("Done in May")

    # The file holds both: the next plan and the past one.
    open_form(employee, fixture_site.url, "plan")
    name, data = download(employee, tmp_path, "plan")
    assert data["answers"][f"plan/{key}"]["answer"], "the past plan travels in the file"
    # The next plan's emptied answers travel as emptied (newer than last time's copies).
    assert data["answers"]["plan/evidence"]["answer"] == "", "the answers of the next plan only"
    assert len(data["answers"]["plan/objectives"]["answer"].split()) == 2

    # A new manager opens the file: the history beside the guide, and on the plan for Alex.
    open_colleague(manager, fixture_site, tmp_path / name)
    # Past plans are not counted among the colleague's answers.
    counted = [
        key
        for key, item in data["answers"].items()
        if item["answer"] and key.startswith("plan/") and not key.startswith("plan/sfg-")
    ]
    expect(manager.locator("[data-sfg-colleague-holds]")).to_contain_text(
        f"0 journal answers and {len(counted)} plan answers"
    )
    manager.locator("[data-sfg-colleague-shown]").select_option(label="Alex Morgan")
    on_guide = history(manager)
    expect(on_guide.get_by_role("heading", name=f"Plan reviewed on {today()}")).to_be_visible()
    expect(on_guide).to_contain_text("Done in May")
    colleague_plan(manager, "Alex Morgan")
    expect(manager.locator("[data-sfg-row]")).to_have_count(2)
    expect(history(manager)).to_contain_text("Done in May")
    expect(
        history(manager).get_by_role("heading", name=f"Plan reviewed on {today()}")
    ).to_be_visible()


@pytest.mark.browser
def test_a_review_being_written_is_kept_on_reload_and_cancel_changes_nothing(
    page: Page, fixture_site: BuiltSite
) -> None:
    plan_with_three_objectives(page, fixture_site)
    before = answers(page, "plan")
    review(page).get_by_role("button", name="Start a review").click()
    mark(page, 0, "Achieved", "Done in May")
    review(page).get_by_label("Date of your next review").fill("2027-06-01")
    page.wait_for_function(
        "() => (JSON.parse(localStorage.getItem('fixture-sfg/plan')).answers['sfg-review'] || '')"
        ".includes('2027-06-01')"
    )
    page.reload()
    item = review(page).locator("[data-sfg-review-row]").first
    expect(item.get_by_label("Achieved", exact=True)).to_be_checked()
    expect(item.get_by_label(re.compile("Notes on this objective"))).to_have_value("Done in May")
    expect(review(page).get_by_label("Date of your next review")).to_have_value("2027-06-01")
    assert_accessible(page)
    review(page).get_by_role("button", name="Cancel").click()
    expect(review(page).locator("[data-sfg-review-status]")).to_have_text(
        "You cancelled the review. Your plan has not changed."
    )
    expect(review(page).get_by_role("button", name="Start a review")).to_be_focused()
    wait_stored(page, "plan", "sfg-review", "")
    after = answers(page, "plan")
    assert {k: v for k, v in after.items() if k != "sfg-review"} == before
    expect(history(page)).to_be_hidden()


@pytest.mark.browser
def test_a_past_plan_is_removed_after_asking_and_stays_removed_when_an_older_file_is_loaded(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    plan_with_three_objectives(page, fixture_site)
    review_and_start_next(page)
    expect(history(page)).to_be_visible()
    assert_accessible(page)
    name, _ = download(page, tmp_path, "plan")
    [key] = past_plans(page)
    # "Forget me" counts the plan's answers, not its past plans nor a table's order of rows.
    kept = answers(page, "plan")
    counted = [k for k, v in kept.items() if v.strip() and k != "objectives" and "sfg-" not in k]
    footer = page.locator("footer")
    footer.get_by_role("button", name="Forget me on this computer").click()
    expect(footer.get_by_role("dialog")).to_contain_text(
        f"Your development plan ({len(counted)} answers)"
    )
    footer.get_by_role("dialog").get_by_role("button", name="Cancel").click()
    remove = history(page).get_by_role("button", name=re.compile("Remove this past plan"))
    # Printing the plan with its answers prints the history, without the buttons or the review.
    page.emulate_media(media="print")
    expect(history(page)).to_contain_text("Done in May")
    expect(remove).to_be_hidden()
    expect(review(page)).to_be_hidden()
    page.emulate_media(media="screen")
    # Never first, never the most prominent: a secondary button after the past plan.
    assert "sfg-button--secondary" in (remove.get_attribute("class") or "")
    assert (
        history(page)
        .locator("button")
        .first.evaluate(
            "(b) => !!(b.compareDocumentPosition(b.closest('li').querySelector('dl')) & 2)"
        )
    ), "the button comes after what it removes"
    remove.click()
    asked = dialog(page)
    expect(asked).to_be_visible()
    asked.get_by_role("button", name="Cancel").click()
    expect(history(page)).to_be_visible()
    remove.click()
    asked.get_by_role("button", name="Remove this past plan").click()
    expect(history(page)).to_be_hidden()
    wait_stored(page, "plan", key, "")
    page.reload()
    expect(page.locator(module("sfg-table"))).to_be_visible()
    assert answers(page, "plan")[key] == "", "kept emptied: a newer edit than the file's"
    expect(history(page)).to_be_hidden()
    # The file made before it was removed: the past plan does not come back.
    choose_file(page, (tmp_path / name).read_bytes(), name)
    expect(page.locator("[data-sfg-status]")).to_contain_text(name)
    assert answers(page, "plan")[key] == ""
    expect(history(page)).to_be_hidden()


@pytest.mark.browser
def test_loading_a_file_adds_its_past_plans_in_words_of_their_own(
    two: tuple[BrowserContext, BrowserContext], fixture_site: BuiltSite, tmp_path: Path
) -> None:
    """A plan reviewed on one computer, loaded on another: the past plan is added, and not
    counted among the answers."""
    first, second = (context.new_page() for context in two)
    plan_with_three_objectives(first, fixture_site)
    review_and_start_next(first)
    name, data = download(first, tmp_path, "plan")
    open_form(second, fixture_site.url, "plan")
    fill_saved(second, "plan", "person-name", "Alex Morgan")
    choose_file(second, (tmp_path / name).read_bytes(), name)
    asked = load_dialog(second)
    expect(asked).to_be_visible()
    given = [key for key, item in data["answers"].items() if item["answer"]]
    part = asked.locator('[data-sfg-load-form="plan"]')
    expect(part.locator("[data-sfg-load-count]")).to_contain_text("1 past plans will be added.")
    holds = len([key for key in given if not key.startswith("plan/sfg-")])
    expect(asked.locator("[data-sfg-load-summary]")).not_to_contain_text(str(len(data["answers"])))
    assert holds < len(data["answers"])
    asked.locator("button[data-sfg-load-confirm]").click()
    expect(history(second)).to_contain_text("Done in May")
    expect(second.locator(module("sfg-orphans"))).to_be_hidden()


TODAYS_PLAN = {
    "person-name": "Alex Morgan",
    "manager-name": "Sam Patel",
    "depth-current": "early",
    "evidence": "Led the audit",
    "objectives": "1 2",
    "objectives/1/objective": "Lead the 2027 audit",
    "objectives/1/owner": "person",
    "objectives/2/objective": "Mentor a student",
}


@pytest.mark.browser
def test_answers_and_files_of_todays_version_load_unchanged_and_show_no_history(
    two: tuple[BrowserContext, BrowserContext], fixture_site: BuiltSite, tmp_path: Path
) -> None:
    """Migration: a record and a file as today's version writes them (no sfg- keys)."""
    here, there = (context.new_page() for context in two)
    open_form(here, fixture_site.url, "plan")
    stored = {
        "format": "scope-for-growth",
        "version": 3,
        "form": "plan",
        "saved": "2026-11-20T09:30:00.000Z",
        "clock": len(TODAYS_PLAN),
        "answers": TODAYS_PLAN,
        "edits": {key: [n, "othertab"] for n, key in enumerate(TODAYS_PLAN, start=1)},
        "questions": {},
    }
    put_storage(here, {"fixture-sfg/plan": json.dumps(stored)})
    open_form(here, fixture_site.url, "plan")
    expect(here.locator("#sfg-evidence")).to_have_value("Led the audit")
    expect(here.locator("[data-sfg-row]")).to_have_count(2)
    expect(history(here)).to_be_hidden()
    expect(review(here).get_by_role("button", name="Start a review")).to_be_visible()
    expect(review(here).locator("[data-sfg-review-form]")).to_be_hidden()
    assert record(here, "plan")["answers"] == TODAYS_PLAN
    name, data = download(here, tmp_path, "plan")
    assert not any(key.startswith("plan/sfg-") for key in data["answers"])

    open_form(there, fixture_site.url, "plan")
    choose_file(there, (tmp_path / name).read_bytes(), name)
    asked = load_dialog(there)
    expect(asked).to_be_visible()
    expect(asked.locator("[data-sfg-load-count]").first).not_to_contain_text("past plans")
    asked.locator("button[data-sfg-load-confirm]").click()
    expect(there.locator("#sfg-evidence")).to_have_value("Led the audit")
    assert {k: v for k, v in answers(there, "plan").items() if v} == {
        k: v for k, v in TODAYS_PLAN.items() if v
    }
    expect(history(there)).to_be_hidden()
    there.goto(fixture_site.page_url("answers.html"))
    expect(there.locator("[data-sfg-check-form='plan']")).to_contain_text("Led the audit")
    expect(history(there)).to_be_hidden()


@pytest.mark.browser
def test_while_the_answers_are_locked_nothing_of_the_history_or_the_review_shows(
    page: Page, fixture_site: BuiltSite
) -> None:
    plan_with_three_objectives(page, fixture_site)
    review_and_start_next(page)
    review(page).get_by_role("button", name="Start a review").click()
    mark(page, 0, "Dropped", "Not this year, after the merger")
    expect(history(page)).to_contain_text("Done in May")
    set_passphrase(page, then_unlock=False)
    expect(history(page)).to_be_hidden()
    expect(review(page)).to_be_hidden()
    assert "Done in May" not in page.locator("body").inner_text()
    assert page.locator("[data-sfg-history-list] li").count() == 0, "not even hidden"
    assert_nowhere(page, "Lead the 2027 audit", "Not this year, after the merger")
    page.goto(fixture_site.page_url("answers.html"))
    expect(page.locator("[data-sfg-check-locked]")).to_be_visible()
    expect(history(page)).to_be_hidden()
    open_form(page, fixture_site.url, "plan")
    unlock(page)
    expect(history(page)).to_contain_text("Done in May")
    item = review(page).locator("[data-sfg-review-row]").first
    expect(item.get_by_label(re.compile("Notes on this objective"))).to_have_value(
        "Not this year, after the merger"
    )


@pytest.mark.browser
def test_a_manager_reviews_the_plan_filled_in_for_a_colleague_and_their_own_stays_as_it_was(
    two: tuple[BrowserContext, BrowserContext], fixture_site: BuiltSite, tmp_path: Path
) -> None:
    employee, manager = (context.new_page() for context in two)
    plan_with_three_objectives(employee, fixture_site)
    review_and_start_next(employee)
    name, _ = download(employee, tmp_path, "plan")
    open_colleague(manager, fixture_site, tmp_path / name)
    colleague_plan(manager, "Alex Morgan")
    review(manager).get_by_role("button", name="Start a review").click()
    expect(review(manager).locator("[data-sfg-review-text]")).to_have_text(list(OBJECTIVES[1:]))
    mark(manager, 0, "Achieved")
    review(manager).get_by_role("button", name="Start the next plan").click()
    expect(manager.locator("[data-sfg-row]")).to_have_count(1)
    expect(history(manager).locator(".sfg-history-plan")).to_have_count(2)
    assert not any(PAST.fullmatch(key) for key in answers(manager, "plan")), "not the manager's own"
