"""Scope for Growth toolkit generator: load -> validate -> render, with no MkDocs in sight.

The MkDocs plugin (``generator.mkdocs_plugin``) is a thin adapter over this package.
"""

from .errors import ContentError, ContentErrors
from .toolkit import Toolkit, load_toolkit

__all__ = ["ContentError", "ContentErrors", "Toolkit", "load_toolkit"]
