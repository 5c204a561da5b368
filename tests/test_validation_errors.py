"""Broken content gives one exact line per problem: ``file:line: field.path: what and why``.

Each case copies the fixture content set, breaks it in one way (sometimes a few, to show
that every problem is reported in one run) and compares the whole list of error lines.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import ContentErrors, load_toolkit
from generator.toolkit import plural

from .support.sites import FIXTURE_TOOLKIT

SITE = "content/site.yml"
HOME = "content/home.yml"
JOURNAL = "content/journal.yml"
PLAN = "content/plan.yml"
GUIDE = "content/guide.yml"
RESOURCES = "content/resources.yml"
ALPHA = "content/programmes/alpha.yml"
BETA = "content/programmes/beta.yml"
FRAMEWORK = "framework/scope-for-growth.yml"

# The first journal question, "energy", is on lines 12-13 of the fixture's journal.yml
# (line 1 names the schema for editors, see generator/schema.py).
ENERGY = "stages[0].sections[0].questions[0]"
QUESTION_KEYS = "id, type, hint, lines, options, direction, columns, rows, private, text, guide"
FIELD_TYPES = "long-text, short-text, date, choice, position, table"
PAGES = "home, journal, framework, plan, answers, guide, programmes, resources"


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` (which must occur exactly once) by ``new`` in one file of the set."""

    file: str
    old: str
    new: str | bytes

    def apply(self, root: Path) -> None:
        path = root / self.file
        raw = path.read_bytes()
        old = self.old.encode()
        assert raw.count(old) == 1, f"{self.old!r} must occur once in {self.file}"
        new = self.new if isinstance(self.new, bytes) else self.new.encode()
        path.write_bytes(raw.replace(old, new))


@dataclass(frozen=True)
class Write:
    """Give a file new content (``None`` deletes the file or folder)."""

    file: str
    content: str | None

    def apply(self, root: Path) -> None:
        path = root / self.file
        if self.content is not None:
            path.write_text(self.content, encoding="utf-8")
        elif path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


@dataclass(frozen=True)
class Copy:
    """Copy a file of the set to a new name, as an editor adding a programme would."""

    file: str
    to: str

    def apply(self, root: Path) -> None:
        shutil.copyfile(root / self.file, root / self.to)


@dataclass(frozen=True)
class Case:
    name: str
    edits: Sequence[Edit | Write | Copy]
    expected: Sequence[str]


def case(name: str, file: str, old: str, new: str | bytes, *expected: str) -> Case:
    return Case(name, [Edit(file, old, new)], expected)


def copy_fixture(tmp_path: Path) -> Path:
    root = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, root)
    return root


def errors_after(root: Path, edits: Sequence[Edit | Write | Copy]) -> list[str]:
    for edit in edits:
        edit.apply(root)
    with pytest.raises(ContentErrors) as raised:
        load_toolkit(root)
    return [str(error) for error in raised.value.errors]


