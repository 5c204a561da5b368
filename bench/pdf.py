"""Time to make the three PDFs of the default toolkit, WeasyPrint's start-up included."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = 3

Row = tuple[str, float, float, str]

# Run in a fresh interpreter each time, as a build does: WeasyPrint takes a while to load.
_MAKE_PDFS = """
import sys, time
from pathlib import Path
start = time.perf_counter()
from generator import load_toolkit
from generator.pdf import write_pdfs
from generator.render import render_pages
repo = Path(sys.argv[1])
toolkit = load_toolkit(repo)
pages = render_pages(toolkit, downloads=True)
ready = time.perf_counter()
write_pdfs(toolkit, pages, Path(sys.argv[2]), [repo / "theme/assets/css/print.css"])
print(time.perf_counter() - ready)
"""


def _seconds(target: Path) -> float:
    command = [sys.executable, "-c", _MAKE_PDFS, str(REPO), str(target)]
    result = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO)
    return float(result.stdout.strip().splitlines()[-1])


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        seconds = statistics.median(_seconds(Path(scratch) / str(n)) for n in range(RUNS))
    return [("the three PDFs, WeasyPrint loading included (s)", seconds, 5.0, "s")]
