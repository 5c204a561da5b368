"""How costs grow with content: the default toolkit at 10x and 100x (bench/content.py).

- build time (no PDFs) against plain Material over the same exported pages, at each scale;
- the time to make the three PDFs at each scale, and how much it grows from 10x to 100x
  (ten times the content: linear growth is 10x);
- the journal page's time to interactive in Chromium against Material alone showing the
  same questions (none of our styles or scripts).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from tests.support.browser import CHROMIUM_ARGS, find_chromium
from tests.support.server import serve

from .common import REPO, Row, interleaved_medians, plain_config, time_build, toolkit_config
from .content import write_scaled_content

SCALES = (10, 100)
RUNS = 3
LOADS = 7

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
    low, high = SCALES
    growth = pdf_seconds[high] / pdf_seconds[low]
    rows.append((f"PDF time growth from {low}x to {high}x content", growth, 11.0, "x"))
    return rows
