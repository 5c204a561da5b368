"""The suite's two layers (tests/support/layers.py): every test that drives Chromium is marked
``browser``, and the others never reach it."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import cast

import pytest
from playwright.sync_api import Browser, sync_playwright

from .support.browser import find_chromium
from .support.layers import BROWSER

TESTS = Path(__file__).resolve().parent
REFUSED = "without the 'browser' marker"


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
