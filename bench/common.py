"""What the benchmarks share: timing `mkdocs build` runs, and plain builds to compare with."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from tests.support.sites import mkdocs_config

REPO = Path(__file__).resolve().parents[1]

Row = tuple[str, float, float, str]
"""A figure: what it is, the measured value, its target, and the unit of both."""


Build = tuple[Path, Path, str]
"""What one timed build builds: its configuration, where the site goes, and the engine."""


def build_command(config_file: Path, site_dir: Path, engine: str = "mkdocs") -> list[str]:
    """``mkdocs build`` (site_dir anywhere), or ``zensical build`` with its cache cleaned
    (a first build; it writes into the project's own site/ folder)."""
    if engine == "zensical":
        return [sys.executable, "-m", "zensical", "build", "--clean", "-f", str(config_file)]
    if engine == "zensical-cached":
        return [sys.executable, "-m", "zensical", "build", "-f", str(config_file)]
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config_file)]
    return [*command, "--site-dir", str(site_dir)]


def time_build(config_file: Path, site_dir: Path, engine: str = "mkdocs") -> float:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = build_command(config_file, site_dir, engine)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=environment, cwd=REPO, capture_output=True)
    return time.perf_counter() - start


def interleaved_medians(builds: list[Build], runs: int) -> list[float]:
    """Median build time of each (config, site folder, engine), the builds taking turns.

    Taking turns spreads whatever else the machine is doing evenly over the builds.
    """
    for build in builds:
        time_build(*build)  # warm the file system cache
    times: list[list[float]] = [[] for _ in builds]
    for _ in range(runs):
        for seconds, build in zip(times, builds, strict=True):
            seconds.append(time_build(*build))
    return [statistics.median(seconds) for seconds in times]


def write_config(config: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def toolkit_config(content_root: Path, work: Path, name: str, **options: Any) -> Path:
    """The repository's mkdocs.yml for ``content_root``, with absolute paths."""
    config = mkdocs_config(content_root, work / f"{name}-site", **options)
    return write_config(config, work / f"{name}-mkdocs.yml")


def export_project(content_root: Path, work: Path, name: str, engine: str = "mkdocs") -> Path:
    """The project the core writes for ``engine`` (`python -m generator export`): its
    mkdocs.yml, which the engine builds without our plugin."""
    project = work / f"{name}-project"
    command = [sys.executable, "-m", "generator", "--root", str(content_root), "export"]
    command += ["--engine", engine, str(project)]
    subprocess.run(command, check=True, cwd=REPO, capture_output=True)
    return project / "mkdocs.yml"


def plain_config(content_root: Path, work: Path, *, material_only: bool = False) -> Path:
    """Plain MkDocs with Material over the project `python -m generator export` writes.

    Without our plugin: the exported project carries all the forms need, with the theme's
    overrides. With ``material_only``, not even those: Material alone, none of our styles
    or scripts (what a page of the same questions costs without the toolkit).
    """
    name = "material" if material_only else "plain"
    config_file = export_project(content_root, work, name)
    if material_only:
        config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
        config["theme"].pop("custom_dir")
        config["extra_css"] = []
        config["extra_javascript"] = []
        config["extra"].pop("polyfills", None)
        write_config(config, config_file)
    return config_file
