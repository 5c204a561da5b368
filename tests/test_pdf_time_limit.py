"""A PDF that takes too long stops the build with one line, and nothing keeps running.

WeasyPrint takes as long as its content asks: the review's SVG bomb kept a PDF worker at full
CPU until it was killed at 240 s (finding 3 of tests/test_hostile_assets.py; the check now
refuses it). An image the check allows can still be slow to draw: WeasyPrint draws about
1,500 copies of a shape a second. Each PDF is made in a process of its own, stopped once it
takes longer than ``pdf_time_limit`` (generator/pdf_workers.py); the build then fails with one
line naming the PDF and the content it is made from.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import threading
import time
from multiprocessing.sharedctypes import SynchronizedArray
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from generator.pdf_workers import STOP_SECONDS, Failed, TooSlow, run_each

from .support.hostile import ASSETS, add_file, edit
from .support.sites import build_site
from .test_validation_errors import GUIDE, copy_fixture

MKDOCS_ERROR = re.compile(r"^ERROR +- +(.*)$", re.MULTILINE)


def _wait_for_ever(item: str) -> None:
    threading.Event().wait()


def _fail(item: str) -> None:
    if item == "slow":
        threading.Event().wait()
    raise ValueError(f"no {item}")


def _die(item: str) -> None:
    os._exit(3)


def _overlap(item: tuple[str, SynchronizedArray[int], Barrier]) -> None:
    """Count the items running at once; "a" and "b" wait for each other."""
    name, counts, barrier = item
    with counts.get_lock():
        counts[0] += 1
        counts[1] = max(counts[1], counts[0])
    if name in "ab":
        barrier.wait(timeout=30)
    with counts.get_lock():
        counts[0] -= 1


def test_items_are_worked_on_in_processes_at_most_so_many_at_once() -> None:
    counts = multiprocessing.Array("i", 2)
    barrier = multiprocessing.Barrier(2)
    items = [(name, counts, barrier) for name in "abc"]
    run_each(_overlap, items, workers=2, time_limit=60)
    assert counts[:] == [0, 2], "a and b ran together, never three at once"
    assert multiprocessing.active_children() == []


def test_an_item_past_its_time_is_stopped() -> None:
    start = time.monotonic()
    with pytest.raises(TooSlow) as raised:
        run_each(_wait_for_ever, ["slow"], workers=1, time_limit=0.5)
    assert raised.value.item == "slow"
    assert time.monotonic() - start < 0.5 + STOP_SECONDS
    assert multiprocessing.active_children() == []


def test_a_failure_is_reported_with_its_traceback_and_stops_the_others() -> None:
    start = time.monotonic()
    with pytest.raises(Failed) as raised:
        run_each(_fail, ["slow", "answer"], workers=2, time_limit=60)
    assert raised.value.item == "answer"
    assert raised.value.reason == "ValueError: no answer"
    assert "Traceback" in raised.value.details and "_fail" in raised.value.details
    assert time.monotonic() - start < 30
    assert multiprocessing.active_children() == []


def test_a_process_that_dies_is_reported() -> None:
    with pytest.raises(Failed) as raised:
        run_each(_die, ["x"], workers=1, time_limit=60)
    assert raised.value.reason == "its process stopped (exit code 3)"


def slow_drawing(copies: int) -> str:
    """An image the check allows that WeasyPrint takes seconds to draw: ``copies`` copies of
    one path, through two levels of <use>."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><defs>'
        '<path id="p" d="M0 0h1v1z"/><g id="g">'
        + '<use href="#p" x="1"/>' * 100
        + "</g></defs>"
        + '<use href="#g" y="1"/>' * (copies // 100)
        + "</svg>"
    )


TIME_LIMIT = 8
"""The fixture's PDFs take a second or two each; the slow drawing takes WeasyPrint 30."""


def _processes_of(site: Path) -> list[str]:
    """Processes still running whose command line names ``site`` (a build's, and its
    workers', which are copies of it)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if entry.name.isdigit() and str(site) in command:
            found.append(f"{entry.name}: {command}")
    return found


def test_a_pdf_past_the_time_limit_stops_the_build_with_one_line(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    add_file(f"{ASSETS}/big.svg", slow_drawing(40_000))(root)
    map_in_the_guide = "and [WRES](resource:wres). ![A map](assets/big.svg)"
    edit(GUIDE, "and [WRES](resource:wres).", map_in_the_guide)(root)
    site = tmp_path / "site"
    start = time.monotonic()
    result = build_site(root, site, check=False, pdf=True, pdf_time_limit=TIME_LIMIT, timeout=120)
    seconds = time.monotonic() - start
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert MKDOCS_ERROR.findall(result.stderr) == [
        f"downloads/facilitation-guide.pdf: the PDF took longer than {TIME_LIMIT} s to make, and"
        " was stopped: it is made from toolkit/content/guide.yml, toolkit/content/resources.yml"
        " and toolkit/framework/scope-for-growth.yml, with the images"
        " toolkit/content/assets/big.svg; look there for something very large (an image, a"
        " table), or give the build more time with pdf_time_limit in mkdocs.yml"
    ]
    assert seconds < 60, "stopped at its time limit, not when WeasyPrint was done"
    assert not (site / "downloads" / "facilitation-guide.pdf").exists()
    assert [path.name for path in (site / "downloads").glob("*.part")] == []
    assert _processes_of(site) == []


@pytest.mark.parametrize("limit", [0, -1, "soon", True])
def test_a_time_limit_must_be_some_seconds(tmp_path: Path, limit: object) -> None:
    root = copy_fixture(tmp_path)
    result = build_site(root, tmp_path / "site", check=False, pdf_time_limit=limit)
    assert result.returncode == 1
    assert "Expected a number of seconds above 0" in result.stderr


def test_a_build_by_either_engine_keeps_the_time_limit_of_mkdocs_yml(tmp_path: Path) -> None:
    """`make site ENGINE=zensical` runs no MkDocs plugin: the limit is read from its options."""
    from generator.build import BuildOptions, configured_time_limit

    settings = tmp_path / "mkdocs.yml"
    settings.write_text("plugins:\n  scope-for-growth:\n    pdf_time_limit: 7\n", encoding="utf-8")
    options = BuildOptions(tmp_path, "zensical", tmp_path / "site", settings_file=settings)
    assert configured_time_limit(options) == 7.0
    settings.write_text("plugins:\n  - search\n", encoding="utf-8")
    assert configured_time_limit(options) == 120.0
