"""The development plan: positions and the framework's suggestions, the objectives table
(added, removed and moved by keyboard), and the journal's answers at hand."""

from __future__ import annotations

import re

from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    answers,
    dialog,
    focused,
    journal_record,
    module,
    open_form,
    put_storage,
    tab_to,
    wait_started,
    wait_stored,
)

OBJECTIVES = "[data-sfg-row] [data-sfg-column='objective'] textarea"


def objective_values(page: Page) -> list[str]:
    values: list[str] = page.locator(OBJECTIVES).evaluate_all("fields => fields.map(f => f.value)")
    return values


def test_the_plan_can_be_completed_with_the_keyboard_alone(
    page: Page, default_site: BuiltSite
) -> None:
    """The whole conversation record, on the toolkit's own plan: keys only, no mouse."""
    open_form(page, default_site.url, "plan")
    keys = page.keyboard
    tab_to(page, "#sfg-person-name")
    keys.type("Sam Patel")
    keys.press("Tab")
    assert focused(page) == "sfg-person-role"
    keys.type("Staff nurse")
    keys.press("Tab")
    keys.type("Alex Jones")
    keys.press("Tab")
    assert focused(page) == "sfg-conversation-date"
    keys.type("11112026")  # the same typed day first or month first
    # Depth now: the first position, chosen with the space bar; its suggestions appear.
    tab_to(page, "[name='depth-current']")
    keys.press("Space")
    assert focused(page) == "sfg-depth-current_option-consolidating"
    expect(page.get_by_role("button", name="(Work with a local buddy)")).to_be_visible()
    tab_to(page, "#sfg-depth-evidence")
    keys.type("Led the ward's audit")
    # Depth in two years: the next position, with an arrow key; then one of its suggestions.
    tab_to(page, "[name='depth-future']")
    keys.press("ArrowDown")
    assert focused(page) == "sfg-depth-future_option-developing"
    keys.press("Tab")
    assert focused(page) == "button: Add to objectives (Increase system exposure)"
    keys.press("Enter")
    assert focused(page) == "sfg-objectives_1_objective"
    expect(page.locator(":focus")).to_have_value("Increase system exposure")
    # Back up to a suggestion for the position now: it fills the next empty objective.
    tab_to(page, "[data-sfg-question='depth-current'] [data-sfg-add-suggestion]", backwards=True)
    assert focused(page) == "button: Add to objectives (Work with a local buddy)"
    keys.press("Enter")
    assert focused(page) == "sfg-objectives_2_objective"
    for words in ["Meet monthly", "Time in my rota"]:
        keys.press("Tab")
        keys.type(words)
    keys.press("Tab")
    keys.press("Space")  # who acts on it: you
    keys.press("Tab")
    keys.press("Space")  # short term
    keys.press("Tab")
    keys.type("01012027")
    tab_to(page, "#sfg-objectives_2_progress")
    keys.type("Started")
    # A fourth objective, moved to the top.
    tab_to(page, "[data-sfg-add-row]")
    keys.press("Enter")
    keys.type("Find a mentor")
    tab_to(page, "[data-sfg-row]:nth-child(4) [data-sfg-row-action='up']")
    for position in (3, 2):
        keys.press("Enter")
        assert focused(page) == f"button: Move up (Objective {position})"
    keys.press("Enter")
    assert focused(page) == "button: Move down (Objective 1)", "focus left a disabled button"
    assert objective_values(page) == [
        "Find a mentor",
        "Increase system exposure",
        "Work with a local buddy",
        "",
    ]
    # The empty last row goes at once; focus moves to the row now last.
    tab_to(page, "[data-sfg-row]:nth-child(4) [data-sfg-row-action='remove']")
    keys.press("Enter")
    expect(dialog(page)).to_be_hidden()
    expect(page.locator(":focus")).to_have_value("Work with a local buddy")
    # A row with text asks first; Cancel has the focus.
    tab_to(page, "[data-sfg-row]:nth-child(2) [data-sfg-row-action='remove']", backwards=True)
    keys.press("Enter")
    expect(dialog(page)).to_be_visible()
    expect(dialog(page)).to_contain_text("Remove Objective 2?")
    assert focused(page) == "button: Cancel"
    keys.press("Shift+Tab")
    keys.press("Enter")
    expect(dialog(page)).to_be_hidden()
    expect(page.locator("[data-sfg-row]")).to_have_count(2)
    expect(page.locator(":focus")).to_have_value("Work with a local buddy")
    tab_to(page, "#sfg-next-review-date")
    keys.type("01012027")
    wait_stored(page, "plan", "next-review-date", "2027-01-01", "example-trust-sfg")
    kept = answers(page, "plan", "example-trust-sfg")
    order = kept.pop("objectives").split()
    assert len(order) == 2 and order[1] == "2"
    assert {key: value for key, value in kept.items() if value} == {
        "person-name": "Sam Patel",
        "person-role": "Staff nurse",
        "manager-name": "Alex Jones",
        "conversation-date": "2026-11-11",
        "depth-current": "consolidating",
        "depth-evidence": "Led the ward's audit",
        "depth-future": "developing",
        f"objectives/{order[0]}/objective": "Find a mentor",
        "objectives/2/objective": "Work with a local buddy",
        "objectives/2/actions": "Meet monthly",
        "objectives/2/support": "Time in my rota",
        "objectives/2/owner": "person",
        "objectives/2/term": "short",
        "objectives/2/target-date": "2027-01-01",
        "objectives/2/progress": "Started",
        "next-review-date": "2027-01-01",
    }


