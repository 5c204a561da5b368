"""The site is rebuilt with a question removed and one added: answers follow their ids, and
the answer to the removed question is kept, shown, and can be copied or deleted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import answers, dialog, module, open_form, wait_stored
from .support.sites import FIXTURE_TOOLKIT, build_site


@pytest.fixture(scope="module")
def updated_sites(
    www: Path, server_url: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[BuiltSite, BuiltSite]:
    """The fixture toolkit as first published, and again after an editor changed the journal:
    "frustrations" removed, "proud-of" added, "energy" reworded. Same origin, same namespace."""
    content = tmp_path_factory.mktemp("updated") / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, content)
    journal_file = content / "content" / "journal.yml"
    journal = yaml.safe_load(journal_file.read_text(encoding="utf-8"))
    questions = journal["stages"][0]["sections"][0]["questions"]
    questions[:] = [
        {"id": "energy", "text": "What gives me energy at work?"},
        {"id": "proud-of", "text": "What am I proud of?"},
    ]
    journal_file.write_text(yaml.safe_dump(journal, sort_keys=False), encoding="utf-8")
    guide_file = content / "content" / "guide.yml"
    guide_file.write_text(
        guide_file.read_text(encoding="utf-8").replace("[energy, frustrations]", "[energy]"),
        encoding="utf-8",
    )
    sites = []
    for name, root in (("before", FIXTURE_TOOLKIT), ("after", content)):
        folder = www / "intranet" / f"update-{name}"
        url = f"{server_url}/intranet/update-{name}/"
        build_site(root, folder, site_url=url)
        sites.append(BuiltSite(folder, url))
    return sites[0], sites[1]


def answer_before_the_update(page: Page, before: BuiltSite) -> None:
    open_form(page, before.url, "journal")
    page.locator("#sfg-energy").fill("Helping people")
    page.locator("#sfg-frustrations").fill("Waiting <for> IT & forms")
    wait_stored(page, "journal", "frustrations", "Waiting <for> IT & forms")


def test_answers_follow_their_ids_and_removed_questions_keep_theirs(
    page: Page, updated_sites: tuple[BuiltSite, BuiltSite]
) -> None:
    before, after = updated_sites
    answer_before_the_update(page, before)
    open_form(page, after.url, "journal")
    expect(page.get_by_label("What gives me energy at work?")).to_have_value("Helping people")
    expect(page.get_by_label("What am I proud of?")).to_have_value("")
    expect(page.locator(f".sfg-section {module('sfg-progress')}").first).to_have_text(
        "1 of 2 answered"
    )
    orphans = page.locator(module("sfg-orphans"))
    expect(orphans).to_be_visible()
    expect(orphans.get_by_role("heading")).to_have_text(
        "Answers to questions no longer in the journal"
    )
    kept = orphans.get_by_label("What frustrates me & why <really>?")
    expect(kept).to_have_value("Waiting <for> IT & forms")
    expect(kept).to_have_attribute("readonly", "")
    # Typing elsewhere keeps the orphaned answer in storage.
    page.get_by_label("What am I proud of?").fill("My team")
    wait_stored(page, "journal", "proud-of", "My team")
    assert answers(page, "journal")["frustrations"] == "Waiting <for> IT & forms"


def test_an_orphaned_answer_can_be_copied(
    context: BrowserContext, updated_sites: tuple[BuiltSite, BuiltSite]
) -> None:
    before, after = updated_sites
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=after.url)
    page = context.new_page()
    answer_before_the_update(page, before)
    open_form(page, after.url, "journal")
    orphans = page.locator(module("sfg-orphans"))
    orphans.get_by_role("button", name="Copy answer (What frustrates me & why <really>?)").click()
    expect(page.locator("[data-sfg-announce]")).to_have_text(
        "Answer copied. You can paste it into another question."
    )
    assert page.evaluate("navigator.clipboard.readText()") == "Waiting <for> IT & forms"


def test_an_orphaned_answer_can_be_deleted_after_confirming(
    page: Page, updated_sites: tuple[BuiltSite, BuiltSite]
) -> None:
    before, after = updated_sites
    answer_before_the_update(page, before)
    open_form(page, after.url, "journal")
    orphans = page.locator(module("sfg-orphans"))
    delete = orphans.get_by_role("button", name="Delete answer")
    delete.click()
    expect(dialog(page)).to_contain_text("Delete this answer?")
    dialog(page).get_by_role("button", name="Cancel").click()
    expect(orphans).to_be_visible()
    delete.click()
    dialog(page).get_by_role("button", name="Delete answer").click()
    expect(orphans).to_be_hidden()
    expect(page.locator("h1")).to_be_focused()
    page.wait_for_function(
        "!('frustrations' in JSON.parse(localStorage.getItem('fixture-sfg/journal')).answers)"
    )
    assert answers(page, "journal") == {"energy": "Helping people"}
