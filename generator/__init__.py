"""Scope for Growth toolkit generator: load -> validate -> render, with no MkDocs in sight.

The MkDocs plugin (``generator.mkdocs_plugin``) is a thin adapter over this package.
``Toolkit`` and ``load_toolkit`` load the content models (pydantic) when first asked for:
a build whose pages come from the cache never needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ContentError, ContentErrors

if TYPE_CHECKING:
    from .toolkit import Toolkit, load_toolkit

__all__ = ["ContentError", "ContentErrors", "Toolkit", "load_toolkit"]


def __getattr__(name: str) -> Any:
    if name in {"Toolkit", "load_toolkit"}:
        from . import toolkit

        return getattr(toolkit, name)
    raise AttributeError(f"module 'generator' has no attribute {name!r}")
