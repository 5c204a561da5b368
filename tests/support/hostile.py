"""The hostile corpus's tools: a change made to a copy of the fixture content, and the check
run on it in a child process, as an author would run `make check`.

Each case of the corpus (tests/test_hostile_content.py, tests/test_hostile_assets.py) is
refused by `python -m generator check` with one line, no traceback, within five seconds.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .sites import REPO

ASSETS = "content/assets"
SITE = "content/site.yml"
CHECK_SECONDS = 5.0
"""The longest a refusal may take, the child's start included."""

Change = Callable[[Path], None]


@dataclass(frozen=True)
class Hostile:
    name: str
    change: Change
    expected: str
    """The one line the check must print."""


def edit(file: str, old: str, new: str) -> Change:
    def apply(root: Path) -> None:
        path = root / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {file}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return apply


def add_file(file: str, content: str | bytes) -> Change:
    def apply(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())

    return apply


def add_link(file: str, target: str) -> Change:
    def apply(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target.replace("ROOT", str(root)))

    return apply


def set_logo(name: str) -> Change:
    """``logo: assets/<name>`` in content/site.yml."""
    return edit(SITE, "storage_namespace:", f"logo: assets/{name}\nstorage_namespace:")


def logo(file: str, content: str | bytes) -> Change:
    return both(add_file(f"{ASSETS}/{file}", content), set_logo(file))


def both(*changes: Change) -> Change:
    def apply(root: Path) -> None:
        for change in changes:
            change(root)

    return apply


def run_check(root: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """``python -m generator check`` on ``root``, and the seconds it took."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), "check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        timeout=CHECK_SECONDS,
    )
    return result, time.perf_counter() - start


def assert_refused_in_one_line(root: Path, expected: str) -> None:
    result, seconds = run_check(root)
    lines = result.stderr.splitlines()
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert lines[:-1] == [expected], result.stderr
    assert lines[-1] == "1 content error found."
    assert seconds < CHECK_SECONDS
