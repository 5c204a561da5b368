"""Pages people can use: the first question on the first screen, how far they have got and what
to do next, the framework at a glance, and pages made for paper that nobody types into."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import BuiltSite
from .support.forms import STARTED, module, open_form, wait_saved, wait_started
from .support.privacy import set_passphrase, unlock

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

# The first question's box: whose answers (name and role) come before it, and are not questions.
FIRST_FIELD = """() => {
  const control = [...document.querySelectorAll("[data-sfg-question] :is(input, textarea)")]
    .find((element) => !element.closest("[data-sfg-person]"));
  const label = document.querySelector(`label[for="${control.id}"]`)
    || control.closest("fieldset").querySelector("legend");
  const box = control.getBoundingClientRect();
  return { top: box.top + scrollY, label: label.getBoundingClientRect().top + scrollY };
}"""


def _ending(address: str) -> re.Pattern[str]:
    """An href that ends with ``address`` (Material makes links absolute as pages load)."""
    return re.compile(rf"(^|/){re.escape(address.lstrip('/'))}$")


@pytest.fixture
def sized_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A page whose window is the size the test's parameter names."""
    created = browser.new_context(viewport=request.param, bypass_csp=True)
    yield created.new_page()
    created.close()


@pytest.mark.parametrize("form", ["journal", "plan"])
@pytest.mark.parametrize(
    ("sized_page", "screens"),
    [(DESKTOP, 1), (PHONE, 1.5)],
    indirect=["sized_page"],
    ids=["1280x800", "390x844"],
)
def test_the_first_question_is_on_the_first_screen(
    sized_page: Page, default_site: BuiltSite, form: str, screens: float
) -> None:
    """On a desktop before any scrolling, on a phone within a screen and a half: its words
    and the top of its box (a line of writing at least)."""
    open_form(sized_page, default_site.url, form)
    first = sized_page.evaluate(FIRST_FIELD)
    height = sized_page.viewport_size["height"] if sized_page.viewport_size else 0
    assert first["label"] >= 0
    assert first["top"] + 30 <= screens * height, first


@pytest.mark.parametrize(
    ("sized_page", "screens"),
    [(DESKTOP, 1), (PHONE, 1.5)],
    indirect=["sized_page"],
    ids=["1280x800", "390x844"],
)
def test_the_first_question_stays_on_the_first_screen_with_a_lock_set(
    sized_page: Page, default_site: BuiltSite, screens: float
) -> None:
    """A passphrase lock, unlocked, adds "Lock now" and its disclosure to the panel's line."""
    open_form(sized_page, default_site.url, "journal")
    set_passphrase(sized_page)
    sized_page.reload()
    unlock(sized_page)
    sized_page.evaluate("window.scrollTo(0, 0)")
    first = sized_page.evaluate(FIRST_FIELD)
    height = sized_page.viewport_size["height"] if sized_page.viewport_size else 0
    assert first["top"] + 30 <= screens * height, first


@pytest.mark.parametrize("sized_page", [DESKTOP], indirect=True, ids=["1280x800"])
def test_keeping_answers_is_one_short_panel_with_clearing_last_and_plainest(
    sized_page: Page, default_site: BuiltSite
) -> None:
    open_form(sized_page, default_site.url, "journal")
    tools = sized_page.locator(module("sfg-transfer"))
    box = tools.bounding_box()
    assert box and box["height"] <= 180, box
    buttons = tools.locator("button:visible")
    expect(buttons).to_have_text(
        ["Download my answers", "Load answers from a file", "Clear all my answers on this device"]
    )
    tops = [b["y"] for b in (buttons.nth(i).bounding_box() for i in range(3)) if b]
    assert max(tops) - min(tops) < 5, "the three actions sit together, on one line"
    looks = buttons.evaluate_all(
        """buttons => buttons.map(b => { const s = getComputedStyle(b);
          return [s.backgroundColor, s.color, s.borderColor, s.fontSize]; })"""
    )
    download, load, clear = looks
    assert clear == load, "clearing looks no more prominent than loading"
    assert clear != download
    assert "213, 40, 27" not in " ".join(clear), "not a red warning button"
    # Who else can see answers is there, folded away.
    more = tools.locator("details")
    expect(more.locator("summary")).to_have_text("Who can see your answers")
    more.locator("summary").click()
    expect(more).to_contain_text("On a shared computer")


