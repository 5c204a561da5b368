"""Load every content file, validate it, check it as a whole: the one entry point to content."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel

from .checks import (
    PAGE_SPACE,
    Checker,
    Targets,
    check_form_fields,
    check_plan_uses,
    check_prose_links,
    check_web_address,
    check_wording,
    contrast_ratio,
)
from .content_assets import name_problem
from .content_files import IMAGE_TYPES, content_file_errors, is_published
from .errors import ContentError, ContentErrors, ContentNotice
from .files import LINK, FileProblem, first_link, problems_under
from .models.forms import Journal, Plan
from .models.framework import Framework
from .models.guide import Guide
from .models.site import (
    DARK_BACKGROUND,
    PAGE_KEYS,
    Home,
    Programme,
    ProgrammesIndex,
    Resources,
    Site,
)
from .naming import RESERVED_PROGRAMME_IDS
from .notices import left_out_of_guide, resources_without_address, unreferenced_questions
from .prose_links import ProseMarkdown
from .source import YamlDocument, YamlFileError, read_yaml
from .validate import validate_document

FRAMEWORK_FILE = "scope-for-growth.yml"
PROGRAMMES_DIR = "programmes"
PROGRAMME_KEY = "programme:"

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

CONTENT_NAMES = [name for name, _, _ in CONTENT_FILES.values()]
FRAMEWORK_EXPECTED = "the framework: positions, and growth directions with their initiatives"

# Text on these colours must reach WCAG AA (4.5:1): checked here so a rebrand cannot break it.
WHITE = "#ffffff"


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
    notices: tuple[ContentNotice, ...] = ()
    """What `generator check` mentions about valid content (see generator/notices.py)."""

    def summary(self) -> str:
        counts = [
            (len(self.journal.stages), "journal stage"),
            (len(self.journal.questions()), "question"),
            (len(self.plan.fields()), "plan field"),
            (len(self.guide.stages), "guide stage"),
            (len(self.framework.directions), "direction"),
            (len(self.framework.positions), "position"),
            (self.framework.initiative_count(), "initiative"),
            (len(self.programmes), "programme"),
            (len(self.resources.all()), "resource"),
        ]
        return "Content is valid: " + ", ".join(plural(n, what) for n, what in counts) + "."


def plural(count: int, noun: str) -> str:
    """``1 guide stage``, ``2 guide stages``: every noun we count takes a plain -s."""
    return f"{count} {noun}{'s' * (count != 1)}"


def load_toolkit(
    root: Path, content_dir: str | Path = "content", framework_dir: str | Path = "framework"
) -> Toolkit:
    """Read and check everything; raise :class:`ContentErrors` listing every problem found.

    The folders are taken as named, not resolved: a symbolic link on the way to a content
    file, or anywhere in the content and framework folders, is refused, never followed.
    """
    root = root.resolve()
    content = Path(os.path.normpath(root / content_dir))
    framework_path = Path(os.path.normpath(root / framework_dir))
    loader = _Loader(root)
    if loader.folder(content, "the content files: " + ", ".join(CONTENT_NAMES)):
        for key, (name, model, expected) in CONTENT_FILES.items():
            loader.load(key, content / name, model, expected)
        programme_folder = content / PROGRAMMES_DIR
        if programme_folder not in loader.refused:
            for path in sorted(programme_folder.glob("*.yml")):
                loader.load(f"{PROGRAMME_KEY}{path.name}", path, Programme, "one programme")
    if loader.folder(framework_path, f"the framework file {FRAMEWORK_FILE}"):
        loader.load("framework", framework_path / FRAMEWORK_FILE, Framework, FRAMEWORK_EXPECTED)
    checker = Checker(errors=loader.errors)
    if content.is_dir():
        yaml_names = {name for name, _, _ in CONTENT_FILES.values()}
        checker.errors += content_file_errors(content, loader.root, yaml_names)
    _cross_check(checker, loader, content)
    if checker.errors:
        raise ContentErrors(checker.errors)
    models, documents = loader.models, loader.documents
    programmes = [models[key] for key in models if key.startswith(PROGRAMME_KEY)]
    notices = [
        *unreferenced_questions(
            documents["journal"], models["journal"], documents["guide"], models["guide"]
        ),
        *resources_without_address(documents["resources"], models["resources"]),
    ]
    return Toolkit(
        content_dir=content.resolve(),
        framework_dir=framework_path.resolve(),
        site=models["site"],
        home=models["home"],
        journal=models["journal"],
        plan=models["plan"],
        guide=models["guide"],
        framework=models["framework"],
        resources=models["resources"],
        programmes_index=models["programmes"],
        programmes=tuple(sorted(programmes, key=lambda p: (p.order, p.name))),
        notices=tuple(sorted(notices, key=lambda n: (n.file, n.line or 0, n.path))),
    )


class _Loader:
    """Loads files one by one, keeping every error, document and model (``None`` if broken)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.errors: list[ContentError] = []
        self.documents: dict[str, YamlDocument] = {}
        self.models: dict[str, Any] = {}
        self.refused: set[Path] = set()
        """Links, pipes and unreadable folders found in the folders: reported, never read."""

    def folder(self, path: Path, expected: str) -> bool:
        """True if ``path`` is a folder (its links and such are refused one by one); otherwise
        one error instead of one a file."""
        link = first_link(path, self.root)
        if link is not None:
            self._refuse(FileProblem(link, LINK))
            return False
        if not path.is_dir():
            name = _display_name(path, self.root)
            message = f"folder not found: expected {expected}"
            self.errors.append(ContentError(name, None, "", message))
            return False
        for problem in problems_under(path):
            self._refuse(problem)
        return True

    def _refuse(self, problem: FileProblem) -> None:
        self.refused.add(problem.path)
        name = _display_name(problem.path, self.root)
        self.errors.append(ContentError(name, None, "", problem.message))

    def load(self, key: str, path: Path, model: type[BaseModel], expected: str) -> None:
        self.models[key] = None
        if path in self.refused:
            return  # already reported
        try:
            document = read_yaml(path, _display_name(path, self.root), expected)
        except YamlFileError as failure:
            self.errors.extend(failure.errors)
            return
        self.documents[key] = document
        self.errors.extend(document.errors)
        self.models[key] = validate_document(document, model, self.errors)


