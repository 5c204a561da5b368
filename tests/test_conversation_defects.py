"""The defects the conversation issue names, each a test that failed on the code it started
from: a plan-only file emptied the journal; a manager could keep one plan only; every
download had the same name; a printed journal carried no name."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.forms import (
    COLLEAGUE_FILE,
    NAMESPACE,
    answers,
    answers_file,
    choose_file,
    download,
    journal_record,
    open_form,
    put_storage,
    wait_colleague_answers,
    wait_started,
    wait_stored,
)

EXISTING = {"energy": "My existing answer", "job-title": "Physiotherapist"}
LOAD = re.compile(r"^(Replace my answers|Load the answers you chose)$")
QUICK = 3000


def test_a_file_that_holds_only_a_plan_leaves_the_journal_as_it_is(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    put_storage(page, {f"{NAMESPACE}/journal": journal_record(EXISTING)})
    open_form(page, fixture_site.url, "plan")
    choose_file(page, answers_file({"plan/evidence": "From my manager"}), "plan.json")
    page.get_by_role("dialog").get_by_role("button", name=LOAD).click()
    wait_stored(page, "plan", "evidence", "From my manager")
    assert answers(page, "journal") == EXISTING


def test_a_download_is_named_after_the_person_and_what_it_holds(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-person-name").fill("Alex Morgan")
    wait_stored(page, "plan", "person-name", "Alex Morgan")
    name, _ = download(page, tmp_path, "plan")
    assert re.fullmatch(r"alex-morgan-plan-\d{4}-\d\d-\d\d\.json", name), name


def test_a_printed_journal_carries_the_persons_name(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    page.get_by_label("Your name", exact=True).fill("Alex Morgan", timeout=QUICK)
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator(".sfg-print-header")).to_contain_text("Alex Morgan", timeout=QUICK)


def colleague_file(name: str, evidence: str) -> str:
    return answers_file(
        {"plan/person-name": name, "plan/evidence": evidence, "journal/energy": "Walking"}
    )


def test_a_manager_keeps_a_plan_for_each_colleague(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "plan")
    page.locator("#sfg-evidence").fill("My own evidence")
    wait_stored(page, "plan", "evidence", "My own evidence")
    for name in ("Alex Morgan", "Sam Patel"):
        page.goto(fixture_site.page_url("guide.html"))
        choose_file(page, colleague_file(name, f"{name} wrote this"), "c.json", COLLEAGUE_FILE)
        page.get_by_role("link", name=f"Fill in a plan for {name}").click(timeout=QUICK)
        wait_started(page)
        page.locator("#sfg-evidence").fill(f"Agreed with {name}")
        wait_colleague_answers(page, "plan", {"evidence": f"Agreed with {name}"})
    open_form(page, fixture_site.url, "plan")
    expect(page.locator("#sfg-evidence")).to_have_value("My own evidence")
    for name in ("Alex Morgan", "Sam Patel"):
        page.goto(fixture_site.page_url("guide.html"))
        page.get_by_role("link", name=f"Fill in a plan for {name}").click(timeout=QUICK)
        wait_started(page)
        expect(page.locator("#sfg-evidence")).to_have_value(f"Agreed with {name}")
