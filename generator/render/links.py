"""Where each page lives, and how one page links to another or to a question on it."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from ..naming import AnswerName
from ..toolkit import Toolkit

PAGE_PATHS = {
    "home": "index.md",
    "journal": "journal.md",
    "framework": "framework.md",
    "plan": "plan.md",
    "guide": "guide.md",
    "programmes": "programmes/index.md",
    "resources": "resources.md",
}


# Pages made for paper, and the PDFs built beside the site (see printing.py).
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


def programme_path(programme_id: str) -> str:
    return f"programmes/{programme_id}.md"


@dataclass(frozen=True)
class SiteMap:
    """Resolves references such as ``page:journal`` into relative links between built pages.

    Pages are built with ``use_directory_urls: false`` so the same links work on an intranet
    server, under any sub-path, and from a folder opened with ``file://``.
    """

    resource_urls: dict[str, str | None]
    question_forms: dict[str, str] = field(default_factory=dict)
    """The form (journal or plan) each question or field id belongs to."""

    @classmethod
    def of(cls, toolkit: Toolkit) -> SiteMap:
        questions = dict.fromkeys((q.id for q in toolkit.journal.questions()), "journal")
        questions.update(dict.fromkeys((f.id for f in toolkit.plan.fields()), "plan"))
        return cls({r.id: r.url for r in toolkit.resources.all()}, questions)

    def href(self, kind: str, target: str, from_page: str) -> str | None:
        """A link for ``kind:target`` as seen from ``from_page``, or None for plain text."""
        if kind == "resource":
            return self.resource_urls.get(target)
        if kind == "page":
            return relative(PAGE_PATHS[target], from_page)
        if kind == "programme":
            return relative(programme_path(target), from_page)
        if kind == "question":
            form = self.question_forms[target]
            page = relative(PAGE_PATHS[form], from_page)
            return f"{page}#{AnswerName(form, target).part_id('block')}"
        raise ValueError(f"unknown reference kind {kind!r}")


def relative(target: str, from_md: str, *, html: bool = True) -> str:
    """Relative URL from one built page to a page (``.md`` in, ``.html`` out) or a file."""
    if html:
        target = target.removesuffix(".md") + ".html"
    start = posixpath.dirname(from_md) or "."
    return posixpath.relpath(target, start)
