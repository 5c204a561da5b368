"""The hostile corpus's tools: a change made to a copy of the fixture content, and the check
run on it: in this process for each case of the corpus (``check_here``: the same ``main`` that
`python -m generator check` runs, without a new interpreter's second of starting up for each of
80 cases), or in a child process as an author runs `make check` (``run_check``: the tests of
the command itself, and the files that could exhaust a machine's memory or block a reader,
which a child holds within its limits).

Each case of the corpus (tests/test_hostile_content.py, tests/test_hostile_assets.py,
tests/test_hostile_yaml.py) is refused by `python -m generator check` with one line, no
traceback, within five seconds of the processor's time.

The seconds are the child's own processor time (user and system), not the clock's: the tests
run beside others (make test runs two processes on two cores), and a check that waited its turn
for a core was failed at five seconds by the clock although it had worked for two. What the
check costs is what the limit is about; a check that hangs without working is stopped by the
clock, at HANG_SECONDS.
"""

from __future__ import annotations

import contextlib
import io
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.__main__ import main

from .sites import REPO

ASSETS = "content/assets"
SITE = "content/site.yml"
CHECK_SECONDS = 5.0
"""The most processor time a refusal may take, the child's start included."""
HANG_SECONDS = 60.0
"""The longest a check may take by the clock: one that waits on something, not working."""
MEMORY_LIMIT = 1 << 30
"""A child that reads a hostile file whole fails here, not the machine."""

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


def _limits() -> None:  # pragma: no cover - runs in the child process
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    # Past twice the limit the child is stopped (SIGXCPU): the test fails on its time anyway.
    seconds = int(2 * CHECK_SECONDS)
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))


def _processor_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_check(
    root: Path, script: str | None = None
) -> tuple[subprocess.CompletedProcess[str], float]:
    """``python -m generator --root ROOT check`` (or the Python ``script`` given those
    arguments), and the processor seconds the child took."""
    command = ["-m", "generator"] if script is None else ["-c", script]
    before = _processor_seconds()
    result = subprocess.run(
        [sys.executable, *command, "--root", str(root), "check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        timeout=HANG_SECONDS,
        preexec_fn=_limits,
    )
    return result, _processor_seconds() - before


def check_here(root: Path) -> tuple[int, str, str, float]:
    """``python -m generator --root ROOT check`` run in this process (its ``main``): the exit
    code, what it printed and what it printed as errors, and the processor seconds it took. An
    exception it did not turn into a line is raised here, failing the test as a traceback
    would."""
    printed, errors = io.StringIO(), io.StringIO()
    start = time.process_time()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(errors):
        code = main(["--root", str(root), "check"])
    return code, printed.getvalue(), errors.getvalue(), time.process_time() - start


def check_in_process(root: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """``check_here``, its exit code and what it printed given as ``run_check`` gives a
    child's: for tests that judge either the same way."""
    code, printed, errors, seconds = check_here(root)
    command = ["python", "-m", "generator", "--root", str(root), "check"]
    return subprocess.CompletedProcess(command, code, printed, errors), seconds


def assert_refused_in_one_line(root: Path, expected: str) -> None:
    code, printed, errors, seconds = check_here(root)
    lines = errors.splitlines()
    assert code == 1, printed
    assert "Traceback" not in errors
    assert lines[:-1] == [expected], errors
    assert lines[-1] == "1 content error found."
    assert seconds < CHECK_SECONDS
