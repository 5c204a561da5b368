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


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Run axe on the page as it is now; return its violations (empty when all is well)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    result: dict[str, Any] = page.evaluate("options => axe.run(document, options)", options)
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
    switches it: what it found, described, by scheme (none where it found nothing). The page
    is left in the last scheme."""
    found = {}
    for scheme in schemes:
        show_scheme(page, scheme)
        violations = axe_violations(page)
        if violations:
            found[scheme] = describe(violations)
    return found


def assert_accessible(page: Page, schemes: Sequence[Scheme] = SCHEMES) -> None:
    """axe finds nothing on the page as it is now, in the light scheme and in the dark one;
    the page is left in the scheme it was in."""
    was = scheme_shown(page)
    found = axe_in_each_scheme(page, schemes)
    show_scheme(page, was)
    assert not found, "\n".join(f"{scheme}: {text}" for scheme, text in found.items())
