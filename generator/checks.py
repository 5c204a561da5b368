"""Checks across fields and files: unique ids, references that resolve, sensible field set-ups."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown.util import AMP_SUBSTITUTE
from pydantic import BaseModel

from .errors import ContentError, format_path
from .models.forms import FieldBase, Plan, PlanField
from .models.review import Review
from .naming import PERSON
from .prose_links import (
    IMAGE_RULE,
    REFERENCE_KINDS,
    WEB_SCHEMES,
    Address,
    ProseMarkdown,
    image_file,
    link_problem,
)
from .source import Location, YamlDocument
from .validate import suggestion

COLUMN_TYPES = ("long-text", "short-text", "date", "choice")


@dataclass(frozen=True)
class Targets:
    """The ids a reference may name, and how to tell an editor where they come from."""

    ids: Sequence[str]
    noun: str
    source: str | None = None
    """The file or folder holding them, for lists too long to print."""

    def expected(self) -> str:
        ids = list(dict.fromkeys(self.ids))  # a duplicated id is reported on its own
        if not ids:
            return f"there is no {self.noun}"
        if ids and (len(ids) <= 8 or self.source is None):
            return f"expected one of: {', '.join(ids)}"
        return f"expected the id of a {self.noun} in {self.source}"


@dataclass
class Claim:
    document: YamlDocument
    location: Location


PAGE_SPACE = "page:"
"""Id spaces named ``page:journal`` hold the content ids that become HTML ids of that page."""


@dataclass
class Checker:
    """Collects errors; remembers which ids are taken in each id space."""

    errors: list[ContentError] = field(default_factory=list)
    claims: dict[tuple[str, str], Claim] = field(default_factory=dict)

    def fail(self, document: YamlDocument, location: Location, message: str) -> None:
        self.errors.append(document.error(location, message))

    def claim(
        self,
        space: str,
        value: str,
        document: YamlDocument,
        location: Location,
        noun: str = "one",
    ) -> None:
        """Record ``value`` in id space ``space``; report it if someone has it already.

        In one file the later of two is the duplicate ("first at line 3"). Across files
        neither is: files are read in name order, so a copy named ``a-….yml`` comes before
        its original. The line then names the other file without blaming either ("also in").
        ``noun`` names what should each have its own id.
        """
        first = self.claims.setdefault((space, value), Claim(document, location))
        if first.location == location and first.document is document:
            return
        first_line = first.document.line_of(first.location)
        if first.document is document:
            duplicate = f"duplicate id '{value}' (first at line {first_line})"
        else:
            duplicate = f"duplicate id '{value}', also in {first.document.file}:{first_line}"
        advice = f"give each {noun} its own id"
        if space.startswith(PAGE_SPACE):
            page = space.removeprefix(PAGE_SPACE)
            advice = f"both name a part of the page {page}.html; {advice}"
        self.fail(document, location, f"{duplicate}: {advice}")

    def claim_all(
        self, space: str, items: Iterable[Any], document: YamlDocument, location: Location
    ) -> None:
        for index, item in enumerate(items):
            self.claim(space, item.id, document, (*location, index, "id"))

    def reference(
        self,
        document: YamlDocument,
        location: Location,
        value: str,
        targets: Targets,
        what: str = "",
    ) -> None:
        """Report ``value`` unless it is one of ``targets``; ``what`` overrides its noun."""
        if value not in targets.ids:
            hint = suggestion(value, targets.ids)
            message = f"unknown {what or targets.noun} '{value}'{hint}; {targets.expected()}"
            self.fail(document, location, message)


def check_form_fields(
    checker: Checker,
    document: YamlDocument,
    fields: Sequence[FieldBase],
    location: Location,
    directions: Targets | None,
) -> None:
    """Each field's extra settings must fit its type; ids are shared by journal and plan."""
    for index, form_field in enumerate(fields):
        here = (*location, index)
        checker.claim("field", form_field.id, document, (*here, "id"))
        if form_field.id in PERSON.values():
            message = (
                f"reserved id '{form_field.id}': the toolkit asks for the person's name and role"
                " at the top of the journal and the plan itself (their labels are the interface"
                " words person_name_label and person_role_label); choose another id"
            )
            checker.fail(document, (*here, "id"), message)
        _check_field_settings(checker, document, form_field, here, directions)
        for column_index, column in enumerate(form_field.columns or []):
            column_here = (*here, "columns", column_index)
            checker.claim(f"column:{form_field.id}", column.id, document, (*column_here, "id"))
            if column.type not in COLUMN_TYPES:
                message = f"a table column cannot be of type '{column.type}'; expected one of: "
                checker.fail(document, (*column_here, "type"), message + ", ".join(COLUMN_TYPES))
                continue
            _check_field_settings(checker, document, column, column_here, directions)


