"""The switches the tests start Chromium with (tests/support/browser.py): Playwright's own list
of features turned off is kept, and the address bar's popup, a page of Chromium's own that
every browser context started in a renderer of its own, is not started."""

from __future__ import annotations

import re
from pathlib import Path

import playwright
from playwright.sync_api import Browser

from .support.browser import ADDRESS_BAR_POPUP, CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES

PLAYWRIGHT_CORE = Path(playwright.__file__).parent / "driver" / "package" / "lib" / "coreBundle.js"
LISTED = re.compile(r"disabledFeatures = \[(.*?)\]\.filter\(Boolean\)", re.DOTALL)


def playwrights_disabled_features() -> list[str]:
    """The names in playwright-core's ``disabledFeatures``, as the installed driver has them."""
    found = LISTED.search(PLAYWRIGHT_CORE.read_text(encoding="utf-8"))
    assert found, f"no disabledFeatures list in {PLAYWRIGHT_CORE}"
    code = re.sub(r"//[^\n]*", "", found.group(1))
    return re.findall(r'"([^"]+)"', code)


def test_playwrights_own_features_stay_turned_off() -> None:
    """Chromium reads only the last --disable-features; ours comes after Playwright's."""
    assert playwrights_disabled_features() == list(PLAYWRIGHT_DISABLED_FEATURES)
    switches = [arg for arg in CHROMIUM_ARGS if arg.startswith("--disable-features=")]
    assert switches == [
        "--disable-features=" + ",".join((*PLAYWRIGHT_DISABLED_FEATURES, *ADDRESS_BAR_POPUP))
    ]


def test_a_browser_context_starts_no_page_of_chromiums_own(browser: Browser) -> None:
    context = browser.new_context()
    try:
        context.new_page().goto("data:text/html,<title>A page</title>")
        session = browser.new_browser_cdp_session()
        targets = session.send("Target.getTargets", {"filter": [{}]})["targetInfos"]
        session.detach()
    finally:
        context.close()
    assert [target["url"] for target in targets if target["type"] == "page"] == [
        "data:text/html,<title>A page</title>"
    ]
    assert [target["url"] for target in targets if target["url"].startswith("chrome:")] == []