FILE_CASES = [
    case(
        "yaml-syntax-colon-in-value",
        JOURNAL,
        "text: What gives me energy?",
        "text: Note: what gives me energy?",
        f"{JOURNAL}:13: YAML syntax error: a ': ' inside a value; put the whole value in quotes",
    ),
    case(
        "yaml-syntax-unclosed-quote-reported-where-it-opens",
        JOURNAL,
        'title: "Stage 1: Reflect"',
        'title: "Stage 1: Reflect',
        f"""{JOURNAL}:6: YAML syntax error: a quote (" or ') opened on this line is never closed""",
    ),
    case(
        "yaml-syntax-indented-too-far",
        JOURNAL,
        "            text: What gives me energy?",
        "             text: What gives me energy?",
        f"{JOURNAL}:13: YAML syntax error: this line is indented under a key that already has"
        " a value on the line above; line it up with the other keys",
    ),
    case(
        "yaml-syntax-dash-without-space",
        JOURNAL,
        "- id: frustrations",
        "-id: frustrations",
        f"{JOURNAL}:14: YAML syntax error: a '-' must be followed by a space, as in '- item'",
    ),
    case(
        "yaml-syntax-missing-colon-reported-on-its-own-line",
        JOURNAL,
        "text: What gives me energy?",
        "text What gives me energy?",
        f"{JOURNAL}:13: YAML syntax error: this line is not 'key: value' (is the ':' or the"
        " space after it missing, or should the line be indented as part of the text above?)",
    ),
    case(
        "yaml-syntax-unclosed-bracket",
        GUIDE,
        "resources: [blind-spots, wres]",
        "resources: [blind-spots, wres",
        f"{GUIDE}:7: YAML syntax error: a '[' is never closed with ']'"
        " (put text starting with '[' in quotes)",
    ),
    case(
        "yaml-syntax-value-starting-with-at",
        JOURNAL,
        "text: What gives me energy?",
        "text: @energy",
        f"{JOURNAL}:13: YAML syntax error: a value starts with '@'; put the value in quotes",
    ),
    case(
        "yaml-more-than-one-document",
        BETA,
        "name: Beta Programme",
        "name: Beta Programme\n---",
        f"{BETA}:4: YAML syntax error: more than one document ('---'); keep one per file",
    ),
    case(
        "tab-in-indentation",
        JOURNAL,
        "            text: What gives me energy?",
        "\t    text: What gives me energy?",
        f"{JOURNAL}:13: tab character in the indentation: indent with spaces, not tabs",
    ),
    case(
        "duplicate-key-names-both-lines",
        JOURNAL,
        "text: What gives me energy?\n",
        "text: What gives me energy?\n            text: What drains me?\n",
        f"{JOURNAL}:14: {ENERGY}.text: duplicate key 'text' (first at line 13):"
        " each key may appear only once here; keep one of them",
    ),
    case(
        "non-utf8-byte",
        GUIDE,
        "title: Well-being",
        b"title: Well-b\xe9ing",
        f"{GUIDE}:9: not UTF-8 text: byte 0xe9 cannot be read; save the file with UTF-8 encoding",
    ),
    case(
        "control-character",
        BETA,
        "name: Beta Programme",
        "name: Beta\x07Programme",
        f"{BETA}:3: special character U+0007 is not allowed: delete it"
        " (it often comes with text copied from another program)",
    ),
    case(
        "unsupported-yaml-tag",
        JOURNAL,
        "text: What gives me energy?",
        "text: !custom What gives me energy?",
        f"{JOURNAL}:13: {ENERGY}.text: cannot read 'What gives me energy?' as !custom:"
        " remove the '!custom' tag",
    ),
    case(
        "merge-key",
        BETA,
        "name: Beta Programme",
        "name: Beta Programme\n<<: {order: 2}",
        f"{BETA}:4: '<<' (merging in an '&anchor') is not supported: write the keys out in full",
    ),
    case(
        "alias-inside-itself",
        BETA,
        "name: Beta Programme",
        "name: &name [*name]",
        f"{BETA}:3: name: a YAML anchor ('&name') is not allowed: write the value out in full"
        " wherever it is needed (put text that starts with '&' in quotes)",
    ),
    Case(
        "missing-file",
        [Write(GUIDE, None)],
        [f"{GUIDE}: file not found: expected the facilitation guide: title and stages"],
    ),
    Case(
        "missing-folder",
        [Write("framework", None)],
        ["framework: folder not found: expected the framework file scope-for-growth.yml"],
    ),
    Case(
        "empty-file",
        [Write(GUIDE, "")],
        [f"{GUIDE}:1: file is empty: expected the facilitation guide: title and stages"],
    ),
    Case(
        "file-of-comments-only",
        [Write(BETA, "# Beta: to be written\n")],
        [f"{BETA}:1: file is empty: expected one programme"],
    ),
]

