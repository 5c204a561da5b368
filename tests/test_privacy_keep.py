"""Keep or don't keep: answers in sessionStorage only when the person (or the organisation's
default) says so; switching moves every answer, set-aside copies and orphans included; a
reminder to download where the browser may delete them; pages opened from a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Dialog, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    download,
    journal_record,
    open_form,
    put_storage,
    status,
    storage_items,
)
from .support.privacy import LOG_LOCAL_WRITES, SECRET, areas, message, panel
from .support.sites import build_site, fixture_variant

KEEP = "Keep my answers on this computer"
DONT_KEEP = "Don't keep them after I close the browser"
JOURNAL = f"{NAMESPACE}/journal"


@pytest.fixture(scope="module")
def shared_computer_site(
    www: Path, server_url: str, tmp_path_factory: pytest.TempPathFactory
) -> BuiltSite:
    """The fixture toolkit where every computer is shared: answers are not kept by default."""
    content = fixture_variant(
        tmp_path_factory.mktemp("shared") / "toolkit",
        "content/site.yml",
        lambda site: site.update(privacy={"keep_answers": False, "download_reminder_edits": 5}),
    )
    folder = www / "intranet" / "shared"
    build_site(content, folder, site_url=f"{server_url}/intranet/shared/")
    return BuiltSite(folder, f"{server_url}/intranet/shared/")


def test_dont_keep_never_puts_an_answer_in_local_storage(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    page = context.new_page()
    page.add_init_script(LOG_LOCAL_WRITES)
    open_form(page, fixture_site.url, "journal")
    expect(panel(page).get_by_text("Choose before you start")).to_be_visible()
    page.get_by_label(DONT_KEEP).check()
    expect(message(page)).to_contain_text("deleted when you close the browser")
    expect(panel(page).get_by_text("Choose before you start")).to_be_hidden()
    expect(panel(page).get_by_text("Download your answers before you close it")).to_be_visible()
    page.locator("#sfg-energy").fill(SECRET)
    expect(status(page)).to_contain_text("Kept in this tab")
    page.evaluate("window.dispatchEvent(new Event('pagehide'))")
    assert SECRET in areas(page)["sessionStorage"][JOURNAL]
    writes: list[str] = page.evaluate("window.sfgLocalWrites")
    assert writes, "the choice itself is written to localStorage"
    assert not [write for write in writes if SECRET in write]
    assert not [value for value in storage_items(page).values() if SECRET in value]
    # A new tab, after the old one is closed: nothing, and the choice is remembered.
    page.close()
    again = context.new_page()
    open_form(again, fixture_site.url, "journal")
    expect(again.locator("#sfg-energy")).to_have_value("")
    expect(again.get_by_label(DONT_KEEP)).to_be_checked()


def test_switching_moves_every_answer_both_ways(page: Page, fixture_site: BuiltSite) -> None:
    page.goto(fixture_site.url)
    kept = {
        JOURNAL: journal_record({"energy": "Walking", "removed-question": "An orphan"}),
        f"{JOURNAL}/unreadable/1700000000000": "{not json",
        f"{NAMESPACE}/plan": journal_record({"person-name": "Alex"}, form="plan"),
    }
    put_storage(page, kept)
    open_form(page, fixture_site.url, "journal")
    expect(page.locator("#sfg-energy")).to_have_value("Walking")
    page.get_by_label(DONT_KEEP).check()
    expect(message(page)).to_contain_text("deleted when you close")
    now = areas(page)
    assert now["sessionStorage"] == kept
    assert now["localStorage"] == {f"{NAMESPACE}/choice": "session"}
    expect(page.locator("#sfg-energy")).to_have_value("Walking")
    page.get_by_label(KEEP).check()
    expect(message(page)).to_have_text("Your answers will be kept on this computer.")
    now = areas(page)
    assert now["sessionStorage"] == {}
    assert now["localStorage"] == {**kept, f"{NAMESPACE}/choice": "keep"}
    page.reload()
    expect(page.locator("#sfg-energy")).to_have_value("Walking")
    expect(page.get_by_label(KEEP)).to_be_checked()


def test_the_organisation_default_is_dont_keep(page: Page, shared_computer_site: BuiltSite) -> None:
    open_form(page, shared_computer_site.url, "journal")
    expect(page.get_by_label(DONT_KEEP)).to_be_checked()
    page.locator("#sfg-energy").fill("Typed on a shared computer")
    expect(status(page)).to_contain_text("Kept in this tab")
    assert areas(page)["localStorage"] == {}
    assert "Typed on a shared computer" in areas(page)["sessionStorage"]["fixture-sfg/journal"]


def test_a_reminder_to_download_once_much_is_typed(
    page: Page, shared_computer_site: BuiltSite, tmp_path: Path
) -> None:
    open_form(page, shared_computer_site.url, "journal")
    page.locator("#sfg-energy").press_sequentially("Enough")
    expect(status(page)).to_contain_text("you have not downloaded a copy yet")
    bar = page.locator("[data-sfg-problem-only]")
    expect(bar).to_be_visible()
    download(page, tmp_path, button=bar)
    expect(status(page)).not_to_contain_text("not downloaded")
    page.locator("#sfg-energy").press_sequentially(" more words")
    expect(status(page)).to_contain_text("You last downloaded a copy on")


def test_closing_a_tab_whose_answers_are_not_kept_asks_first(
    page: Page, shared_computer_site: BuiltSite
) -> None:
    open_form(page, shared_computer_site.url, "journal")
    page.locator("#sfg-energy").fill("Not downloaded yet")
    expect(status(page)).to_contain_text("Kept in this tab")
    asked: list[str] = []

    def answer(dialog: Dialog) -> None:
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    with page.expect_event("dialog"):
        page.close(run_before_unload=True)
    assert asked == ["beforeunload"]


def test_a_page_opened_from_a_folder_says_when_it_may_not_see_the_journal(
    page: Page, fixture_site: BuiltSite
) -> None:
    folder = fixture_site.folder.as_uri() + "/"
    page.goto(folder + "plan.html")
    note = page.get_by_text("You opened this page from a folder")
    expect(note).to_be_visible()
    page.goto(folder + "journal.html")
    expect(page.get_by_text("You opened this page from a folder")).to_be_hidden()
    page.goto(folder + "plan.html")
    expect(page.locator("[data-sfg-status]")).to_be_attached()
    expect(note).to_be_hidden()
