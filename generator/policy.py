"""The pages' Content-Security-Policy, whatever the engine.

Scripts and styles come from the site only: no inline script or style, no ``unsafe-inline``.
One engine's own script may write a ``<style>`` element of its own: Zensical's search dialog
puts its styles in a ``<style>`` of its shadow root. Such a style is allowed by its hash, and
only that style: the hash is read from the engine's bundle as installed, so it follows the
engine's version (:func:`inline_style_hashes`).
"""

from __future__ import annotations

import ast
import base64
import hashlib
import re
from collections.abc import Iterable

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none';"
    " base-uri 'none'; form-action 'none'"
)
"""As a ``<meta http-equiv>`` tag; README.md gives the same as an HTTP header (with
``frame-ancestors 'none'``, which a tag cannot carry)."""

# A minified bundle makes a style element as C("style",{},Name.toString()) or with the text
# itself; the text is a string constant assigned to Name.
_STYLE_CALL = re.compile(r"""\(\s*["']style["']\s*,\s*\{[^{}]*\}\s*,\s*([A-Za-z_$][\w$]*)""")
_CONSTANT = r"""\s*=\s*(?P<text>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_BEFORE_NAME = r"(?:\bvar |\blet |\bconst |[,;{(\s])"


def policy(style_hashes: Iterable[str] = ()) -> str:
    """The policy, allowing the inline styles whose hashes (``sha256-…``) are given."""
    extra = "".join(f" '{value}'" for value in style_hashes)
    return POLICY.replace("style-src 'self'", f"style-src 'self'{extra}")


def source_hash(text: str) -> str:
    """A CSP source expression for an inline element holding exactly ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def inline_style_hashes(bundle: str) -> list[str]:
    """The hashes of the style elements a minified script bundle makes from string constants.

    Raises ValueError when the bundle makes a style element whose text cannot be found: the
    build stops rather than publish pages whose policy would block part of them.
    """
    hashes = []
    for name in dict.fromkeys(found.group(1) for found in _STYLE_CALL.finditer(bundle)):
        constant = re.search(_BEFORE_NAME + re.escape(name) + _CONSTANT, bundle)
        if constant is None:
            raise ValueError(f"the script makes a style element from {name}, not found")
        text = ast.literal_eval(constant.group("text"))  # a JS string without escapes reads alike
        if "\\" in constant.group("text"):
            raise ValueError(f"the style text {name} holds escapes: its hash would be unsure")
        hashes.append(source_hash(text))
    return hashes
