"""The facilitation guide for line managers and coaches."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import ContentModel, Id, Prose, Text


class QuestionGroup(ContentModel):
    """Journal questions the manager may refer to, named by their journal ``id``."""

    title: Text
    questions: Annotated[list[Id], Field(min_length=1)]
    note: Prose | None = None


class GuideStage(ContentModel):
    id: Id
    title: Text
    intro: Prose | None = None
    resources_title: Text | None = None
    resources: list[Id] = Field(default_factory=list)
    question_groups: list[QuestionGroup] = Field(default_factory=list)
    steps_title: Text | None = None
    steps: list[Prose] = Field(default_factory=list)
    closing: Prose | None = None


class Guide(ContentModel):
    title: Text
    nav_title: Text | None = None
    intro: Prose | None = None
    stages: Annotated[list[GuideStage], Field(min_length=1)]
