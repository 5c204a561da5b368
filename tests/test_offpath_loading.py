"""Nothing lost off the happy path: loading. Each test failed on the code it started from.

Defect 1, "Loading the manager's plan loads nothing": the load dialog chose "leave my
answers" wherever the person had any, and its main button then loaded nothing; a colleague's
file loaded through "Load answers from a file" went into the person's own answers.
Defect 9, "A colleague's file in someone else's name replaces theirs": a file dated in the
future replaced a colleague's answers (and then made their real file look older), a file
without a role was taken for a colleague kept of that name, and a file of 25,000 table rows
froze the plan.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.axe import assert_accessible
from .support.forms import (
    COLLEAGUE_FILE,
    NAMESPACE,
    answers,
    answers_file,
    choose_file,
    colleague_plan,
    download,
    fill_saved,
    journal_record,
    load_dialog,
    open_colleague,
    open_form,
    put_storage,
    record,
    status,
    storage_items,
    wait_stored,
)

MAIN = "Load the answers you chose"


def colleague_status(page: Page) -> Any:
    return page.locator("[data-sfg-colleague-status]")


def colleagues_kept(page: Page) -> list[dict[str, Any]]:
    """Every colleague kept in this browser, as stored."""
    return [
        json.loads(value)
        for key, value in storage_items(page).items()
        if re.fullmatch(rf"{NAMESPACE}/colleague/[a-z0-9]+", key)
    ]


def accessible_with(page: Page, dialog: Any) -> None:
    """axe finds nothing on the page with ``dialog`` open (its opening animation over)."""
    expect(dialog).to_be_visible()
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    assert_accessible(page)


def person_file(name: str, role: str, energy: str, exported: str, **extra: Any) -> str:
    """A version 2 file (no edit order) of a journal and a plan, whose person is ``name``."""
    return answers_file(
        {"plan/person-name": name, "journal/energy": energy, **extra},
        version=2,
        forms=["journal", "plan"],
        person={"name": name, "role": role},
        exported=exported,
    )


@pytest.mark.browser
def test_loading_the_managers_plan_brings_every_answer_she_did_not_have(
    two: tuple[BrowserContext, BrowserContext], fixture_site: BuiltSite, tmp_path: Path
) -> None:
    """The hand-over: the employee's journal and a plan of two answers, to the manager, who
    fills in the plan for her; she loads it pressing only the main button."""
    employee, manager = (context.new_page() for context in two)
    url = fixture_site.url
    open_form(employee, url, "journal")
    fill_saved(employee, "journal", "person-name", "Alex Morgan")
    fill_saved(employee, "journal", "energy", "Walking to work")
    open_form(employee, url, "plan")
    expect(employee.locator("#sfg-person-name")).to_have_value("Alex Morgan")
    wait_stored(employee, "plan", "person-name", "Alex Morgan")
    fill_saved(employee, "plan", "evidence", "Led the audit")
    name, _ = download(employee, tmp_path, "both")
    journal_before = answers(employee, "journal")
    plan_before = {key: value for key, value in answers(employee, "plan").items() if value}
    assert set(plan_before) == {"person-name", "evidence"}

    open_colleague(manager, fixture_site, tmp_path / name)
    colleague_plan(manager, "Alex Morgan")
    expect(manager.locator("#sfg-evidence")).to_have_value("Led the audit")
    manager.locator("#sfg-depth-current_option-early").check()
    manager.locator("#sfg-depth-future_option-later").check()
    manager.locator("#sfg-objectives_1_objective").fill("Lead the 2027 audit")
    manager.locator("#sfg-objectives_1_term_option-short").check()
    manager.locator("#sfg-objectives_2_objective").fill("Mentor a student")
    manager.get_by_role("button", name="Add another row").click()
    manager.keyboard.type("Present at the regional meeting")
    manager.locator("#sfg-next-review-date").fill("2027-03-01")
    # Edited by the manager after her file was made: a newer edit than hers.
    manager.locator("#sfg-evidence").fill("Led the audit; will lead the next one")
    download_theirs = manager.get_by_role("button", name="Download the plan for Alex Morgan")
    plan_name, plan_data = download(manager, tmp_path, button=download_theirs.first)
    from_manager = {
        key.split("/", 1)[1]: item["answer"] for key, item in plan_data["answers"].items()
    }
    # Answers given (an emptied one travels too, as "": here her role, never given).
    new = {key: value for key, value in from_manager.items() if key not in plan_before and value}
    assert len(new) == 8, new

    open_form(employee, url, "plan")
    choose_file(employee, (tmp_path / plan_name).read_bytes(), plan_name)
    asked = load_dialog(employee)
    expect(asked).to_be_visible()
    asked.get_by_role("button", name=MAIN).click()
    expect(status(employee)).to_have_text(f"Your answers have been loaded from {plan_name}.")
    plan = answers(employee, "plan")
    assert {key: plan.get(key) for key in new} == new
    assert plan["evidence"] == "Led the audit; will lead the next one"
    assert plan["person-name"] == "Alex Morgan"
    assert answers(employee, "journal") == journal_before
    expect(employee.locator("#sfg-next-review-date")).to_have_value("2027-03-01")
    expect(employee.locator("[data-sfg-row]")).to_have_count(3)
    expect(employee.locator("#sfg-person-name")).to_have_value("Alex Morgan")
    # What she types next comes after everything loaded.
    kept = record(employee, "plan")
    assert kept["clock"] >= max(stamp[0] for stamp in kept["edits"].values())


def stamped_file(answers: dict[str, tuple[str, int]], clock: int, **changes: Any) -> str:
    """A version 3 journal file: each answer with its edit stamp, and the journal's clock."""
    data = json.loads(
        answers_file(
            {},
            version=3,
            forms=["journal"],
            person={"name": "Alex Morgan", "role": ""},
            clocks={"journal": clock},
            **changes,
        )
    )
    data["answers"] = {
        f"journal/{key}": {"question": "", "answer": value, "edit": [edit, "filetab"]}
        for key, (value, edit) in answers.items()
    }
    return json.dumps(data)


