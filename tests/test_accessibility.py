"""WCAG 2.2 AA with the keyboard alone: focus shows wherever it is, the skip link moves it to
the heading. axe-core on every page, in light and dark, is in tests/test_every_page.py."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.forms import run_timers

# Where focus shows: on the element, or (Material's hidden palette radios) on its label.
FOCUS_STYLE = """() => {
  const element = document.activeElement;
  const shows = (node) => {
    const style = getComputedStyle(node);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
      || style.boxShadow !== "none";
  };
  const label = element.id && document.querySelector(`label[for="${element.id}"]:not([hidden])`);
  const visible = shows(element) || (element.matches(".md-option") && !!label && shows(label));
  return { id: element.id, text: element.textContent.trim().slice(0, 40), visible };
}"""


def test_keyboard_alone_reaches_the_first_question_with_visible_focus(
    page: Page, each_default_site: BuiltSite
) -> None:
    page.goto(each_default_site.page_url("journal.html"))
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_STYLE)
    assert first["text"] == "Skip to content" and first["visible"]
    page.keyboard.press("Enter")
    expect(page).to_have_url(each_default_site.page_url("journal.html#sfg_title"))
    visited = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_STYLE)
        visited.append(focused)
        assert focused["visible"], f"no visible focus on {focused}"
        if focused["id"] == "sfg-looking-after-wellbeing":
            break
    else:
        raise AssertionError(f"the first question was not reached: {visited[-5:]}")
    page.keyboard.type("Typed without a mouse")
    expect(page.locator("#sfg-looking-after-wellbeing")).to_have_value("Typed without a mouse")


WATCH_FOR_A_NEW_PAGE = """() => {
  // Clicks that reach <body>, where Material's instant navigation takes a link, and every
  // request for a page or anything else (instant navigation and our own swap fetch the page).
  const seen = (window.sfgNewPage = { clicks: 0, requests: [] });
  document.body.addEventListener("click", () => seen.clicks++);
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    seen.requests.push(String(url));
    return open.call(this, method, url, ...rest);
  };
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    seen.requests.push(String(input instanceof Request ? input.url : input));
    return fetch(input, init);
  };
}"""


def test_skip_to_content_moves_focus_to_the_heading_without_reloading(
    page: Page, each_default_site: BuiltSite
) -> None:
    """Material's instant navigation took the skip link for a new page: it loaded the page
    again and swapped the content, so focus fell back to the top of the page."""
    page.clock.install()
    page.goto(each_default_site.page_url("journal.html"))
    page.evaluate("window.sfgArticle = document.querySelector('article')")
    page.evaluate(WATCH_FOR_A_NEW_PAGE)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_be_focused()
    # The click has been handled (the focus moved), and every timer it may have set has run:
    # a reload and swap would have begun by now, with Material's instant navigation taking
    # the click, or a request for the page.
    run_timers(page)
    assert page.evaluate("window.sfgNewPage") == {"clicks": 0, "requests": []}
    assert page.evaluate("document.querySelector('article') === window.sfgArticle")
    expect(page.locator("h1")).to_be_focused()
