"""One naming: every name of an answer comes from generator/naming.py, the page's own ids
cannot collide with content, and ids that would collide are refused by the check."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator import naming
from generator.naming import AnswerName

from .support.html import duplicate_ids, element_ids
from .support.sites import FIXTURE_TOOLKIT, build_site
from .test_validation_errors import (
    ALPHA,
    GUIDE,
    JOURNAL,
    RESOURCES,
    Edit,
    copy_fixture,
    errors_after,
)


def test_a_field_and_a_table_cell_get_every_name_from_one_place() -> None:
    energy = AnswerName("journal", "energy")
    assert (energy.key, energy.export_key) == ("energy", "journal/energy")
    assert (energy.control_id, energy.field_name) == ("sfg-energy", "energy")
    assert energy.part_id("hint") == "sfg-energy_hint"
    cell = AnswerName("plan", "objectives").cell("2", "objective")
    assert cell.key == "objectives/2/objective"
    assert cell.export_key == "plan/objectives/2/objective"
    assert cell.control_id == "sfg-objectives_2_objective"
    assert cell.field_name == "objectives_2_objective"
    assert naming.record_key("trust-sfg", "plan") == "trust-sfg/plan"


def test_names_of_different_answers_never_meet() -> None:
    """Parts are joined by '_', which no content id holds: 'energy' with a hint and a
    question 'energy-hint' have different ids, and no answer id starts like the page's own."""
    hint = AnswerName("journal", "energy").part_id("hint")
    assert hint != AnswerName("journal", "energy-hint").control_id
    option = AnswerName("journal", "confidence").option_id("high")
    assert option != AnswerName("journal", "confidence-high").control_id
    assert not AnswerName("journal", "dialog-text").control_id.startswith(naming.OWN_PREFIX)
    assert naming.own_id("dialog-text") == "sfg_dialog-text"


@pytest.mark.parametrize("word", sorted(naming.QUESTION_PARTS))
def test_no_option_or_position_id_names_a_part_of_its_question(word: str) -> None:
    """An option, position or column may be called ``hint`` or ``block``: a question's own
    parts are words without '-', an option's part has its kind and a '-'."""
    assert "-" not in word and naming.is_content_id(word)
    for name in (AnswerName("journal", "confidence"), AnswerName("plan", "t").cell("1", "c")):
        own = {name.part_id(each) for each in naming.QUESTION_PARTS}
        assert name.option_id(word) not in own
        assert name.suggestions_id(word) not in own
        assert name.option_id(word) != name.suggestions_id(word)
    assert AnswerName("plan", "t").cell("1", word).control_id not in {
        AnswerName("plan", "t").part_id(each) for each in naming.QUESTION_PARTS
    }
    with pytest.raises(ValueError, match="not a part of a question"):
        AnswerName("journal", "confidence").part_id("high")


@pytest.mark.parametrize("value", ["most-happy\n", "most-happy\r", "Energy", "a--b", "a_b", "-a"])
def test_the_id_pattern_takes_the_whole_value(value: str) -> None:
    assert not naming.is_content_id(value)


def test_stored_keys_follow_the_one_pattern() -> None:
    key = re.compile(naming.KEY_PATTERN)
    for good in ("energy", "objectives", "objectives/2/objective", "objectives/k3x9ab/term"):
        assert key.fullmatch(good), good
    for bad in ("energy\n", "objectives/2", "a/b/c/d", "__proto__", "objectives/Row/term"):
        assert not key.fullmatch(bad), bad


