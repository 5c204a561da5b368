"""Nothing lost off the happy path: the outcome record, a locked copy's name, and links that
land on a question below the sticky header.

Each test failed on the code it started from: the record had a line for the manager's own
empty plan, said nobody recorded it nor when, quoted only fields holding `"`, `,` or a line
break (a role of `Nurse;=cmd|…` became a formula where `;` separates a list), and had no
byte-order mark (Excel showed "SiÃ¢n"); a locked copy was named after the person; the link
to the first question not answered scrolled it under Material's header.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    answers_file,
    journal_record,
    open_colleague,
    open_form,
    put_storage,
    status,
    wait_colleague_answers,
    wait_saved,
    wait_started,
    wait_stored,
)
from .support.privacy import lock_more, set_passphrase

BOM = b"\xef\xbb\xbf"
COLUMNS = [
    "name",
    "role",
    "conversation_date",
    "depth_now",
    "depth_in_two_years",
    "objectives",
    "recorded_by",
    "exported_at",
    # The last review (the fixture's plan has a review:), after every older column.
    "last_review_date",
    "last_review_achieved",
    "last_review_in_progress",
    "last_review_not_started",
    "last_review_dropped",
]
# What makes a spreadsheet take a cell for a formula (OWASP's list): its first character.
FORMULA = ("=", "+", "-", "@", "\t", "\r")
# Where a spreadsheet may start a cell: after the comma, after the list separator of a locale
# that splits on ";" (Excel in much of Europe) or "|", after a tab (a tab-separated import),
# and at the start of a line (a line break read outside quotes).
CELL_STARTS = (",", ";", "|", "\t", "\r", "\n")
HOSTILE_ROLE = "Nurse;=cmd|' /C calc'!A0"
PAT_ROLE = "Band 6\n@SUM(1+1)|+1\t-2"
PAT_ROLE_IN_CSV = "Band 6\n'@SUM(1+1)|'+1\t'-2"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def downloaded(page: Page, button: str) -> tuple[str, bytes]:
    """Press ``button`` and return the file's name and its bytes."""
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    return info.value.suggested_filename, Path(info.value.path()).read_bytes()


def outcome_files(page: Page) -> tuple[bytes, dict[str, Any]]:
    """The outcome record as CSV (its bytes) and as JSON (parsed)."""
    _, raw = downloaded(page, "Download the outcome record (CSV)")
    _, text = downloaded(page, "Download the outcome record (JSON)")
    return raw, json.loads(text)


def rows(raw: bytes) -> list[dict[str, str]]:
    """The CSV's rows, read as a spreadsheet reads UTF-8 with a byte-order mark."""
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def a_manager_with_colleagues(page: Page, site: BuiltSite) -> None:
    """A manager who gave only their name and role in their own plan, with three colleagues:
    Sam (opened, nothing agreed), Pat (their own plan holds the date of the conversation and
    a position) and Alex (a plan the manager filled in: the date, positions, an objective)."""
    open_form(page, site.url, "plan")
    page.locator("#sfg-person-name").fill("Siân Jones")
    page.locator("#sfg-person-role").fill("Ward manager")
    wait_stored(page, "plan", "person-role", "Ward manager")
    sam = answers_file(
        {"plan/person-name": "Sam Patel", "journal/energy": "Running", "plan/evidence": "Sam's"}
    )
    open_colleague(page, site, sam, "sam.json")
    expect(page.locator("[data-sfg-colleague-list] > li")).to_have_count(1)
    pat = answers_file(
        {
            "plan/person-name": "Pat Lee",
            "plan/person-role": PAT_ROLE,
            "plan/conversation-date": "2026-11-20",
            "plan/depth-current": "later",
        }
    )
    open_colleague(page, site, pat, "pat.json")
    expect(page.locator("[data-sfg-colleague-list] > li")).to_have_count(2)
    alex = answers_file({"plan/person-name": "Alex Morgan", "plan/person-role": HOSTILE_ROLE})
    open_colleague(page, site, alex, "alex.json")
    page.get_by_role("link", name="Fill in a plan for Alex Morgan").click()
    wait_started(page)
    expect(page.locator("#sfg-person-role")).to_have_value(HOSTILE_ROLE)
    page.locator("#sfg-conversation-date").fill("2026-11-24")
    page.locator("#sfg-depth-current_option-early").check()
    page.locator("#sfg-depth-future_option-later").check()
    page.locator("#sfg-objectives_1_objective").fill("=1+1")
    wait_colleague_answers(page, "plan", {"objectives/1/objective": "=1+1"})


