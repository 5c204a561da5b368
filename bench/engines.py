"""Zensical beside plain MkDocs with Material, building the same toolkit (no PDFs: the core
makes them the same way whatever the engine).

- the engines alone, each over the project the core writes for it (`python -m generator
  export`): Zensical's first build (its cache cleaned) and its rebuild of an unchanged project
  (its cache kept), each against plain MkDocs with Material;
- the whole of `make site ENGINE=zensical` without PDFs (check, render, write the project,
  Zensical), against `make site` without PDFs (MkDocs with Material through our plugin).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import REPO, Row, export_project, interleaved_medians, toolkit_config

RUNS = 7
ENGINE_RATIO_TARGET = 0.7


def _core_build(work: Path) -> float:
    """`python -m generator build --engine zensical --no-pdf`, timed (its caches kept, as a
    person's second `make site ENGINE=zensical` finds them)."""
    command = [sys.executable, "-m", "generator", "build", "--engine", "zensical", "--no-pdf"]
    command += ["--site-dir", str(work / "core-site"), "--cache-dir", str(work / "core-cache")]
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO, capture_output=True, env=dict(os.environ))
    return time.perf_counter() - start


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        plain = export_project(REPO, work, "plain", "mkdocs")
        zensical = export_project(REPO, work, "zensical", "zensical")
        toolkit = toolkit_config(REPO, work, "toolkit")
        plain_s, first_s, cached_s, toolkit_s = interleaved_medians(
            [
                (plain, work / "plain-site", "mkdocs"),
                (zensical, work / "unused", "zensical"),
                (zensical, work / "unused", "zensical-cached"),
                (toolkit, work / "toolkit-site", "mkdocs"),
            ],
            RUNS,
        )
        _core_build(work)  # warm: the parts and the project are cached from here on
        core_s = sorted(_core_build(work) for _ in range(RUNS))[RUNS // 2]
    return [
        ("plain MkDocs with Material, exported project (s)", plain_s, 2.0, "s"),
        ("Zensical, same pages, first build (cache cleaned) (s)", first_s, 2.0, "s"),
        ("  ratio to plain MkDocs with Material", first_s / plain_s, ENGINE_RATIO_TARGET, "x"),
        ("Zensical, rebuild of the unchanged project (s)", cached_s, 2.0, "s"),
        ("  ratio to plain MkDocs with Material", cached_s / plain_s, ENGINE_RATIO_TARGET, "x"),
        ("make site ENGINE=zensical, no PDFs (s)", core_s, 2.0, "s"),
        ("  ratio to make site (MkDocs, plugin), no PDFs", core_s / toolkit_s, 1.0, "x"),
    ]
