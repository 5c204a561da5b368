"""Every name an answer gets, derived from content ids in one place.

A question ``energy`` in the journal, or the cell ``objective`` of row ``2`` of the plan's
table ``objectives``, needs several names:

=================  ===========================  =========================================
name               energy                       objectives, row 2, objective
=================  ===========================  =========================================
answer key         ``energy``                   ``objectives/2/objective``
export key         ``journal/energy``           ``plan/objectives/2/objective``
record key         ``<namespace>/journal``      ``<namespace>/plan``
control's HTML id  ``sfg-energy``               ``sfg-objectives_2_objective``
field name         ``energy``                   ``objectives_2_objective``
=================  ===========================  =========================================

The answer key files an answer in its form's record in the browser's storage; the export key
names it in a downloaded file; the field name is the control's ``name``, which is also its
name in the fillable PDFs (PDF field names may not hold dots or brackets). Parts of a
control's HTML id are joined by ``_``, which no content id holds, so two different answers
never share an id; the page's own elements (the dialog, the status bar…) have ids starting
with ``sfg_``, which no content id can produce either.

A question's parts have ids after its control's: its own parts a word of
:data:`QUESTION_PARTS` (``sfg-energy_hint``, ``sfg-energy_block``), an option's or
position's radio (and a position's suggestions) a kind, ``-`` and the content id
(``sfg-confidence_option-high``, ``sfg-depth-current_suggest-early``). A word holds no
``-``, so no option, position or column id, whatever it is (``hint``, ``block``…), can give
an id that a question's own part has; option ids name HTML ids only, never a stored answer
(the radio's value is the option id, its name the field's).

The person whose answers they are has two answers of their own at the top of each form,
``person-name`` and ``person-role`` (:data:`PERSON`): kept in each form's record like any
answer, and named in a file's ``person``. A colleague's answers, opened by a manager, are kept
apart from the manager's own, one colleague a key (``<namespace>/colleague/<id>``), with the
plan the manager fills in for them beside it (``<namespace>/colleague/<id>/plan``).

The scripts (theme/assets/js/ and theme/components/) receive these names (and, for rows added
in the browser, the templates below) through the form's JSON configuration;
theme/assets/js/names.js fills the templates the way :func:`_fill` does here. Nothing else
builds a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

ID_PATTERN = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
"""A content id: lower-case words of letters and digits joined by single hyphens."""
ID_MAX_LENGTH = 60
ROW_PATTERN = r"[a-z0-9]{1,12}"
"""A table row's id: ``1``, ``2``… as served, or a random one for a row added in a browser."""
ROW_PLACEHOLDER = "{row}"
"""Stands for the row id in the markup of a row not yet added (see ``<template>`` rows)."""

COLLEAGUE_PATTERN = r"[a-z0-9]{1,12}"
"""A colleague's id: random, made in the browser that opened their answers."""

PERSON = {"name": "person-name", "role": "person-role"}
"""The answer keys of whose answers they are, at the top of the journal and the plan; no
content field may take them (see generator/checks.py)."""

PAST = {"table": "sfg-past", "column": "plan", "draft": "sfg-review"}
"""The plan's own keys that answer no question, kept in the plan's record like its answers
(so that the lock seals them, other tabs follow them and a downloaded file carries them):
each past plan, reviewed and kept read only, as JSON text in the cell ``sfg-past/<row>/plan``
(theme/assets/js/past.js says what it holds), and a review being written, as JSON text under
``sfg-review``. They start with ANSWER_PREFIX, which no content id may take."""

OWN_PREFIX = "sfg_"
"""The page's own element ids start with this; no content id holds ``_``."""
ANSWER_PREFIX = "sfg-"
"""Answer controls' HTML ids start with this; content ids may not (see :func:`reserved`)."""
PART = "_"
QUESTION_PARTS = frozenset({"hint", "block", "label"})
"""The words of a question's own parts: its hint, the block around it, a table's label."""