@pytest.mark.browser
def test_answers_that_differ_are_shown_side_by_side_and_the_newer_edit_is_chosen(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    # Hers: energy edited fifth (after the file's), job title second (before the file's).
    mine = json.loads(journal_record({"person-name": "Alex Morgan"}))
    mine["answers"].update({"energy": "Mine, newer", "job-title": "Mine, older"})
    mine["edits"].update({"energy": [5, "mytab"], "job-title": [2, "mytab"]})
    mine["clock"] = 5
    put_storage(page, {f"{NAMESPACE}/journal": json.dumps(mine)})
    open_form(page, fixture_site.url, "journal")
    content = stamped_file(
        {"energy": ("File, older", 3), "job-title": ("File, newer", 7), "frustrations": ("New", 6)},
        clock=9,
    )
    choose_file(page, content, "alex.json")
    asked = load_dialog(page)
    energy = asked.locator('[data-sfg-load-difference="energy"]')
    title = asked.locator('[data-sfg-load-difference="job-title"]')
    expect(energy.locator("legend")).to_have_text("What gives me energy?")
    mine_energy = energy.get_by_role("radio", name=re.compile("^Your answer"))
    expect(mine_energy).to_be_checked()
    expect(mine_energy).to_have_accessible_name(
        re.compile(r"^Your answer \(changed more recently\):? Mine, newer$")
    )
    expect(energy.get_by_role("radio", name=re.compile("in the file"))).to_have_accessible_name(
        re.compile(r"^Alex Morgan's answer in the file:? File, older$")
    )
    expect(title.get_by_role("radio", name=re.compile("in the file"))).to_be_checked()
    accessible_with(page, asked)
    expect(asked.locator('[data-sfg-load-form="journal"]')).to_contain_text(
        "1 new answers will be added"
    )
    asked.get_by_role("button", name=MAIN).click()
    expect(status(page)).to_have_text("Your answers have been loaded from alex.json.")
    kept = record(page, "journal")
    assert kept["answers"]["energy"] == "Mine, newer"
    assert kept["answers"]["job-title"] == "File, newer"
    assert kept["answers"]["frustrations"] == "New"
    # Lamport: what she types next is numbered after the file's clock.
    assert kept["clock"] >= 9
    fill_saved(page, "journal", "energy", "Typed after loading")
    assert record(page, "journal")["edits"]["energy"][0] > 9

    # A file whose every differing answer is older than hers changes nothing, and says so
    # before the button is pressed.
    choose_file(page, stamped_file({"energy": ("Old", 1)}, clock=1), "old.json")
    expect(asked.locator("[data-sfg-load-outcome]")).to_have_text(
        re.compile("^Nothing will change")
    )
    expect(asked.get_by_role("button", name=MAIN)).to_have_count(0)
    # Choosing the file's answer makes it a change, and the button says so.
    asked.locator('[data-sfg-load-difference="energy"]').get_by_role(
        "radio", name=re.compile("in the file")
    ).check()
    expect(asked.locator("[data-sfg-load-outcome]")).to_contain_text("1 of your answers will be")
    asked.get_by_role("button", name=MAIN).click()
    wait_stored(page, "journal", "energy", "Old")
    assert record(page, "journal")["edits"]["energy"][0] > 9  # a choice made now


@pytest.mark.browser
def test_a_file_without_edit_order_adds_what_is_new_and_keeps_yours_where_they_differ(
    page: Page, fixture_site: BuiltSite
) -> None:
    """Version 1 and 2 files say nothing of the order of edits: the person's answers are
    chosen where they differ (the dialog says why), and what they lack is added."""
    page.goto(fixture_site.url)
    put_storage(page, {f"{NAMESPACE}/journal": journal_record({"energy": "Mine"})})
    open_form(page, fixture_site.url, "journal")
    content = answers_file({"journal/energy": "From the file", "journal/job-title": "Nurse"})
    choose_file(page, content, "old.json")
    asked = load_dialog(page)
    expect(asked.locator("[data-sfg-load-order]")).to_contain_text(
        "does not say which answers were changed more recently"
    )
    energy = asked.locator('[data-sfg-load-difference="energy"]')
    expect(energy.get_by_role("radio", name=re.compile("^Your answer"))).to_be_checked()
    expect(energy).not_to_contain_text("changed more recently")
    asked.get_by_role("button", name=MAIN).click()
    wait_stored(page, "journal", "job-title", "Nurse")
    assert answers(page, "journal")["energy"] == "Mine"


@pytest.mark.browser
def test_a_colleagues_file_loaded_as_my_answers_is_offered_as_a_colleagues(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    fill_saved(page, "journal", "person-name", "Alex Morgan")
    fill_saved(page, "journal", "energy", "Walking")
    before = storage_items(page)
    sam = person_file("Sam Patel", "Nurse", "Running", "2026-11-22T18:05:00.000Z")
    choose_file(page, sam, "sam.json")
    other = page.locator("dialog[data-sfg-load-other]")
    expect(other.get_by_role("heading")).to_have_text("These are Sam Patel's answers, not yours")
    expect(load_dialog(page)).to_be_hidden()
    accessible_with(page, other)
    other.get_by_role("button", name="Keep them as a colleague's answers").click()
    expect(status(page)).to_contain_text("Sam Patel's answers have been opened from sam.json.")
    expect(status(page)).to_contain_text("Your own answers have not changed.")
    kept = storage_items(page)
    assert {key: kept[key] for key in before} == before
    assert answers(page, "plan") == {}
    assert [colleague["name"] for colleague in colleagues_kept(page)] == ["Sam Patel"]
    page.goto(fixture_site.page_url("guide.html"))
    expect(page.get_by_role("link", name="Fill in a plan for Sam Patel")).to_be_visible()
    # Cancel changes nothing; choosing "my own answers" goes on to the load dialog.
    open_form(page, fixture_site.url, "journal")
    choose_file(page, sam, "sam.json")
    other.get_by_role("button", name="Cancel").click()
    expect(other).to_be_hidden()
    assert storage_items(page) == kept
    choose_file(page, sam, "sam.json")
    other.get_by_role("button", name="Load them into my own answers").click()
    expect(load_dialog(page)).to_be_visible()


@pytest.mark.browser
def test_a_colleague_is_never_matched_on_name_alone(page: Page, fixture_site: BuiltSite) -> None:
    """Same name, and a role missing on one side: the manager is asked, and shown what would
    change; keeping them as a new colleague is chosen until they say otherwise."""
    nurse = person_file("Alice Smith", "Nurse", "NURSE", "2026-11-25T09:00:00.000Z")
    roleless = person_file("Alice Smith", "", "WHICH", "2026-11-27T09:00:00.000Z")
    open_colleague(page, fixture_site, nurse, "nurse.json")
    expect(colleague_status(page)).to_contain_text("opened from nurse.json")
    choose_file(page, roleless, "which.json", into=COLLEAGUE_FILE)
    asked = page.locator('dialog[data-module~="sfg-colleague-file"]')
    expect(asked.get_by_role("heading")).to_have_text(
        "Is this the Alice Smith whose answers you already have?"
    )
    update = asked.get_by_role(
        "radio", name=re.compile("^Update the answers of Alice Smith, Nurse")
    )
    expect(update).to_have_accessible_name(
        re.compile("1 answers would be added, changed or removed")
    )
    expect(update).not_to_be_checked()
    expect(asked.get_by_role("radio", name="Keep them as a new colleague")).to_be_checked()
    accessible_with(page, asked)
    asked.get_by_role("button", name="Continue").click()
    expect(colleague_status(page)).to_have_text(
        "Alice Smith's answers have been opened from which.json."
    )
    items = page.locator("[data-sfg-colleague-list] > li")
    expect(items).to_have_count(2)
    energies = sorted(c["forms"]["journal"]["energy"]["answer"] for c in colleagues_kept(page))
    assert energies == ["NURSE", "WHICH"]
    # Asked again, with both kept as choices; cancelling changes nothing.
    later = person_file("Alice Smith", "", "LATER", "2026-11-28T09:00:00.000Z")
    choose_file(page, later, "later.json", into=COLLEAGUE_FILE)
    expect(asked.get_by_role("radio", name=re.compile("^Update the answers of"))).to_have_count(2)
    asked.get_by_role("button", name="Cancel").click()
    expect(asked).to_be_hidden()
    energies = sorted(c["forms"]["journal"]["energy"]["answer"] for c in colleagues_kept(page))
    assert energies == ["NURSE", "WHICH"]
    # Choosing one updates that one only, its role kept.
    choose_file(page, later, "later.json", into=COLLEAGUE_FILE)
    asked.get_by_role("radio", name=re.compile("^Update the answers of Alice Smith, Nurse")).check()
    asked.get_by_role("button", name="Continue").click()
    expect(colleague_status(page)).to_have_text(
        "Alice Smith's answers have been updated from later.json."
    )
    kept = {c["forms"]["journal"]["energy"]["answer"]: c["role"] for c in colleagues_kept(page)}
    assert kept == {"LATER": "Nurse", "WHICH": ""}


FUTURE = "9999-12-31T00:00:00.000Z"
FUTURE_REASON = "It says it was downloaded on 31 December 9999, which is in the future"


@pytest.mark.browser
def test_a_file_dated_in_the_future_is_refused_at_both_doors(
    page: Page, fixture_site: BuiltSite
) -> None:
    real = person_file("Alice Smith", "Nurse", "REAL", "2026-11-25T09:00:00.000Z")
    forged = person_file("Alice Smith", "", "FORGED", FUTURE)
    newer = person_file("Alice Smith", "Nurse", "NEWER", "2026-11-26T09:00:00.000Z")
    open_colleague(page, fixture_site, real, "real.json")
    expect(colleague_status(page)).to_contain_text("opened from real.json")
    choose_file(page, forged, "forged.json", into=COLLEAGUE_FILE)
    expect(colleague_status(page)).to_have_text(
        f"The file forged.json was not loaded, and your answers have not changed. {FUTURE_REASON}"
        ", so the date on the computer it came from is wrong or the file has been changed."
    )
    assert [
        colleague["forms"]["journal"]["energy"]["answer"] for colleague in colleagues_kept(page)
    ] == ["REAL"]
    # Her real, newer file is not refused as older.
    choose_file(page, newer, "newer.json", into=COLLEAGUE_FILE)
    expect(colleague_status(page)).to_have_text(
        "Alice Smith's answers have been updated from newer.json."
    )
    assert [
        colleague["forms"]["journal"]["energy"]["answer"] for colleague in colleagues_kept(page)
    ] == ["NEWER"]
    # A day of difference between two computers' clocks is allowed.
    tomorrow = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() + 20 * 3600))
    choose_file(
        page, person_file("Alice Smith", "Nurse", "SOON", tomorrow), "soon.json", COLLEAGUE_FILE
    )
    expect(colleague_status(page)).to_have_text(
        "Alice Smith's answers have been updated from soon.json."
    )

    open_form(page, fixture_site.url, "journal")
    before = storage_items(page)
    choose_file(page, answers_file({"journal/energy": "FORGED"}, exported=FUTURE), "mine.json")
    expect(status(page)).to_contain_text(
        f"The file mine.json was not loaded, and your answers have not changed. {FUTURE_REASON}"
    )
    expect(load_dialog(page)).to_be_hidden()
    assert storage_items(page) == before


