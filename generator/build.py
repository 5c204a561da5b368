"""Build the toolkit with either engine, without our plugin: ``python -m generator build``.

1. The content is checked and rendered (generator/site_parts.py); a mistake stops here,
   before anything is written.
2. The project is written (generator/project.py) into the cache folder.
3. The engine builds it there, in a process of its own: Zensical (``zensical build``) or
   plain MkDocs with Material (``mkdocs build``, our plugin not loaded).
4. The PDFs are made from the built print pages (generator/pdf.py), whatever the engine.
5. Only then does the new site take the place of the old one: a failed build, an engine's
   included, leaves the last good site as it was.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .layout import BRAND_STYLESHEET, PDF_TIME_LIMIT, PRINT_PATHS
from .policy import inline_style_hashes
from .project import CONFIG_FILE, SITE, STYLE_BUNDLE, Settings, write_project
from .site_parts import SiteParts, site_parts

if TYPE_CHECKING:
    from .pdf import PdfJob, PdfSettings

ENGINE_ROUTINE_LINES = ("Build started", "No issues found", "Build finished in")
"""What Zensical prints on every good build: not repeated to the person building."""


class EngineFailed(RuntimeError):
    """The engine stopped with an error: its message holds what the engine printed."""


@dataclass(frozen=True)
class BuildOptions:
    """Where a build reads from and writes to (paths relative to ``root`` unless absolute)."""

    root: Path
    engine: str
    site_dir: Path
    content_dir: str | Path = "content"
    framework_dir: str | Path = "framework"
    pdf: bool = True
    cache_dir: Path | None = None
    settings_file: Path | None = None
    """The theme's settings: the repository's mkdocs.yml unless given (its site_url is
    used when content/site.yml gives no address)."""
    pdf_time_limit: float | None = None
    """Seconds one PDF may take: a PDF that takes longer stops the build, in one line. By
    default the scope-for-growth plugin's ``pdf_time_limit`` in mkdocs.yml, as MkDocs reads
    it, or PDF_TIME_LIMIT."""

    @property
    def cache(self) -> Path:
        return self.cache_dir or self.root / ".cache"

    @property
    def project(self) -> Path:
        return self.cache / "project" / self.engine


def pdf_work(
    parts: SiteParts, folders: Mapping[str, str] | None = None
) -> tuple[list[PdfJob], PdfSettings]:
    """The PDFs a build makes, and what they share, for any engine. ``folders`` names the
    content and framework folders as an author knows them, for messages."""
    from .pdf import PdfSettings, pdf_jobs

    shown = {"content": "content", "framework": "framework", **(folders or {})}
    titles = {page.path: page.title for page in parts.pages}
    jobs = pdf_jobs({key: titles[path] for key, path in PRINT_PATHS.items()}, shown)
    settings = PdfSettings(
        parts.organisation,
        parts.title,
        parts.language,
        (BRAND_STYLESHEET, STYLE_BUNDLE),
        parts.address,
        shown["content"],
    )
    return jobs, settings


def engine_bundle(engine: str) -> str | None:
    """The engine's own script bundle as installed (Zensical's), or None."""
    if engine != "zensical":
        return None
    spec = importlib.util.find_spec("zensical")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise EngineFailed("Zensical is not installed: make .venv/.site-deps installs it")
    folder = Path(spec.submodule_search_locations[0]) / "templates/assets/javascripts"
    bundles = sorted(folder.glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise EngineFailed(f"expected one script bundle in {folder}, found {len(bundles)}")
    return bundles[0].read_text(encoding="utf-8")


def style_hashes(engine: str) -> tuple[str, ...]:
    """Hashes of the styles the engine's own script writes inline (policy.py)."""
    bundle = engine_bundle(engine)
    if bundle is None:
        return ()
    try:
        return tuple(inline_style_hashes(bundle))
    except ValueError as problem:
        raise EngineFailed(f"Zensical's script bundle: {problem}") from None


def engine_command(engine: str, config_file: Path, command: str = "build") -> list[str]:
    if engine == "zensical":
        return [sys.executable, "-m", "zensical", command, "-f", str(config_file)]
    if engine == "mkdocs":
        return [sys.executable, "-m", "mkdocs", command, "--quiet", "-f", str(config_file)]
    raise ValueError(f"unknown engine {engine!r}: expected mkdocs or zensical")


def engine_environment() -> dict[str, str]:
    # Material prints a long notice about MkDocs 2 on every build; we pin MkDocs 1.x on purpose.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_engine(engine: str, project: Path) -> list[str]:
    """Build the project in ``project``/site; returns what the engine said beyond its
    routine lines (warnings). Raises EngineFailed."""
    shutil.rmtree(project / SITE, ignore_errors=True)
    result = subprocess.run(
        engine_command(engine, project / CONFIG_FILE),
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
        env=engine_environment(),
    )
    said = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and not line.startswith(ENGINE_ROUTINE_LINES)
    ]
    if result.returncode != 0 or not (project / SITE / "index.html").is_file():
        raise EngineFailed("\n".join(said) or f"{engine} stopped with code {result.returncode}")
    return said


def write_project_for(options: BuildOptions) -> tuple[SiteParts, Path]:
    """Check and render the content (raising ContentErrors), then write the project."""
    parts = site_parts(
        options.root,
        options.content_dir,
        options.framework_dir,
        downloads=options.pdf,
        cache_dir=options.cache,
    )
    settings = Settings.read(options.settings_file or Path(__file__).parents[1] / CONFIG_FILE)
    content = (options.root / options.content_dir).resolve()
    hashes = style_hashes(options.engine)
    write_project(parts, settings, options.engine, content, options.project, hashes)
    return parts, options.project


def build(options: BuildOptions) -> list[str]:
    """Build the site into ``options.site_dir``; returns the engine's warnings.

    Raises ContentErrors (nothing written), EngineFailed or OSError (the old site kept).
    """
    parts, project = write_project_for(options)
    said = run_engine(options.engine, project)
    built = project / SITE
    if options.pdf:
        # WeasyPrint is loaded only by builds that make PDFs.
        from .pdf import PdfNotMade, write_pdfs

        folders = {"content": str(options.content_dir), "framework": str(options.framework_dir)}
        jobs, settings = pdf_work(parts, folders)
        limit = options.pdf_time_limit or configured_time_limit(options)
        try:
            write_pdfs(built, jobs, settings, options.cache, limit)
        except PdfNotMade as failure:
            raise EngineFailed(str(failure)) from None
    replace_folder(built, options.site_dir)
    return said


def configured_time_limit(options: BuildOptions) -> float:
    """The plugin's ``pdf_time_limit`` in the settings file, so that both engines keep it."""
    settings = Settings.read(options.settings_file or Path(__file__).parents[1] / CONFIG_FILE)
    listed = settings.values.get("plugins") or {}
    if isinstance(listed, list):
        listed = {k: v for item in listed if isinstance(item, dict) for k, v in item.items()}
    ours = listed.get("scope-for-growth") if isinstance(listed, dict) else None
    value = ours.get("pdf_time_limit") if isinstance(ours, dict) else None
    return float(value) if isinstance(value, int | float) and value > 0 else PDF_TIME_LIMIT


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder ``new`` where ``target`` is, the old one removed only once the new one
    is in place."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    try:
        shutil.move(str(new), str(target))
    except OSError:
        if old.exists() and not target.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