# How each name is made. Python fills them here; the scripts receive them in the config.
TEMPLATES = {
    "key": "{field}",
    "cell_key": "{table}/{row}/{column}",
    "export_key": "{form}/{key}",
    "record_key": "{namespace}/{form}",
    "set_aside_key": "{record}/unreadable/{stamp}",
    # The browser's own keys beside the records (see privacy_names): never an answer.
    "choice_key": "{namespace}/choice",
    "lock_key": "{namespace}/lock",
    "downloaded_key": "{namespace}/downloaded",
    "opened_key": "{namespace}/opened",
    # The colleague whose answers are shown (an id, for this tab's visit: sessionStorage).
    "shown_key": "{namespace}/colleague-shown",
    # A colleague's answers opened from their file (read only), and the plan filled in for them.
    "colleague_key": "{namespace}/colleague/{colleague}",
    "colleague_record_key": "{namespace}/colleague/{colleague}/{form}",
    # A downloaded file: whose (the person's name as a slug), what it holds, and when.
    "file_name": "{person}-{content}-{date}.{extension}",
    # A column of the outcome record: a growth direction's position now or in two years.
    "outcome_column": "{direction}_{when}",
    # A column of the outcome record: how many objectives went one way at the last review.
    "outcome_review_column": "last_review_{outcome}",
    "control_id": ANSWER_PREFIX + "{field}",
    "cell_control_id": ANSWER_PREFIX + "{table}" + PART + "{row}" + PART + "{column}",
    "field_name": "{field}",
    "cell_field_name": "{table}" + PART + "{row}" + PART + "{column}",
    # A radio of a choice or position question, and the suggestions for a position.
    "option_part": "option-{option}",
    "suggestions_part": "suggest-{position}",
}

_ID = re.compile(ID_PATTERN)
# An answer key as stored: a field (or a table: its order of rows), or a cell of a table.
KEY_PATTERN = rf"^(?:{ID_PATTERN}|{ID_PATTERN}/{ROW_PATTERN}/{ID_PATTERN})$"
CELL_PATTERN = rf"^(?<table>{ID_PATTERN})/(?<row>{ROW_PATTERN})/(?<column>{ID_PATTERN})$"
"""JavaScript syntax (named groups ``(?<name>…)``): the scripts use it, Python does not."""

# Ids that would give two things the same name (a page or an element).
RESERVED_PROGRAMME_IDS = frozenset({"index"})


def is_content_id(value: str) -> bool:
    """True for a valid content id. ``fullmatch``: a trailing newline is not allowed."""
    return len(value) <= ID_MAX_LENGTH and _ID.fullmatch(value) is not None


def reserved(value: str) -> str | None:
    """Why ``value`` may not be a content id, or None. Applies to every kind of id."""
    if value == ANSWER_PREFIX.rstrip("-") or value.startswith(ANSWER_PREFIX):
        return f"ids starting with '{ANSWER_PREFIX}' are kept for the toolkit's own names"
    return None


def own_id(name: str, *parts: str) -> str:
    """The HTML id of one of the page's own elements, such as ``sfg_dialog-text``.

    ``parts`` may be content ids: ``own_id("position", "early")`` is ``sfg_position_early``.
    """
    return OWN_PREFIX + PART.join((name, *parts))


def _fill(template: str, **parts: str) -> str:
    return TEMPLATES[template].format(**parts)


def record_key(namespace: str, form: str) -> str:
    """Where a form's answers are kept in the browser's storage."""
    return _fill("record_key", namespace=namespace, form=form)


def record_prefix(namespace: str) -> str:
    """What every key of this toolkit in the browser's storage starts with."""
    return record_key(namespace, "")


@dataclass(frozen=True)
class AnswerName:
    """The names of one answer: a field's, or (with ``row`` and ``column``) a table cell's."""

    form: str
    field: str
    row: str | None = None
    column: str | None = None

    def cell(self, row: str, column: str) -> AnswerName:
        return AnswerName(self.form, self.field, row, column)

    def _parts(self) -> dict[str, str]:
        if self.column is None:
            return {"field": self.field}
        return {"table": self.field, "row": self.row or ROW_PLACEHOLDER, "column": self.column}

    def _name(self, kind: str) -> str:
        template = kind if self.column is None else f"cell_{kind}"
        return _fill(template, **self._parts())

    @property
    def key(self) -> str:
        return self._name("key")

    @property
    def export_key(self) -> str:
        return _fill("export_key", form=self.form, key=self.key)

    @property
    def control_id(self) -> str:
        return self._name("control_id")

    @property
    def field_name(self) -> str:
        """The control's ``name``: also its field's name in the fillable PDF."""
        return self._name("field_name")

    def part_id(self, part: str) -> str:
        """The HTML id of a part of the question: a word of :data:`QUESTION_PARTS`."""
        if part not in QUESTION_PARTS:
            raise ValueError(f"not a part of a question: {part!r}")
        return PART.join((self.control_id, part))

    def option_id(self, option: str) -> str:
        """The HTML id of the radio of an option (or a position): ``sfg-term_option-short``."""
        return PART.join((self.control_id, _fill("option_part", option=option)))

    def suggestions_id(self, position: str) -> str:
        """The HTML id of the heading of the suggestions for a position of this question."""
        return PART.join((self.control_id, _fill("suggestions_part", position=position)))