def test_a_sections_progress_follows_its_heading_on_the_same_line(
    page: Page, fixture_site: BuiltSite
) -> None:
    """The heading carries sfg-section-heading from the build (no :has() looking for the
    progress after it): on a wide window the two share a line, and the section's first
    question starts below both."""
    page.set_viewport_size({"width": 1280, "height": 800})
    open_form(page, fixture_site.url, "journal")
    heading = page.locator("h3#wellbeing").bounding_box()
    progress = page.locator(f"[data-sfg-section='wellbeing'] > {module('sfg-progress')}")
    expect(progress).to_have_text("0 of 2 answered")
    # Its words, not its box: a block's box runs under a float beside it, its lines do not.
    count = progress.evaluate(
        """(element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x, y, width, height };
        }"""
    )
    question = page.locator("#sfg-energy_block").bounding_box()
    assert heading and count and question
    assert count["x"] >= heading["x"] + heading["width"], (heading, count)
    assert (
        count["y"] < heading["y"] + heading["height"]
        and heading["y"] < count["y"] + count["height"]
    )
    assert question["y"] >= max(heading["y"] + heading["height"], count["y"] + count["height"])


def test_progress_counts_the_whole_form_and_links_to_the_first_question_not_answered(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    overall = page.locator(f".sfg-tools {module('sfg-progress')}")
    expect(overall).to_contain_text("0 of 4 answered")
    page.locator("#sfg-energy").fill("Walking")
    page.get_by_label("Very", exact=True).check()
    wait_saved(page)
    expect(overall).to_contain_text("2 of 4 answered")
    link = overall.get_by_role("link", name="Go to the first question you have not answered")
    expect(link).to_have_attribute("href", re.compile(r"#sfg-frustrations$"))
    page.evaluate("window.sfgSamePage = true")
    link.click()
    expect(page.locator("#sfg-frustrations")).to_be_focused()
    assert page.evaluate("window.sfgSamePage === true"), "the page was loaded again"
    assert (
        page.evaluate("document.querySelector('#sfg-frustrations').getBoundingClientRect().top")
        >= 0
    )
    # The same at the end of the form; once every question is answered, no link.
    end = page.locator(f".sfg-next {module('sfg-progress')}")
    expect(end).to_contain_text("2 of 4 answered")
    page.locator("#sfg-frustrations").fill("Meetings")
    page.locator("#sfg-job-title").fill("Service manager")
    expect(overall).to_contain_text("4 of 4 answered")
    expect(end).to_contain_text("4 of 4 answered")
    expect(link).to_be_hidden()
    page.reload()
    wait_started(page)
    expect(overall).to_contain_text("4 of 4 answered")


@pytest.mark.parametrize(
    ("form", "links"),
    [
        ("journal", {"Go on to your development plan": "plan.html"}),
        ("plan", {"Go back to your reflection journal": "journal.html"}),
    ],
)
def test_each_form_ends_with_what_to_do_next(
    page: Page, fixture_site: BuiltSite, form: str, links: dict[str, str]
) -> None:
    page.add_init_script("window.print = () => { window.printed = true; }")
    open_form(page, fixture_site.url, form)
    steps = page.locator(".sfg-next")
    expect(steps.get_by_role("heading", name="What to do next")).to_be_visible()
    # After the last question.
    assert steps.evaluate(
        """steps => [...document.querySelectorAll("[data-sfg-question]")].every(q =>
             q.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING)"""
    )
    links = {**links, "See the Scope for Growth framework": "framework.html"}
    for words, href in links.items():
        expect(steps.get_by_role("link", name=words)).to_have_attribute("href", _ending(href))
    expect(steps.get_by_role("link", name=f"Print a blank {form}")).to_be_visible()
    steps.get_by_role("button", name="Print your answers").click()
    assert page.evaluate("window.printed === true")
    with page.expect_download() as download:
        steps.get_by_role("button", name="Download my answers").click()
        page.get_by_label("Both, for your conversation").check()
        page.get_by_role("button", name="Download", exact=True).click()
    assert download.value.suggested_filename.startswith("scope-for-growth-journal-and-plan-")
    expect(steps.get_by_role("link", name="Check your answers")).to_have_attribute(
        "href", _ending("answers.html")
    )


@pytest.mark.parametrize(
    "sized_page",
    [{"width": width, "height": 900} for width in (1024, 1280, 1920)],
    indirect=True,
    ids=["1024", "1280", "1920"],
)
def test_the_framework_grid_shows_every_position_side_by_side_without_scrolling(
    sized_page: Page, default_site: BuiltSite
) -> None:
    sized_page.goto(default_site.page_url("framework.html"))
    box = sized_page.locator(".sfg-grid-scroll")
    widths = box.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert widths[0] <= widths[1], widths
    right = box.evaluate("e => e.getBoundingClientRect().right")
    headers = sized_page.locator(".sfg-grid thead th")
    expect(headers).to_have_count(4)
    for index in range(4):
        header = headers.nth(index).bounding_box()
        assert header and header["x"] + header["width"] <= right + 1
    assert (
        sized_page.locator(".sfg-grid tbody tr").first.evaluate("e => getComputedStyle(e).display")
        == "table-row"
    )
    expect(sized_page.locator(".md-sidebar--secondary")).to_be_hidden()


@pytest.mark.parametrize("sized_page", [PHONE], indirect=True, ids=["390x844"])
def test_a_phone_keeps_the_framework_as_stacked_cards(
    sized_page: Page, default_site: BuiltSite
) -> None:
    sized_page.goto(default_site.page_url("framework.html"))
    row = sized_page.locator(".sfg-grid tbody tr").first
    assert row.evaluate("e => getComputedStyle(e).display") == "block"
    expect(row.locator(".sfg-cell-heading").first).to_be_visible()


@pytest.mark.parametrize(
    ("form", "words"), [("journal", "reflection journal"), ("plan", "development plan")]
)
def test_blank_pages_for_paper_cannot_be_typed_into_and_link_to_the_form(
    page: Page, fixture_site: BuiltSite, form: str, words: str
) -> None:
    page.goto(fixture_site.page_url(f"print/{form}.html"))
    assert page.locator(STARTED).count() == 0, "never bound to answers"
    controls = page.locator("input[data-sfg-key], textarea[data-sfg-key]")
    assert controls.count() > 0
    for index in range(controls.count()):
        control = controls.nth(index)
        assert control.evaluate("e => e.inert || e.closest('[inert]') !== null"), index
        if control.evaluate("e => e.type") != "radio":
            expect(control).to_be_hidden()  # the ruled writing space shows instead
    expect(page.locator(".sfg-paper").first).to_be_visible()
    # Tabbing never reaches a box.
    for _ in range(60):
        page.keyboard.press("Tab")
        assert not page.evaluate("document.activeElement.matches('[data-sfg-key]')")
    # Clicking a choice chooses nothing.
    label = page.locator(".sfg-choice label").first.bounding_box()
    assert label
    page.mouse.click(label["x"] + 5, label["y"] + 5)
    assert controls.evaluate_all("cs => cs.every(c => !c.checked)")
    link = page.get_by_role("link", name=f"Fill in the {words} on screen instead")
    expect(link).to_have_attribute("href", _ending(f"/{form}.html"))
