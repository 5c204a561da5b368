"""Light and dark on one load of a page: the colour scheme switched as the header's toggle
switches it, for checks (axe's colour contrast above all) that need both.

Material's palette (and Zensical's, the same markup) is two radio buttons; choosing one sets
``data-md-color-scheme`` and the colours on ``<body>``, with ``data-md-color-switching`` there
until the next frame so that nothing fades. A browser that prefers dark chooses the dark one as
the page loads; the header's button chooses the other one. Choosing it from a script works
also while a modal dialog makes the header inert. tests/test_every_page.py shows a page
switched this way has every colour of a page loaded in a browser that prefers dark.
"""

from __future__ import annotations

from typing import Literal

from playwright.sync_api import Page

Scheme = Literal["light", "dark"]
SCHEMES: tuple[Scheme, Scheme] = ("light", "dark")
BODY_SCHEME: dict[Scheme, str] = {"light": "default", "dark": "slate"}

# Without page.wait_for_function, which a page's Content-Security-Policy forbids.
CHOOSE = """async (scheme) => {
  const input = document.querySelector(`input[name="__palette"][data-md-color-scheme="${scheme}"]`);
  if (!input) throw new Error(`no colour scheme ${scheme} on this page`);
  if (!input.checked) input.click();
  const done = () =>
    document.body.dataset.mdColorScheme === scheme &&
    !document.body.hasAttribute("data-md-color-switching") &&
    document.getAnimations().every((animation) => animation.playState !== "running");
  for (let frame = 0; frame < 600 && !done(); frame++) {
    await new Promise((next) => requestAnimationFrame(next));
  }
  if (!done()) throw new Error(`the colour scheme did not settle on ${scheme}`);
}"""


def show_scheme(page: Page, scheme: Scheme) -> None:
    """Switch the page to ``scheme`` as the header's toggle would, and wait until it has
    settled: the body carries it, and nothing is fading."""
    page.evaluate(CHOOSE, BODY_SCHEME[scheme])


def scheme_shown(page: Page) -> Scheme:
    """The scheme the page shows now (the body's ``data-md-color-scheme``)."""
    shown = page.get_attribute("body", "data-md-color-scheme")
    return next(scheme for scheme, body in BODY_SCHEME.items() if body == shown)
