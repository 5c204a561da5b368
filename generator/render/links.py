"""How one page links to another, to a resource, a programme or a question on a page."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..layout import DOWNLOADS, PAGE_PATHS, PRINT_PATHS, programme_path, relative
from ..naming import AnswerName
from ..toolkit import Toolkit

__all__ = ["DOWNLOADS", "PAGE_PATHS", "PRINT_PATHS", "SiteMap", "programme_path", "relative"]


@dataclass(frozen=True)
class SiteMap:
    """Resolves references such as ``page:journal`` into relative links between built pages."""

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
