"""`mkdocs serve` rebuilds when content/ or framework/ changes, and reports content errors.

While content is broken, MkDocs holds page requests until the next good build (its own
behaviour); the error is printed as one line in the terminal.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from .support.output import Lines
from .support.sites import FIXTURE_TOOLKIT, mkdocs_config


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


SECONDS = 30
BUILT = r"Documentation built in|Serving on"
"""What `mkdocs serve` says when a build is done, and when it has begun to serve."""
BAD_ID = "content/journal.yml:12: stages[0].sections[0].questions[0].id: bad id"


def _wait_for(lines: Lines, url: str, needle: str, seconds: float = SECONDS) -> str:
    """The page at ``url`` once it holds ``needle``: asked for again after each build the
    server says it has done, until it does."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            page = _fetch(url)
            if needle in page:
                return page
        except OSError:
            pass
        lines.next_matching(BUILT, deadline)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str], Lines]]:
    toolkit = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, toolkit)
    config = mkdocs_config(toolkit, tmp_path / "unused-site")
    config_file = toolkit / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "-f",
            str(config_file),
            "-a",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert process.stdout is not None
    try:
        yield toolkit, f"http://127.0.0.1:{port}/", process, Lines(process.stdout)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_serve_reloads_on_content_and_framework_edits(
    served: tuple[Path, str, subprocess.Popen[str], Lines],
) -> None:
    toolkit, url, process, lines = served
    _wait_for(lines, url + "journal.html", "What gives me energy?")

    _replace(toolkit / "content" / "journal.yml", "What gives me energy?", "What drains me?")
    _wait_for(lines, url + "journal.html", "What drains me?")

    _replace(toolkit / "framework" / "scope-for-growth.yml", "Work with a buddy", "Find a buddy")
    _wait_for(lines, url + "framework.html", "Find a buddy")

    # A broken file: the error is printed as one line, no traceback; once fixed, pages return.
    _replace(toolkit / "content" / "journal.yml", "id: energy", "id: Energy Now")
    lines.next_matching(re.escape(BAD_ID), time.monotonic() + SECONDS)
    _replace(toolkit / "content" / "journal.yml", "id: Energy Now", "id: energy")
    _wait_for(lines, url + "journal.html", "What drains me?")
    process.terminate()
    process.wait(timeout=10)
    output = lines.rest(seconds=10)
    assert BAD_ID in output
    assert "Traceback" not in output
