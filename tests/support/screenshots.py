"""Pictures of the toolkit for people reviewing a change: ``make screenshots``.

Builds the default content (with its PDFs) into a temporary folder, serves it on 127.0.0.1 and
writes into the folder given (docs/screenshots):

- ``journal-1280.png``, ``plan-1280.png``, ``framework-1280.png``: the first screen of each page
  in a 1280 x 800 window, and ``…-390.png`` the same on a 390 x 844 phone (the framework
  scrolled to its grid);
- ``print-journal.png``, ``print-plan.png``, ``print-guide.png``: every sheet Chromium prints
  of the blank journal, the blank plan and the guide with the framework, side by side (drawn
  by pdftoppm).

    python -m tests.support.screenshots docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, ViewportSize, sync_playwright

from .browser import CHROMIUM_ARGS, find_chromium
from .pdf import picture, read_sheets
from .server import SUB_PATH, serve
from .sites import REPO, build_site

SCREENS: dict[str, ViewportSize] = {
    "1280": {"width": 1280, "height": 800},
    "390": {"width": 390, "height": 844},
}
PAGES = ["journal", "plan", "framework"]
PRINTS = {"journal": "print/journal.html", "plan": "print/plan.html", "guide": "print/guide.html"}
SHEETS_A_ROW = 5
PRINT_DPI = 40


def screens(browser: Browser, site: str, target: Path) -> None:
    for width, viewport in SCREENS.items():
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for name in PAGES:
            page.goto(f"{site}{name}.html")
            if name == "framework":
                page.locator(".sfg-grid-scroll").evaluate("e => e.scrollIntoView()")
            else:
                page.wait_for_selector("[data-sfg-form-started]", state="attached")
            page.evaluate("document.fonts.ready.then(() => true)")
            page.screenshot(path=target / f"{name}-{width}.png")
        context.close()


def prints(browser: Browser, site: str, target: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    for name, path in PRINTS.items():
        page.goto(f"{site}{path}")
        pdf = page.pdf(prefer_css_page_size=True)
        sheets = [picture(pdf, number, PRINT_DPI) for number in range(1, len(read_sheets(pdf)) + 1)]
        side_by_side(sheets).save(target / f"print-{name}.png", optimize=True)
    context.close()


def side_by_side(sheets: list[Image.Image], gap: int = 12) -> Image.Image:
    """Sheets in rows of SHEETS_A_ROW on grey, each sheet keeping its size (landscape too)."""
    rows = [sheets[i : i + SHEETS_A_ROW] for i in range(0, len(sheets), SHEETS_A_ROW)]
    width = max(sum(s.width for s in row) + gap * (len(row) + 1) for row in rows)
    heights = [max(s.height for s in row) for row in rows]
    board = Image.new("L", (width, sum(heights) + gap * (len(rows) + 1)), 128)
    top = gap
    for row, height in zip(rows, heights, strict=True):
        left = gap
        for sheet in row:
            board.paste(sheet, (left, top))
            left += sheet.width + gap
        top += height + gap
    return board


def main(target: Path) -> None:
    chromium = find_chromium()
    if chromium is None:
        sys.exit("Debian's Chromium is not installed (make screenshots installs it)")
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, serve(Path(folder)) as url:
        site = f"{url}{SUB_PATH}"
        build_site(REPO, Path(folder + SUB_PATH), site_url=site, pdf="true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
            screens(browser, site, target)
            prints(browser, site, target)
            browser.close()
    for made in sorted(target.glob("*.png")):
        print(made)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
