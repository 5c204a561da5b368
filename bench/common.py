"""What the benchmarks share: timing `mkdocs build` runs, and plain builds to compare with."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from generator import load_toolkit
from generator.layout import BRAND_STYLESHEET
from generator.render import navigation, render_pages
from tests.support.sites import mkdocs_config

REPO = Path(__file__).resolve().parents[1]

Row = tuple[str, float, float, str]
"""A figure: what it is, the measured value, its target, and the unit of both."""


def time_build(config_file: Path, site_dir: Path) -> float:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config_file)]
    command += ["--site-dir", str(site_dir)]
    start = time.perf_counter()
    subprocess.run(command, check=True, env=environment, cwd=REPO)
    return time.perf_counter() - start


def interleaved_medians(builds: list[tuple[Path, Path]], runs: int) -> list[float]:
    """Median build time of each (config, site folder), the builds taking turns.

    Taking turns spreads whatever else the machine is doing evenly over the builds.
    """
    for config_file, site_dir in builds:
        time_build(config_file, site_dir)  # warm the file system cache
    times: list[list[float]] = [[] for _ in builds]
    for _ in range(runs):
        for seconds, (config_file, site_dir) in zip(times, builds, strict=True):
            seconds.append(time_build(config_file, site_dir))
    return [statistics.median(seconds) for seconds in times]


def write_config(config: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def toolkit_config(content_root: Path, work: Path, name: str, **options: Any) -> Path:
    """The repository's mkdocs.yml for ``content_root``, with absolute paths."""
    config = mkdocs_config(content_root, work / f"{name}-site", **options)
    return write_config(config, work / f"{name}-mkdocs.yml")


def plain_config(content_root: Path, work: Path, *, material_only: bool = False) -> Path:
    """Plain MkDocs with Material over the pages `python -m generator export` writes.

    Without our plugin: the exported pages carry all the forms need, with the theme's
    overrides. With ``material_only``, not even those: Material alone, none of our styles
    or scripts (what a page of the same questions costs without the toolkit).
    """
    name = "material" if material_only else "plain"
    pages = work / f"{name}-pages"
    command = [sys.executable, "-m", "generator", "--root", str(content_root), "export"]
    subprocess.run([*command, str(pages)], check=True, cwd=REPO, capture_output=True)
    config = mkdocs_config(REPO, work / f"{name}-site")
    config["plugins"].pop("scope-for-growth")
    config["docs_dir"] = str(pages)
    # Plain data for YAML: the titles as escaped text.
    config["nav"] = json.loads(json.dumps(navigation(render_pages(load_toolkit(content_root)))))
    config["extra_css"].insert(0, BRAND_STYLESHEET)
    config.pop("exclude_docs", None)
    if material_only:
        config["theme"].pop("custom_dir")
        config["extra_css"] = []
        config["extra_javascript"] = []
        config["extra"].pop("polyfills", None)
    return write_config(config, work / f"{name}-mkdocs.yml")
