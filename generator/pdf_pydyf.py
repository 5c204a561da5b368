"""A patch to pydyf, WeasyPrint's PDF writer, written for one release of it (``PATCHED_FOR``).

pydyf's ``PDF.page_references`` lists every page's reference each time it is asked for, and
WeasyPrint's tagging asks once a box: time grew with pages x boxes. Measured on the 900-page
journal (``python -m bench.content 100``, pydyf 0.13.0, one process): 54 s of CPU without the
patch, 44 s with it. The list is kept until a page is added (pages are only ever added).

The patch is applied only to the release it was written for; another runs unpatched (slower,
never wrong), and tests/test_pdf_pydyf.py fails until someone has looked at it again.
"""

from __future__ import annotations

import importlib.metadata
from typing import Any

PATCHED_FOR = "0.13.0"
"""The pydyf release whose ``PDF.page_references`` and ``pages["Kids"]`` the patch knows."""


def remember_page_references() -> bool:
    """Patch pydyf (once a process) when it is the release the patch was written for; say
    whether the patch is in place."""
    import pydyf

    listed = pydyf.PDF.page_references
    if getattr(listed.fget, "original", None) is not None:
        return True
    if importlib.metadata.version("pydyf") != PATCHED_FOR:
        return False

    def page_references(pdf: Any) -> Any:
        count = len(pdf.pages["Kids"])
        kept = pdf.__dict__.get("_sfg_page_references")
        if kept is None or kept[0] != count:
            kept = pdf.__dict__["_sfg_page_references"] = (count, listed.fget(pdf))
        return kept[1]

    page_references.original = listed.fget  # type: ignore[attr-defined]
    pydyf.PDF.page_references = property(page_references)
    return True
