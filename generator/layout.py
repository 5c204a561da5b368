"""Where each page and each download of the toolkit lives, and relative links between them.

Pages are built with ``use_directory_urls: false`` so the same links work on an intranet
server, under any sub-path, and from a folder opened with ``file://``.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

PAGE_PATHS = {
    "home": "index.md",
    "journal": "journal.md",
    "framework": "framework.md",
    "plan": "plan.md",
    "answers": "answers.md",
    "guide": "guide.md",
    "programmes": "programmes/index.md",
    "resources": "resources.md",
}

# Pages made for paper, and the PDFs made from them (see generator/pdf.py).
PRINT_PATHS = {
    "journal": "print/journal.md",
    "plan": "print/plan.md",
    "guide": "print/guide.md",
}
DOWNLOADS = {
    "journal": "downloads/reflection-journal.pdf",
    "plan": "downloads/development-plan.pdf",
    "guide": "downloads/facilitation-guide.pdf",
}
PDF_TIME_LIMIT = 120.0
"""Seconds one PDF may take (the plugin's ``pdf_time_limit``): the default content's take two
or three, and the 900-page journal of ``make bench``'s 100x content about fifteen."""


BRAND_STYLESHEET = "assets/sfg-brand.css"
"""Colours and writing-space sizes from content/site.yml (generator/render/chrome.py)."""


def programme_path(programme_id: str) -> str:
    return f"programmes/{programme_id}.md"


def html_path(page: str) -> str:
    """The built file of a page: ``print/journal.md`` is ``print/journal.html``."""
    return page.removesuffix(".md") + ".html"


def relative(target: str, from_md: str, *, html: bool = True) -> str:
    """Relative URL from one built page to a page (``.md`` in, ``.html`` out) or a file."""
    if html:
        target = html_path(target)
    start = posixpath.dirname(from_md) or "."
    return posixpath.relpath(target, start)


COMPONENT_TEMPLATES = Path(__file__).resolve().parent.parent / "theme" / "components"
"""The toolkit's components (theme/components/<name>/, beside this package): a component's
markup, a Jinja partial named after it (``_privacy.j2``), lives in its folder with its script
and its style; the page templates import it by its name (generator/render/renderer.py), and
the cache key of a build's share holds it (generator/site_parts.py)."""
