"""The contract between a page and its scripts: the configuration each page hands them as JSON.

A form page (and a page that shows answers) carries a :class:`PageConfig` in
``data-sfg-config``; every page's "Forget me on this computer" carries a
:class:`ForgetConfig` in ``data-sfg-privacy``. generator/render/config.py and privacy.py fill
them in; theme/assets/js reads them. Their TypeScript declarations, typings/config.d.ts, are
written from these models by ``python -m generator typings typings`` (generator/typings.py,
`make schemas`), and tests/test_typings.py fails when the committed file differs: change a
field here, and the scripts' type check sees it.

The names in the JSON are the scripts' (``keyPattern``, ``idleMinutes``): each field's alias,
made from its Python name. A field that is None is left out of the JSON, never written as
null: the typings make it optional.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, create_model
from pydantic.alias_generators import to_camel

from ..models.interface import SCRIPT_WORDS
from ..models.privacy import FORGET_WORDS


class Contract(BaseModel):
    """A part of a page's configuration. Each field's docstring is its comment in the
    typings."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        use_attribute_docstrings=True,
    )

    def data(self) -> dict[str, Any]:
        """As the page carries it: the scripts' names, no None."""
        return self.model_dump(by_alias=True, exclude_none=True)


class PersonKeys(Contract):
    """The answer keys of whose answers they are (generator/naming.py PERSON)."""

    name: str
    role: str


class PastKeys(Contract):
    """The plan's own keys that answer no question (generator/naming.py PAST): each past plan
    in a cell ``{table}/<row>/{column}``, a review being written under ``draft``."""

    table: str
    column: str
    draft: str


class NamingRules(Contract):
    """How answers are named (config.names, from generator/naming.py script_names)."""

    namespace: str
    records: dict[str, str]
    """Each form's record key in the browser's storage."""
    prefix: str
    """What every key of this toolkit in the browser's storage starts with."""
    choice: str
    """Keys of ours that hold no answer (generator/naming.py privacy_names): the choice to
    keep answers, the lock, the last download, the forms opened from a folder."""
    lock: str
    downloaded: str
    opened: str
    shown: str
    """The colleague whose answers are shown: an id, in the tab's sessionStorage for the visit."""
    key_pattern: str
    cell_pattern: str
    row_pattern: str
    row_placeholder: str
    cell_key: str
    export_key: str
    set_aside_key: str
    cell_control_id: str
    colleague_pattern: str
    colleague: str
    """Templates of a colleague's key and of the records filled in for them."""
    colleague_record: str
    file_name: str
    person: PersonKeys
    """The answer keys of whose answers they are."""
    past: PastKeys
    """The keys of the plans reviewed and of a review being written."""


class Answer(Contract):
    """What the content says about an answer (config.answers[form][key])."""

    question: str
    choices: dict[str, str] | None = None
    """A choice's or a position's label, by its id."""
    table: bool | None = None
    """True for a table (its answer is its order of rows)."""
    private: bool | None = None
    """True for an answer marked private (content ``private: true``, or a cell of a private
    table or column): a file leaves it out unless the person chooses to include it."""


class PrivacySettings(Contract):
    """The settings of content/site.yml ``privacy:`` (generator/render/privacy.py)."""

    keep: bool
    idle_minutes: int
    min_length: int
    reminder_edits: int


class Position(Contract):
    """Where a growth direction's position is asked in the plan, now or in two years."""

    key: str
    direction: str
    when: str
    column: str
    """Its column in the outcome record."""


class Calendar(Contract):
    """What the plan's calendar events are made of: the review date, and each objective's date
    (the column ``review.due`` of the table ``review.table``)."""

    key: str
    """The answer key of the review date."""
    title: str
    """The review event's title set in content/plan.yml ("": the interface words, which say
    whose review it is to the one who downloads it)."""
    description: str
    """The review event's words set in content/plan.yml ("": the interface words)."""
    organisation: str
    reminder_days: int
    """Each event's reminder comes this many days before it."""
    manager: str
    """The answer key of the line manager's name ("": none)."""
    objective: str
    """The column id of the table of objectives whose text names an objective ("": none)."""


class Outcome(Contract):
    """What the plan's outcome record is made of."""

    date: str
    objectives: str
    columns: list[str]
    """In order: a new column only ever comes last."""
    reviewed: str
    """The column of the date of the last review ("": the plan has no review)."""
    outcomes: dict[str, str]
    """By a review outcome's id, its column: how many objectives went that way."""


class ReviewChoice(Contract):
    """How an objective can have gone (content/plan.yml ``review: outcomes``)."""

    id: str
    label: str
    unfinished: bool
    """Carried over into the next plan."""


class Review(Contract):
    """What the review of a plan is made of (content/plan.yml ``review:``)."""

    table: str
    """The answer key of the table of objectives."""
    owner: str
    """The column id of who acts on an objective ("": none)."""
    due: str
    """The column id of by when ("": none)."""
    next_date: str
    """The answer key of the date of the next review."""
    keep: list[str]
    """The answer keys the next plan keeps as they are, besides the person's name and role,
    the positions and the objectives carried over."""
    outcomes: list[ReviewChoice]


class Words(Contract):
    """Interface words by their names as generator/models/interface.py has them (no camel
    case): every word a property, so that the scripts' type check refuses a word that is not
    there."""

    model_config = ConfigDict(alias_generator=None)


ScriptWords = create_model(
    "ScriptWords",
    __base__=Words,
    __doc__="The words the scripts show (generator/models/interface.py SCRIPT_WORDS).",
    **{word: (str, ...) for word in SCRIPT_WORDS},  # type: ignore[call-overload]
)
ForgetWords = create_model(
    "ForgetWords",
    __base__=Words,
    __doc__='The words of "Forget me on this computer" (generator/models/privacy.py FORGET_WORDS).',
    **{word: (str, ...) for word in FORGET_WORDS},  # type: ignore[call-overload]
)


class PageConfig(Contract):
    """A page's configuration (data-sfg-config, from generator/render/config.py)."""

    model_config = ConfigDict(title="Config")

    form: str
    """The form of the page ("journal" or "plan"), or "" on a page that only shows answers."""
    forms: list[str]
    names: NamingRules
    answers: dict[str, dict[str, Answer]]
    """Per form, per answer key: its question and choices."""
    site: str
    lang: str
    text: ScriptWords
    """The interface words the scripts show (generator/models/interface.py SCRIPT_WORDS)."""
    privacy: PrivacySettings
    positions: list[Position]
    """Where each growth direction's positions are, now and in two years (plan fields)."""
    calendar: Calendar | None = None
    outcome: Outcome | None = None
    review: Review | None = None


class ForgetConfig(Contract):
    """The configuration of "Forget me on this computer" (data-sfg-privacy, on every page,
    from generator/render/privacy.py)."""

    names: NamingRules
    forms: list[str]
    text: ForgetWords
    """Its words (generator/models/privacy.py FORGET_WORDS)."""


CONTRACT: tuple[type[Contract], ...] = (PageConfig, ForgetConfig)
"""What the pages hand their scripts: typings/config.d.ts declares these and what they hold."""
