"""Load every content file, validate it, check it as a whole: the one entry point to content."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .checks import Checker, check_form_fields, check_prose_references, contrast_ratio
from .errors import ContentError, ContentErrors
from .models.forms import Journal, Plan
from .models.framework import Framework
from .models.guide import Guide
from .models.site import PAGE_KEYS, Home, Programme, ProgrammesIndex, Resources, Site
from .source import YamlDocument, YamlFileError, read_yaml
from .validate import validate_document

FRAMEWORK_FILE = "scope-for-growth.yml"
PROGRAMMES_DIR = "programmes"

# file name, model, what it holds (for "file not found" and "file is empty" messages)
CONTENT_FILES: dict[str, tuple[str, type[BaseModel], str]] = {
    "site": ("site.yml", Site, "the site settings: organisation, title, storage_namespace"),
    "home": ("home.yml", Home, "the home page: title, intro, stages, privacy"),
    "journal": ("journal.yml", Journal, "the reflection journal: title and stages of questions"),
    "plan": ("plan.yml", Plan, "the development plan: title and sections of fields"),
    "guide": ("guide.yml", Guide, "the facilitation guide: title and stages"),
    "resources": ("resources.yml", Resources, "the resources: title and groups of resources"),
    "programmes": ("programmes.yml", ProgrammesIndex, "the programmes page: title and intro"),
}

# Text on these colours must reach WCAG AA (4.5:1): checked here so a rebrand cannot break it.
WHITE = "#ffffff"
DARK_BACKGROUND = "#1e2129"


@dataclass(frozen=True)
class Toolkit:
    """All content, validated. Built only by :func:`load_toolkit`."""

    content_dir: Path
    framework_dir: Path
    site: Site
    home: Home
    journal: Journal
    plan: Plan
    guide: Guide
    framework: Framework
    resources: Resources
    programmes_index: ProgrammesIndex
    programmes: tuple[Programme, ...]

    def summary(self) -> str:
        journal_questions = len(self.journal.questions())
        counts = [
            (len(self.journal.stages), "journal stages"),
            (journal_questions, "questions"),
            (len(self.plan.fields()), "plan fields"),
            (len(self.guide.stages), "guide stages"),
            (len(self.framework.directions), "directions"),
            (len(self.framework.positions), "positions"),
            (self.framework.initiative_count(), "initiatives"),
            (len(self.programmes), "programmes"),
            (len(self.resources.all()), "resources"),
        ]
        return "Content is valid: " + ", ".join(f"{n} {what}" for n, what in counts) + "."


def load_toolkit(
    root: Path, content_dir: str | Path = "content", framework_dir: str | Path = "framework"
) -> Toolkit:
    """Read and check everything; raise :class:`ContentErrors` listing every problem found."""
    content = (root / content_dir).resolve()
    framework_path = (root / framework_dir).resolve()
    loader = _Loader(root.resolve())
    models: dict[str, Any] = {
        key: loader.load(content / name, model, expected)
        for key, (name, model, expected) in CONTENT_FILES.items()
    }
    models["framework"] = loader.load(
        framework_path / FRAMEWORK_FILE,
        Framework,
        "the framework: positions, and growth directions with their initiatives",
    )
    programme_files = sorted((content / PROGRAMMES_DIR).glob("*.yml"))
    programmes = {path: loader.load(path, Programme, "one programme") for path in programme_files}
    checker = Checker(errors=loader.errors)
    _cross_check(checker, loader.documents, models, programmes, content)
    if checker.errors:
        raise ContentErrors(checker.errors)
    ordered = sorted(programmes.values(), key=lambda p: (p.order, p.name))
    return Toolkit(
        content_dir=content,
        framework_dir=framework_path,
        programmes_index=models.pop("programmes"),
        programmes=tuple(ordered),
        **models,
    )


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.errors: list[ContentError] = []
        self.documents: dict[str, YamlDocument] = {}

    def load(self, path: Path, model: type[BaseModel], expected: str) -> Any:
        name = _display_name(path, self.root)
        try:
            document = read_yaml(path, name, expected)
        except YamlFileError as failure:
            self.errors.extend(failure.errors)
            return None
        self.documents[str(path)] = document
        return validate_document(document, model, self.errors)


def _display_name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return os.path.relpath(path, root) if path.anchor == root.anchor else str(path)


def _cross_check(
    checker: Checker,
    documents: dict[str, YamlDocument],
    models: dict[str, Any],
    programmes: dict[Path, Programme | None],
    content: Path,
) -> None:
    def document(name: str) -> YamlDocument:
        return next(d for d in documents.values() if d.file.endswith(name))

    framework: Framework | None = models["framework"]
    directions = [d.id for d in framework.directions] if framework else None
    if framework:
        _check_framework(checker, document(FRAMEWORK_FILE), framework)
    journal: Journal | None = models["journal"]
    if journal:
        _check_journal(checker, document(CONTENT_FILES["journal"][0]), journal, directions)
    plan: Plan | None = models["plan"]
    if plan:
        _check_plan(checker, document(CONTENT_FILES["plan"][0]), plan, directions)
    resources: Resources | None = models["resources"]
    if resources:
        _check_resources(checker, document(CONTENT_FILES["resources"][0]), resources)
    guide: Guide | None = models["guide"]
    resource_ids = [r.id for r in resources.all()] if resources else None
    question_ids = [q.id for q in journal.questions()] if journal else None
    if guide:
        guide_document = document(CONTENT_FILES["guide"][0])
        _check_guide(checker, guide_document, guide, resource_ids, question_ids)
    for path, programme in programmes.items():
        if programme:
            checker.claim("programme", programme.id, documents[str(path)], ("id",))
    site: Site | None = models["site"]
    if site:
        _check_site(checker, document(CONTENT_FILES["site"][0]), site, content)

    known: dict[str, Sequence[str]] = {
        "resource": resource_ids or [],
        "question": (question_ids or []) + ([f.id for f in plan.fields()] if plan else []),
        "page": PAGE_KEYS,
        "programme": [p.id for p in programmes.values() if p],
    }
    for each in documents.values():
        check_prose_references(checker, each, known)


def _check_framework(checker: Checker, document: YamlDocument, framework: Framework) -> None:
    positions = [p.id for p in framework.positions]
    checker.claim_all("position", framework.positions, document, ("positions",))
    checker.claim_all("direction", framework.directions, document, ("directions",))
    for index, direction in enumerate(framework.directions):
        for position_id in direction.initiatives:
            where = ("directions", index, "initiatives", position_id)
            checker.reference(document, where, position_id, positions, "position")


def _check_journal(
    checker: Checker, document: YamlDocument, journal: Journal, directions: list[str] | None
) -> None:
    checker.claim_all("journal-stage", journal.stages, document, ("stages",))
    for s, stage in enumerate(journal.stages):
        sections = ("stages", s, "sections")
        checker.claim_all("journal-section", stage.sections, document, sections)
        for t, section in enumerate(stage.sections):
            where = (*sections, t, "questions")
            check_form_fields(checker, document, section.questions, where, directions)


def _check_plan(
    checker: Checker, document: YamlDocument, plan: Plan, directions: list[str] | None
) -> None:
    checker.claim_all("plan-section", plan.sections, document, ("sections",))
    for s, section in enumerate(plan.sections):
        where = ("sections", s, "fields")
        check_form_fields(checker, document, section.fields, where, directions)


def _check_resources(checker: Checker, document: YamlDocument, resources: Resources) -> None:
    checker.claim_all("resource-group", resources.groups, document, ("groups",))
    for g, group in enumerate(resources.groups):
        checker.claim_all("resource", group.resources, document, ("groups", g, "resources"))


def _check_guide(
    checker: Checker,
    document: YamlDocument,
    guide: Guide,
    resource_ids: list[str] | None,
    question_ids: list[str] | None,
) -> None:
    """References to resources and journal questions (skipped if those files are broken)."""
    checker.claim_all("guide-stage", guide.stages, document, ("stages",))
    for s, stage in enumerate(guide.stages):
        if resource_ids is not None:
            for r, resource_id in enumerate(stage.resources):
                location = ("stages", s, "resources", r)
                checker.reference(document, location, resource_id, resource_ids, "resource")
        if question_ids is None:
            continue
        for g, group in enumerate(stage.question_groups):
            for q, question_id in enumerate(group.questions):
                where = ("stages", s, "question_groups", g, "questions", q)
                checker.reference(document, where, question_id, question_ids, "journal question")


def _check_site(checker: Checker, document: YamlDocument, site: Site, content: Path) -> None:
    if site.logo is not None and not (content / site.logo).is_file():
        checker.fail(
            document, ("logo",), f"logo file not found: expected it at content/{site.logo}"
        )
    pairs = (
        ("primary", site.colours.primary, WHITE, "white text on it"),
        ("accent", site.colours.accent, WHITE, "it as text on white"),
        ("dark_accent", site.colours.dark_accent, DARK_BACKGROUND, "it on the dark background"),
    )
    for name, colour, against, what in pairs:
        ratio = contrast_ratio(colour, against)
        if ratio < 4.5:
            message = (
                f"colour {colour} has too little contrast: {what} gives {ratio:.1f}:1, "
                "WCAG AA needs at least 4.5:1"
            )
            checker.fail(document, ("colours", name), message)
