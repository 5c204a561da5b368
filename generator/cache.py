"""A cache folder inside the project that only the person building can read or write.

Compiled templates and made PDFs are kept between builds. Jinja loads compiled templates as
code, so a folder that anyone else can write to (a shared temporary folder, say) would let
them run code as the builder: a folder that is not ours alone is never used.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

CACHE_DIR = ".cache"
"""The default cache folder, beside mkdocs.yml (listed in .gitignore)."""


def private_folder(path: Path) -> Path | None:
    """``path``, created if need be, when it is a real folder of ours that no one else may
    use; otherwise None (callers then work without a cache)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = path.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(status.st_mode) or status.st_mode & 0o077:
        return None
    if hasattr(os, "getuid") and status.st_uid != os.getuid():
        return None
    return path
