"""Notices about valid content: what an editor may want to know, never a reason to stop.

- a journal question that the facilitation guide never refers to (managers will not see it
  there), unless the question says ``guide: false``;
- resources without an address, which are shown as a reading list until they have one.
"""

from __future__ import annotations

from .errors import ContentNotice, format_path
from .models.forms import Journal
from .models.guide import Guide
from .models.site import Resources
from .source import YamlDocument


def unreferenced_questions(
    journal_document: YamlDocument, journal: Journal, guide_document: YamlDocument, guide: Guide
) -> list[ContentNotice]:
    """One notice a journal question that no question group of the guide names."""
    referred = {
        question_id
        for stage in guide.stages
        for group in stage.question_groups
        for question_id in group.questions
    }
    message = (
        "the facilitation guide does not refer to this question (add it to a question group"
        f" in {guide_document.file} if managers should see it, or give it guide: false)"
    )
    found = []
    for s, stage in enumerate(journal.stages):
        for t, section in enumerate(stage.sections):
            for q, question in enumerate(section.questions):
                if question.guide and question.id not in referred:
                    where = ("stages", s, "sections", t, "questions", q)
                    line = journal_document.line_of(where)
                    found.append(
                        ContentNotice(journal_document.file, line, format_path(where), message)
                    )
    return found


def resources_without_address(document: YamlDocument, resources: Resources) -> list[ContentNotice]:
    """One notice counting the resources that have no ``url``, if there are any."""
    every = resources.all()
    missing = sum(1 for resource in every if resource.url is None)
    if not missing:
        return []
    if missing == 1:
        what = "has no url yet: it is shown without a link, in a reading list, until you add its"
        message = f"1 of {len(every)} resources {what} address"
    else:
        what = "have no url yet: they are shown without links, in a reading list, until you add"
        message = f"{missing} of {len(every)} resources {what} their addresses"
    return [ContentNotice(document.file, None, "", message)]


def left_out_of_guide(document: YamlDocument, journal: Journal) -> dict[str, str]:
    """The journal questions that say ``guide: false``, each with where it says so
    (``file:line``): the guide may not refer to them."""
    found = {}
    for s, stage in enumerate(journal.stages):
        for t, section in enumerate(stage.sections):
            for q, question in enumerate(section.questions):
                if not question.guide:
                    line = document.line_of(("stages", s, "sections", t, "questions", q))
                    found[question.id] = f"{document.file}:{line}"
    return found
