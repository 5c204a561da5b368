"""The facilitation guide for line managers and coaches."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import ContentModel, Id, Prose, Text


class QuestionGroup(ContentModel):
    """Journal questions the manager may refer to, named by their journal ``id``."""

    title: Text
    """The group's heading, such as "Health and well-being"."""
    questions: Annotated[list[Id], Field(min_length=1)]
    """Ids of journal questions; the guide shows their text from content/journal.yml."""
    note: Prose | None = None
    """Optional note shown in a box after the questions (Markdown)."""


class GuideStage(ContentModel):
    """A stage of the conversation, as the guide describes it."""

    id: Id
    """The stage's id: its heading's anchor on the guide page."""
    title: Text
    """The stage's heading."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    resources_title: Text | None = None
    """Heading of the list of resources, if not the interface word guide_resources_title."""
    resources: list[Id] = Field(default_factory=list)
    """Ids of resources in content/resources.yml to review before the conversation."""
    question_groups: list[QuestionGroup] = Field(default_factory=list)
    """Groups of journal questions the manager may refer to."""
    steps_title: Text | None = None
    """Heading of the numbered steps, if not the interface word guide_steps_title."""
    steps: list[Prose] = Field(default_factory=list)
    """Optional numbered steps (Markdown)."""
    closing: Prose | None = None
    """Optional words at the end of the stage (Markdown)."""


class Guide(ContentModel):
    """content/guide.yml: the facilitation guide for line managers and coaches."""

    title: Text
    """The page's heading."""
    nav_title: Text | None = None
    """The page's name in the navigation, if not its title."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    stages: Annotated[list[GuideStage], Field(min_length=1)]
    """The stages of the conversation."""
