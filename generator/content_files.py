"""Which files content/ may hold, and which of them are published.

content/ holds the YAML content files (read, never published) and, in content/assets/,
images and PDFs (published as they are). Anything else would be published by MkDocs as it
is: a Markdown file would become a page, an HTML file would run in readers' browsers and
read their answers. So anything else is refused with one line, and so are symbolic links
(refused as the folder is read: generator/files.py).
An asset is published only under a name that is safe in a page and when its bytes are what
its name says (generator/content_assets.py); an SVG image can carry script and make
requests, and is published only when it holds nothing but static drawing (generator/svg.py).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from .content_assets import asset_problem
from .errors import ContentError

ASSETS = "assets"
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")
ASSET_TYPES = (*IMAGE_TYPES, ".pdf")
YAML_FOLDERS = ("", "programmes")
"""Folders of content/ (relative) whose .yml files are content files."""


def content_file_errors(content: Path, root: Path, yaml_names: set[str]) -> list[ContentError]:
    """One error a file of ``content`` that may not be there; ``yaml_names`` are the content
    files' paths relative to ``content`` (such as ``programmes/alpha.yml``)."""
    errors = []
    for path, relative in _walk(content):
        shown = _shown(path, root)
        if path.is_symlink() or not (path.is_file() or path.is_dir()) or path.is_dir():
            continue  # links, pipes and such are refused as the folder is read (files.py)
        problem = file_problem(path, relative, yaml_names)
        if problem:
            errors.append(_error(shown, problem))
        elif is_published(relative):
            asset = asset_problem(path, relative)
            if asset:
                errors.append(ContentError(shown, asset.line, "", asset.message))
    return errors


def file_problem(path: Path, relative: PurePosixPath, yaml_names: set[str]) -> str | None:
    """Why this file may not be in content/, or None; an asset's name and content are judged
    apart (``asset_problem``)."""
    folder = "" if len(relative.parts) == 1 else relative.parent.as_posix()
    if relative.suffix == ".yml" and folder in YAML_FOLDERS:
        if folder == "programmes" or relative.as_posix() in yaml_names:
            return None
        return f"not a content file: expected one of {', '.join(sorted(yaml_names))}"
    if relative.parts[0] != ASSETS or relative.suffix.lower() not in ASSET_TYPES:
        return (
            "file not allowed here: content/ holds the YAML content files and, in"
            " content/assets/, images (png, jpg, gif, webp, svg) and PDFs; move it or delete it"
        )
    return None


def is_published(relative: PurePosixPath) -> bool:
    """Whether a file of content/ (already checked) goes into the site: assets only."""
    return relative.parts[0] == ASSETS and relative.suffix.lower() in ASSET_TYPES


def _walk(content: Path) -> Iterator[tuple[Path, PurePosixPath]]:
    """Every file and folder under ``content``, never following a symbolic link; names that
    start with '.' are skipped (MkDocs never publishes them)."""
    for folder, folders, files in os.walk(content, followlinks=False):
        here = Path(folder)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in [*folders, *sorted(files)]:
            if name.startswith("."):
                continue
            path = here / name
            if name in folders and not stat.S_ISLNK(path.lstat().st_mode):
                continue  # a real folder: its files come next
            yield path, PurePosixPath(path.relative_to(content).as_posix())


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _error(file: str, message: str) -> ContentError:
    return ContentError(file, None, "", message)