def test_suggestions_follow_the_position_chosen(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "plan")
    block = page.locator("[data-sfg-question='depth-current']")
    expect(block.locator("[data-sfg-suggest]")).to_have_count(2)
    initiatives = block.locator("[data-sfg-initiative]:visible")
    expect(initiatives).to_have_count(0)
    block.get_by_role("radio", name="Early").check()
    expect(initiatives).to_have_text(["Work with a buddy", "Build knowledge"])
    expect(block.get_by_text("Suggested development initiatives for Depth: Early")).to_be_visible()
    block.get_by_role("radio", name="Later").check()
    expect(initiatives).to_have_text(["Present at conferences"])
    page.reload()
    expect(initiatives).to_have_text(["Present at conferences"])


def test_suggestions_fill_empty_objectives_then_add_rows(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-objectives_1_objective").fill("My own objective")
    page.locator("#sfg-depth-current_option-early").check()
    for _ in range(3):
        page.get_by_role("button", name="Add to objectives (Build knowledge)").click()
    assert objective_values(page) == [
        "My own objective",
        "Build knowledge",
        "Build knowledge",
        "Build knowledge",
    ]
    expect(page.locator(":focus")).to_have_value("Build knowledge")
    expect(page.locator("[data-sfg-announce]")).to_have_text("Added as Objective 4.")


def test_rows_keep_focus_sensible_when_added_moved_and_removed(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "plan")
    announce = page.locator("[data-sfg-announce]")
    page.get_by_role("button", name="Add another row").click()
    expect(announce).to_have_text("Objective 3 added.")
    expect(page.locator(":focus")).to_have_attribute(
        "data-sfg-key", re.compile(r"^objectives/[a-z0-9]+/objective$")
    )
    # The new row is the row <template> with its id in every name: none keeps the placeholder,
    # and each of its controls is labelled.
    row = page.locator("[data-sfg-rows] > [data-sfg-row]").nth(2)
    names = row.evaluate(
        "row => [row, ...row.querySelectorAll('*')].flatMap(e => [...e.attributes])"
        ".map(a => a.value).filter(v => v.includes('{row}'))"
    )
    assert names == []
    expect(row.get_by_role("textbox", name="Objective", exact=True)).to_be_focused()
    expect(row.get_by_role("radio", name="Short term")).to_be_visible()
    page.get_by_role("button", name="Move down (Objective 1)").click()
    expect(announce).to_have_text("Moved. It is now Objective 2.")
    expect(page.get_by_role("button", name="Move down (Objective 2)")).to_be_focused()
    # Empty rows go without a question; focus moves to the row that takes their place.
    page.get_by_role("button", name="Remove (Objective 1)").click()
    expect(dialog(page)).to_be_hidden()
    expect(announce).to_have_text("Row removed.")
    expect(page.locator("[data-sfg-row]")).to_have_count(2)
    expect(page.locator(":focus")).to_have_id("sfg-objectives_1_objective")
    page.get_by_role("button", name="Remove (Objective 2)").click()
    page.get_by_role("button", name="Remove (Objective 1)").click()
    expect(page.locator("[data-sfg-row]")).to_have_count(0)
    expect(page.get_by_role("button", name="Add another row")).to_be_focused()
    wait_stored(page, "plan", "objectives", "")
    page.reload()
    expect(page.locator("[data-sfg-row]")).to_have_count(0)


def test_the_journal_answers_are_at_hand_on_the_plan(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    page = context.new_page()
    open_form(page, fixture_site.url, "plan")
    summary = page.locator(module("sfg-journal-summary"))
    expect(summary).to_be_visible()
    expect(summary).not_to_have_attribute("open", "")
    summary.locator("summary").click()
    expect(summary.get_by_text("You have not answered any journal questions")).to_be_visible()
    put_storage(
        page,
        {
            f"{NAMESPACE}/journal": journal_record(
                {"energy": "People\nand plans", "confidence": "low"}
            )
        },
    )
    page.reload()
    summary.locator("summary").click()
    expect(summary.locator("dt:visible")).to_have_text(
        ["What gives me energy?", "How confident am I?"]
    )
    expect(summary.locator("dd:visible")).to_have_text(["People\nand plans", "Not very"])
    expect(summary.get_by_text("You have not answered any journal questions")).to_be_hidden()
    expect(summary.locator("input, textarea")).to_have_count(0)
    # An answer written in the journal in another tab shows up here.
    journal = context.new_page()
    open_form(journal, fixture_site.url, "journal")
    journal.locator("#sfg-job-title").fill("Charge nurse")
    expect(summary.locator("dd:visible")).to_have_text(
        ["People\nand plans", "Charge nurse", "Not very"]
    )


def test_the_summary_has_what_was_typed_just_before_going_to_the_plan(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    page.evaluate("window.sfgSamePage = true")
    page.locator("#sfg-energy").fill("Typed, then straight to the plan")
    page.locator("nav.md-nav--primary a", has_text="Fixture plan").first.click()
    expect(page.locator("h1")).to_have_text("Fixture plan")
    wait_started(page)
    assert page.evaluate("window.sfgSamePage === true"), "the page was reloaded, not navigated"
    answer = page.locator("[data-sfg-summary-item='energy'] dd")
    expect(answer).to_have_text("Typed, then straight to the plan")
