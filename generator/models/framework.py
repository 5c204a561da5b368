"""The Scope for Growth framework: growth directions x ordered positions -> initiatives."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .common import ContentModel, Id, Prose, Text


class Position(ContentModel):
    """A column of the grid, in growth order. Labels are the organisation's to rename."""

    id: Id
    """The position's id: plans kept in browsers refer to it, so keep it when you rename."""
    label: Text
    """The position's name, shown at the top of its column."""
    description: Prose | None = None
    """Optional: what being at this position means, shown in the key under the grid."""
    organisation_wording: list[Literal["label", "description"]] = Field(default_factory=list)
    """Which of these words are your organisation's own, not the NHS source documents', such
    as [label, description]: each is shown with a small "Written by" note in the key."""


class Direction(ContentModel):
    """A growth direction (a row of the grid) and its development initiatives per position."""

    id: Id
    """The direction's id, such as depth: plan fields of type: position name it."""
    name: Text
    """The direction's name, such as Depth."""
    summary: Text
    """A few words after the name, in brackets in the grid, such as "deepening your chosen
    specialism"."""
    description: Prose | None = None
    """Optional longer description, shown in the key under the grid (Markdown)."""
    initiatives: dict[Id, Annotated[list[Text], Field(min_length=1)]]
    """For each position id, the suggested development initiatives in that cell of the grid."""
    organisation_wording: list[Literal["name", "summary", "description"]] = Field(
        default_factory=list
    )
    """Which of these words are your organisation's own, not the NHS source documents', such
    as [description]: each is shown with a small "Written by" note in the key."""


class Framework(ContentModel):
    """framework/scope-for-growth.yml: the Scope for Growth framework grid, growth directions
    by positions, with suggested development initiatives in each cell."""

    title: Text
    """The page's heading."""
    nav_title: Text | None = None
    """The page's name in the navigation, if not its title."""
    intro: Prose | None = None
    """Optional words under the heading (Markdown)."""
    how_to_use: Prose | None = None
    """Optional words on how to read the grid (Markdown)."""
    positions: Annotated[list[Position], Field(min_length=2)]
    """The columns of the grid, in growth order: first position first."""
    directions: Annotated[list[Direction], Field(min_length=1)]
    """The rows of the grid: the growth directions."""

    def position(self, position_id: str) -> Position | None:
        return next((p for p in self.positions if p.id == position_id), None)

    def direction(self, direction_id: str) -> Direction | None:
        return next((d for d in self.directions if d.id == direction_id), None)

    def initiative_count(self) -> int:
        return sum(len(items) for d in self.directions for items in d.initiatives.values())