@pytest.mark.browser
def test_a_colleague_kept_with_a_date_in_the_future_never_blocks_their_real_file(
    page: Page, fixture_site: BuiltSite
) -> None:
    """Kept before future dates were refused: their next real file still updates them."""
    page.goto(fixture_site.url)
    forged = {
        "format": "scope-for-growth-colleague",
        "version": 1,
        "name": "Alice Smith",
        "role": "Nurse",
        "file": "forged.json",
        "opened": "2026-11-20T09:00:00.000Z",
        "exported": FUTURE,
        "forms": {"journal": {"energy": {"question": "", "answer": "FORGED"}}},
    }
    put_storage(page, {f"{NAMESPACE}/colleague/abc12345": json.dumps(forged)})
    real = person_file("Alice Smith", "Nurse", "REAL", "2026-11-25T09:00:00.000Z")
    open_colleague(page, fixture_site, real, "real.json")
    expect(colleague_status(page)).to_have_text(
        "Alice Smith's answers have been updated from real.json."
    )
    assert [
        colleague["forms"]["journal"]["energy"]["answer"] for colleague in colleagues_kept(page)
    ] == ["REAL"]


def base36(number: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
    return digits


def rows_file(rows: int) -> str:
    """A plan of ``rows`` rows in its one table: the order of the rows is one answer (row ids
    as short as they can be, so that 25,000 fit in one answer of at most 100,000 characters)."""
    order = " ".join(base36(n) for n in range(1, rows + 1))
    return answers_file(
        {"plan/objectives": order, "plan/person-name": "Alex Morgan"},
        version=2,
        forms=["plan"],
        person={"name": "Alex Morgan", "role": ""},
    )


ROWS_REASON = "It has a table of more than 200 rows, which is more than a plan can hold."


@pytest.mark.browser
def test_a_table_of_too_many_rows_is_refused_at_once_at_both_doors(
    page: Page, fixture_site: BuiltSite
) -> None:
    content = rows_file(25_000)
    assert 90_000 < len(content) < 110_000  # about 100 KB
    open_form(page, fixture_site.url, "plan")
    fill_saved(page, "plan", "evidence", "Mine")
    before = storage_items(page)
    choose_file(page, content, "rows.json")
    expect(status(page)).to_contain_text(
        f"The file rows.json was not loaded, and your answers have not changed. {ROWS_REASON}"
    )
    expect(load_dialog(page)).to_be_hidden()
    assert storage_items(page) == before
    expect(page.locator("[data-sfg-row]")).to_have_count(2)

    open_colleague(page, fixture_site, content, "rows.json")
    expect(colleague_status(page)).to_have_text(
        f"The file rows.json was not loaded, and your answers have not changed. {ROWS_REASON}"
    )
    assert colleagues_kept(page) == []

    # A table of 200 rows is a plan still: loaded.
    open_form(page, fixture_site.url, "plan")
    choose_file(page, rows_file(200), "many.json")
    load_dialog(page).get_by_role("button", name=MAIN).click()
    expect(page.locator("[data-sfg-row]")).to_have_count(200)


@pytest.mark.browser
@pytest.mark.parametrize("door", ["load", "colleague"])
def test_a_file_of_too_many_answers_is_refused_at_both_doors(
    page: Page, fixture_site: BuiltSite, door: str
) -> None:
    content = answers_file(
        {f"plan/objectives/r{n:x}/objective": "x" for n in range(5001)},
        version=2,
        forms=["plan"],
        person={"name": "Alex Morgan", "role": ""},
    )
    reason = "It has more than 5,000 answers, which is too many."
    if door == "load":
        open_form(page, fixture_site.url, "plan")
        choose_file(page, content, "many.json")
        expect(status(page)).to_contain_text(reason)
        expect(load_dialog(page)).to_be_hidden()
    else:
        open_colleague(page, fixture_site, content, "many.json")
        expect(colleague_status(page)).to_contain_text(reason)
        assert colleagues_kept(page) == []
