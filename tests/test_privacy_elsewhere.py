"""A lock on pages without a form that show answers: "Check your answers" and colleagues'
answers on the guide. A page loaded afresh holds no key, so each asks the passphrase itself
(without it they said "unlock them on the journal", which a page loaded afresh forgets again);
there, as on a form, the key goes after the site's minutes without use."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from .conftest import BuiltSite
from .support.axe import assert_accessible
from .support.forms import COLLEAGUE_FILE, answers_file, choose_file, open_form, wait_saved
from .support.privacy import PASSPHRASE, SECRET, set_passphrase
from .test_conversation import sam_file


def _unlock_here(page: Page) -> Locator:
    return page.locator('[data-module="sfg-unlock"]')


def _enter(box: Locator, passphrase: str) -> None:
    box.get_by_label("Passphrase", exact=True).fill(passphrase)
    box.get_by_role("button", name="Unlock my answers").click()


def _locked_journal(page: Page, site: BuiltSite) -> None:
    open_form(page, site.url, "journal")
    page.locator("#sfg-energy").fill(SECRET)
    wait_saved(page)
    set_passphrase(page)


def test_check_your_answers_asks_the_passphrase_and_locks_again_when_idle(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.clock.install()
    _locked_journal(page, fixture_site)
    page.goto(fixture_site.page_url("answers.html"))  # loaded afresh: this page holds no key
    box = _unlock_here(page)
    expect(box).to_be_visible()
    expect(page.get_by_text(SECRET)).to_have_count(0)
    _enter(box, "not my passphrase")
    expect(box.locator("[data-sfg-error]")).to_have_text(
        "That passphrase is not right. Check it and try again. Nothing has been changed.",
        timeout=15000,
    )
    assert_accessible(page)
    page.emulate_media(color_scheme="dark")
    assert_accessible(page)
    page.emulate_media(color_scheme="light")
    _enter(box, PASSPHRASE)
    expect(box).to_be_hidden(timeout=15000)
    expect(page.get_by_text(SECRET)).to_be_visible()
    page.clock.fast_forward("14:00")
    expect(page.get_by_text(SECRET)).to_be_visible()
    page.clock.fast_forward("01:01")
    expect(box).to_be_visible()
    expect(page.get_by_text(SECRET)).to_have_count(0)


def test_a_manager_with_a_lock_opens_a_colleagues_answers_on_the_guide(
    page: Page, fixture_site: BuiltSite
) -> None:
    _locked_journal(page, fixture_site)
    page.goto(fixture_site.page_url("guide.html"))
    box = _unlock_here(page)
    expect(box).to_be_visible()
    choose_file(page, sam_file(), "sam.json", into=COLLEAGUE_FILE)
    expect(page.locator("[data-sfg-colleague-status]")).to_contain_text(
        "Enter your passphrase above"
    )
    _enter(box, PASSPHRASE)
    expect(box).to_be_hidden(timeout=15000)
    expect(page.locator("[data-sfg-colleague-status]")).to_have_text("")
    choose_file(page, sam_file(), "sam.json", into=COLLEAGUE_FILE)
    expect(page.locator("[data-sfg-colleague-list] > li")).to_have_count(1)
    expect(page.locator("[data-sfg-colleague-list]")).to_contain_text("Sam Patel")


def test_without_a_lock_nothing_is_asked(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    page.goto(fixture_site.page_url("answers.html"))
    expect(page.locator("[data-sfg-check-status]")).to_be_attached()
    expect(_unlock_here(page)).to_be_hidden()


def test_time_spent_on_pages_without_answers_counts_towards_the_idle_lock(
    page: Page, fixture_site: BuiltSite
) -> None:
    """With Material's instant loading the key lives on through pages that have no lock of
    their own (the framework here): back on the journal after the idle minutes, it is gone."""
    page.clock.install()
    _locked_journal(page, fixture_site)
    page.evaluate("window.sfgSamePage = true")
    page.locator("#sfg-frustrations_hint a").click()
    expect(page.locator("h1")).to_have_text("Fixture framework")
    page.clock.fast_forward("16:00")
    page.go_back()
    expect(page.locator("h1")).to_have_text("Fixture journal")
    assert page.evaluate("window.sfgSamePage === true"), "the page was reloaded, not navigated"
    expect(page.locator(".sfg-lock-screen")).to_be_visible()
    expect(page.locator("#sfg-energy")).to_have_value("")


def test_the_framework_asks_the_passphrase_only_where_a_colleague_is_kept(
    page: Page, fixture_site: BuiltSite
) -> None:
    _locked_journal(page, fixture_site)
    page.goto(fixture_site.page_url("framework.html"))
    expect(page.locator("h1")).to_have_text("Fixture framework")
    expect(_unlock_here(page)).to_be_hidden()
    expect(page.locator("[data-sfg-colleague-status]")).to_have_text("")
    page.goto(fixture_site.page_url("guide.html"))
    _enter(_unlock_here(page), PASSPHRASE)
    expect(_unlock_here(page)).to_be_hidden(timeout=15000)
    positions = {"plan/depth-current": "early", "plan/depth-future": "later"}
    colleague = answers_file(
        {"plan/person-name": "Sam Patel", **positions},
        version=2,
        forms=["plan"],
        person={"name": "Sam Patel"},
    )
    choose_file(page, colleague, "sam.json", into=COLLEAGUE_FILE)
    expect(page.locator("[data-sfg-colleague-list] > li")).to_have_count(1)
    page.goto(fixture_site.page_url("framework.html"))  # loaded afresh: no key
    box = _unlock_here(page)
    expect(box).to_be_visible()
    _enter(box, PASSPHRASE)
    expect(box).to_be_hidden(timeout=15000)
    page.get_by_label("Show the answers of").select_option(label="Sam Patel")
    early = page.locator('td[data-sfg-direction="depth"][data-sfg-position="early"]')
    expect(early.locator("[data-sfg-colleague-mark]")).to_have_text("Sam Patel now")