# A programme named 'index' would replace the programmes page; ids that become HTML ids of
# one page (headings, rows of the framework grid, resources) may not meet on that page.
@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            Edit(ALPHA, "id: alpha", "id: index"),
            f"{ALPHA}:2: id: reserved id 'index': the programmes page itself is"
            " programmes/index.html; choose another",
        ),
        (
            Edit(JOURNAL, "- id: energy", '- id: "energy\\n"'),
            f"{JOURNAL}:12: stages[0].sections[0].questions[0].id: bad id 'energy\\n': use"
            " lower-case letters, digits and single hyphens, starting with a letter"
            " (like 'health-and-wellbeing')",
        ),
        (
            Edit(JOURNAL, "- id: energy", "- id: sfg-energy"),
            f"{JOURNAL}:12: stages[0].sections[0].questions[0].id: reserved id 'sfg-energy':"
            " ids starting with 'sfg-' are kept for the toolkit's own names; choose another",
        ),
        (
            Edit(JOURNAL, "- id: role", "- id: stage-two"),
            f"{JOURNAL}:21: stages[1].sections[0].id: duplicate id 'stage-two' (first at line 18):"
            " both name a part of the page journal.html; give each one its own id",
        ),
        (
            Edit(RESOURCES, "- id: prepare", "- id: wres"),
            f"{RESOURCES}:9: groups[0].resources[1].id: duplicate id 'wres' (first at line 4):"
            " both name a part of the page resources.html; give each one its own id",
        ),
        (
            Edit(GUIDE, "- id: stage-one", "- id: depth"),
            f"{GUIDE}:4: stages[0].id: duplicate id 'depth', also in"
            " framework/scope-for-growth.yml:11: both name a part of the page"
            " print/guide.html; give each one its own id",
        ),
    ],
    ids=[
        "programme-index",
        "trailing-newline",
        "sfg-prefix",
        "stage-and-section",
        "group-and-resource",
        "guide-stage-and-direction",
    ],
)
def test_ids_that_would_collide_are_refused(tmp_path: Path, edit: Edit, expected: str) -> None:
    errors = errors_after(copy_fixture(tmp_path), [edit])
    assert expected in errors, "\n".join(errors)


# Each of these ids, as a question, once gave two elements of the journal page one id.
PAGE_OWN_WORDS = [
    "dialog-text",
    "dialog-heading",
    "tools-heading",
    "orphans-heading",
    "print-heading",
    "orphan-0",
    "grid-caption",
    "title",
    "status",
]


# The words naming.py uses for a question's own parts (its hint, its block, a table's label,
# a position's suggestions), as option, position and table column ids: each once gave two
# elements of a page one id (sfg-confidence_hint, sfg-depth-current_block).
QUESTION_OWN_WORDS = ["hint", "block", "label", "suggest"]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def colliding_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("colliding")
    toolkit = root / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, toolkit)
    journal = toolkit / "content" / "journal.yml"
    questions = "".join(
        f"          - id: {word}\n            text: Question {word}?\n" for word in PAGE_OWN_WORDS
    )
    first = "          - id: energy\n"
    _replace(journal, first, questions + first)
    # Options named like a question's own parts, on a choice question with a hint.
    options = "".join(
        f"              - id: {word}\n                label: Option {word}\n"
        for word in QUESTION_OWN_WORDS
    )
    _replace(
        journal,
        "            type: choice\n            options:\n",
        "            type: choice\n            hint: Choose one.\n            options:\n" + options,
    )
    # Positions, table columns and a column's options named the same way.
    framework = toolkit / "framework" / "scope-for-growth.yml"
    _replace(framework, "  - id: early\n", "  - id: block\n")
    _replace(framework, "      early: [", "      block: [")
    _replace(framework, "  - id: later\n", "  - id: suggest\n")
    _replace(framework, "      later: [Present", "      suggest: [Present")
    _replace(framework, "      later: [Take", "      suggest: [Take")
    plan = toolkit / "content" / "plan.yml"
    columns = "".join(
        f"          - id: {word}\n            label: Column {word}\n            hint: Write it.\n"
        for word in QUESTION_OWN_WORDS
    )
    _replace(plan, "          - id: review-date\n", columns + "          - id: review-date\n")
    term = "            label: Term\n"
    _replace(plan, term, term + "            hint: Pick.\n")
    _replace(
        plan,
        "              - id: short\n",
        options + "              - id: short\n",
    )
    build_site(toolkit, root / "site")
    return root / "site"


def test_no_page_has_two_elements_with_one_id(colliding_site: Path) -> None:
    pages = sorted(colliding_site.rglob("*.html"))
    assert len(pages) > 10
    journal = (colliding_site / "journal.html").read_text(encoding="utf-8")
    assert 'value="hint"' in journal and 'id="sfg-confidence_hint"' in journal
    plan = (colliding_site / "plan.html").read_text(encoding="utf-8")
    assert 'value="block"' in plan and 'data-sfg-column="label"' in plan
    duplicates = {page.name: duplicate_ids(page.read_text(encoding="utf-8")) for page in pages}
    assert {name: ids for name, ids in duplicates.items() if ids} == {}


def test_the_dialog_describes_itself_not_a_question(colliding_site: Path) -> None:
    html = (colliding_site / "journal.html").read_text(encoding="utf-8")
    ids, attributes = element_ids(html)
    dialog = re.search(r'<dialog[^>]*aria-describedby="([^"]+)"', html)
    assert dialog, "the confirmation dialog is on the page"
    assert "sfg-dialog-text" in ids, "the question is on the page"
    assert "data-sfg-dialog-text" in attributes[dialog.group(1)]
