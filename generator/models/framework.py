"""The Scope for Growth framework: growth directions x ordered positions -> initiatives."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import ContentModel, Id, Prose, Text


class Position(ContentModel):
    """A column of the grid, in growth order. Labels are the organisation's to rename."""

    id: Id
    label: Text
    description: Prose | None = None


class Direction(ContentModel):
    """A growth direction (a row of the grid) and its development initiatives per position."""

    id: Id
    name: Text
    summary: Text
    description: Prose | None = None
    initiatives: dict[Id, Annotated[list[Text], Field(min_length=1)]]


class Framework(ContentModel):
    title: Text
    nav_title: Text | None = None
    intro: Prose | None = None
    how_to_use: Prose | None = None
    positions: Annotated[list[Position], Field(min_length=2)]
    directions: Annotated[list[Direction], Field(min_length=1)]

    def position(self, position_id: str) -> Position | None:
        return next((p for p in self.positions if p.id == position_id), None)

    def direction(self, direction_id: str) -> Direction | None:
        return next((d for d in self.directions if d.id == direction_id), None)

    def initiative_count(self) -> int:
        return sum(len(items) for d in self.directions for items in d.initiatives.values())
