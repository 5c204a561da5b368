"""The suite's two layers (tests/support/layers.py): every test that drives Chromium is marked
``browser``, the others never reach it, and no test waits a fixed time.

A fixed wait (``wait_for_timeout``, ``time.sleep``) is too short on a busy machine and too long
on a quiet one, and where it was meant to show that something does not happen it shows
nothing: tests wait for the event or state they mean (``expect``, ``wait_for_function``, a
line of output), and move the page's clock (``page.clock``) for its timers.
"""

from __future__ import annotations

import subprocess
import tokenize
from pathlib import Path
from typing import cast

import pytest
from playwright.sync_api import Browser, sync_playwright

from .support.browser import find_chromium
from .support.layers import BROWSER

TESTS = Path(__file__).resolve().parent
FIXED_WAITS = {"wait_for_timeout", "sleep"}
"""Names whose call waits a fixed time: Playwright's, and time's or asyncio's sleep."""
REFUSED = "without the 'browser' marker"


def fixed_waits(path: Path) -> list[int]:
    """The lines of ``path`` that name a fixed wait in code (not in a string or a comment)."""
    with tokenize.open(path) as source:
        return [
            token.start[0]
            for token in tokenize.generate_tokens(source.readline)
            if token.type == tokenize.NAME and token.string in FIXED_WAITS
        ]


def test_no_test_waits_a_fixed_time() -> None:
    found = [
        f"{path.relative_to(TESTS.parent)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        for line in fixed_waits(path)
    ]
    assert found == [], "wait for an event or a state instead: " + ", ".join(found)


def test_the_check_finds_a_fixed_wait(tmp_path: Path) -> None:
    example = tmp_path / "example.py"
    example.write_text(
        'from time import sleep\n"time.sleep(1) in a string"\npage.wait_for_timeout(600)\n',
        encoding="utf-8",
    )
    assert fixed_waits(example) == [1, 3]


def test_every_test_that_takes_chromium_is_marked(request: pytest.FixtureRequest) -> None:
    """Whatever was selected (-m "not browser" too), no test that takes the browser fixture,
    however indirectly, runs without the marker."""
    items = request.session.items
    assert request.node in items
    unmarked = [
        item.nodeid
        for item in items
        if BROWSER in getattr(item, "fixturenames", ()) and not item.get_closest_marker(BROWSER)
    ]
    assert unmarked == []


def test_a_test_without_the_marker_cannot_start_playwright() -> None:
    with pytest.raises(pytest.fail.Exception, match=REFUSED), sync_playwright():
        pass


def test_a_test_without_the_marker_cannot_open_a_page_in_a_browser_it_was_handed() -> None:
    with pytest.raises(pytest.fail.Exception, match=REFUSED):
        Browser.new_context(cast(Browser, None))
    with pytest.raises(pytest.fail.Exception, match=REFUSED):
        Browser.new_page(cast(Browser, None))


@pytest.mark.parametrize(
    "command", [["/nowhere/chromium", "--headless"], ["/nowhere/google-chrome"]]
)
def test_a_test_without_the_marker_cannot_run_chromium_as_a_program(command: list[str]) -> None:
    with pytest.raises(pytest.fail.Exception, match=REFUSED):
        subprocess.run(command, check=False)


def test_other_programs_run_as_ever() -> None:
    assert subprocess.run(["true"], check=False).returncode == 0


def test_chromium_is_the_one_chromium_names_and_no_other(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "nothing"))
    assert find_chromium() is None
    program = tmp_path / "chromium"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("CHROMIUM", str(program))
    assert find_chromium() == program
