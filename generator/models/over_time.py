"""The words of the plan over time: the review of a plan, which starts the next one, and the
history of plans reviewed (theme/components/review and history). Part of ``interface:`` in
site.yml."""

from __future__ import annotations

from .common import ContentModel, Text

OVER_TIME_SCRIPT_WORDS = (
    "review_done",
    "review_cancelled",
    "history_plan_heading",
    "history_outcome",
    "history_note",
    "history_not_reviewed",
    "history_remove_heading",
    "history_remove_text",
    "history_remove_confirm",
    "history_removed",
    "load_form_past",
)
"""The words of the plan over time that the scripts show (see SCRIPT_WORDS in interface.py)."""


class OverTimeWords(ContentModel):
    """Interface words of reviews and past plans; part of ``interface:`` in site.yml."""

    # The review, on the plan
    review_heading: Text = "Review your plan"
    """Plan: the heading of the review, after the last section."""
    review_intro: Text = (
        "When you meet to review your plan, say how each objective went. Then start your next"
        " plan: it keeps your positions and carries over the objectives that are not finished."
        " This plan is kept, as it is now, under past plans."
    )
    """Plan: what a review does, under its heading."""
    review_start: Text = "Start a review"
    """Plan: the button that starts a review (at the review date, or any time)."""
    review_objectives_hint: Text = (
        "Objectives you do not mark are carried over into your next plan."
    )
    """Review: under the objectives being reviewed."""
    review_none: Text = "There are no objectives in this plan. You can still start your next plan."
    """Review: where the plan has no objective with words in it."""
    review_legend: Text = "How did it go?"
    """Review: the question of each objective's choices (the objective's name follows,
    for screen readers)."""
    review_note_label: Text = "Notes on this objective (optional)"
    """Review: the label of each objective's note."""
    review_next_date_label: Text = "Date of your next review"
    """Review: the label of the date of the next review."""
    review_finish: Text = "Start the next plan"
    """Review: the main button, which keeps this plan as a past plan and starts the next one."""
    review_done: Text = (
        "Your next plan has started. It carries over {count} objectives. The plan you reviewed"
        " on {date} is kept under past plans."
    )
    """Review: said once the next plan has started ({count} objectives carried over, {date}
    of the review)."""
    review_cancelled: Text = "You cancelled the review. Your plan has not changed."
    """Review: said when the review is cancelled."""
    # Past plans
    history_heading: Text = "Past plans"
    """Plan, Check your answers and the guide: the heading of the plans reviewed."""
    history_intro: Text = (
        "Each plan that was reviewed, as it was on the day of its review. Past plans cannot be"
        " changed."
    )
    """Under the heading of past plans."""
    history_plan_heading: Text = "Plan reviewed on {date}"
    """The heading of each past plan ({date} of its review)."""
    history_outcome: Text = "How it went"
    """A past plan's objective: the outcome the review gave it."""
    history_note: Text = "Notes from the review"
    """A past plan's objective: the note the review gave it."""
    history_not_reviewed: Text = "Not marked, carried over"
    """A past plan's objective that the review did not mark."""
    history_remove: Text = "Remove this past plan"
    """Plan: the button under each past plan that removes it (asked first)."""
    history_remove_heading: Text = "Remove the plan reviewed on {date}?"
    """The question asked before a past plan is removed."""
    history_remove_text: Text = (
        "It will be removed from this device. Files you downloaded before still hold it."
    )
    """What removing a past plan means, under that question."""
    history_remove_confirm: Text = "Remove this past plan"
    """The button that removes the past plan, in that question."""
    history_removed: Text = "The plan reviewed on {date} has been removed."
    """Said once a past plan is removed."""
    # Loading a file
    load_form_past: Text = "{count} past plans will be added."
    """For the plan of a file: how many past plans it holds that the person does not have."""