def _check_field_settings(
    checker: Checker,
    document: YamlDocument,
    form_field: FieldBase,
    here: Location,
    directions: Targets | None,
) -> None:
    needs = {"choice": "options", "position": "direction", "table": "columns"}
    for setting, owner in (
        ("options", "choice"),
        ("direction", "position"),
        ("columns", "table"),
        ("rows", "table"),
    ):
        if getattr(form_field, setting) is not None and form_field.type != owner:
            message = f"'{setting}' only applies to type: {owner} (this field is {form_field.type})"
            checker.fail(document, (*here, setting), message)
    required = needs.get(form_field.type)
    if required and getattr(form_field, required) is None:
        message = f"missing required field '{required}' for type: {form_field.type}"
        checker.fail(document, here, message)
    if getattr(form_field, "when", None) is not None and form_field.type != "position":  # plan
        message = f"'when' only applies to type: position (this field is {form_field.type})"
        checker.fail(document, (*here, "when"), message)
    if form_field.options is not None:
        if len(form_field.options) < 2 and form_field.type == "choice":
            message = f"a choice needs at least two options, got {len(form_field.options)}"
            checker.fail(document, (*here, "options"), message)
        checker.claim_all(
            f"option:{form_field.id}", form_field.options, document, (*here, "options")
        )
    if form_field.direction is not None and directions is not None:
        checker.reference(document, (*here, "direction"), form_field.direction, directions)


def check_wording(checker: Checker, document: YamlDocument, item: Any, location: Location) -> None:
    """Each setting that ``organisation_wording`` lists must have words to mark, in ``item``
    and every model inside it."""
    if not isinstance(item, BaseModel):
        return
    for index, setting in enumerate(getattr(item, "organisation_wording", ())):
        if getattr(item, setting) is None:
            noun = type(item).__name__.lower()
            message = (
                f"this {noun} has no {setting}: write one, or take '{setting}' out of"
                " organisation_wording"
            )
            checker.fail(document, (*location, "organisation_wording", index), message)
    for name in type(item).model_fields:
        value = getattr(item, name)
        if isinstance(value, BaseModel):
            check_wording(checker, document, value, (*location, name))
        elif isinstance(value, list):
            for index, each in enumerate(value):
                check_wording(checker, document, each, (*location, name, index))


def check_prose_links(
    checker: Checker,
    document: YamlDocument,
    known: Mapping[str, Targets | None],
    content: Path,
    prose: ProseMarkdown,
) -> None:
    """Every link and image of every text, as a browser would read it once Markdown has made
    it (generator/prose_links.py): an allowed kind, naming something that exists.

    A kind whose targets are ``None`` (their file did not load) is not checked.
    """
    for location, text in _strings(document.data, ()):
        seen: dict[str, int] = {}
        for tag, address in prose.addresses(text):
            message = (
                _image_problem(address, content) if tag == "img" else _link_problem(address, known)
            )
            if message:
                needle = address.written.split(AMP_SUBSTITUTE)[0] or text[:20]
                checker.errors.append(_at_text(document, location, needle, seen, message))


def _link_problem(address: Address, known: Mapping[str, Targets | None]) -> str | None:
    scheme = address.scheme
    if scheme is not None and scheme not in WEB_SCHEMES and scheme not in REFERENCE_KINDS:
        kinds = [f"{each}:" for each in REFERENCE_KINDS]
        written = address.read.partition(":")[0]
        return (
            f"unknown kind of link '{written}:'{suggestion(f'{written}:', kinds)}; "
            f"expected {', '.join(kinds)} or a web address starting with https://"
        )
    problem = link_problem(address)
    if problem or scheme not in REFERENCE_KINDS:
        return problem
    targets = known.get(str(scheme))
    target = address.target
    if targets is None or target in targets.ids:
        return None
    hint = suggestion(target, targets.ids)
    return f"link to unknown {targets.noun} '{target}'{hint}; {targets.expected()}"