MODEL_CASES = [
    case(
        "unknown-key-did-you-mean-replaces-missing-field",
        JOURNAL,
        "text: What gives me energy?",
        "txet: What gives me energy?",
        f"{JOURNAL}:13: {ENERGY}.txet: unknown key 'txet' (did you mean 'text'?);"
        f" expected one of: {QUESTION_KEYS}",
    ),
    case(
        "unknown-key-did-you-mean-in-programme",
        ALPHA,
        "summary: The first programme.",
        "summry: The first programme.",
        f"{ALPHA}:5: summry: unknown key 'summry' (did you mean 'summary'?); expected one of:"
        " id, name, order, provider, summary, audience, bands, duration, streams, details,"
        " how_to_apply, links, source, organisation_wording",
    ),
    case(
        "unknown-key-without-suggestion",
        JOURNAL,
        "        title: Well-being\n",
        "        title: Well-being\n        colour: blue\n",
        f"{JOURNAL}:10: stages[0].sections[0].colour: unknown key 'colour';"
        " expected one of: id, title, intro, note, questions",
    ),
    case(
        "missing-required-field",
        PLAN,
        "        label: Name of your manager\n",
        "",
        f"{PLAN}:7: sections[0].fields[0]: missing required field 'label'",
    ),
    case(
        "missing-required-top-level-field",
        SITE,
        "storage_namespace: fixture-sfg\n",
        "",
        f"{SITE}:3: missing required field 'storage_namespace'",
    ),
    case(
        "text-where-whole-number-expected",
        JOURNAL,
        "lines: 3",
        "lines: three",
        f"{JOURNAL}:17: stages[0].sections[0].questions[1].lines: wrong type:"
        " expected a whole number, got text 'three'",
    ),
    case(
        "number-where-list-expected",
        GUIDE,
        "resources: [blind-spots, wres]",
        "resources: 3",
        f"{GUIDE}:7: stages[0].resources: wrong type: expected a list (lines starting with '- '),"
        " got the number 3",
    ),
    case(
        "text-where-list-expected",
        GUIDE,
        "resources: [blind-spots, wres]",
        "resources: blind-spots",
        f"{GUIDE}:7: stages[0].resources: wrong type: expected a list (lines starting with '- '),"
        " got text 'blind-spots'",
    ),
    case(
        "yes-where-text-expected",
        JOURNAL,
        "text: What gives me energy?",
        "text: yes",
        f"{JOURNAL}:13: {ENERGY}.text: wrong type: expected text, got yes"
        " (yes, no, on and off mean true or false: put it in quotes to keep it as text)",
    ),
    case(
        "number-where-text-expected",
        PLAN,
        "label: Name of your manager",
        "label: 42",
        f"{PLAN}:8: sections[0].fields[0].label: wrong type: expected text, got the number 42"
        " (put it in quotes to keep it as text)",
    ),
    case(
        "text-where-mapping-expected",
        JOURNAL,
        "  - id: stage-two",
        "  - stage-three\n  - id: stage-two",
        f"{JOURNAL}:18: stages[1]: wrong type: expected 'key: value' lines, got text 'stage-three'",
    ),
    case(
        "empty-text",
        JOURNAL,
        "text: What gives me energy?",
        'text: "   "',
        f"{JOURNAL}:13: {ENERGY}.text: empty text: write the words, or remove the key",
    ),
    case(
        "empty-value",
        JOURNAL,
        "text: What gives me energy?",
        "text:",
        f"{JOURNAL}:13: {ENERGY}.text: empty value: expected text",
    ),
    case(
        "value-starting-with-hash-is-a-comment",
        JOURNAL,
        "text: What gives me energy?",
        "text: #1 energy",
        f"{JOURNAL}:13: {ENERGY}.text: empty value: expected text"
        " (text after '#' is a comment: put a value starting with '#' in quotes)",
    ),
    case(
        "empty-list",
        GUIDE,
        "questions: [energy, frustrations]",
        "questions: []",
        f"{GUIDE}:10: stages[0].question_groups[0].questions: empty list: add at least one item",
    ),
    case(
        "number-too-large",
        PLAN,
        "rows: 2",
        "rows: 50",
        f"{PLAN}:34: sections[2].fields[0].rows: number too large: expected 20 or less, got 50",
    ),
    case(
        "bad-id-format",
        JOURNAL,
        "id: energy",
        "id: Energy_Level",
        f"{JOURNAL}:12: {ENERGY}.id: bad id 'Energy_Level': use lower-case letters, digits and"
        " single hyphens, starting with a letter (like 'health-and-wellbeing')",
    ),
    case(
        "bad-id-as-initiatives-key",
        FRAMEWORK,
        "      later: [Take on",
        "      Later_On: [Take on",
        f"{FRAMEWORK}:21: directions[1].initiatives.Later_On: bad id 'Later_On': use lower-case"
        " letters, digits and single hyphens, starting with a letter (like"
        " 'health-and-wellbeing')",
    ),
    case(
        "unknown-question-type",
        JOURNAL,
        "type: short-text",
        "type: essay",
        f"{JOURNAL}:26: stages[1].sections[0].questions[0].type: unknown question type 'essay';"
        f" expected one of: {FIELD_TYPES}",
    ),
    case(
        "unknown-question-type-did-you-mean",
        JOURNAL,
        "type: short-text",
        "type: short",
        f"{JOURNAL}:26: stages[1].sections[0].questions[0].type: unknown question type 'short'"
        f" (did you mean 'short-text'?); expected one of: {FIELD_TYPES}",
    ),
    case(
        "unknown-plan-field-type",
        PLAN,
        "        type: date\n  - id: position",
        "        type: when\n  - id: position",
        f"{PLAN}:12: sections[0].fields[1].type: unknown field type 'when';"
        f" expected one of: {FIELD_TYPES}",
    ),
    case(
        "unknown-page-for-home-stage",
        HOME,
        "page: plan",
        "page: plans",
        f"{HOME}:11: stages[1].page: unknown page 'plans' (did you mean 'plan'?);"
        f" expected one of: {PAGES}",
    ),
    case(
        "bad-url",
        ALPHA,
        "url: https://example.org/alpha",
        "url: example org/alpha",
        f"{ALPHA}:19: links[0].url: bad address 'example org/alpha': expected a web address"
        " starting with https:// or http://, a mailto: or tel: address, or a path on your intranet"
        " starting with /",
    ),
    case(
        "bad-colour",
        SITE,
        "storage_namespace: fixture-sfg",
        "storage_namespace: fixture-sfg\ncolours:\n  primary: blue",
        f"{SITE}:7: colours.primary: bad colour 'blue': expected a hex colour like '#005eb8'",
    ),
]

