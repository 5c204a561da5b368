"""The conversation: from the person's journal to the manager's guide and a plan they share.

Two browsers (an employee's and a manager's) hand answers over by file, nothing sent to any
server: whose answers they are, what a file holds, loading per form, colleagues' answers kept
apart, "Check your answers", the review date for a calendar and the outcome record.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.axe import assert_accessible
from .support.forms import (
    NAMESPACE,
    answers,
    answers_file,
    choose_file,
    colleague_plan,
    download,
    fill_saved,
    load,
    load_dialog,
    open_colleague,
    open_form,
    put_storage,
    status,
    storage_items,
    wait_answers,
    wait_colleague_answers,
    wait_rows,
    wait_started,
    wait_stored,
)

TODAY = date.today().isoformat()
PAYLOAD = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>'


def sam_file() -> str:
    return answers_file(
        {"plan/person-name": "Sam Patel", "journal/energy": "Running", "plan/evidence": "Sam's"},
        version=2,
        forms=["journal", "plan"],
        person={"name": "Sam Patel", "role": "Nurse"},
    )


def test_the_whole_hand_over_between_two_browsers(
    two: tuple[BrowserContext, BrowserContext], each_fixture_site: BuiltSite, tmp_path: Path
) -> None:
    """On MkDocs' build and on Zensical's."""
    fixture_site = each_fixture_site
    employee, manager = (context.new_page() for context in two)
    url = fixture_site.url
    # The employee fills in the journal and the plan, and downloads both.
    open_form(employee, url, "journal")
    fill_saved(employee, "journal", "person-name", "Alex Morgan")
    fill_saved(employee, "journal", "person-role", "Physiotherapist")
    fill_saved(employee, "journal", "energy", "Walking to work")
    open_form(employee, url, "plan")
    expect(employee.locator("#sfg-person-name")).to_have_value("Alex Morgan")  # from the journal
    employee.locator("#sfg-depth-current_option-early").check()
    employee.locator("#sfg-depth-future_option-later").check()
    fill_saved(employee, "plan", "evidence", "Led the audit")
    wait_stored(employee, "plan", "person-name", "Alex Morgan")
    name, data = download(employee, tmp_path, "both")
    assert name == f"alex-morgan-journal-and-plan-{TODAY}.json"
    assert data["forms"] == ["journal", "plan"]
    assert data["person"] == {"name": "Alex Morgan", "role": "Physiotherapist"}
    energy = data["answers"]["journal/energy"]
    assert (energy["question"], energy["answer"]) == ("What gives me energy?", "Walking to work")
    employee_journal = answers(employee, "journal")

    # The manager has answers of their own, and a plan for another colleague.
    open_form(manager, url, "journal")
    fill_saved(manager, "journal", "person-name", "Jo Manager")
    fill_saved(manager, "journal", "energy", "Coaching people")
    open_form(manager, url, "plan")
    fill_saved(manager, "plan", "evidence", "My own evidence")
    open_colleague(manager, fixture_site, sam_file(), "sam.json")
    colleague_plan(manager, "Sam Patel")
    expect(manager.locator("#sfg-evidence")).to_have_value("Sam's")  # started from Sam's own
    manager.locator("#sfg-evidence").fill("Agreed with Sam")
    wait_colleague_answers(manager, "plan", {"evidence": "Agreed with Sam"})
    manager_own = {form: answers(manager, form) for form in ("journal", "plan")}

    # The manager opens the employee's file as a colleague's answers.
    open_colleague(manager, fixture_site, tmp_path / name)
    expect(manager.locator("[data-sfg-colleague-status]")).to_have_text(
        f"Alex Morgan's answers have been opened from {name}."
    )
    shown = manager.get_by_label("Show the answers of")
    expect(shown).to_have_value(manager.evaluate("() => document.querySelector('select').value"))
    shown.select_option(label="Alex Morgan")
    question = manager.locator(".sfg-guide-questions li").filter(has_text="What gives me energy?")
    expect(question.locator("[data-sfg-colleague-answer]")).to_have_text(
        "Alex Morgan's answer:Walking to work"
    )
    manager.goto(fixture_site.page_url("framework.html"))
    manager.get_by_label("Show the answers of").select_option(label="Alex Morgan")
    early = manager.locator('td[data-sfg-direction="depth"][data-sfg-position="early"]')
    later = manager.locator('td[data-sfg-direction="depth"][data-sfg-position="later"]')
    expect(early.locator("[data-sfg-colleague-mark]")).to_have_text("Alex Morgan now")
    expect(later.locator("[data-sfg-colleague-mark]")).to_have_text("Alex Morgan in two years")

    # ... fills in the plan for that colleague, and downloads it for them.
    manager.goto(fixture_site.page_url("guide.html"))
    colleague_plan(manager, "Alex Morgan")
    expect(manager.locator("#sfg-evidence")).to_have_value("Led the audit")
    manager.locator("#sfg-evidence").fill("Led the audit; will lead the next one")
    manager.locator("#sfg-objectives_1_objective").fill("Lead the 2027 audit")
    wait_colleague_answers(
        manager,
        "plan",
        {
            "evidence": "Led the audit; will lead the next one",
            "objectives/1/objective": "Lead the 2027 audit",
        },
    )
    for_alex = manager.get_by_role("button", name="Download the plan for Alex Morgan").first
    plan_name, plan_data = download(manager, tmp_path, button=for_alex)
    assert plan_name == f"alex-morgan-plan-{TODAY}.json"
    assert plan_data["forms"] == ["plan"]
    assert all(key.startswith("plan/") for key in plan_data["answers"])
    # The manager's own answers and Sam's plan are as they were.
    assert {form: answers(manager, form) for form in ("journal", "plan")} == manager_own
    sam = manager.evaluate(
        """ns => Object.entries(localStorage).filter(([k]) => k.startsWith(ns + "/colleague/")
             && k.endsWith("/plan")).map(([, v]) => JSON.parse(v).answers.evidence)""",
        NAMESPACE,
    )
    assert sorted(sam) == ["Agreed with Sam", "Led the audit; will lead the next one"]

    # The employee loads it, choosing the plan in the file (the journal is not even offered).
    open_form(employee, url, "journal")
    choose_file(employee, (tmp_path / plan_name).read_bytes(), plan_name)
    expect(load_dialog(employee).locator('[data-sfg-load-form="journal"]')).to_be_hidden()
    load(employee, plan="file")
    expect(status(employee)).to_have_text(f"Your answers have been loaded from {plan_name}.")
    assert answers(employee, "journal") == employee_journal
    plan = answers(employee, "plan")
    assert plan["evidence"] == "Led the audit; will lead the next one"
    assert plan["objectives/1/objective"] == "Lead the 2027 audit"
    assert plan["depth-current"] == "early" and plan["person-name"] == "Alex Morgan"


def test_two_colleagues_at_once_each_removed_on_its_own(
    page: Page, fixture_site: BuiltSite
) -> None:
    alex = answers_file({"plan/person-name": "Alex Morgan", "journal/energy": "Walking"})
    open_colleague(page, fixture_site, alex)
    open_colleague(page, fixture_site, sam_file())
    items = page.locator("[data-sfg-colleague-list] > li")
    expect(items).to_have_count(2)
    expect(items.first).to_contain_text("Alex Morgan")
    expect(items.nth(1)).to_contain_text("Sam Patel, Nurse")
    expect(items.nth(1)).to_contain_text("1 journal answers and 2 plan answers")
    shown = page.get_by_label("Show the answers of")
    shown.select_option(label="Alex Morgan")
    energy = page.locator("[data-sfg-colleague-answer='energy']")
    expect(energy).to_contain_text("Walking")
    shown.select_option(label="Sam Patel")
    expect(energy).to_contain_text("Sam Patel's answer:Running")
    # Opening a newer file of the same person updates them, never a second Sam.
    open_colleague(page, fixture_site, sam_file(), "sam-again.json")
    expect(page.locator("[data-sfg-colleague-status]")).to_contain_text("updated from sam-again")
    expect(items).to_have_count(2)
    page.get_by_role("button", name="Remove Sam Patel's answers").click()
    page.get_by_role("button", name="Yes, remove them").click()
    expect(items).to_have_count(1)
    kept = storage_items(page)
    assert [key for key in kept if "/colleague/" in key] == [
        key for key in kept if key.startswith(f"{NAMESPACE}/colleague/")
    ]
    assert len([key for key in kept if "/colleague/" in key]) == 1
    assert not any("Sam" in value for value in kept.values())


def test_colleagues_are_sealed_with_the_lock_and_forgotten_with_everything(
    page: Page, fixture_site: BuiltSite
) -> None:
    from .support.privacy import set_passphrase

    open_colleague(page, fixture_site, sam_file())
    expect(page.locator("[data-sfg-colleague-list] > li")).to_have_count(1)
    open_form(page, fixture_site.url, "journal")
    set_passphrase(page)
    kept = storage_items(page)
    colleague = [value for key, value in kept.items() if "/colleague/" in key]
    assert colleague and all(
        value.startswith('{"format":"scope-for-growth-sealed"') for value in colleague
    )
    assert not any("Sam" in value or "Running" in value for value in kept.values())
    page.get_by_role("button", name="Clear all my answers on this device").click()
    page.get_by_role("button", name="Yes, clear all my answers").click()
    expect(status(page)).to_have_text("All your answers have been cleared from this device.")
    assert storage_items(page) == {}


def test_a_script_in_a_name_or_a_colleagues_file_shows_as_text(
    page: Page, fixture_site: BuiltSite
) -> None:
    hostile = answers_file(
        {"plan/person-name": PAYLOAD, "journal/energy": PAYLOAD, "plan/depth-current": PAYLOAD},
        version=2,
        forms=["journal", "plan"],
        person={"name": PAYLOAD, "role": PAYLOAD},
    )
    open_colleague(page, fixture_site, hostile)
    expect(page.locator("[data-sfg-colleague-name]")).to_have_text(f"{PAYLOAD}, {PAYLOAD}")
    page.get_by_label("Show the answers of").select_option(index=1)
    expect(page.locator("[data-sfg-colleague-answer='energy']")).to_contain_text(PAYLOAD)
    page.goto(fixture_site.page_url("framework.html"))
    page.get_by_label("Show the answers of").select_option(index=1)
    page.goto(fixture_site.page_url("guide.html"))
    page.get_by_role("link", name=f"Fill in a plan for {PAYLOAD}").click()
    wait_started(page)
    expect(page.locator("#sfg-person-name")).to_have_value(PAYLOAD)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator("[data-sfg-print-person]")).to_have_text(f"{PAYLOAD}, {PAYLOAD}")
    page.goto(fixture_site.page_url("answers.html"))
    assert page.evaluate("window.hacked === undefined")
    assert page.locator("img[src=x]").count() == 0


def fill_for_summary(page: Page, site: BuiltSite) -> None:
    open_form(page, site.url, "journal")
    fill_saved(page, "journal", "person-name", "Alex Morgan")
    fill_saved(page, "journal", "energy", "Walking\nand cycling")
    page.get_by_label("Very", exact=True).check()
    wait_stored(page, "journal", "confidence", "high")
    open_form(page, site.url, "plan")
    page.locator("#sfg-depth-current_option-early").check()
    fill_saved(
        page, "plan", "objectives/1/objective", "Lead the audit", "#sfg-objectives_1_objective"
    )
    page.get_by_role("button", name="Add another row").click()
    page.keyboard.type("Mentor a student")
    page.get_by_role("button", name="Move up (Objective 3)").click()
    fill_saved(page, "plan", "next-review-date", "2027-03-01")
    wait_rows(page, "plan", "objectives", "objective", ["Lead the audit", "Mentor a student"])


def test_check_your_answers_lists_every_answer_with_a_change_link(
    page: Page, fixture_site: BuiltSite
) -> None:
    fill_for_summary(page, fixture_site)
    page.goto(fixture_site.page_url("answers.html"))
    journal = page.locator('[data-sfg-check-form="journal"]')
    rows = journal.locator(".sfg-summary-list__row:visible")
    expect(rows.locator("dt")).to_have_text(
        ["Your name", "What gives me energy?", "How confident am I?"]
    )
    expect(rows.locator("[data-sfg-check-answer]")).to_have_text(
        ["Alex Morgan", "Walking\nand cycling", "Very"]
    )
    plan = page.locator('[data-sfg-check-form="plan"]')
    expect(plan.locator(".sfg-check-row-heading:visible")).to_have_text(
        ["Objective 1", "Objective 2"]
    )
    expect(plan.locator("dd:visible", has_text="Mentor a student")).to_be_visible()
    expect(plan.get_by_text("Early", exact=True)).to_be_visible()
    expect(page.locator("[data-sfg-print-person]")).to_have_text("Alex Morgan")
    # Each Change link goes to its field, named by its question.
    page.get_by_role("link", name="Change What gives me energy?").click()
    wait_started(page)
    expect(page).to_have_url(fixture_site.page_url("journal.html#sfg-energy"))
    page.go_back()
    second = plan.locator(".sfg-check-row").nth(1)
    link = second.get_by_role("link", name="Change Objective")
    href = link.get_attribute("href") or ""
    row = href.split("#sfg-objectives_")[1].split("_")[0]
    link.click()
    wait_started(page)
    expect(page.locator(f"#sfg-objectives_{row}_objective")).to_have_value("Mentor a student")


def test_copy_as_text_gives_plain_text_with_headings(
    browser: Browser, fixture_site: BuiltSite
) -> None:
    context = browser.new_context(
        bypass_csp=True, permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    fill_for_summary(page, fixture_site)
    page.goto(fixture_site.page_url("answers.html"))
    page.get_by_role("button", name="Copy as text").click()
    expect(page.locator("[data-sfg-check-status]")).to_contain_text("Your answers have been copied")
    text = page.evaluate("navigator.clipboard.readText()")
    context.close()
    assert text.startswith("FIXTURE JOURNAL\n===============\n\nYour name\nAlex Morgan\n")
    assert "Well-being\n----------\n\nWhat gives me energy?\nWalking\nand cycling\n" in text
    assert "Objectives\n----------\n\nObjective 1:\n\nObjective\nLead the audit\n" in text
    assert "<" not in text


def test_the_review_date_goes_to_a_calendar_as_an_all_day_event(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    open_form(page, fixture_site.url, "plan")
    page.get_by_role("button", name="Add the review date to your calendar").click()
    expect(status(page)).to_have_text("Fill in the date of the next review first.")
    fill_saved(page, "plan", "person-name", "Alex, Morgan; \\ the second")
    fill_saved(page, "plan", "next-review-date", "2027-03-01")
    with page.expect_download() as info:
        page.get_by_role("button", name="Add the review date to your calendar").click()
    assert info.value.suggested_filename == "alex-morgan-the-second-review-2027-03-01.ics"
    raw = Path(info.value.path()).read_bytes().decode("utf-8")
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    unfolded = raw.replace("\r\n ", "")
    pairs = [line.split(":", 1) for line in unfolded.split("\r\n") if line]
    assert pairs[0] == ["BEGIN", "VCALENDAR"] and pairs[-1] == ["END", "VCALENDAR"]
    alarm = pairs.index(["BEGIN", "VALARM"])
    lines = dict(pairs[:alarm])
    assert dict(pairs[alarm:])["TRIGGER"] == "-P3D"  # the fixture's calendar: reminder_days
    assert lines["VERSION"] == "2.0"
    assert lines["DTSTART;VALUE=DATE"] == "20270301"
    assert lines["DTEND;VALUE=DATE"] == "20270302"
    assert lines["SUMMARY"] == "Review: Alex\\, Morgan\\; \\\\ the second"
    assert lines["DESCRIPTION"].startswith("Talk about Alex\\, Morgan")
    assert lines["UID"] and lines["DTSTAMP"].endswith("Z")
    assert unfolded.count("BEGIN:VEVENT") == 1


def test_the_outcome_record_has_a_line_per_conversation(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    open_colleague(page, fixture_site, sam_file())
    open_form(page, fixture_site.url, "plan")
    fill_saved(page, "plan", "person-name", '=HYPERLINK("x")')
    fill_saved(page, "plan", "conversation-date", "2026-11-24")
    page.locator("#sfg-depth-current_option-early").check()
    page.locator("#sfg-depth-future_option-later").check()
    fill_saved(page, "plan", "objectives/1/objective", "One", "#sfg-objectives_1_objective")
    fill_saved(page, "plan", "objectives/2/objective", "Two", "#sfg-objectives_2_objective")
    wait_answers(page, "plan", {"depth-current": "early", "depth-future": "later"})
    files: dict[str, Any] = {}
    for kind in ("CSV", "JSON"):
        with page.expect_download() as info:
            page.get_by_role("button", name=f"Download the outcome record ({kind})").click()
        text = Path(info.value.path()).read_text("utf-8-sig")  # the CSV starts with a BOM
        files[kind] = (info.value.suggested_filename, text)
    name, text = files["CSV"]
    assert name == f"hyperlink-x-outcome-record-{TODAY}.csv"  # one line: named after them
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    reviewed = ["achieved", "in_progress", "not_started", "dropped"]
    columns = [
        *("name", "role", "conversation_date", "depth_now", "depth_in_two_years", "objectives"),
        *("recorded_by", "exported_at"),
        *("last_review_date", *(f"last_review_{outcome}" for outcome in reviewed)),
    ]
    assert list(rows[0]) == columns
    never = {column: "" for column in columns[-5:]}  # never reviewed: no date, no counts
    assert rows[0] | {"exported_at": ""} == never | {
        "name": '\'=HYPERLINK("x")',
        "role": "",
        "conversation_date": "2026-11-24",
        "depth_now": "Early",
        "depth_in_two_years": "Later",
        "objectives": "2",
        "recorded_by": '\'=HYPERLINK("x")',
        "exported_at": "",
    }
    # Sam's answers were opened, and nothing was agreed: no conversation, no line.
    assert len(rows) == 1
    data = json.loads(files["JSON"][1])
    assert data["columns"] == columns
    assert data["conversations"][0]["objectives"] == 2
    assert len(data["conversations"]) == 1


NEW_PAGES = ["answers.html", "guide.html", "framework.html", "plan.html"]


def test_axe_finds_nothing_on_the_new_pages_and_dialogs(
    page: Page, fixture_site: BuiltSite
) -> None:
    fill_for_summary(page, fixture_site)
    open_colleague(page, fixture_site, sam_file())
    page.get_by_label("Show the answers of").select_option(label="Sam Patel")
    assert_accessible(page)
    page.goto(fixture_site.page_url("framework.html"))
    page.get_by_label("Show the answers of").select_option(label="Sam Patel")
    assert_accessible(page)
    page.goto(fixture_site.page_url("answers.html"))
    expect(page.locator(".sfg-summary-list__row:visible").first).to_be_visible()
    assert_accessible(page)
    page.goto(fixture_site.page_url("guide.html"))
    colleague_plan(page, "Sam Patel")
    assert_accessible(page)
    open_form(page, fixture_site.url, "plan")
    page.get_by_role("button", name="Download my answers").first.click()
    expect(page.locator("dialog[data-sfg-download-choice]")).to_be_visible()
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    assert_accessible(page)
    page.keyboard.press("Escape")
    choose_file(page, answers_file({"journal/energy": "x", "plan/evidence": "y"}))
    expect(load_dialog(page)).to_be_visible()
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    assert_accessible(page)


def test_a_plan_only_file_never_reaches_the_journal_whatever_is_chosen(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    journal = json.dumps({"energy": "Mine"})
    put_storage(page, {})
    open_form(page, fixture_site.url, "journal")
    fill_saved(page, "journal", "energy", "Mine")
    before = answers(page, "journal")
    plan_file = answers_file({"plan/evidence": "x"}, version=2, forms=["plan"])
    choose_file(page, plan_file, "alex-morgan-plan.json")
    expect(load_dialog(page).locator('[data-sfg-load-form="journal"]')).to_be_hidden()
    load(page, plan="file")
    assert answers(page, "journal") == before
    assert json.loads(journal) == {"energy": "Mine"}
    expect(page.locator("#sfg-energy")).to_have_value("Mine")