def _display_name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return os.path.relpath(path, root) if path.anchor == root.anchor else str(path)


def _cross_check(checker: Checker, loader: _Loader, content: Path) -> None:
    """Checks across fields and files. A file that failed to load is skipped, and so are
    references into it: its ids are unknown, and calling them dangling would mislead."""
    models, documents = loader.models, loader.documents
    framework: Framework | None = models.get("framework")
    directions = None
    if framework:
        directions = Targets([d.id for d in framework.directions], "growth direction")
        _check_framework(checker, documents["framework"], framework)
    journal: Journal | None = models.get("journal")
    if journal:
        _check_journal(checker, documents["journal"], journal, directions)
    plan: Plan | None = models.get("plan")
    if plan:
        _check_plan(checker, documents["plan"], plan, directions)
    resources: Resources | None = models.get("resources")
    known: dict[str, Targets | None] = {
        "resource": None,
        "question": None,
        "page": Targets(PAGE_KEYS, "page"),
        "programme": _check_programmes(checker, loader, content / PROGRAMMES_DIR),
    }
    if resources:
        _check_resources(checker, documents["resources"], resources)
        ids = [r.id for r in resources.all()]
        known["resource"] = Targets(ids, "resource", documents["resources"].file)
    guide: Guide | None = models.get("guide")
    if guide:
        questions = None
        left_out: dict[str, str] = {}
        if journal:
            ids = [q.id for q in journal.questions()]
            questions = Targets(ids, "journal question", documents["journal"].file)
            left_out = left_out_of_guide(documents["journal"], journal)
        _check_guide(checker, documents["guide"], guide, known["resource"], questions, left_out)
    site: Site | None = models.get("site")
    if site:
        _check_site(checker, documents["site"], site, content)
    if journal and plan:
        ids = [q.id for q in journal.questions()] + [f.id for f in plan.fields()]
        source = f"{documents['journal'].file} or {documents['plan'].file}"
        known["question"] = Targets(ids, "question", source)
    prose = ProseMarkdown()
    for key, document in documents.items():
        check_prose_links(checker, document, known, content, prose)
        check_wording(checker, document, models.get(key), ())


def _check_programmes(checker: Checker, loader: _Loader, folder: Path) -> Targets | None:
    """Programme ids are unique across files; the targets of programme links, if all loaded."""
    if folder in loader.refused:
        return None
    keys = [key for key in loader.models if key.startswith(PROGRAMME_KEY)]
    ids: list[str] = []
    for key in keys:
        programme: Programme | None = loader.models[key]
        if programme is None:
            continue
        ids.append(programme.id)
        document = loader.documents[key]
        checker.claim("programme", programme.id, document, ("id",), noun="programme")
        if programme.id in RESERVED_PROGRAMME_IDS:
            message = (
                f"reserved id '{programme.id}': the programmes page itself is "
                f"programmes/{programme.id}.html; choose another"
            )
            checker.fail(document, ("id",), message)
        for index, link in enumerate(programme.links):
            check_web_address(checker, document, ("links", index, "url"), link.url)
    if len(ids) < len(keys):
        return None
    return Targets(ids, "programme", _display_name(folder, loader.root) + "/")