CROSS_CASES = [
    case(
        "review-owner-names-a-column-of-another-kind",
        PLAN,
        "  owner: owner\n",
        "  owner: review-date\n",
        f"{PLAN}:76: review.owner: unknown choice column of 'objectives' 'review-date';"
        " expected one of: owner, term",
    ),
    case(
        "calendar-reminder-days-are-not-negative",
        PLAN,
        "  reminder_days: 3\n",
        "  reminder_days: -1\n",
        f"{PLAN}:70: calendar.reminder_days: number too small: expected 0 or more, got -1",
    ),
    case(
        "calendar-manager-names-a-short-text-field",
        PLAN,
        "  manager: manager-name\n",
        "  manager: conversation-date\n",
        f"{PLAN}:71: calendar.manager: unknown short-text field of the plan 'conversation-date';"
        " expected one of: manager-name",
    ),
    case(
        "review-objectives-and-next-date-name-fields-of-the-wrong-kind",
        PLAN,
        "  objectives: objectives\n  owner",
        "  objectives: evidence\n  owner",
        f"{PLAN}:75: review.objectives: unknown table field of the plan 'evidence';"
        " expected one of: objectives",
    ),
    Case(
        "review-outcome-ids-are-each-used-once",
        [
            Edit(
                PLAN,
                "  keep: [manager-name]\n",
                "  keep: [manager-nam]\n  outcomes:\n    - {id: done, label: Done}\n"
                "    - {id: done, label: Finished}\n",
            )
        ],
        [
            f"{PLAN}:79: review.keep[0]: unknown field of the plan 'manager-nam' (did you mean"
            " 'manager-name'?); expected one of: manager-name, conversation-date, depth-current,"
            " depth-future, evidence, objectives, next-review-date, private-notes",
            f"{PLAN}:82: review.outcomes[1].id: duplicate id 'done' (first at line 81):"
            " give each one its own id",
        ],
    ),
    case(
        "duplicate-id-in-one-file",
        JOURNAL,
        "id: frustrations",
        "id: energy",
        # The guide's reference to the renamed question breaks too.
        f"{GUIDE}:10: stages[0].question_groups[0].questions[1]: unknown journal question"
        " 'frustrations'; expected one of: energy, job-title, confidence",
        f"{JOURNAL}:14: stages[0].sections[0].questions[1].id: duplicate id 'energy'"
        " (first at line 12): give each one its own id",
    ),
    case(
        "duplicate-id-between-journal-and-plan-names-the-other-file",
        PLAN,
        "id: evidence",
        "id: energy",
        f"{PLAN}:26: sections[1].fields[2].id: duplicate id 'energy', also in {JOURNAL}:12:"
        " give each one its own id",
    ),
    case(
        "duplicate-programme-id-across-files",
        BETA,
        "id: beta",
        "id: alpha",
        f"{ALPHA}:13: streams[1].leads_to: link to unknown programme 'beta';"
        " expected one of: alpha",
        f"{BETA}:2: id: duplicate id 'alpha', also in {ALPHA}:2: give each programme its own id",
    ),
    Case(
        # Files are read in name order: the copy comes first, and must not look like the original.
        "copied-programme-file-names-both-files-and-blames-neither",
        [Copy(ALPHA, "content/programmes/a-copy.yml")],
        [
            f"{ALPHA}:2: id: duplicate id 'alpha', also in content/programmes/a-copy.yml:2:"
            " give each programme its own id",
        ],
    ),
    case(
        "duplicate-option-id",
        JOURNAL,
        "              - id: high",
        "              - id: low",
        f"{JOURNAL}:33: stages[1].sections[0].questions[1].options[1].id: duplicate id 'low'"
        " (first at line 31): give each one its own id",
    ),
    case(
        "guide-refers-to-unknown-question",
        GUIDE,
        "questions: [energy, frustrations]",
        "questions: [energy, frustration]",
        f"{GUIDE}:10: stages[0].question_groups[0].questions[1]: unknown journal question"
        " 'frustration' (did you mean 'frustrations'?);"
        " expected one of: energy, frustrations, job-title, confidence",
    ),
    case(
        "guide-refers-to-unknown-resource",
        GUIDE,
        "resources: [blind-spots, wres]",
        "resources: [blind-spot, wres]",
        f"{GUIDE}:7: stages[0].resources[0]: unknown resource 'blind-spot'"
        " (did you mean 'blind-spots'?); expected one of: blind-spots, wres",
    ),
    case(
        "plan-position-refers-to-unknown-direction",
        PLAN,
        "direction: depth\n      - id: depth-future",
        "direction: dept\n      - id: depth-future",
        f"{PLAN}:20: sections[1].fields[0].direction: unknown growth direction 'dept'"
        " (did you mean 'depth'?); expected one of: depth, breadth",
    ),
    case(
        "initiatives-keyed-by-unknown-position",
        FRAMEWORK,
        "      later: [Take on",
        "      latter: [Take on",
        f"{FRAMEWORK}:21: directions[1].initiatives.latter: unknown position 'latter'"
        " (did you mean 'later'?); expected one of: early, later",
    ),
    case(
        "choice-without-options",
        JOURNAL,
        "            type: choice\n            options:\n              - id: low\n"
        "                label: Not very\n              - id: high\n                label: Very\n",
        "            type: choice\n",
        f"{JOURNAL}:27: stages[1].sections[0].questions[1]:"
        " missing required field 'options' for type: choice",
    ),
    case(
        "choice-with-one-option",
        JOURNAL,
        "              - id: high\n                label: Very\n",
        "",
        f"{JOURNAL}:30: stages[1].sections[0].questions[1].options:"
        " a choice needs at least two options, got 1",
    ),
    case(
        "options-on-a-field-that-is-not-a-choice",
        JOURNAL,
        "            type: short-text\n",
        "            type: short-text\n            options:\n              - id: a\n"
        "                label: A\n",
        f"{JOURNAL}:27: stages[1].sections[0].questions[0].options:"
        " 'options' only applies to type: choice (this field is short-text)",
    ),
    case(
        "position-field-without-direction",
        PLAN,
        "        type: position\n        direction: depth\n      - id: evidence",
        "        type: position\n      - id: evidence",
        f"{PLAN}:21: sections[1].fields[1]: missing required field 'direction' for type: position",
    ),
    case(
        "table-column-of-type-table",
        PLAN,
        "            label: Review date\n            type: date",
        "            label: Review date\n            type: table",
        f"{PLAN}:58: sections[2].fields[0].columns[3].type: a table column cannot be of type"
        " 'table'; expected one of: long-text, short-text, date, choice",
        # The review's date of each objective is then no date column.
        f"{PLAN}:77: review.due: unknown date column of 'objectives' 'review-date'; there is no"
        " date column of 'objectives'",
    ),
    case(
        "web-address-without-https",
        RESOURCES,
        "url: https://example.org/wres",
        "url: www.example.org/wres",
        f"{RESOURCES}:11: groups[0].resources[1].url: web address 'www.example.org/wres' has no"
        " https:// at the start: write https://www.example.org/wres",
    ),
    case(
        "link-to-unknown-page",
        SITE,
        "(page:resources)",
        "(page:resource)",
        f"{SITE}:6: footer: link to unknown page 'resource' (did you mean 'resources'?);"
        f" expected one of: {PAGES}",
    ),
    case(
        "link-to-unknown-resource",
        GUIDE,
        "(resource:wres)",
        "(resource:wres-report)",
        f"{GUIDE}:6: stages[0].intro: link to unknown resource 'wres-report';"
        " expected one of: blind-spots, wres",
    ),
    case(
        "link-in-a-block-of-prose-reported-on-its-own-line",
        GUIDE,
        "    intro: Read about [blind spots](resource:blind-spots) and [WRES](resource:wres).",
        "    intro: |\n      Read about [blind spots](resource:blind-spots).\n\n"
        "      Then [WRES](resource:wres-report).",
        f"{GUIDE}:9: stages[0].intro: link to unknown resource 'wres-report';"
        " expected one of: blind-spots, wres",
    ),
    case(
        "link-to-unknown-question",
        JOURNAL,
        "(page:framework)",
        "(question:nope)",
        f"{JOURNAL}:16: stages[0].sections[0].questions[1].hint: link to unknown question"
        f" 'nope'; expected the id of a question in {JOURNAL} or {PLAN}",
    ),
    case(
        "link-to-unknown-programme",
        ALPHA,
        "(programme:beta)",
        "(programme:gamma)",
        f"{ALPHA}:13: streams[1].leads_to: link to unknown programme 'gamma';"
        " expected one of: alpha, beta",
    ),
    case(
        "link-of-unknown-kind",
        GUIDE,
        "(resource:wres)",
        "(resources:wres)",
        f"{GUIDE}:6: stages[0].intro: unknown kind of link 'resources:' (did you mean"
        " 'resource:'?); expected resource:, page:, programme:, question: or a web address"
        " starting with https://",
    ),
    case(
        "colour-with-too-little-contrast",
        SITE,
        "storage_namespace: fixture-sfg",
        "storage_namespace: fixture-sfg\ncolours:\n  primary: '#aaccff'",
        f"{SITE}:7: colours.primary: colour #aaccff has too little contrast: white text on it"
        " gives 1.6:1, WCAG AA needs at least 4.5:1",
    ),
    case(
        "missing-logo-file",
        SITE,
        "storage_namespace: fixture-sfg",
        "storage_namespace: fixture-sfg\nlogo: assets/logo.svg",
        f"{SITE}:6: logo: logo file not found: expected it at content/assets/logo.svg",
    ),
]

