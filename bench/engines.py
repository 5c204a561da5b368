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
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import REPO, Row, build_command, export_project, toolkit_config

RUNS = 7
ENGINE_RATIO_TARGET = 0.7
ENVIRONMENT = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO, capture_output=True, env=ENVIRONMENT)
    return time.perf_counter() - start


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        plain = export_project(REPO, work, "plain", "mkdocs")
        zensical = export_project(REPO, work, "zensical", "zensical")
        toolkit = toolkit_config(REPO, work, "toolkit")
        # `make site ENGINE=zensical` without PDFs, its caches kept, as a person's second
        # build finds them.
        core = [sys.executable, "-m", "generator", "build", "--engine", "zensical", "--no-pdf"]
        core += ["--site-dir", str(work / "core-site"), "--cache-dir", str(work / "core-cache")]
        commands = [
            build_command(plain, work / "plain-site", "mkdocs"),
            build_command(zensical, work / "unused", "zensical"),
            build_command(zensical, work / "unused", "zensical-cached"),
            build_command(toolkit, work / "toolkit-site", "mkdocs"),
            core,
        ]
        for command in commands:
            _timed(command)  # warm the file system and the caches
        times: list[list[float]] = [[] for _ in commands]
        for _ in range(RUNS):  # taking turns: the machine's drift falls on all alike
            for seconds, command in zip(times, commands, strict=True):
                seconds.append(_timed(command))
        plain_s, first_s, cached_s, toolkit_s, core_s = (statistics.median(t) for t in times)
    return [
        ("plain MkDocs with Material, exported project (s)", plain_s, 2.0, "s"),
        ("Zensical, same pages, first build (cache cleaned) (s)", first_s, 2.0, "s"),
        ("  ratio to plain MkDocs with Material", first_s / plain_s, ENGINE_RATIO_TARGET, "x"),
        ("Zensical, rebuild of the unchanged project (s)", cached_s, 2.0, "s"),
        ("  ratio to plain MkDocs with Material", cached_s / plain_s, ENGINE_RATIO_TARGET, "x"),
        ("make site ENGINE=zensical, no PDFs (s)", core_s, 2.0, "s"),
        ("  ratio to make site (MkDocs, plugin), no PDFs", core_s / toolkit_s, 1.0, "x"),
    ]
