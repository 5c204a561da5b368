"""The lock off the happy path ("Nothing lost off the happy path"): each test is a defect a
person met, and failed on the code it started from.

- 3: the name and role stayed editable on a locked journal, and typing there replaced the name;
- 4: the passphrase was asked again on every page reached by the toolkit's own links, and a
  Change link opened the journal at the top (checked on MkDocs' and Zensical's builds);
- 5: locked answers looked deleted ("0 of 4 answered", "You have not answered any question");
- 6: setting the lock showed nothing where the person was looking, and left the answers on
  screen as if nothing had happened;
- 7: Lock now and Forget me left copied answers and a typed passphrase on screen;
- 10: with "don't keep", a second tab said nothing was answered while the first held answers.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    COLLEAGUE_FILE,
    FORM,
    answers_file,
    choose_file,
    module,
    open_form,
    wait_started,
    wait_stored,
)
from .support.privacy import PASSPHRASE, lock_screen, message, panel

pytestmark = pytest.mark.browser

SECRET = "I am tired most afternoons"
DONT_KEEP = "Don't keep them after I close the browser"
# The browser refuses the clipboard: Check your answers shows the text to copy by hand.
NO_CLIPBOARD = "() => { navigator.clipboard.writeText = () => Promise.reject(new Error('no')); }"


def set_lock(page: Page) -> None:
    """Type a passphrase twice and press "Lock my answers"."""
    setting = panel(page).locator('details[data-sfg-group="set"]')
    setting.locator("summary").click()
    setting.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    setting.get_by_label("Type the passphrase again").fill(PASSPHRASE)
    setting.get_by_role("button", name="Lock my answers").click()


def locked_or_unlocked(page: Page) -> bool:
    """Once the lock is set: True when the page shows the lock screen, False when it shows the
    answers with "Lock now"."""
    either = page.locator(
        f".sfg-lock-screen, {module('sfg-privacy')} [data-sfg-privacy-action='lock']"
    ).filter(visible=True)
    expect(either.first).to_be_visible(timeout=15000)
    return lock_screen(page).is_visible()


def unlock_here(page: Page) -> None:
    screen = lock_screen(page)
    screen.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    screen.get_by_role("button", name="Unlock my answers").click()
    expect(screen).to_be_hidden(timeout=15000)


def locked_journal(page: Page, site: BuiltSite) -> None:
    """The journal with a name, a role and an answer, locked (the page holds no key)."""
    open_form(page, site.url, "journal")
    page.get_by_label("Your name", exact=True).fill("Priya Shah")
    page.locator("#sfg-energy").fill(SECRET)
    wait_stored(page, "journal", "energy", SECRET)
    set_lock(page)
    if not locked_or_unlocked(page):
        panel(page).get_by_role("button", name="Lock now").click()
    expect(lock_screen(page)).to_be_visible()


def test_3_no_field_can_be_typed_in_while_locked(page: Page, fixture_site: BuiltSite) -> None:
    locked_journal(page, fixture_site)
    name = page.get_by_label("Your name", exact=True)
    role = page.locator("#sfg-person-role")
    for control in (name, role, page.locator("#sfg-energy")):
        expect(control).to_be_hidden()
        expect(control).not_to_be_editable()
        control.focus()
        expect(control).not_to_be_focused()
    unlock_here(page)
    expect(name).to_have_value("Priya Shah")
    open_form(page, fixture_site.url, "plan")
    unlock_here(page)
    expect(page.get_by_label("Your name", exact=True)).to_have_value("Priya Shah")


def test_4_unlocking_once_lasts_for_the_visit_by_the_toolkits_own_links(
    page: Page, each_unaddressed_site: BuiltSite
) -> None:
    site = each_unaddressed_site
    open_form(page, site.url, "journal")
    page.locator("#sfg-energy").fill(SECRET)
    wait_stored(page, "journal", "energy", SECRET)
    set_lock(page)
    if locked_or_unlocked(page):
        unlock_here(page)
    expect(panel(page).get_by_role("button", name="Lock now")).to_be_visible()
    # What to do next: on to the plan.
    page.get_by_role("link", name="Go on to your development plan").click()
    expect(page).to_have_url(re.compile(r"plan\.html$"))
    wait_started(page)
    expect(lock_screen(page)).to_be_hidden()
    expect(page.locator(".sfg-summary")).to_contain_text(SECRET)
    # The navigation: Check your answers.
    page.get_by_role("link", name="Check your answers").first.click()
    expect(page).to_have_url(re.compile(r"answers\.html$"))
    expect(page.locator("[data-module~='sfg-check']")).to_contain_text(SECRET)
    expect(page.locator("[data-module~='sfg-unlock']")).to_be_hidden()
    # A Change link lands on its question, still unlocked.
    row = page.locator(".sfg-summary-list__row", has_text=SECRET)
    row.get_by_role("link", name=re.compile("^Change")).click()
    expect(page).to_have_url(re.compile(r"journal\.html#"))
    wait_started(page)
    expect(lock_screen(page)).to_be_hidden()
    energy = page.locator("#sfg-energy")
    expect(energy).to_be_focused()
    expect(energy).to_be_in_viewport()
    header = page.locator(".md-header").bounding_box()
    label = page.locator("label[for='sfg-energy']").bounding_box()
    assert header and label and label["y"] >= header["y"] + header["height"], (label, header)


def test_5_locked_answers_are_said_to_be_locked_not_missing(
    page: Page, fixture_site: BuiltSite
) -> None:
    locked_journal(page, fixture_site)
    progress = page.locator(".sfg-next [data-sfg-progress-count]")
    expect(progress).to_have_text(re.compile("locked", re.IGNORECASE))
    expect(page.get_by_text(re.compile(r"^0 of \d+ answered$"))).to_have_count(0)
    page.goto(fixture_site.page_url("answers.html"))
    check = page.locator("[data-module~='sfg-check']")
    expect(check.locator("[data-sfg-check-locked]")).to_be_visible()
    nothing_answered = check.get_by_text("You have not answered any question")
    expect(nothing_answered.filter(visible=True)).to_have_count(0)


def test_6_setting_the_lock_says_so_where_you_look_and_hides_the_answers(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill(SECRET)
    wait_stored(page, "journal", "energy", SECRET)
    set_lock(page)
    said = lock_screen(page).get_by_text("locked with your passphrase")
    expect(said).to_be_visible(timeout=15000)
    expect(said).to_be_in_viewport()
    expect(page.locator("#sfg-energy")).to_be_hidden()
    expect(page.get_by_text("Saved on this device")).to_be_hidden()
    focused_in_view = page.evaluate(
        """() => { const r = document.activeElement.getBoundingClientRect();
                   return r.bottom > 0 && r.top < innerHeight; }"""
    )
    assert focused_in_view


def test_7_lock_now_and_forget_me_leave_no_answer_or_passphrase_on_screen(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    journal = context.new_page()
    open_form(journal, fixture_site.url, "journal")
    journal.locator("#sfg-energy").fill(SECRET)
    wait_stored(journal, "journal", "energy", SECRET)
    set_lock(journal)
    if locked_or_unlocked(journal):
        unlock_here(journal)
    # Check your answers in another tab: unlocked there, copied by hand (no clipboard here).
    check = context.new_page()
    check.goto(fixture_site.page_url("answers.html"))
    unlocker = check.locator("[data-module~='sfg-unlock']")
    unlocker.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    unlocker.get_by_role("button", name="Unlock").click()
    expect(check.locator("[data-module~='sfg-check']")).to_contain_text(SECRET, timeout=15000)
    check.evaluate(NO_CLIPBOARD)
    check.get_by_role("button", name="Copy as text").click()
    box = check.locator("textarea[data-sfg-check-text]")
    expect(box).to_have_value(re.compile(SECRET))
    # A locked file's passphrase, typed in the journal tab and not yet sent.
    locked_file = '{"format": "scope-for-growth-answers-locked", "version": 1}'
    choose_file(journal, locked_file, "locked.json")
    prompt = journal.locator("dialog[data-sfg-prompt]")
    expect(prompt).to_be_visible()
    prompt.get_by_label("Passphrase", exact=True).fill("a passphrase typed here")
    # Lock now, pressed in a third tab.
    third = context.new_page()
    open_form(third, fixture_site.url, "plan")
    unlock_here(third)
    panel(third).get_by_role("button", name="Lock now").click()
    expect(lock_screen(third)).to_be_visible()
    expect(box).to_have_value("")
    expect(check.get_by_text(SECRET)).to_have_count(0)
    expect(prompt).to_be_hidden()
    expect(prompt.get_by_label("Passphrase", exact=True)).to_have_value("")
    for field in journal.locator("input[data-sfg-passphrase]").all():
        expect(field).to_have_value("")


def test_7_forget_me_empties_the_text_copied_by_hand(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill(SECRET)
    wait_stored(page, "journal", "energy", SECRET)
    page.goto(fixture_site.page_url("answers.html"))
    page.evaluate(NO_CLIPBOARD)
    page.get_by_role("button", name="Copy as text").click()
    box = page.locator("textarea[data-sfg-check-text]")
    expect(box).to_have_value(re.compile(SECRET))
    page.get_by_role("button", name="Forget me on this computer").click()
    page.get_by_role("dialog").get_by_role("button", name=re.compile("^Yes")).click()
    expect(box).to_have_value("")
    expect(page.get_by_text(SECRET)).to_have_count(0)


def test_10_a_second_tab_shows_the_answers_kept_until_the_browser_closes(
    context: BrowserContext, fixture_site: BuiltSite
) -> None:
    first = context.new_page()
    open_form(first, fixture_site.url, "journal")
    first.get_by_label(DONT_KEEP).check()
    expect(message(first)).to_contain_text("deleted when you close")
    first.locator("#sfg-energy").fill(SECRET)
    expect(first.locator("[data-sfg-status]")).to_contain_text("until you close")
    second = context.new_page()
    open_form(second, fixture_site.url, "journal")
    expect(second.locator("#sfg-energy")).to_have_value(SECRET)
    expect(second.locator(".sfg-next [data-sfg-progress-count]")).to_have_text(
        re.compile(r"^1 of \d+ answered$")
    )
    # Both ways: typed in the second tab, shown in the first.
    second.locator("#sfg-job-title").fill("Ward sister")
    expect(first.locator("#sfg-job-title")).to_have_value("Ward sister")
    expect(first.locator(FORM)).to_be_attached()


def test_4_ones_own_plan_and_a_colleagues_are_two_pages_without_asking_again(
    page: Page, each_unaddressed_site: BuiltSite
) -> None:
    """The plan and the plan for a colleague are one page at two addresses: moving between
    them shows the other plan (Material's instant loading kept the content and changed only
    the address), without asking for the passphrase, Back and Forward included."""
    site = each_unaddressed_site
    open_form(page, site.url, "plan")
    page.locator("#sfg-evidence").fill("My own evidence")
    wait_stored(page, "plan", "evidence", "My own evidence")
    set_lock(page)
    if locked_or_unlocked(page):
        unlock_here(page)
    page.get_by_role("link", name="Fixture guide").first.click()
    expect(page).to_have_url(re.compile(r"guide\.html$"))
    colleague = answers_file({"plan/person-name": "Sam Patel", "plan/evidence": "Sam's evidence"})
    choose_file(page, colleague, "sam.json", into=COLLEAGUE_FILE)
    page.get_by_role("link", name="Fill in a plan for Sam Patel").click()
    expect(page).to_have_url(re.compile(r"plan\.html\?colleague="))
    expect(page.locator("#sfg-evidence")).to_have_value("Sam's evidence")
    expect(lock_screen(page)).to_be_hidden()
    page.get_by_role("link", name="Fixture plan").first.click()
    expect(page).to_have_url(re.compile(r"plan\.html$"))
    expect(page.locator("#sfg-evidence")).to_have_value("My own evidence")
    expect(page.locator("[data-sfg-colleague-banner]")).to_be_hidden()
    page.go_back()
    expect(page.locator("#sfg-evidence")).to_have_value("Sam's evidence")
    expect(lock_screen(page)).to_be_hidden()
