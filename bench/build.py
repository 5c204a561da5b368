"""Build time of the default toolkit, against a plain MkDocs build of the same pages."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from generator import load_toolkit
from generator.render import navigation, render_pages, write_pages
from tests.support.sites import mkdocs_config

REPO = Path(__file__).resolve().parents[1]
RUNS = 7

Row = tuple[str, float, float, str]


def _time_build(config_file: Path, site_dir: Path) -> float:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config_file)]
    command += ["--site-dir", str(site_dir)]
    start = time.perf_counter()
    subprocess.run(command, check=True, env=environment, cwd=REPO)
    return time.perf_counter() - start


def _interleaved_medians(*builds: tuple[Path, Path]) -> list[float]:
    """Median build time of each (config, site folder), the builds taking turns.

    Taking turns spreads whatever else the machine is doing evenly over the builds.
    """
    for config_file, site_dir in builds:
        _time_build(config_file, site_dir)  # warm the file system cache
    times: list[list[float]] = [[] for _ in builds]
    for _ in range(RUNS):
        for seconds, (config_file, site_dir) in zip(times, builds, strict=True):
            seconds.append(_time_build(config_file, site_dir))
    return [statistics.median(seconds) for seconds in times]


def _plain_config(
    pages_dir: Path, site_dir: Path, nav: list[Any], extra: dict[str, str]
) -> dict[str, Any]:
    """The same configuration minus our plugin, reading the exported Markdown pages.

    The template variables the plugin would set are given as plain ``extra`` settings, so
    both builds render the same pages through the same theme.
    """
    config = mkdocs_config(REPO, site_dir)
    config["plugins"].pop("scope-for-growth")
    config["extra"]["sfg"] = extra
    config["use_directory_urls"] = False
    config["docs_dir"] = str(pages_dir)
    config["nav"] = nav
    config.pop("exclude_docs", None)
    return config


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        toolkit_file = work / "toolkit-mkdocs.yml"
        # The repository's mkdocs.yml with absolute paths, making no PDFs (timed apart).
        toolkit_config = mkdocs_config(REPO, work / "toolkit-site")
        toolkit_file.write_text(yaml.safe_dump(toolkit_config), encoding="utf-8")

        toolkit = load_toolkit(REPO)
        pages = render_pages(toolkit)
        write_pages(pages, work / "pages")
        plain_file = work / "plain-mkdocs.yml"
        site = toolkit.site
        extra = {
            "organisation": site.organisation,
            "title": site.title,
            "namespace": site.storage_namespace,
            "printed_on": site.interface.printed_on,
            "language": site.language,
        }
        plain = _plain_config(work / "pages", work / "plain-site", navigation(pages), extra)
        plain_file.write_text(yaml.safe_dump(plain), encoding="utf-8")
        toolkit_seconds, plain_seconds = _interleaved_medians(
            (toolkit_file, work / "toolkit-site"), (plain_file, work / "plain-site")
        )

    return [
        ("build of the default toolkit, PDFs apart (s)", toolkit_seconds, 2.0, "s"),
        (
            "build ratio to plain MkDocs of the same pages",
            toolkit_seconds / plain_seconds,
            1.2,
            "x",
        ),
    ]
