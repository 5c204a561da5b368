"""The reflection journal and the aspirational development plan: forms made of fields.

Every field has a stable ``id``: stored answers are keyed by it, so rewording a question
never loses what somebody wrote.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import ContentModel, Id, Prose, Text

FieldType = Literal["long-text", "short-text", "date", "choice", "position", "table"]

MAX_LINES = 60
WritingLines = Annotated[int, Field(ge=1, le=MAX_LINES)]
DEFAULT_LINES = {"long-text": 6, "short-text": 1, "date": 1, "choice": 1, "position": 1}
"""Ruled lines of writing space on paper when a field does not set ``lines``."""
DEFAULT_ROWS = 3
"""Rows of a table shown before anyone adds one (and on paper) when it does not set ``rows``."""


class Option(ContentModel):
    id: Id
    label: Text


class FieldBase(ContentModel):
    """What every question or plan field has, whatever it is called in YAML."""

    id: Id
    type: FieldType = "long-text"
    hint: Prose | None = None
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
    label: Text

    @property
    def prompt(self) -> str:
        return self.label


class Question(FieldBase):
    text: Text

    @property
    def prompt(self) -> str:
        return self.text


class PlanField(FieldBase):
    label: Text

    @property
    def prompt(self) -> str:
        return self.label


NonEmptyList = Field(min_length=1)


class JournalSection(ContentModel):
    id: Id
    title: Text
    intro: Prose | None = None
    note: Prose | None = None
    questions: Annotated[list[Question], NonEmptyList]


class JournalStage(ContentModel):
    id: Id
    title: Text
    intro: Prose | None = None
    sections: Annotated[list[JournalSection], NonEmptyList]


class Journal(ContentModel):
    title: Text
    nav_title: Text | None = None
    intro: Prose | None = None
    stages: Annotated[list[JournalStage], NonEmptyList]

    def questions(self) -> list[Question]:
        return [q for stage in self.stages for section in stage.sections for q in section.questions]


class PlanSection(ContentModel):
    id: Id
    title: Text
    intro: Prose | None = None
    fields: Annotated[list[PlanField], NonEmptyList]


class Plan(ContentModel):
    title: Text
    nav_title: Text | None = None
    intro: Prose | None = None
    sections: Annotated[list[PlanSection], NonEmptyList]

    def fields(self) -> list[PlanField]:
        return [field for section in self.sections for field in section.fields]


FieldBase.model_rebuild()
