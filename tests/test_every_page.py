"""Every page of the toolkit, each engine's build, loaded once in a browser that enforces the
pages' Content-Security-Policy: axe-core (WCAG 2.2 AA) finds nothing in the light scheme nor in
the dark one, nothing breaks the policy, and nothing is asked of any server but the site's own;
the same with the search open.

One load serves every check: the page is checked in light, switched to dark as the header's
toggle switches it (tests/support/schemes.py), and checked again. A separate test shows that a
page switched so has every colour of the page loaded in a browser that prefers dark.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from .conftest import BuiltSite
from .support.axe import AXE_SCRIPT, axe_in_each_scheme
from .support.network import RequestLog, watch_requests
from .support.schemes import BODY_SCHEME, SCHEMES, Scheme, scheme_shown, show_scheme
from .support.search import search
from .test_csp import LISTEN, violations

SEARCHED = "guide.html (searching)"


@dataclass
class Sweep:
    """What each page showed: axe's findings in each scheme, the policy's violations."""

    axe: dict[Scheme, dict[str, str]] = field(default_factory=lambda: {"light": {}, "dark": {}})
    policy: dict[str, list[str]] = field(default_factory=dict)
    checked: list[str] = field(default_factory=list)
    loaded_in: dict[str, Scheme] = field(default_factory=dict)
    """Each page's scheme as it loaded: after the first, the one chosen on the page before."""
    requests: RequestLog | None = None


def check_both_schemes(page: Page, sweep: Sweep, name: str) -> None:
    """The policy's violations as the page loaded and switched scheme and back; then axe in
    each scheme. Read before axe runs: axe itself writes a <style> on Zensical's pages, which
    the policy refuses (that is axe's doing, not the page's)."""
    for scheme in (*reversed(SCHEMES), *SCHEMES):
        show_scheme(page, scheme)
    if broken := violations(page):
        sweep.policy[name] = broken
    for scheme, described in axe_in_each_scheme(page).items():
        sweep.axe[scheme][name] = described
    sweep.checked.append(name)


@pytest.fixture(scope="module")
def swept(browser: Browser, each_default_site: BuiltSite) -> Iterator[Sweep]:
    site = each_default_site
    context: BrowserContext = browser.new_context(color_scheme="light")
    context.add_init_script(LISTEN)
    context.add_init_script(path=str(AXE_SCRIPT))
    page = context.new_page()
    sweep = Sweep(requests=watch_requests(page, site.url))
    for path in site.pages():
        page.goto(site.page_url(path))
        page.wait_for_load_state("load")
        sweep.loaded_in[path] = scheme_shown(page)
        check_both_schemes(page, sweep, path)
    page.goto(site.page_url("guide.html"))
    search(page, "blind spots").first.wait_for()
    check_both_schemes(page, sweep, SEARCHED)
    yield sweep
    context.close()


def test_every_page_is_checked(swept: Sweep, each_default_site: BuiltSite) -> None:
    pages = each_default_site.pages()
    assert {"index.html", "journal.html", "plan.html", "framework.html", "guide.html"} <= set(pages)
    assert {"programmes/high-potential-scheme.html", "print/plan.html", "404.html"} <= set(pages)
    assert swept.checked == [*pages, SEARCHED]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_nothing_on_any_page(swept: Sweep, scheme: Scheme) -> None:
    found = swept.axe[scheme]
    assert not found, "\n\n".join(f"{path}:\n{text}" for path, text in found.items())


def test_the_scheme_chosen_on_one_page_is_kept_on_the_next(swept: Sweep) -> None:
    """Each page is left in dark, the last scheme chosen; Material's script restores it on
    the next page, the policy enforced. The first page loads as the browser prefers."""
    first, *others = swept.loaded_in.values()
    assert first == "light"
    assert others and set(others) == {"dark"}


def test_no_page_breaks_the_policy(swept: Sweep) -> None:
    assert swept.policy == {}


def test_no_page_makes_an_external_request(swept: Sweep) -> None:
    log = swept.requests
    assert log and log.requests, "the recorder saw nothing: the test would pass vacuously"
    assert any("search" in url for url in log.requests), "the search index was not fetched"
    assert log.external() == []


# The colours that show, of each element and its ::before and ::after (Material's icons are
# masks over a background colour), and the colour scheme the page declares to the browser.
COLOURS = """() => {
  const properties = ["color", "background-color", "border-top-color", "border-bottom-color",
    "outline-color", "fill", "stroke", "box-shadow", "text-decoration-color", "opacity",
    "display", "visibility"];
  const seen = (element, pseudo) => {
    const style = getComputedStyle(element, pseudo);
    return properties.map((name) => style.getPropertyValue(name)).join("|");
  };
  const elements = [...document.querySelectorAll("body, body *")].map((element) =>
    [element.tagName, element.id, seen(element, null), seen(element, "::before"),
     seen(element, "::after")].join(" "));
  const declared = [...document.querySelectorAll("meta[name=color-scheme], meta[name=theme-color]")]
    .map((meta) => `${meta.getAttribute("name")}=${meta.getAttribute("content")}`);
  return { scheme: document.body.dataset.mdColorScheme, declared, elements };
}"""


PAGES_SWITCHED = ["plan.html", "guide.html"]  # the forms, their dialogs and tables; the prose


@pytest.mark.parametrize("path", PAGES_SWITCHED)
def test_a_page_switched_to_dark_shows_what_a_browser_that_prefers_dark_loads(
    browser: Browser, each_default_site: BuiltSite, path: str
) -> None:
    url = each_default_site.page_url(path)
    shown = {}
    for preferred in SCHEMES:
        context = browser.new_context(color_scheme=preferred)
        page = context.new_page()
        page.goto(url)
        page.wait_for_load_state("load")
        assert scheme_shown(page) == preferred
        show_scheme(page, "dark")
        shown[preferred] = page.evaluate(COLOURS)
        context.close()
    assert shown["dark"]["scheme"] == shown["light"]["scheme"] == BODY_SCHEME["dark"]
    assert shown["light"]["declared"] == shown["dark"]["declared"]
    assert len(shown["light"]["elements"]) == len(shown["dark"]["elements"])
    differ = [
        (switched, loaded)
        for switched, loaded in zip(
            shown["light"]["elements"], shown["dark"]["elements"], strict=True
        )
        if switched != loaded
    ]
    assert differ == []