@pytest.mark.browser
def test_the_outcome_record_has_a_row_only_for_each_conversation_held(
    page: Page, fixture_site: BuiltSite
) -> None:
    """The manager's own plan (a name and a role) and Sam's (opened, nothing agreed) are no
    conversation; Alex's plan and Pat's own are, by name."""
    a_manager_with_colleagues(page, fixture_site)
    raw, data = outcome_files(page)
    assert [row["name"] for row in rows(raw)] == ["Alex Morgan", "Pat Lee"]
    assert [line["name"] for line in data["conversations"]] == ["Alex Morgan", "Pat Lee"]
    alex, pat = data["conversations"]
    assert alex["conversation_date"] == "2026-11-24" and alex["objectives"] == 1
    assert alex["depth_now"] == "Early" and alex["depth_in_two_years"] == "Later"
    assert pat["conversation_date"] == "2026-11-20" and pat["depth_now"] == "Later"


@pytest.mark.browser
def test_an_own_plan_with_only_a_name_gives_no_record_and_says_why(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-person-name").fill("Siân Jones")
    wait_stored(page, "plan", "person-name", "Siân Jones")
    page.evaluate(
        """() => { window.sfgDownloads = 0;
             document.addEventListener("click", (event) => {
               if (event.target instanceof HTMLAnchorElement && event.target.download)
                 window.sfgDownloads += 1; }, true); }"""
    )
    page.get_by_role("button", name="Download the outcome record (CSV)").click()
    expect(status(page)).to_have_text(
        "There is no conversation to record yet. Fill in the date of the conversation,"
        " a position or an objective first."
    )
    assert page.evaluate("window.sfgDownloads") == 0


@pytest.mark.browser
def test_the_outcome_record_says_who_recorded_it_and_when(
    page: Page, fixture_site: BuiltSite
) -> None:
    a_manager_with_colleagues(page, fixture_site)
    before = datetime.now(UTC) - timedelta(seconds=1)
    raw, data = outcome_files(page)
    after = datetime.now(UTC) + timedelta(seconds=1)
    found = rows(raw)
    assert list(found[0]) == COLUMNS
    assert data["columns"] == COLUMNS
    for row in [*found, *data["conversations"]]:
        assert row["recorded_by"] == "Siân Jones"
        assert before <= datetime.fromisoformat(row["exported_at"]) <= after
    assert {line["exported_at"] for line in data["conversations"]} == {data["exported"]}
    assert list(data["conversations"][0]) == COLUMNS


@pytest.mark.browser
@pytest.mark.parametrize(
    ("journal", "recorded_by"),
    [("Jo Manager", "Jo Manager"), ("", "")],
    ids=["name-in-the-journal", "no-name"],
)
def test_recorded_by_is_the_name_in_the_persons_own_journal_or_empty(
    page: Page, fixture_site: BuiltSite, journal: str, recorded_by: str
) -> None:
    page.goto(fixture_site.url)
    if journal:
        put_storage(page, {f"{NAMESPACE}/journal": journal_record({"person-name": journal})})
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-conversation-date").fill("2026-11-24")
    wait_stored(page, "plan", "conversation-date", "2026-11-24")
    raw, data = outcome_files(page)
    assert [row["recorded_by"] for row in rows(raw)] == [recorded_by]
    assert [line["recorded_by"] for line in data["conversations"]] == [recorded_by]


def cell_starts(text: str) -> Iterator[str]:
    """What follows each place a spreadsheet could start a cell, whatever it splits on: the
    start of the file, and after each separator (CELL_STARTS)."""
    yield text
    for index, character in enumerate(text):
        if character in CELL_STARTS:
            yield text[index + 1 :]


@pytest.mark.browser
def test_the_csv_quotes_every_field_and_no_cell_can_start_a_formula(
    page: Page, fixture_site: BuiltSite
) -> None:
    a_manager_with_colleagues(page, fixture_site)
    raw, data = outcome_files(page)
    text = raw.removeprefix(BOM).decode("utf-8")
    # RFC 4180, every field quoted: "…","…"CRLF, a quote inside a field doubled.
    field = r'"(?:[^"]|"")*"'
    assert re.fullmatch(rf"(?:{field}(?:,{field})*\r\n)+", text), text
    assert text.startswith('"' + '","'.join(COLUMNS) + '"\r\n')
    # No cell starts a formula, split on a comma, a semicolon, a bar, a tab or a line (a
    # field's opening quote taken off: a spreadsheet reads what is inside).
    for start in cell_starts(text):
        start = start.removeprefix('"').lstrip(" ")
        assert not start.startswith(FORMULA), start[:40]
    # Split as Excel does where ";" separates a list: each cell is text.
    for line in csv.reader(io.StringIO(text, newline=""), delimiter=";"):
        for cell in line:
            assert not cell.lstrip(" ").startswith(FORMULA), cell
    alex, pat = rows(raw)
    assert alex["role"] == "Nurse;'=cmd|' /C calc'!A0"
    assert pat["role"] == PAT_ROLE_IN_CSV
    # The JSON is for programs, not spreadsheets: it holds what was typed, as it was.
    assert [line["role"] for line in data["conversations"]] == [HOSTILE_ROLE, PAT_ROLE]


@pytest.mark.browser
def test_the_csv_has_a_byte_order_mark_so_excel_reads_sian(
    page: Page, fixture_site: BuiltSite
) -> None:
    a_manager_with_colleagues(page, fixture_site)
    raw, _ = outcome_files(page)
    assert raw.startswith(BOM)
    assert raw.count(BOM) == 1
    assert "Siân Jones".encode() in raw
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"").replace(
        PAT_ROLE_IN_CSV.encode(), b""
    )
    assert rows(raw)[0]["recorded_by"] == "Siân Jones"