# Content ids that become HTML ids of the same page (headings, rows of the framework grid,
# resources) are claimed in the page's id space: two of them would give one id twice.
PRINTED_GUIDE = f"{PAGE_SPACE}print/guide"


def _check_framework(checker: Checker, document: YamlDocument, framework: Framework) -> None:
    positions = Targets([p.id for p in framework.positions], "position")
    checker.claim_all("position", framework.positions, document, ("positions",))
    checker.claim_all("direction", framework.directions, document, ("directions",))
    checker.claim_all(PRINTED_GUIDE, framework.directions, document, ("directions",))
    for index, direction in enumerate(framework.directions):
        for position_id in direction.initiatives:
            where = ("directions", index, "initiatives", position_id)
            checker.reference(document, where, position_id, positions)


def _check_journal(
    checker: Checker, document: YamlDocument, journal: Journal, directions: Targets | None
) -> None:
    checker.claim_all(f"{PAGE_SPACE}journal", journal.stages, document, ("stages",))
    for s, stage in enumerate(journal.stages):
        sections = ("stages", s, "sections")
        checker.claim_all(f"{PAGE_SPACE}journal", stage.sections, document, sections)
        for t, section in enumerate(stage.sections):
            where = (*sections, t, "questions")
            check_form_fields(checker, document, section.questions, where, directions)


def _check_plan(
    checker: Checker, document: YamlDocument, plan: Plan, directions: Targets | None
) -> None:
    checker.claim_all("plan-section", plan.sections, document, ("sections",))
    for s, section in enumerate(plan.sections):
        where = ("sections", s, "fields")
        check_form_fields(checker, document, section.fields, where, directions)
    check_plan_uses(checker, document, plan)


def _check_resources(checker: Checker, document: YamlDocument, resources: Resources) -> None:
    checker.claim_all(f"{PAGE_SPACE}resources", resources.groups, document, ("groups",))
    for g, group in enumerate(resources.groups):
        checker.claim_all("resource", group.resources, document, ("groups", g, "resources"))
        checker.claim_all(
            f"{PAGE_SPACE}resources", group.resources, document, ("groups", g, "resources")
        )
        for r, resource in enumerate(group.resources):
            where = ("groups", g, "resources", r, "url")
            check_web_address(checker, document, where, resource.url)


def _check_guide(
    checker: Checker,
    document: YamlDocument,
    guide: Guide,
    resources: Targets | None,
    questions: Targets | None,
    left_out: dict[str, str],
) -> None:
    """References to resources and journal questions (skipped if those files are broken);
    ``left_out`` are the questions that say ``guide: false``, and where they say it."""
    checker.claim_all("guide-stage", guide.stages, document, ("stages",))
    checker.claim_all(PRINTED_GUIDE, guide.stages, document, ("stages",))
    for s, stage in enumerate(guide.stages):
        if resources is not None:
            for r, resource_id in enumerate(stage.resources):
                location = ("stages", s, "resources", r)
                checker.reference(document, location, resource_id, resources)
        if questions is None:
            continue
        for g, group in enumerate(stage.question_groups):
            for q, question_id in enumerate(group.questions):
                where = ("stages", s, "question_groups", g, "questions", q)
                checker.reference(document, where, question_id, questions)
                if question_id in left_out:
                    message = (
                        f"the journal question '{question_id}' has guide: false"
                        f" ({left_out[question_id]}): remove it from this group, or remove"
                        " guide: false"
                    )
                    checker.fail(document, where, message)


def _logo_problem(logo: PurePosixPath, content: Path) -> str | None:
    """The logo's name goes into every page: the rule for asset names holds for it too."""
    named = name_problem(logo)
    if named:
        return named
    if ".." in logo.parts or not is_published(logo) or logo.suffix.lower() not in IMAGE_TYPES:
        return "the logo must be an image in content/assets/, like assets/logo.svg"
    path = content / logo
    if not path.is_symlink() and not path.is_file():  # a link is reported on its own
        return f"logo file not found: expected it at content/{logo}"
    return None


def _check_site(checker: Checker, document: YamlDocument, site: Site, content: Path) -> None:
    if site.logo is not None:
        problem = _logo_problem(PurePosixPath(site.logo), content)
        if problem:
            checker.fail(document, ("logo",), problem)
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
