"""Form figures for `make bench`: restoring 500 answers in Chromium, and what our own
JavaScript and CSS weigh as served: the two bundles generator/assets.py makes from the files
mkdocs.yml lists, each gzipped as a server sends it."""

from __future__ import annotations

import gzip
import json
import shutil
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from playwright.sync_api import Page, sync_playwright

from generator.assets import bundle_assets
from generator.project import take_ours
from tests.support.browser import CHROMIUM_ARGS, find_chromium
from tests.support.forms import STARTED
from tests.support.server import serve
from tests.support.sites import FIXTURE_TOOLKIT, REPO, build_site

Row = tuple[str, float, float, str]
QUESTIONS = 500
RESTORE_TARGET_MS = 50.0
SIZE_TARGET_KB = 8.0
RELOADS = 7
THEME = REPO / "theme"


def run() -> list[Row]:
    js, css = gzip_bytes()
    share = f"gzipped: share of the {SIZE_TARGET_KB:g} KB budget"
    return [
        (
            f"restore {QUESTIONS} journal answers (median of {RELOADS})",
            restore_ms(),
            RESTORE_TARGET_MS,
            "ms",
        ),
        (f"assets/sfg.js {share}", js / 1024, SIZE_TARGET_KB, "KB"),
        (f"assets/sfg.css {share}", css / 1024, SIZE_TARGET_KB, "KB"),
        ("our JS and CSS bundles, gzipped", (js + css) / 1024, SIZE_TARGET_KB, "KB"),
    ]


def own_assets(entries: list[Any], suffix: str) -> list[Path]:
    """Our files among mkdocs.yml's extra_javascript or extra_css entries, in their order, as
    the build finds them (not the vendored worker shim, not the generated sfg-brand.css)."""
    return take_ours(entries, THEME, suffix, "bundle")[1]


def gzip_bytes() -> tuple[int, int]:
    """The gzipped sizes of the JavaScript bundle and of the CSS bundle, as served."""
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    bundles = bundle_assets(
        own_assets(config.get("extra_javascript", []), ".js"),
        own_assets(config.get("extra_css", []), ".css"),
    )
    return gzipped(bundles.js), gzipped(bundles.css)


def gzipped(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9))


def big_journal(count: int) -> dict[str, Any]:
    """A journal of ``count`` questions in sections of ten; keeps the ids the guide names."""
    ids = ["energy", "frustrations"] + [f"question-{n}" for n in range(3, count + 1)]
    sections = [
        {
            "id": f"section-{start // 10 + 1}",
            "title": f"Section {start // 10 + 1}",
            "questions": [{"id": i, "text": f"Question {i}?"} for i in ids[start : start + 10]],
        }
        for start in range(0, count, 10)
    ]
    return {"title": "Big journal", "stages": [{"id": "all", "title": "All", "sections": sections}]}


def stored_record(ids: list[str]) -> str:
    """A journal record as the scripts keep it (version 3): one edit an answer."""
    answers = {i: f"An answer of a few sentences to {i}. " * 4 for i in ids}
    return json.dumps(
        {
            "format": "scope-for-growth",
            "version": 3,
            "form": "journal",
            "saved": "2026-11-23T10:42:00.000Z",
            "clock": len(ids),
            "answers": answers,
            "edits": {i: [n, "bench"] for n, i in enumerate(ids, start=1)},
            "questions": {i: f"Question {i}?" for i in ids},
        }
    )


@contextmanager
def big_journal_page(**options: Any) -> Iterator[tuple[Page, list[str]]]:
    """Chromium on the journal of a site whose journal has QUESTIONS questions, answered
    (a version 3 record in localStorage); yields the page and the questions' ids."""
    chromium = find_chromium()
    if chromium is None:
        raise RuntimeError("Debian's Chromium is needed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        content = root / "toolkit"
        shutil.copytree(FIXTURE_TOOLKIT, content)
        journal = big_journal(QUESTIONS)
        ids = [q["id"] for s in journal["stages"][0]["sections"] for q in s["questions"]]
        (content / "content" / "journal.yml").write_text(yaml.safe_dump(journal), encoding="utf-8")
        build_site(content, root / "www" / "site")
        with serve(root / "www") as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
            page = browser.new_page(**options)
            page.goto(f"{url}/site/journal.html")
            page.evaluate("r => localStorage.setItem('fixture-sfg/journal', r)", stored_record(ids))
            try:
                yield page, ids
            finally:
                browser.close()


def restore_ms() -> float:
    """Median time from the form component starting (reading the record) to every answer
    shown, with progress and the other parts brought up to date, over several loads."""
    with big_journal_page() as (page, ids):
        timings = []
        for _ in range(RELOADS):
            page.reload()
            page.wait_for_selector(STARTED, state="attached")
            shown = page.locator(f"#sfg-{ids[-1]}").input_value()
            if not shown.startswith("An answer"):
                raise RuntimeError("the answers were not restored")
            timings.append(page.evaluate("performance.getEntriesByName('sfg-restore')[0].duration"))
    return float(statistics.median(timings))
