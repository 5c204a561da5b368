"""The plan over time: objectives with an owner and a date, and the review of a plan that
starts the next one (content/plan.yml ``review:``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import ContentModel, Id, Text


class ReviewOutcome(ContentModel):
    """How an objective went, as a review records it."""

    id: Id
    """The outcome's id: a review keeps it, and the outcome record counts each."""
    label: Text
    """The words of the choice."""
    unfinished: bool = False
    """true: an objective with this outcome is carried over into the next plan."""


DEFAULT_OUTCOMES = [
    ReviewOutcome(id="achieved", label="Achieved"),
    ReviewOutcome(id="in-progress", label="In progress", unfinished=True),
    ReviewOutcome(id="not-started", label="Not started", unfinished=True),
    ReviewOutcome(id="dropped", label="Dropped"),
]


class Review(ContentModel):
    """The review of a plan: how each objective went, then the next plan, which carries over
    what is unfinished and keeps the positions as they were agreed. Every plan reviewed is
    kept, dated and read only, as the person's history."""

    objectives: Id
    """The id of the plan's table of objectives."""
    owner: Id | None = None
    """Optional: the id of that table's choice column that says who acts on an objective."""
    due: Id | None = None
    """Optional: the id of that table's date column that says by when."""
    next_date: Id
    """The id of the plan's date field of the next review: the review asks for it anew."""
    keep: list[Id] = Field(default_factory=list)
    """Ids of other plan fields the next plan keeps as they are (the positions, the person's
    name and role, and the objectives carried over are always kept; everything else starts
    empty)."""
    outcomes: Annotated[list[ReviewOutcome], Field(min_length=2)] = Field(
        default_factory=lambda: list(DEFAULT_OUTCOMES)
    )
    """How an objective can have gone, in order (default: achieved, in progress, not started,
    dropped)."""
