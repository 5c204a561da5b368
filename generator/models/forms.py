"""The reflection journal and the aspirational development plan: forms made of fields.

Every field has a stable ``id``: stored answers are keyed by it, so rewording a question
never loses what somebody wrote.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import ContentModel, Id, Prose, Text
from .review import Review

FieldType = Literal["long-text", "short-text", "date", "choice", "position", "table"]

MAX_LINES = 60
WritingLines = Annotated[int, Field(ge=1, le=MAX_LINES)]
DEFAULT_LINES = {"long-text": 6, "short-text": 1, "date": 1, "choice": 1, "position": 1}
"""Ruled lines of writing space on paper when a field does not set ``lines``."""
DEFAULT_ROWS = 3
"""Rows of a table shown before anyone adds one (and on paper) when it does not set ``rows``."""


class Option(ContentModel):
    """One choice of a ``type: choice`` question or field."""

    id: Id
    """The choice's id, unique among the options of its question: answers keep it."""
    label: Text
    """The words of the choice."""


class FieldBase(ContentModel):
    """What every question or plan field has, whatever it is called in YAML."""

    id: Id
    """Answers kept in browsers are filed under it: unique across the journal and the plan;
    never reuse one for a different question (reword the text freely)."""
    type: FieldType = "long-text"
    """long-text (the default), short-text, date, choice (needs options), position (needs
    direction, plan only) or table (needs columns, plan only)."""
    hint: Prose | None = None
    """Optional help shown under the question (Markdown)."""
    lines: WritingLines | None = None
    """Ruled lines of writing space when printed blank (defaults depend on the type)."""
    options: list[Option] | None = None
    """Only for ``type: choice``."""
    direction: Id | None = None
    """Only for ``type: position``: the framework growth direction to choose a position in."""
    columns: list[Column] | None = None
    """Only for ``type: table``."""
    rows: Annotated[int, Field(ge=1, le=20)] | None = None
    """Only for ``type: table``: empty rows shown before anyone adds one, and on paper."""
    private: bool = False
    """true: the answer is the person's alone: a downloaded file leaves it out unless they
    tick "Include your private notes", and the outcome record never holds it (nor any cell
    of a private table or column)."""

    @property
    def prompt(self) -> str:
        raise NotImplementedError

    @property
    def writing_lines(self) -> int:
        return self.lines or DEFAULT_LINES.get(self.type, DEFAULT_LINES["long-text"])

    @property
    def row_count(self) -> int:
        return self.rows or DEFAULT_ROWS


class Column(FieldBase):
    """A column of a ``type: table`` field: one answer in each row."""

    label: Text
    """The column's heading."""

    @property
    def prompt(self) -> str:
        return self.label


class Question(FieldBase):
    """A question of the reflection journal."""

    text: Text
    """The question, shown as the label of its answer box."""
    guide: bool = True
    """false: the facilitation guide leaves this question out on purpose, so `generator
    check` does not mention it (by default it notices a question the guide does not refer to)."""

    @property
    def prompt(self) -> str:
        return self.text


When = Literal["now", "in-two-years"]


class PlanField(FieldBase):
    """A field of the development plan."""

    label: Text
    """The field's label, shown above its answer box."""
    when: When | None = None
    """Only for ``type: position``: now (where the person is today) or in-two-years (where they
    want to be). The outcome record has a column for each such field, and the framework page
    marks the positions a colleague chose."""

    @property
    def prompt(self) -> str:
        return self.label


NonEmptyList = Field(min_length=1)


class JournalSection(ContentModel):
    """A section of a journal stage: a heading and its questions."""

    id: Id
    """The section's id: its heading's anchor on the journal page."""
    title: Text
    """The section's heading."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    note: Prose | None = None
    """Optional note shown in a box before the questions (Markdown)."""
    questions: Annotated[list[Question], NonEmptyList]
    """The questions, in order."""


class JournalStage(ContentModel):
    """A stage of the journal, such as "Stage 1: Personal reflection"."""

    id: Id
    """The stage's id: its heading's anchor on the journal page."""
    title: Text
    """The stage's heading."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    sections: Annotated[list[JournalSection], NonEmptyList]
    """The stage's sections of questions."""


class Journal(ContentModel):
    """content/journal.yml: the reflection journal, what an employee fills in before the
    Scope for Growth conversation."""

    title: Text
    """The page's heading."""
    nav_title: Text | None = None
    """The page's name in the navigation, if not its title."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    stages: Annotated[list[JournalStage], NonEmptyList]
    """The stages of the journal, each with sections of questions."""

    def questions(self) -> list[Question]:
        return [q for stage in self.stages for section in stage.sections for q in section.questions]


class PlanSection(ContentModel):
    """A section of the plan: a heading and its fields."""

    id: Id
    """The section's id: its heading's anchor on the plan page."""
    title: Text
    """The section's heading."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    fields: Annotated[list[PlanField], NonEmptyList]
    """The fields, in order."""


class Calendar(ContentModel):
    """ "Add to calendar": the review date, and each objective's date (the column
    ``review: due`` names), as all-day events with a reminder, in an .ics file."""

    date: Id
    """The id of the plan's date field whose date the review event is on (such as
    next-review-date)."""
    reminder_days: Annotated[int, Field(ge=0, le=365)] = 7
    """Each event's reminder comes this many days before it (0: on the day)."""
    manager: Id | None = None
    """Optional: the id of the plan's short-text field with the name of the line manager or
    coach: the review in the person's own calendar names them."""
    title: Text | None = None
    """Optional: the review event's title, the same whoever downloads it; {name} is the
    person's name. Without it the interface words say whose review it is to the one who
    downloads it ("Your Scope for Growth review", "Sam Patel's Scope for Growth review")."""
    description: Text | None = None
    """Optional: the review event's words, the same whoever downloads it; {name} is the
    person's name. Without it the interface words say them."""


class Outcome(ContentModel):
    """The outcome record: one line per conversation for the organisation's talent records."""

    date: Id
    """The id of the plan's date field that holds the date of the conversation."""
    objectives: Id | None = None
    """The id of the plan's table whose rows are counted as objectives."""


class Plan(ContentModel):
    """content/plan.yml: the aspirational development plan, filled in together in the
    conversation (stage 3)."""

    title: Text
    """The page's heading."""
    nav_title: Text | None = None
    """The page's name in the navigation, if not its title."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    sections: Annotated[list[PlanSection], NonEmptyList]
    """The plan's sections of fields."""
    calendar: Calendar | None = None
    """Optional: "Add to calendar" for a date of the plan (the date of the next review)."""
    outcome: Outcome | None = None
    """Optional: the outcome record (a CSV and a JSON file) that the plan page offers."""
    review: Review | None = None
    """Optional: "Start a review" on the plan: how each objective went, then the next plan;
    the plans reviewed are kept as the person's history."""

    def fields(self) -> list[PlanField]:
        return [field for section in self.sections for field in section.fields]


FieldBase.model_rebuild()
