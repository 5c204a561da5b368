"""The suite's two layers: tests that drive Chromium, marked ``browser``, and the rest, which
run on a machine without it (``make test-fast``: ``pytest -m "not browser"``).

The marker is not written by hand: a test whose fixtures include ``browser`` (``page``,
``context``, ``two`` and every fixture made from them) gets it at collection.
A test that reaches Chromium any other way without the marker (Playwright of its own, or
Chromium run as a program) fails at once, so the fast layer never needs Chromium, on a
machine that has it as on one that does not.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserType
from playwright.sync_api._context_manager import PlaywrightContextManager

BROWSER = "browser"
"""The marker's name, and the session fixture of Chromium that carries it to a test."""

RUNS = {"subprocess.Popen", "os.exec", "os.posix_spawn"}
"""Audit events of a program being run: (executable, args, …) and (path, argv, env)."""


def mark_browser_tests(items: Iterable[pytest.Item]) -> None:
    """Mark every test whose fixtures, however indirectly, include ``browser``."""
    for item in items:
        if BROWSER in getattr(item, "fixturenames", ()):
            item.add_marker(BROWSER)


def is_browser_test(item: pytest.Item) -> bool:
    return item.get_closest_marker(BROWSER) is not None


class ChromiumGuard:
    """Fails a test without the ``browser`` marker that starts Playwright, opens a page in a
    browser it was handed, or runs Chromium as a program.

    ``current`` is the test running (set by conftest.py around each test's set-up, call and
    tear-down); outside a test nothing is refused. Closing what is open is never refused:
    the session's browser closes in the tear-down of whichever test comes last.
    """

    def __init__(self) -> None:
        self.current: pytest.Item | None = None

    def refuse(self, how: str) -> None:
        item = self.current
        if item is None or is_browser_test(item):
            return
        pytest.fail(
            f"{item.nodeid} {how} without the '{BROWSER}' marker: take the '{BROWSER}' fixture"
            " (or page, context, two) so that conftest.py marks it, or mark it"
            f" @pytest.mark.{BROWSER}; tests without it run where there is no Chromium"
            " (make test-fast)",
            pytrace=False,
        )

    def install(self) -> None:
        """Wrap Playwright's ways in, and watch for Chromium run as a program."""
        entries: list[tuple[type[Any], str]] = [
            (PlaywrightContextManager, "__enter__"),
            (BrowserType, "launch"),
            (BrowserType, "launch_persistent_context"),
            (BrowserType, "connect"),
            (BrowserType, "connect_over_cdp"),
            (Browser, "new_context"),
            (Browser, "new_page"),
        ]
        for owner, name in entries:
            original = getattr(owner, name)
            if getattr(original, "_chromium_guard", False):
                continue
            setattr(owner, name, self._guarded(original, f"uses Playwright ({name})"))
        sys.addaudithook(self._audit)

    def _guarded(self, original: Callable[..., Any], how: str) -> Callable[..., Any]:
        @functools.wraps(original)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self.refuse(how)
            return original(*args, **kwargs)

        guarded._chromium_guard = True  # type: ignore[attr-defined]
        return guarded

    def _audit(self, event: str, args: tuple[Any, ...]) -> None:
        if event in RUNS and self.current is not None and _names_chromium(args[0], args[1]):
            self.refuse("runs Chromium")


def _names_chromium(program: object, arguments: object) -> bool:
    """Whether the program run, or the first word of its command, is Chromium (or Chrome)."""
    words = arguments.split()[:1] if isinstance(arguments, str) else arguments
    first = next(iter(words), None) if isinstance(words, Sequence) else None
    for candidate in (program, first):
        if isinstance(candidate, str | bytes | os.PathLike):
            name = os.path.basename(os.fsdecode(candidate)).lower()
            if "chromium" in name or "chrome" in name:
                return True
    return False
