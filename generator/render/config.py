"""The one configuration a form page hands to its scripts, as JSON in the form's markup.

It holds what the scripts cannot read from the markup itself: where each form's answers are
kept, the naming rules for rows added in the browser, each answer's question and choices
(for the file of answers and for answers to removed questions, of every form), the language
and only the interface words the scripts show. Its shape is the contract of
generator/render/contract.py (:class:`PageConfig`), whose typings the scripts are checked with.
"""

from __future__ import annotations

from typing import Any

from ..models.forms import FieldBase, PlanField
from ..models.interface import Interface
from ..models.review import Review as PlanReview
from ..naming import (
    OUTCOME_COLUMNS,
    OUTCOME_LAST,
    OUTCOME_RECORDED,
    OUTCOME_REVIEWED,
    PERSON,
    ROW_PLACEHOLDER,
    AnswerName,
    outcome_column,
    outcome_review_column,
)
from ..toolkit import Toolkit
from .contract import (
    Answer,
    Calendar,
    Outcome,
    PageConfig,
    Position,
    Review,
    ReviewChoice,
    ScriptWords,
)
from .privacy import naming_rules, privacy_settings

FORMS = ("journal", "plan")


def person_fields(words: Interface) -> list[PlanField]:
    """Whose answers: the first fields of the journal and of the plan (generator/naming.py
    PERSON), kept in each form's record like any other answer."""
    return [
        PlanField(id=PERSON["name"], label=words.person_name_label, type="short-text"),
        PlanField(id=PERSON["role"], label=words.person_role_label, type="short-text"),
    ]


def answers_config(toolkit: Toolkit) -> dict[str, dict[str, Answer]]:
    """Per form, per answer key: the question it answers and, for choices, the labels.

    A table's cells are described once, with the row placeholder in their key.
    """
    positions = {p.id: p.label for p in toolkit.framework.positions}
    person: list[FieldBase] = list(person_fields(toolkit.site.interface))
    fields: dict[str, list[FieldBase]] = {
        "journal": [*person, *toolkit.journal.questions()],
        "plan": [*person, *toolkit.plan.fields()],
    }
    described: dict[str, dict[str, Answer]] = {}
    for form in FORMS:
        described[form] = {}
        for field in fields[form]:
            name = AnswerName(form, field.id)
            described[form][name.key] = _describe(field, field.prompt, positions)
            for column in field.columns or []:
                cell = name.cell(ROW_PLACEHOLDER, column.id)
                prompt = f"{field.prompt}: {column.prompt}"
                private = field.private or column.private
                described[form][cell.key] = _describe(column, prompt, positions, private)
    return described


def _describe(
    field: FieldBase, prompt: str, positions: dict[str, str], private: bool = False
) -> Answer:
    choices = None
    if field.type == "position":
        choices = positions
    elif field.options:
        choices = {option.id: option.label for option in field.options}
    return Answer(
        question=prompt,
        choices=choices,
        table=True if field.type == "table" else None,
        private=True if private or field.private else None,
    )


def plan_uses(toolkit: Toolkit) -> dict[str, Any]:
    """What the plan's calendar event and outcome record are made of (answer keys, words, the
    outcome record's columns from generator/naming.py, in order: a new column only ever comes
    last), and where each growth direction's positions are now and in two years (the
    framework page marks a colleague's)."""
    plan = toolkit.plan
    positions = [
        Position(
            key=AnswerName("plan", f.id).key,
            direction=f.direction,
            when=f.when,
            column=outcome_column(f.direction, f.when),
        )
        for f in plan.fields()
        if f.type == "position" and f.direction and f.when
    ]
    uses: dict[str, Any] = {"positions": positions}
    if plan.calendar:
        uses["calendar"] = calendar_uses(toolkit)
    if plan.outcome:
        table = plan.outcome.objectives
        outcomes = plan.review.outcomes if plan.review else []
        reviewed = {o.id: outcome_review_column(o.id) for o in outcomes}
        uses["outcome"] = Outcome(
            date=AnswerName("plan", plan.outcome.date).key,
            objectives=AnswerName("plan", table).key if table else "",
            columns=[
                *OUTCOME_COLUMNS,
                *(p.column for p in positions),
                OUTCOME_LAST,
                *OUTCOME_RECORDED,
                *([OUTCOME_REVIEWED, *reviewed.values()] if plan.review else []),
            ],
            reviewed=OUTCOME_REVIEWED if plan.review else "",
            outcomes=reviewed,
        )
    if plan.review:
        uses["review"] = review_uses(plan.review)
    return uses


def calendar_uses(toolkit: Toolkit) -> Calendar:
    """What the calendar file is made of: the review date's key, the words plan.yml sets (""
    where the interface words say whose it is), the reminder, the manager's name, and the
    column whose text names an objective (the first text column of the table of objectives)."""
    plan = toolkit.plan
    calendar = plan.calendar
    assert calendar is not None
    objective = ""
    if plan.review:
        table = next((f for f in plan.fields() if f.id == plan.review.objectives), None)
        texts = [c.id for c in (table.columns if table else None) or [] if c.type in TEXTS]
        objective = texts[0] if texts else ""
    return Calendar(
        key=AnswerName("plan", calendar.date).key,
        title=calendar.title or "",
        description=calendar.description or "",
        organisation=toolkit.site.organisation,
        reminder_days=calendar.reminder_days,
        manager=AnswerName("plan", calendar.manager).key if calendar.manager else "",
        objective=objective,
    )


TEXTS = ("long-text", "short-text")


def review_uses(review: PlanReview) -> Review:
    """What the review of a plan is made of: answer keys, column ids and the outcomes."""
    return Review(
        table=AnswerName("plan", review.objectives).key,
        owner=review.owner or "",
        due=review.due or "",
        next_date=AnswerName("plan", review.next_date).key,
        keep=[AnswerName("plan", kept).key for kept in review.keep],
        outcomes=[
            ReviewChoice(id=o.id, label=o.label, unfinished=o.unfinished) for o in review.outcomes
        ],
    )


class FormConfig:
    """Builds each form page's configuration; what all forms share is worked out once."""

    def __init__(self, toolkit: Toolkit) -> None:
        site = toolkit.site
        self.shared = PageConfig(
            form="",
            forms=list(FORMS),
            names=naming_rules(site),
            answers=answers_config(toolkit),
            site=site.title,
            lang=site.language,
            text=ScriptWords(**site.interface.script_words()),
            privacy=privacy_settings(site.privacy),
            **plan_uses(toolkit),
        )

    def model(self, form: str = "") -> PageConfig:
        """The configuration of a form page, or ("") of another page with answers on it."""
        return self.shared.model_copy(update={"form": form})

    def __call__(self, form: str = "") -> dict[str, Any]:
        """That configuration as the page's JSON carries it (the templates' `form_config`)."""
        return self.model(form).data()
