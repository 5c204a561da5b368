"""Find Debian's Chromium for Playwright; Playwright's own browser download cannot work here."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

PLAYWRIGHT_DISABLED_FEATURES = (
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable",
    "LensOverlay",
    "MediaRouter",
    "PaintHolding",
    "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin",
    "OptimizationHints",
    "NetworkTimeServiceQuerying",
    "AimEnabled",
    "PreconnectToSearch",
    "msForceBrowserSignIn",
    "msEdgeUpdateLaunchServicesPreferredVersion",
)
"""The features Playwright turns off (playwright-core's chromiumSwitches.ts), as the pinned
Playwright lists them; tests/test_browser_args.py fails when an upgrade changes the list.
Chromium reads only the last --disable-features it is given, so ours repeats them."""

ADDRESS_BAR_POPUP = ("WebUIOmniboxPopup", "WebUIOmniboxFullPopup", "WebUIOmniboxAimPopup")
"""Chromium 156 runs without a screen as the whole browser: every browser context opens a window
whose address bar's suggestion popup is a web page of Chromium's own, started in a renderer of
its own. It took 1.3 s of processor a context, twice the plan page's own work, and no test uses
the address bar (tests/test_browser_args.py shows that renderer is gone)."""

# Chromium must not try to reach Google's services from a closed network.
CHROMIUM_ARGS = [
    "--disable-features=" + ",".join((*PLAYWRIGHT_DISABLED_FEATURES, *ADDRESS_BAR_POPUP)),
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def find_chromium() -> Path | None:
    """Chromium's program: the one ``CHROMIUM`` names when it is set, and then no other (set to
    a path that is no program, there is no browser: the way to check that the tests without
    the ``browser`` marker need none); otherwise Debian's."""
    chosen = os.environ.get("CHROMIUM")
    candidates = (
        [chosen]
        if chosen
        else ["/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium")]
    )
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None
