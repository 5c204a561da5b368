"""Build the toolkit (the default content or a fixture set) into a folder, as `make site` does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
FIXTURE_TOOLKIT = REPO / "tests" / "fixtures" / "toolkit"


def run_generator(*arguments: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGUMENTS``, as an author runs it, its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def fixture_variant(target: Path, file: str, change: Callable[[Any], None]) -> Path:
    """A copy of the fixture toolkit in ``target`` whose YAML ``file`` (like
    ``content/site.yml``) is changed by ``change``; returns the copy's folder."""
    shutil.copytree(FIXTURE_TOOLKIT, target)
    path = target / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return target


def mkdocs_config(
    content_root: Path, site_dir: Path, site_url: str | None = None, **plugin_options: Any
) -> dict[str, Any]:
    """The repository's mkdocs.yml pointed at a content set, with absolute paths.

    PDFs are not made unless ``pdf=True`` is passed: most tests do not need them. The cache
    folder is the test's own (``cache_dir``), or none at all, never the repository's.
    """
    config: dict[str, Any] = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    if site_url:
        config["site_url"] = site_url
    config["docs_dir"] = str(content_root / "content")
    config["site_dir"] = str(site_dir)
    config["theme"]["custom_dir"] = str(REPO / "theme")
    config["plugins"]["scope-for-growth"] = {
        "content_dir": str(content_root / "content"),
        "framework_dir": str(content_root / "framework"),
        "pdf": False,
        "cache_dir": str(site_dir.parent / f"{site_dir.name}-cache"),
        **plugin_options,
    }
    return config


def build_site(
    content_root: Path,
    site_dir: Path,
    *,
    check: bool = True,
    site_url: str | None = None,
    timeout: float | None = None,
    **plugin_options: Any,
) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build`` for ``content_root`` (a folder holding content/ and framework/).

    ``site_url`` is where the site will be served (only its path matters: the "page not
    found" page links from there). ``timeout`` stops a build that runs longer (seconds).
    """
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    config_file = site_dir.parent / f"{site_dir.name}-mkdocs.yml"
    config = mkdocs_config(content_root, site_dir, site_url, **plugin_options)
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
    arguments = ["-f", str(config_file)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--quiet",
            "--site-dir",
            str(site_dir),
            *arguments,
        ],
        capture_output=True,
        text=True,
        check=check,
        env=environment,
        cwd=REPO,
        timeout=timeout,
    )


def build_with_engine(
    engine: str,
    content_root: Path,
    site_dir: Path,
    *,
    check: bool = True,
    site_url: str | None = None,
    pdf: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Build ``content_root`` as ``python -m generator build --engine ENGINE`` does (`make
    site ENGINE=zensical`): the core writes the project, the engine builds it without our
    plugin. The theme's settings are the repository's mkdocs.yml (with ``site_url``); the
    cache folder is the test's own."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    settings = site_dir.parent / f"{site_dir.name}-settings.yml"
    config = mkdocs_config(content_root, site_dir, site_url)
    settings.write_text(yaml.safe_dump(config), encoding="utf-8")
    command = [sys.executable, "-m", "generator", "--root", str(content_root)]
    command += ["--settings", str(settings), "build", "--engine", engine]
    command += [
        "--site-dir",
        str(site_dir),
        "--cache-dir",
        str(site_dir.parent / f"{site_dir.name}-cache"),
    ]
    if not pdf:
        command.append("--no-pdf")
    return subprocess.run(command, capture_output=True, text=True, check=check, cwd=REPO)
