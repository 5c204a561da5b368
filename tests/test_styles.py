"""The toolkit's stylesheets make no change anywhere re-check the whole page: no :has() on the
root or the body (every change to the document would match them again), the state they
stood for set as a class where it changes, or in the markup where it is static."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.forms import open_form, wait_saved
from .support.sites import REPO

STYLESHEETS = sorted((REPO / "theme" / "assets").rglob("*.css"))
# A selector whose subject or an ancestor's compound is the root or the body with :has().
ROOT_HAS = re.compile(r"(?:^|[\s,>+~(])(?:html|body|:root)(?:[.#\[:][^\s,>+~{]*)?:has\(")


def _selectors(text: str) -> list[str]:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return [part.strip() for part in re.findall(r"([^{}]+)\{", text)]


def test_the_selector_check_finds_what_it_looks_for() -> None:
    for found in ("html:has(.a)", "body:has(h1.b), .c", ".x, :root:has(.y)", "html.c:has(d) e"):
        assert any(ROOT_HAS.search(s) for s in _selectors(found + " { x: y }")), found
    for fine in (".a:has(> b)", "h3:has(+ .c)", ".md-body:has(x)", "html.sfg-js .a"):
        assert not any(ROOT_HAS.search(s) for s in _selectors(fine + " { x: y }")), fine


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda path: path.name)
def test_no_has_on_the_root_or_the_body(stylesheet: Path) -> None:
    found = [s for s in _selectors(stylesheet.read_text("utf-8")) if ROOT_HAS.search(s)]
    assert not found, f"{stylesheet.relative_to(REPO)}: {found}"


def test_a_control_focused_at_the_foot_of_the_window_shows_above_the_status_bar(
    page: Page, fixture_site: BuiltSite
) -> None:
    """What `html:has(.sfg-statusbar) { scroll-padding-bottom }` did: the status bar, stuck to
    the foot of the window, never covers the control that takes the focus there."""
    page.set_viewport_size({"width": 1280, "height": 600})
    open_form(page, fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Walking")
    wait_saved(page)
    bar = page.locator(".sfg-statusbar")
    expect(bar).to_be_visible()
    # The control in the window, its foot just above the window's: under the status bar.
    page.evaluate(
        """() => {
          const box = document.querySelector("#sfg-job-title").getBoundingClientRect();
          scrollTo(0, scrollY + box.bottom - innerHeight + 4);
        }"""
    )
    control = page.locator("#sfg-job-title")
    before, covering = control.bounding_box(), bar.bounding_box()
    assert before and covering and before["y"] + before["height"] > covering["y"]
    control.focus()
    after, box = control.bounding_box(), bar.bounding_box()
    assert after and box
    assert after["y"] + after["height"] <= box["y"], (after, box)
