"""Colleagues' answers a manager keeps: a plan link for a colleague nobody keeps says so (and
saves nothing), an older file never replaces newer answers, two people of the same name
with different roles are two colleagues, and a name alone (a role missing) is never enough to
take a file for a colleague kept."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.forms import (
    COLLEAGUE_FILE,
    NAMESPACE,
    answers_file,
    choose_file,
    open_colleague,
    open_form,
    run_timers,
    storage_items,
)

UNKNOWN = "No colleague's answers with this link are kept in this browser"


def person_file(name: str, role: str, energy: str, exported: str) -> str:
    return answers_file(
        {"plan/person-name": name, "journal/energy": energy},
        version=2,
        forms=["journal", "plan"],
        person={"name": name, "role": role},
        exported=exported,
    )


def test_a_plan_link_for_a_colleague_nobody_keeps_says_so_and_saves_nothing(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.clock.install()
    page.goto(fixture_site.page_url("plan.html?colleague=zzzzzzzz"))
    page.wait_for_selector("[data-module~='sfg-form'][data-sfg-form-started]", state="attached")
    banner = page.locator("[data-sfg-colleague-unknown]")
    expect(banner).to_be_visible()
    expect(banner.get_by_role("heading")).to_have_text(UNKNOWN)
    expect(banner.get_by_role("link", name="Go to the facilitation guide")).to_have_attribute(
        "href", re.compile(r"/guide\.html$")
    )
    expect(banner.get_by_role("link", name="Go to your own development plan")).to_have_attribute(
        "href", re.compile(r"/plan\.html$")
    )
    # No question to type into, nothing saved under a key nobody lists.
    expect(page.locator("#sfg-evidence")).to_be_hidden()
    expect(page.locator("#sfg-person-name")).to_be_hidden()
    run_timers(page)  # anything the page had waiting to do has been done
    assert not [key for key in storage_items(page) if "/colleague/" in key]
    # An address that is no colleague's id at all is no plan of the person's own either.
    page.goto(fixture_site.page_url("plan.html?colleague=..%2Fjournal"))
    page.wait_for_selector("[data-module~='sfg-form'][data-sfg-form-started]", state="attached")
    expect(page.locator("[data-sfg-colleague-unknown]")).to_be_visible()
    expect(page.locator("#sfg-evidence")).to_be_hidden()
    # The person's own plan is as it always was.
    open_form(page, fixture_site.url, "plan")
    expect(page.locator("[data-sfg-colleague-unknown]")).to_be_hidden()
    expect(page.locator("#sfg-evidence")).to_be_visible()


def test_a_plan_link_for_a_removed_colleague_says_so(page: Page, fixture_site: BuiltSite) -> None:
    open_colleague(
        page,
        fixture_site,
        person_file("Sam Patel", "Nurse", "Running", "2026-11-22T18:05:00.000Z"),
        "s.json",
    )
    page.get_by_role("link", name="Fill in a plan for Sam Patel").click()
    page.wait_for_selector("[data-module~='sfg-form'][data-sfg-form-started]", state="attached")
    address = page.url
    page.goto(fixture_site.page_url("guide.html"))
    page.get_by_role("button", name="Remove Sam Patel's answers").click()
    page.get_by_role("button", name="Yes, remove them").click()
    expect(page.locator("[data-sfg-colleague-list] > li")).to_have_count(0)
    page.goto(address)
    page.wait_for_selector("[data-module~='sfg-form'][data-sfg-form-started]", state="attached")
    expect(page.locator("[data-sfg-colleague-unknown]")).to_be_visible()
    expect(page.locator("[data-sfg-colleague-for]")).to_be_hidden()


def test_an_older_file_never_replaces_newer_answers(page: Page, fixture_site: BuiltSite) -> None:
    newer = person_file("Sam Patel", "Nurse", "NEWER", "2026-11-25T09:00:00.000Z")
    older = person_file("Sam Patel", "Nurse", "OLDER", "2026-11-20T09:00:00.000Z")
    open_colleague(page, fixture_site, newer, "new.json")
    expect(page.locator("[data-sfg-colleague-status]")).to_contain_text("opened from new.json")
    choose_file(page, older, "old.json", into=COLLEAGUE_FILE)
    expect(page.locator("[data-sfg-colleague-status]")).to_have_text(
        "You already have newer answers from Sam Patel, downloaded on 25 November 2026."
        " Nothing was changed."
    )
    kept = [value for key, value in storage_items(page).items() if "/colleague/" in key]
    assert len(kept) == 1 and "NEWER" in kept[0] and "OLDER" not in kept[0]
    page.get_by_label("Show the answers of").select_option(label="Sam Patel")
    expect(page.locator("[data-sfg-colleague-answer='energy']")).to_contain_text("NEWER")
    # A newer file still updates them.
    newest = person_file("Sam Patel", "Nurse", "NEWEST", "2026-11-26T09:00:00.000Z")
    choose_file(page, newest, "newest.json", into=COLLEAGUE_FILE)
    expect(page.locator("[data-sfg-colleague-status]")).to_contain_text(
        "Sam Patel's answers have been updated from newest.json"
    )
    kept = [value for key, value in storage_items(page).items() if "/colleague/" in key]
    assert len(kept) == 1 and "NEWEST" in kept[0]


def test_two_people_of_the_same_name_and_different_roles_are_two_colleagues(
    page: Page, fixture_site: BuiltSite
) -> None:
    nurse = person_file("Sam Patel", "Nurse", "NURSE", "2026-11-25T09:00:00.000Z")
    porter = person_file("Sam Patel", "Porter", "PORTER", "2026-11-26T09:00:00.000Z")
    open_colleague(page, fixture_site, nurse, "nurse.json")
    choose_file(page, porter, "porter.json", into=COLLEAGUE_FILE)
    expect(page.locator("[data-sfg-colleague-status]")).to_contain_text(
        "Sam Patel's answers have been opened from porter.json"
    )
    items = page.locator("[data-sfg-colleague-list] > li")
    expect(items).to_have_count(2)
    expect(items.first).to_contain_text("Sam Patel, Nurse")
    expect(items.nth(1)).to_contain_text("Sam Patel, Porter")
    kept = [v for k, v in storage_items(page).items() if k.startswith(f"{NAMESPACE}/colleague/")]
    assert len(kept) == 2


def test_a_file_without_a_role_never_picks_one_of_two_people_of_its_name(
    page: Page, fixture_site: BuiltSite
) -> None:
    """It could be either Sam Patel: the manager is asked, and keeping it as a colleague of its
    own is chosen; neither kept colleague loses answers or role. With one Sam Patel kept, it
    is asked again (a name alone is not enough), and updating them keeps their role."""
    nurse = person_file("Sam Patel", "Nurse", "NURSE", "2026-11-25T09:00:00.000Z")
    porter = person_file("Sam Patel", "Porter", "PORTER", "2026-11-26T09:00:00.000Z")
    unknown = person_file("Sam Patel", "", "WHICH", "2026-11-27T09:00:00.000Z")
    open_colleague(page, fixture_site, nurse, "nurse.json")
    choose_file(page, porter, "porter.json", into=COLLEAGUE_FILE)
    expect(page.locator("[data-sfg-colleague-list] > li")).to_have_count(2)
    choose_file(page, unknown, "which.json", into=COLLEAGUE_FILE)
    asked = page.locator('dialog[data-module~="sfg-colleague-file"]')
    expect(asked.get_by_role("radio", name=re.compile("^Update the answers of"))).to_have_count(2)
    expect(asked.get_by_role("radio", name="Keep them as a new colleague")).to_be_checked()
    asked.get_by_role("button", name="Continue").click()
    items = page.locator("[data-sfg-colleague-list] > li")
    expect(items).to_have_count(3)
    expect(page.locator("[data-sfg-colleague-list]")).to_contain_text("Sam Patel, Nurse")
    expect(page.locator("[data-sfg-colleague-list]")).to_contain_text("Sam Patel, Porter")
    kept = " ".join(
        v for k, v in storage_items(page).items() if k.startswith(f"{NAMESPACE}/colleague/")
    )
    assert "NURSE" in kept and "PORTER" in kept and "WHICH" in kept

    page.get_by_role("button", name="Remove Sam Patel's answers").first.click()
    page.get_by_role("button", name="Yes, remove them").click()
    page.get_by_role("button", name="Remove Sam Patel's answers").first.click()
    page.get_by_role("button", name="Yes, remove them").click()
    expect(items).to_have_count(1)
    remaining = items.first.inner_text().splitlines()[0]
    later = person_file("Sam Patel", "", "LATER", "2026-11-28T09:00:00.000Z")
    choose_file(page, later, "later.json", into=COLLEAGUE_FILE)
    asked.get_by_role("radio", name=re.compile(f"^Update the answers of {remaining}")).check()
    asked.get_by_role("button", name="Continue").click()
    expect(page.locator("[data-sfg-colleague-status]")).to_have_text(
        "Sam Patel's answers have been updated from later.json."
    )
    expect(items).to_have_count(1)
    expect(items.first).to_contain_text(remaining)