@pytest.mark.browser
def test_a_locked_copy_is_not_named_after_the_person(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-person-name").fill("Siân Jones")
    wait_stored(page, "plan", "person-name", "Siân Jones")
    set_passphrase(page)
    with page.expect_download() as info:
        lock_more(page).get_by_role("button", name="Download a locked copy").click()
        page.get_by_label("Your development plan").check()
        page.get_by_role("button", name="Download", exact=True).click()
    name = info.value.suggested_filename
    assert re.fullmatch(r"scope-for-growth-plan-locked-\d{4}-\d\d-\d\d\.json", name), name
    expect(status(page)).to_have_text(f"Your answers have been downloaded as {name}.")
    # The copy without a lock is still named after them: it is given to a manager.
    with page.expect_download() as info:
        page.get_by_role("button", name="Download my answers").first.click()
        page.get_by_label("Your development plan").check()
        page.get_by_role("button", name="Download", exact=True).click()
    assert info.value.suggested_filename.startswith("sian-jones-plan-")


@pytest.fixture
def sized_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    created = browser.new_context(viewport=request.param, bypass_csp=True)
    yield created.new_page()
    created.close()


# Where a question's words start (its label, or a choice's legend) and where the header ends.
PLACES = """control => {
  const label = document.querySelector(`label[for="${control.id}"]`)
    || control.closest("fieldset").querySelector("legend");
  return {
    label: label.getBoundingClientRect().top,
    control: control.getBoundingClientRect().top,
    header: document.querySelector(".md-header").getBoundingClientRect().bottom,
    scrolled: scrollY,
  };
}"""


def answer_first_questions(page: Page, count: int) -> None:
    """Answer the first ``count`` questions of the form (whose answers are no question)."""
    questions = page.locator("[data-sfg-question]:not([data-sfg-person] *)")
    for index in range(count):
        question = questions.nth(index)
        text = question.locator("textarea, input:not([type=radio])")
        if text.count():
            text.first.fill("An answer")
        else:
            question.locator("input[type=radio]").first.check()
    wait_saved(page)


@pytest.mark.browser
@pytest.mark.parametrize("sized_page", [DESKTOP, PHONE], indirect=True, ids=["1280", "390"])
def test_the_first_question_not_answered_lands_below_the_header(
    sized_page: Page, default_site: BuiltSite
) -> None:
    page = sized_page
    open_form(page, default_site.url, "journal")
    answer_first_questions(page, 3)
    page.evaluate("window.scrollTo(0, 0)")
    link = page.locator(".sfg-tools a[data-sfg-progress-next]")
    target = (link.get_attribute("href") or "").split("#")[1]
    link.click()
    control = page.locator(f"#{target}")
    expect(control).to_be_focused()
    places = control.evaluate(PLACES)
    assert places["scrolled"] > 0, "the page did not scroll: the test would pass vacuously"
    assert places["label"] >= places["header"], places
    assert places["label"] <= places["header"] + 60, "the question is at the top of the window"


@pytest.mark.browser
@pytest.mark.parametrize("sized_page", [DESKTOP, PHONE], indirect=True, ids=["1280", "390"])
def test_a_change_link_lands_on_its_control_below_the_header(
    sized_page: Page, default_site: BuiltSite
) -> None:
    """From "Check your answers", the Change link of a question far down the journal: the
    browser lines up the control (Material's margin for a `:target` did so before; the
    margin of forms.css replaces it and must do as well)."""
    page = sized_page
    open_form(page, default_site.url, "journal")
    last = page.locator("[data-sfg-question]:not([data-sfg-person] *) textarea").last
    last.fill("Far down the page")
    wait_saved(page)
    key, target = last.get_attribute("data-sfg-key"), last.get_attribute("id")
    page.goto(default_site.page_url("answers.html"))
    change = page.locator(f'a[href$="#{target}"]')
    expect(change).to_be_visible()
    change.click()
    wait_started(page)
    control = page.locator(f"textarea[data-sfg-key='{key}']")
    expect(control).to_have_value("Far down the page")
    # Material scrolls to it once the page is in place: wait until it is on the screen.
    page.wait_for_function(
        "id => { const top = document.getElementById(id).getBoundingClientRect().top;"
        " return top >= 0 && top < innerHeight; }",
        arg=target,
    )
    places = control.evaluate(PLACES)
    assert places["control"] >= places["header"], places