def _image_problem(address: Address, content: Path) -> str | None:
    image = image_file(address)
    if image is None:
        return f"image '{address.read}' is not allowed: {IMAGE_RULE}"
    path = content / image
    if path.is_symlink() or not path.is_file():
        return f"image file not found: expected it at content/{image}"
    return None


def _at_text(
    document: YamlDocument, location: Location, needle: str, seen: dict[str, int], message: str
) -> ContentError:
    """An error on the line of the ``seen[needle]``-th ``needle`` inside a long text."""
    occurrence = seen.get(needle, 0)
    seen[needle] = occurrence + 1
    line = document.line_of_text(location, needle, occurrence)
    return ContentError(document.file, line, format_path(location), message)


def check_web_address(
    checker: Checker, document: YamlDocument, location: Location, address: str | None
) -> None:
    """'www.nhs.uk' passes as a relative path, but it is a dead link: ask for https://."""
    if address is not None and address.lower().startswith("www."):
        message = f"web address '{address}' has no https:// at the start: write https://{address}"
        checker.fail(document, location, message)


def _strings(data: Any, location: Location) -> Iterator[tuple[Location, str]]:
    if isinstance(data, str):
        yield location, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*location, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*location, index))


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def check_plan_uses(checker: Checker, document: YamlDocument, plan: Plan) -> None:
    """The fields the calendar and the outcome record name exist and are of the right type;
    each growth direction has at most one position ``now`` and one ``in-two-years``."""
    fields = {f.id: f for f in plan.fields()}
    uses = []
    if plan.calendar:
        uses.append((("calendar", "date"), plan.calendar.date, "date"))
        if plan.calendar.manager:
            uses.append((("calendar", "manager"), plan.calendar.manager, "short-text"))
    if plan.outcome:
        uses.append((("outcome", "date"), plan.outcome.date, "date"))
        if plan.outcome.objectives:
            uses.append((("outcome", "objectives"), plan.outcome.objectives, "table"))
    if plan.review:
        uses.append((("review", "objectives"), plan.review.objectives, "table"))
        uses.append((("review", "next_date"), plan.review.next_date, "date"))
    for where, value, kind in uses:
        ids = [f.id for f in fields.values() if f.type == kind]
        checker.reference(document, where, value, Targets(ids, f"{kind} field of the plan"))
    if plan.review:
        check_review(checker, document, plan.review, fields)
    seen: dict[tuple[str, str], str] = {}
    for s, section in enumerate(plan.sections):
        for f, form_field in enumerate(section.fields):
            if form_field.when is None or form_field.direction is None:
                continue
            first = seen.setdefault((form_field.direction, form_field.when), form_field.id)
            if first != form_field.id:
                message = (
                    f"'{first}' is already the position {form_field.when} in the direction"
                    f" '{form_field.direction}': give each direction one field of each"
                )
                checker.fail(document, ("sections", s, "fields", f, "when"), message)


def check_review(
    checker: Checker, document: YamlDocument, review: Review, fields: dict[str, PlanField]
) -> None:
    """The review's owner and date are columns of its table of the right type, the fields it
    keeps are the plan's, and each outcome's id is used once."""
    table = fields.get(review.objectives)
    columns = {column.id: column.type for column in (table.columns if table else None) or []}
    for setting, value, kind in (("owner", review.owner, "choice"), ("due", review.due, "date")):
        if value is not None and columns:
            ids = [column for column, type_ in columns.items() if type_ == kind]
            noun = f"{kind} column of '{review.objectives}'"
            checker.reference(document, ("review", setting), value, Targets(ids, noun))
    for k, kept in enumerate(review.keep):
        targets = Targets(list(fields), "field of the plan")
        checker.reference(document, ("review", "keep", k), kept, targets)
    checker.claim_all("review outcome", review.outcomes, document, ("review", "outcomes"))
