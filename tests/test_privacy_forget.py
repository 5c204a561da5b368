"""Forget me on this computer: on every page, after asking, every key of the namespace goes,
from localStorage and sessionStorage, set-aside copies, the lock and the choice included; other
sites' keys stay."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.forms import NAMESPACE, journal_record, module, open_form
from .support.privacy import areas, lock_screen, set_passphrase

OTHER = "another-intranet-app/settings"


def forget_me(page: Page) -> None:
    footer = page.locator(module("sfg-forget"))
    footer.get_by_role("button", name="Forget me on this computer").click()
    asked = footer.get_by_role("dialog")
    expect(asked).to_contain_text("Remove everything this toolkit keeps on this computer?")
    asked.get_by_role("button", name="Yes, remove everything").click()
    expect(footer).to_contain_text(
        "Everything this toolkit kept on this computer has been removed."
    )


def test_forget_me_from_the_home_page_removes_every_key(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    page.evaluate(
        """([ns, record, other]) => {
          const keys = ["journal", "plan", "journal/unreadable/1", "lock", "choice", "downloaded"];
          for (const key of [...keys, "opened"])
            localStorage.setItem(`${ns}/${key}`, record);
          sessionStorage.setItem(`${ns}/journal`, record);
          sessionStorage.setItem(`${ns}/plan/unreadable/2`, "{");
          localStorage.setItem(other, "kept");
          sessionStorage.setItem(other, "kept");
        }""",
        [NAMESPACE, journal_record({"energy": "Mine"}), OTHER],
    )
    # Cancel first: nothing changes.
    footer = page.locator(module("sfg-forget"))
    footer.get_by_role("button", name="Forget me on this computer").click()
    footer.get_by_role("dialog").get_by_role("button", name="Cancel").click()
    assert len(areas(page)["localStorage"]) == 7 and len(areas(page)["sessionStorage"]) == 2
    forget_me(page)
    assert areas(page) == {"localStorage": {}, "sessionStorage": {}}
    assert areas(page, OTHER) == {
        "localStorage": {OTHER: "kept"},
        "sessionStorage": {OTHER: "kept"},
    }


def test_forget_me_on_a_locked_form_page_leaves_a_fresh_start(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Mine")
    set_passphrase(page)
    page.get_by_role("button", name="Lock now").click()
    expect(lock_screen(page)).to_be_visible()
    # The lock screen's own way out, for a forgotten passphrase.
    lock_screen(page).get_by_text("I have forgotten my passphrase").click()
    lock_screen(page).get_by_role("button", name="Forget me on this computer").click()
    page.locator(module("sfg-form")).get_by_role("button", name="Yes, remove everything").click()
    expect(lock_screen(page)).to_be_hidden()
    expect(page.locator("#sfg-energy")).to_have_value("")
    expect(page.get_by_text("Choose before you start")).to_be_visible()
    assert areas(page) == {"localStorage": {}, "sessionStorage": {}}
    page.locator("#sfg-energy").fill("A fresh start")
    page.reload()
    expect(page.locator("#sfg-energy")).to_have_value("A fresh start")
    # And from the footer of the same page.
    forget_me(page)
    expect(page.locator("#sfg-energy")).to_have_value("")
    assert areas(page) == {"localStorage": {}, "sessionStorage": {}}
