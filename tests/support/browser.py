"""Find Debian's Chromium for Playwright; Playwright's own browser download cannot work here."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Chromium must not try to reach Google's services from a closed network.
CHROMIUM_ARGS = [
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
