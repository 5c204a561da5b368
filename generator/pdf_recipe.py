"""What every PDF is made with, besides its own page, stylesheets and images: the generator's
PDF code and templates, the libraries that lay it out and write it, and the fonts it may use.

Its hash is part of each PDF's cache key (generator/pdf.py), so that a change to any of them
makes the PDFs again, and nothing else does: no number to remember to change.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
CODE = ("pdf*.py", "html_parts.py", "templates/pdf*")
"""The generator's PDF code, in ``PACKAGE``: the modules that make PDFs (``pdf.py`` and every
``pdf_*.py``), the one that cuts the print page's article out, and the PDF's templates."""
LIBRARIES = (
    "weasyprint",
    "pydyf",
    "tinycss2",
    "cssselect2",
    "tinyhtml5",
    "fonttools",
    "pyphen",
    "pillow",
)
"""WeasyPrint and the libraries it lays out and writes with (its requirements)."""
FONT_FOLDERS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "~/Library/Fonts",
    "$WINDIR/Fonts",
)
"""Where fontconfig finds fonts unless told otherwise: the PDFs use the system's fonts (the
site's stylesheets name families, not files)."""


@functools.cache
def recipe(package: Path = PACKAGE) -> str:
    """A hash of the PDF code, the libraries' versions and the fonts installed."""
    digest = hashlib.sha256()
    versions = {name: _version(name) for name in LIBRARIES}
    digest.update(json.dumps(versions, sort_keys=True).encode())
    for path in code_files(package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(fonts_installed(FONT_FOLDERS).encode())
    return digest.hexdigest()


def code_files(package: Path = PACKAGE) -> list[Path]:
    """The files of :data:`CODE`, sorted."""
    return sorted({path for pattern in CODE for path in package.glob(pattern) if path.is_file()})


def _version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def fonts_installed(folders: tuple[str, ...]) -> str:
    """Every font file in ``folders`` with its size and when it last changed, one a line: a
    font installed, removed or updated changes it. (Their bytes are not read: there may be
    thousands, some of many megabytes.)"""
    lines = []
    for folder in folders:
        root = Path(os.path.expandvars(os.path.expanduser(folder)))
        if "$" in str(root) or not root.is_dir():
            continue
        for directory, _, names in os.walk(root):
            for name in names:
                path = Path(directory, name)
                try:
                    status = path.stat()
                except OSError:
                    continue
                lines.append(f"{path}\0{status.st_size}\0{status.st_mtime_ns}")
    return "\n".join(sorted(lines))