TOGETHER_CASES = [
    Case(
        "errors-in-several-files-in-one-run-sorted-by-file-then-line",
        [
            Edit(PLAN, "id: evidence", "id: Evidence"),
            Edit(JOURNAL, "type: short-text", "type: essay"),
            Edit(FRAMEWORK, "      later: [Take on", "      latter: [Take on"),
            Edit(JOURNAL, "text: What gives me energy?", "txet: What gives me energy?"),
            Edit(GUIDE, "resources: [blind-spots, wres]", "resources: [blind-spots, wes]"),
        ],
        [
            f"{GUIDE}:7: stages[0].resources[1]: unknown resource 'wes' (did you mean 'wres'?);"
            " expected one of: blind-spots, wres",
            f"{JOURNAL}:13: {ENERGY}.txet: unknown key 'txet' (did you mean 'text'?);"
            f" expected one of: {QUESTION_KEYS}",
            f"{JOURNAL}:26: stages[1].sections[0].questions[0].type: unknown question type"
            f" 'essay'; expected one of: {FIELD_TYPES}",
            f"{PLAN}:26: sections[1].fields[2].id: bad id 'Evidence': use lower-case letters,"
            " digits and single hyphens, starting with a letter (like 'health-and-wellbeing')",
            f"{FRAMEWORK}:21: directions[1].initiatives.latter: unknown position 'latter'"
            " (did you mean 'later'?); expected one of: early, later",
        ],
    ),
    Case(
        "duplicate-key-does-not-stop-the-rest-of-the-file-being-checked",
        [Edit(SITE, "title: Fixture toolkit\n", "title: Fixture toolkit\ntitle: B\nfooters: x\n")],
        [
            f"{SITE}:5: title: duplicate key 'title' (first at line 4):"
            " each key may appear only once here; keep one of them",
            f"{SITE}:6: footers: unknown key 'footers' (did you mean 'footer'?); expected one of:"
            " organisation, title, description, address, language, logo, colours,"
            " storage_namespace, contact, footer, privacy, interface",
        ],
    ),
    Case(
        # The broken file's ids are unknown, so links to them are not reported as dangling.
        "a-file-that-cannot-be-read-does-not-make-links-to-it-dangle",
        [Edit(RESOURCES, "        title: Blind spots", "\ttitle: Blind spots")],
        [f"{RESOURCES}:8: tab character in the indentation: indent with spaces, not tabs"],
    ),
]

