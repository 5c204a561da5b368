"""axe-core in real Chromium: the WCAG 2.2 AA rule set the project promises."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import axe_playwright_python
from playwright.sync_api import Page

from .schemes import SCHEMES, Scheme, scheme_shown, show_scheme

AXE_SCRIPT = Path(axe_playwright_python.__file__).resolve().parent / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


COLOUR_RULES = ["color-contrast", "link-in-text-block"]
"""The rules of WCAG_TAGS that read colours."""

HEADER = ".md-header"
"""A change of colour scheme changes colours (our styles and Material's set colour variables
per scheme), and which of the header's two palette buttons shows: nothing else
(tests/test_every_page.py checks that on every page). So in a second scheme axe runs the colour
rules on the whole page and every rule on the header."""


def axe_violations(
    page: Page, rules: Sequence[str] = (), within: str | None = None
) -> list[dict[str, Any]]:
    """Run axe on the page as it is now (or on the elements ``within`` matches), every rule of
    WCAG_TAGS or only ``rules``; return its violations (empty when all is well)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    run_only = (
        {"type": "rule", "values": list(rules)} if rules else {"type": "tag", "values": WCAG_TAGS}
    )
    options = {"runOnly": run_only, "resultTypes": ["violations"]}
    context = {"include": [[within]]} if within else None
    result: dict[str, Any] = page.evaluate(
        "([context, options]) => axe.run(context || document, options)", [context, options]
    )
    return list(result["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    """A readable summary for assertion messages: rule, impact and the offending elements."""
    lines = []
    for violation in violations:
        # A target inside a shadow root is a list: the host's selector, then the element's.
        targets = [
            ", ".join(" >> ".join(t) if isinstance(t, list) else t for t in node["target"])
            for node in violation["nodes"][:5]
        ]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


def axe_in_each_scheme(page: Page, schemes: Sequence[Scheme] = SCHEMES) -> dict[Scheme, str]:
    """axe on the page as it is now in each of ``schemes``, switched as the header's toggle
    switches it: every rule in the first; in the others, the colour rules, and every rule on
    the header (HEADER). What it found, described, by scheme (none where it found nothing).
    The page is left in the last scheme."""
    found = {}
    for scheme in schemes:
        show_scheme(page, scheme)
        if scheme == schemes[0]:
            violations = axe_violations(page)
        else:
            violations = axe_violations(page, COLOUR_RULES) + axe_violations(page, within=HEADER)
        if violations:
            found[scheme] = describe(violations)
    return found


def assert_accessible(page: Page, schemes: Sequence[Scheme] = SCHEMES) -> None:
    """axe finds nothing on the page as it is now, in the light scheme and in the dark one
    (axe_in_each_scheme); the page is left in the scheme it was in."""
    was = scheme_shown(page)
    found = axe_in_each_scheme(page, schemes)
    show_scheme(page, was)
    assert not found, "\n".join(f"{scheme}: {text}" for scheme, text in found.items())
