"""Live preview with an engine that runs no plugin of ours: ``python -m generator serve``.

The engine serves the project the core writes (generator/project.py) and rebuilds what changes
in it; this process watches what the project is made from (content/, framework/, the theme and
its settings) and writes the project again when one of them changes: only the files that
changed, so the engine rebuilds only those. A content mistake is printed, one line each, and
the preview keeps the last good version.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from types import FrameType

from .build import BuildOptions, EngineFailed, engine_command, engine_environment, write_project_for
from .errors import ContentErrors
from .project import CONFIG_FILE, Settings

POLL_SECONDS = 0.5
Snapshot = dict[str, tuple[int, int]]


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """Each file's modification time and size, under the folders (and files) given."""
    seen: Snapshot = {}
    for path in paths:
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            status = file.stat()
            seen[str(file)] = (status.st_mtime_ns, status.st_size)
    return seen


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _write(options: BuildOptions) -> bool:
    """Write the project; False (the errors printed) when the content has a mistake."""
    try:
        write_project_for(options)
    except ContentErrors as failure:
        for error in failure.errors:
            print(error, file=sys.stderr, flush=True)
        print("The preview keeps the last good version.", file=sys.stderr, flush=True)
        return False
    return True


def serve(
    root: Path,
    content_dir: str,
    framework_dir: str,
    address: str,
    engine: str = "zensical",
    settings_file: Path | None = None,
) -> int:
    settings_file = settings_file or Path(__file__).resolve().parents[1] / CONFIG_FILE
    options = BuildOptions(
        root=root.resolve(),
        engine=engine,
        site_dir=root / "site",  # never written: the engine serves from memory or its project
        content_dir=content_dir,
        framework_dir=framework_dir,
        pdf=False,  # as `mkdocs serve`: PDFs come with `make site`
        settings_file=settings_file,
    )
    try:
        if not _write(options):
            return 1
    except EngineFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    watched = [
        options.root / content_dir,
        options.root / framework_dir,
        Settings.read(settings_file).theme,
        settings_file,
    ]
    config_file = options.project / CONFIG_FILE
    command = [*engine_command(engine, config_file, "serve"), "--dev-addr", address]
    process = subprocess.Popen(command, cwd=options.project, env=engine_environment())
    # Stopped from outside (SIGTERM) as with Ctrl+C: the engine's server is stopped too, never
    # left running on its own.
    signal.signal(signal.SIGTERM, _interrupt)
    last = snapshot(watched)
    try:
        while process.poll() is None:
            time.sleep(POLL_SECONDS)
            now = snapshot(watched)
            if now != last:
                last = now
                if _write(options):
                    print("Content changed: the preview is rebuilt.", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)
    return 0