CASES = FILE_CASES + MODEL_CASES + CROSS_CASES + TOGETHER_CASES


def test_there_are_at_least_thirty_distinct_cases() -> None:
    names = [each.name for each in CASES]
    assert len(set(names)) == len(names) >= 30


def test_the_unbroken_fixture_is_valid(tmp_path: Path) -> None:
    assert load_toolkit(copy_fixture(tmp_path)).journal.title == "Fixture journal"


@pytest.mark.parametrize("broken", CASES, ids=lambda each: each.name)
def test_broken_content_gives_exact_error_lines(broken: Case, tmp_path: Path) -> None:
    assert errors_after(copy_fixture(tmp_path), broken.edits) == list(broken.expected)


def test_a_tab_after_a_colon_is_read_as_space(tmp_path: Path) -> None:
    """YAML allows it there (libyaml reads it); only tabs in the indentation are errors."""
    root = copy_fixture(tmp_path)
    Edit(PLAN, "label: Name of your manager", "label:\tName of your manager").apply(root)
    assert load_toolkit(root).plan.fields()[0].label == "Name of your manager"


def test_dates_stay_text_as_written(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    Edit(JOURNAL, "text: What gives me energy?", "text: 2024-13-01").apply(root)
    assert load_toolkit(root).journal.questions()[0].text == "2024-13-01"


def test_summary_counts_every_kind_of_content_with_correct_plurals(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    assert load_toolkit(root).summary() == (
        "Content is valid: 2 journal stages, 4 questions, 8 plan fields, 1 guide stage,"
        " 2 directions, 2 positions, 4 initiatives, 2 programmes, 2 resources."
    )
    Write(BETA, None).apply(root)
    Edit(ALPHA, "Leads to [Beta](programme:beta).", "Leads further.").apply(root)
    assert ", 1 programme, " in load_toolkit(root).summary()


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 guide stages"), (1, "1 guide stage"), (2, "2 guide stages")]
)
def test_plural(count: int, expected: str) -> None:
    assert plural(count, "guide stage") == expected
