"""Nothing lost off the happy path: the outcome record, a locked copy's name, and links that
land on a question below the sticky header.

Each test failed on the code it started from: a locked copy was named after the person; the
link to the first question not answered scrolled it under Material's header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    open_form,
    status,
    wait_saved,
    wait_started,
    wait_stored,
)
from .support.privacy import lock_more, set_passphrase

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


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
    page.wait_for_function("scrollY > 0")
    places = control.evaluate(PLACES)
    assert places["control"] >= places["header"], places
