"""The one configuration a form page hands to its scripts, as JSON in the form's markup.

It holds what the scripts cannot read from the markup itself: where each form's answers are
kept, the naming rules for rows added in the browser, each answer's question and choices
(for the file of answers and for answers to removed questions, of every form), the language
and only the interface words the scripts show.
"""

from __future__ import annotations

from typing import Any

from ..models.forms import FieldBase
from ..naming import ROW_PLACEHOLDER, AnswerName, script_names
from ..toolkit import Toolkit
from .privacy import privacy_settings

FORMS = ("journal", "plan")


def answers_config(toolkit: Toolkit) -> dict[str, dict[str, dict[str, Any]]]:
    """Per form, per answer key: the question it answers and, for choices, the labels.

    A table's cells are described once, with the row placeholder in their key.
    """
    positions = {p.id: p.label for p in toolkit.framework.positions}
    fields: dict[str, list[FieldBase]] = {
        "journal": list(toolkit.journal.questions()),
        "plan": list(toolkit.plan.fields()),
    }
    described: dict[str, dict[str, dict[str, Any]]] = {}
    for form in FORMS:
        described[form] = {}
        for field in fields[form]:
            name = AnswerName(form, field.id)
            described[form][name.key] = _describe(field, field.prompt, positions)
            for column in field.columns or []:
                cell = name.cell(ROW_PLACEHOLDER, column.id)
                prompt = f"{field.prompt}: {column.prompt}"
                described[form][cell.key] = _describe(column, prompt, positions)
    return described


def _describe(field: FieldBase, prompt: str, positions: dict[str, str]) -> dict[str, Any]:
    item: dict[str, Any] = {"question": prompt}
    if field.type == "position":
        item["choices"] = positions
    elif field.options:
        item["choices"] = {option.id: option.label for option in field.options}
    if field.type == "table":
        item["table"] = True
    return item


class FormConfig:
    """Builds each form page's configuration; what all forms share is worked out once."""

    def __init__(self, toolkit: Toolkit) -> None:
        site = toolkit.site
        self.shared = {
            "forms": list(FORMS),
            "names": script_names(site.storage_namespace, list(FORMS)),
            "answers": answers_config(toolkit),
            "site": site.title,
            "lang": site.language,
            "text": site.interface.script_words(),
            "privacy": privacy_settings(site.privacy),
        }

    def __call__(self, form: str) -> dict[str, Any]:
        return {"form": form, **self.shared}