def privacy_names(namespace: str) -> dict[str, str]:
    """The keys every page's scripts may need: what all of ours start with (to forget them),
    and the keys beside the records that hold no answer: the person's choice to keep answers
    or not, the passphrase lock's salt and check, when they last downloaded a copy, which
    forms were opened from a folder, and which colleague's answers are shown (an id, kept in
    the tab's sessionStorage for the visit). Everything else under the prefix holds answers."""
    return {
        "prefix": record_prefix(namespace),
        "choice": _fill("choice_key", namespace=namespace),
        "lock": _fill("lock_key", namespace=namespace),
        "downloaded": _fill("downloaded_key", namespace=namespace),
        "opened": _fill("opened_key", namespace=namespace),
        "shown": _fill("shown_key", namespace=namespace),
    }


def outcome_column(direction: str, when: str) -> str:
    """The outcome record's column for a growth direction's position ``now`` or
    ``in-two-years``: ``depth_now``, ``depth_in_two_years``."""
    return _fill("outcome_column", direction=direction, when=when).replace("-", "_")


OUTCOME_COLUMNS = ("name", "role", "conversation_date")
"""The outcome record's first columns; then a column for each position (outcome_column), then
``objectives`` (how many have been written), then OUTCOME_RECORDED."""
OUTCOME_LAST = "objectives"
OUTCOME_RECORDED = ("recorded_by", "exported_at")
"""The outcome record's last columns, the same on every line: who downloaded it (the name in
their own plan or journal, empty if they gave none) and when (ISO 8601, UTC). After every
column the record had before them, so that a reader that takes the columns by position, or
by name, reads an older record and a newer one alike."""
OUTCOME_REVIEWED = "last_review_date"
"""With ``review:`` in the plan, after OUTCOME_RECORDED: the date the newest past plan was
reviewed, then for each outcome of the review (outcome_review_column) how many of its
objectives went that way. Last, as every new column."""


def outcome_review_column(outcome: str) -> str:
    """The outcome record's column of how many objectives went ``outcome`` at the last review:
    ``last_review_achieved``, ``last_review_in_progress``."""
    return _fill("outcome_review_column", outcome=outcome).replace("-", "_")


def script_names(namespace: str, forms: list[str]) -> dict[str, Any]:
    """The naming rules the scripts need, for the form's JSON configuration."""
    return {
        "namespace": namespace,
        "records": {form: record_key(namespace, form) for form in forms},
        **privacy_names(namespace),
        "keyPattern": KEY_PATTERN,
        "cellPattern": CELL_PATTERN,
        "rowPattern": f"^{ROW_PATTERN}$",
        "rowPlaceholder": ROW_PLACEHOLDER,
        "cellKey": TEMPLATES["cell_key"],
        "exportKey": TEMPLATES["export_key"],
        "setAsideKey": TEMPLATES["set_aside_key"],
        "cellControlId": TEMPLATES["cell_control_id"],
        "colleaguePattern": f"^{COLLEAGUE_PATTERN}$",
        "colleague": TEMPLATES["colleague_key"].format(
            namespace=namespace, colleague="{colleague}"
        ),
        "colleagueRecord": TEMPLATES["colleague_record_key"].format(
            namespace=namespace, colleague="{colleague}", form="{form}"
        ),
        "fileName": TEMPLATES["file_name"],
        "person": dict(PERSON),
        "past": dict(PAST),
    }


def anchor_id(content_id: str, *parts: str) -> str:
    """The HTML id of a heading named after content: its id, or its id and parts after it
    (``preparation_resources``): no other content id can produce that."""
    return PART.join((content_id, *parts))
