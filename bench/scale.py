"""How costs grow with content: the default toolkit at 10x and 100x (bench/content.py).

- build time (no PDFs) against plain Material over the same exported pages, at each scale;
- the time to make the three PDFs at each scale, and how much it grows from 10x to 100x
  (ten times the content: linear growth is 10x);
- the journal page's time to interactive in Chromium against Material alone showing the
  same questions (none of our styles or scripts);
- at 30x, the journal's main-thread time as it loads, against Material alone: the CPU time
  of the renderer's main thread (a trace's top-level tasks) from navigation to the first
  frame after the load event. CPU time, not the clock's: what the page costs, not what else
  the machine was doing.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.browser import CHROMIUM_ARGS, find_chromium
from tests.support.server import serve

from .common import REPO, Row, interleaved_medians, plain_config, time_build, toolkit_config
from .content import write_scaled_content

SCALES = (10, 100)
MAIN_THREAD_SCALE = 30
RUNS = 3
LOADS = 7
# The renderer's top-level tasks in a trace (the name changed across Chromium's releases;
# where both are written, one holds the other).
TOP_LEVEL_TASKS = {"ThreadControllerImpl::RunTask", "RunTask"}

# Time from navigation to the first frame drawn after the load event: scripts have run
# (ours start on DOMContentLoaded), styles are worked out and the page is laid out.
_INTERACTIVE = """() => new Promise((done) => {
  const frame = () => requestAnimationFrame(() => requestAnimationFrame(() =>
    done(performance.now())));
  if (document.readyState === "complete") frame();
  else addEventListener("load", frame, { once: true });
})"""

# Made in a fresh interpreter, as a build does; WeasyPrint's loading is left out, so the
# figure is the work that grows with the content.
_MAKE_PDFS = """
import sys, time
from pathlib import Path
import weasyprint
from generator.pdf import PdfSettings, pdf_jobs, write_pdfs
from generator.render.links import PRINT_PATHS
site = Path(sys.argv[1])
settings = PdfSettings("Org", "Toolkit", "en-GB", ("assets/sfg-brand.css", "assets/sfg.css"))
start = time.perf_counter()
write_pdfs(site, pdf_jobs({key: key for key in PRINT_PATHS}), settings)
print(time.perf_counter() - start)
"""


def _pdf_seconds(site: Path) -> float:
    command = [sys.executable, "-c", _MAKE_PDFS, str(site)]
    result = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO)
    return float(result.stdout.strip().splitlines()[-1])


def _interactive_ms(page: Page, ours: str, theirs: str) -> tuple[float, float]:
    """Medians of each page's time to interactive, loaded in turn (the machine's drift
    falls on both alike)."""
    timings: dict[str, list[float]] = {ours: [], theirs: []}
    for _ in range(LOADS):
        for url, kept in timings.items():
            page.goto(url, wait_until="commit")
            kept.append(float(page.evaluate(_INTERACTIVE)))
    return statistics.median(timings[ours]), statistics.median(timings[theirs])


def main_thread_ms(events: list[dict[str, Any]]) -> float:
    """CPU time of the renderer main threads' outermost top-level tasks in a trace, in ms."""
    threads = {
        (event["pid"], event["tid"])
        for event in events
        if event.get("ph") == "M"
        and event.get("name") == "thread_name"
        and event.get("args", {}).get("name") == "CrRendererMain"
    }
    tasks = sorted(
        (event["ts"], event["ts"] + event["dur"], event["tdur"])
        for event in events
        if (event.get("pid"), event.get("tid")) in threads
        and event.get("ph") == "X"
        and event.get("name") in TOP_LEVEL_TASKS
        and "dur" in event
        and "tdur" in event
    )
    total, end = 0.0, -1.0
    for start, stop, cpu in tasks:
        if start >= end:  # not inside the task counted before it
            total += cpu
            end = stop
    return total / 1000


def _traced_load_ms(browser: Browser, url: str, trace: Path) -> float:
    page = browser.new_page()
    page.goto("about:blank")
    browser.start_tracing(page=page, path=str(trace), categories=["toplevel"])
    page.goto(url, wait_until="commit")
    page.evaluate(_INTERACTIVE)
    browser.stop_tracing()
    page.close()
    data = json.loads(trace.read_text(encoding="utf-8"))
    return main_thread_ms(data["traceEvents"] if isinstance(data, dict) else data)


def _main_thread_rows(chromium: Path, scratch: Path) -> list[Row]:
    """The journal's main-thread time at MAIN_THREAD_SCALE, ours and Material alone in turn."""
    work = scratch / f"x{MAIN_THREAD_SCALE}"
    content = write_scaled_content(MAIN_THREAD_SCALE, work / "toolkit")
    time_build(toolkit_config(content, work, "toolkit"), work / "toolkit-site")
    time_build(plain_config(content, work, material_only=True), work / "material-site")
    timings: dict[str, list[float]] = {"toolkit-site": [], "material-site": []}
    with serve(work) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        for load in range(LOADS + 1):
            for site, kept in timings.items():
                spent = _traced_load_ms(browser, f"{url}/{site}/journal.html", work / "trace.json")
                if load:  # the first load of each warms the caches
                    kept.append(spent)
        browser.close()
    ours, theirs = (statistics.median(kept) for kept in timings.values())
    scale = MAIN_THREAD_SCALE
    return [
        (f"{scale}x content: journal main-thread time (ms)", ours, 5000.0, "ms"),
        (f"  ratio to Material alone at {scale}x", ours / theirs, 1.3, "x"),
    ]


def run() -> list[Row]:
    chromium = find_chromium()
    if chromium is None:
        raise RuntimeError("Debian's Chromium is needed: apt-get install chromium")
    rows: list[Row] = []
    pdf_seconds: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for scale in SCALES:
            work = Path(scratch) / f"x{scale}"
            content = write_scaled_content(scale, work / "toolkit")
            toolkit = toolkit_config(content, work, "toolkit")
            plain = plain_config(content, work)
            material = plain_config(content, work, material_only=True)
            toolkit_seconds, plain_seconds = interleaved_medians(
                [
                    (toolkit, work / "toolkit-site", "mkdocs"),
                    (plain, work / "plain-site", "mkdocs"),
                ],
                RUNS,
            )
            time_build(material, work / "material-site")  # built once: its pages are timed below
            rows += [
                (f"{scale}x content: build, no PDFs (s)", toolkit_seconds, 10.0, "s"),
                (
                    f"  ratio to plain Material at {scale}x",
                    toolkit_seconds / plain_seconds,
                    1.3,
                    "x",
                ),
            ]
            pdf_seconds[scale] = _pdf_seconds(work / "toolkit-site")
            rows.append((f"{scale}x content: the three PDFs (s)", pdf_seconds[scale], 60.0, "s"))
            with serve(work) as url, sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=str(chromium), args=CHROMIUM_ARGS
                )
                page = browser.new_page()
                ours, theirs = _interactive_ms(
                    page, f"{url}/toolkit-site/journal.html", f"{url}/material-site/journal.html"
                )
                browser.close()
            rows += [
                (f"{scale}x content: journal page interactive (ms)", ours, 5000.0, "ms"),
                (f"  ratio to Material alone at {scale}x", ours / theirs, 1.3, "x"),
            ]
        rows += _main_thread_rows(chromium, Path(scratch))
    low, high = SCALES
    growth = pdf_seconds[high] / pdf_seconds[low]
    rows.append((f"PDF time growth from {low}x to {high}x content", growth, 11.0, "x"))
    return rows
