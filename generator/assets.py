"""Our JavaScript and CSS as served: one minified bundle of each, so that a page loads two
small files instead of many.

Each file is minified on its own (rjsmin, rcssmin), then the results are joined in the order
given. Minifying first means that a comment at the end of one file ends with its file and
cannot swallow the next. The JavaScript files are plain scripts that share ``window.sfg``;
each one is ended with a semicolon before the next starts, so a file that ends without one
is never read together with the next (``x = f`` followed by ``(() => ...)()`` would call f).

Plain Python: the MkDocs plugin calls :func:`bundle_assets` and serves the two strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import rcssmin
import rjsmin

__all__ = ["Bundles", "bundle_assets", "bundle_css", "bundle_js", "minify_css", "minify_js"]

# At-rules that are only valid at the very start of a stylesheet: mid-bundle, browsers drop them.
_LEADING_ONLY = re.compile(r"(?:^|[;{}])(@charset|@import)\b")
# A relative url() would point somewhere else from the bundle's folder than from its file's.
_RELATIVE_URL = re.compile(r"""url\(\s*['"]?(?!data:|[a-z]+://|/|#)""", re.I)


@dataclass(frozen=True)
class Bundles:
    """The two files that replace our separate scripts and stylesheets."""

    js: str
    css: str


def _jsmin(source: str) -> str:
    minified: str = rjsmin.jsmin(source)
    return minified.strip()


def _cssmin(source: str) -> str:
    minified: str = rcssmin.cssmin(source)
    return minified.strip()


def _ends_in_open_comment(minify: Callable[[str], str], source: str) -> bool:
    # The minifier removes every comment it sees closed: if "*/" added after the end closes
    # one, it disappears with it. Otherwise it stays, as (stray) code.
    return not minify(source + "\n*/").endswith("*/")


def minify_js(source: str) -> str:
    """One script without comments or needless white space, ending in a semicolon."""
    if _ends_in_open_comment(_jsmin, source):
        raise ValueError("the script ends inside a /* comment")
    minified = _jsmin(source)
    if minified and not minified.endswith(";"):
        minified += ";"
    return minified


def minify_css(source: str) -> str:
    """One stylesheet without comments or needless white space."""
    if _ends_in_open_comment(_cssmin, source):
        source += "*/"  # CSS allows a comment to run to the end of the file: it ends there
    minified = _cssmin(source)
    leading = _LEADING_ONLY.search(minified)
    if leading:
        raise ValueError(f"{leading[1]} works only at the start of a stylesheet, not in a bundle")
    if _RELATIVE_URL.search(minified):
        raise ValueError("a relative url() would not find its file from the bundle")
    return minified


def _bundle(files: Sequence[Path], minify: Callable[[str], str]) -> str:
    parts = []
    for path in files:
        # utf-8-sig: a byte order mark left by an editor would be a stray character mid-bundle.
        source = path.read_text(encoding="utf-8-sig")
        try:
            parts.append(minify(source))
        except ValueError as problem:
            raise ValueError(f"{path}: {problem}") from None
    return "".join(f"{part}\n" for part in parts if part)


def bundle_js(files: Sequence[Path]) -> str:
    """The scripts in ``files``, minified and joined in that order."""
    return _bundle(files, minify_js)


def bundle_css(files: Sequence[Path]) -> str:
    """The stylesheets in ``files``, minified and joined in that order."""
    return _bundle(files, minify_css)


def bundle_assets(js_files: Sequence[Path], css_files: Sequence[Path]) -> Bundles:
    """One minified bundle of ``js_files`` and one of ``css_files``, each in the order given.

    Raises ValueError naming the file when one cannot be bundled safely: a script that ends
    inside a comment; a stylesheet with @import, @charset or a relative url().
    """
    return Bundles(js=bundle_js(js_files), css=bundle_css(css_files))
