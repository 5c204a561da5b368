"""Load every content file, validate it, check it as a whole: the one entry point to content."""

from __future__ import annotations

import os
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
    def doc_of(key: str) -> YamlDocument:
        return next(d for d in documents.values() if d.file.endswith(CONTENT_FILES[key][0]))

    framework: Framework | None = models["framework"]
    directions = [d.id for d in framework.directions] if framework else None
    positions = [p.id for p in framework.positions] if framework else []
    if framework:
        framework_doc = next(d for d in documents.values() if d.file.endswith(FRAMEWORK_FILE))
        checker.claim_all("position", framework.positions, framework_doc, ("positions",))
        checker.claim_all("direction", framework.directions, framework_doc, ("directions",))
        for index, direction in enumerate(framework.directions):
            for position_id in direction.initiatives:
                where = ("directions", index, "initiatives", position_id)
                checker.reference(framework_doc, where, position_id, positions, "position")

    journal: Journal | None = models["journal"]
    if journal:
        journal_doc = doc_of("journal")
        checker.claim_all("journal-stage", journal.stages, journal_doc, ("stages",))
        for s, stage in enumerate(journal.stages):
            here = ("stages", s, "sections")
            checker.claim_all("journal-section", stage.sections, journal_doc, here)
            for t, section in enumerate(stage.sections):
                location = (*here, t, "questions")
                check_form_fields(checker, journal_doc, section.questions, location, directions)

    plan: Plan | None = models["plan"]
    if plan:
        plan_doc = doc_of("plan")
        checker.claim_all("plan-section", plan.sections, plan_doc, ("sections",))
        for s, section in enumerate(plan.sections):
            location = ("sections", s, "fields")
            check_form_fields(checker, plan_doc, section.fields, location, directions)

    resources: Resources | None = models["resources"]
    resource_ids = [r.id for r in resources.all()] if resources else []
    if resources:
        resources_doc = doc_of("resources")
        checker.claim_all("resource-group", resources.groups, resources_doc, ("groups",))
        for g, group in enumerate(resources.groups):
            checker.claim_all("resource", group.resources, resources_doc, ("groups", g, "resources"))

    question_ids = [q.id for q in journal.questions()] if journal else []
    guide: Guide | None = models["guide"]
    if guide:
        guide_doc = doc_of("guide")
        checker.claim_all("guide-stage", guide.stages, guide_doc, ("stages",))
        for s, stage in enumerate(guide.stages):
            for r, resource_id in enumerate(stage.resources):
                where = ("stages", s, "resources", r)
                checker.reference(guide_doc, where, resource_id, resource_ids, "resource")
            for g, group in enumerate(stage.question_groups):
                for q, question_id in enumerate(group.questions):
                    where = ("stages", s, "question_groups", g, "questions", q)
                    if journal:
                        checker.reference(
                            guide_doc, where, question_id, question_ids, "journal question"
                        )

    programme_ids = [p.id for p in programmes.values() if p]
    for path, programme in programmes.items():
        if programme:
            checker.claim("programme", programme.id, documents[str(path)], ("id",))

    site: Site | None = models["site"]
    if site:
        _check_site(checker, doc_of("site"), site, content)

    form_ids = question_ids + ([f.id for f in plan.fields()] if plan else [])
    known = {
        "resource": resource_ids,
        "question": form_ids,
        "page": list(PAGE_KEYS),
        "programme": programme_ids,
    }
    for document in documents.values():
        check_prose_references(checker, document, known)


def _check_site(checker: Checker, document: YamlDocument, site: Site, content: Path) -> None:
    if site.logo is not None and not (content / site.logo).is_file():
        checker.fail(document, ("logo",), f"logo file not found: expected it at content/{site.logo}")
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
