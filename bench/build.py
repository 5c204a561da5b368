"""Build time of the default toolkit against plain MkDocs with Material over the same pages:
without PDFs, rebuilt with PDFs when nothing changed (they come from the cache), and a
first build with PDFs (nothing cached)."""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

from .common import REPO, Row, interleaved_medians, plain_config, time_build, toolkit_config

RUNS = 7
FIRST_BUILDS = 3


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        html = toolkit_config(REPO, work, "html")
        cache = work / "pdf-cache"
        with_pdfs = toolkit_config(REPO, work, "pdfs", pdf=True, cache_dir=str(cache))
        plain = plain_config(REPO, work)
        first = []
        for _ in range(FIRST_BUILDS):
            shutil.rmtree(cache, ignore_errors=True)
            first.append(time_build(with_pdfs, work / "pdfs-site"))
        html_seconds, rebuild_seconds, plain_seconds = interleaved_medians(
            [
                (html, work / "html-site", "mkdocs"),
                (with_pdfs, work / "pdfs-site", "mkdocs"),
                (plain, work / "p", "mkdocs"),
            ],
            RUNS,
        )
    return [
        ("build of the default toolkit, no PDFs (s)", html_seconds, 2.0, "s"),
        ("  ratio to plain Material of the same pages", html_seconds / plain_seconds, 1.2, "x"),
        ("rebuild with PDFs, nothing changed (s)", rebuild_seconds, 2.0, "s"),
        ("  ratio to plain Material of the same pages", rebuild_seconds / plain_seconds, 1.3, "x"),
        ("first build with PDFs, nothing cached (s)", statistics.median(first), 2.5, "s"),
    ]
