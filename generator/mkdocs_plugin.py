"""The MkDocs adapter: validate content early, add the generated pages, watch content.

Everything else lives in plain modules of this package, so that the toolkit can be built
by another engine. This is the only module that imports MkDocs.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.utils.templates import TemplateContext

from .assets import bundle_assets
from .cache import CACHE_DIR
from .content_files import is_published
from .errors import ContentErrors
from .layout import BRAND_STYLESHEET, PDF_TIME_LIMIT, PRINT_PATHS
from .page import navigation
from .site_parts import SiteParts, site_parts

if TYPE_CHECKING:  # the live-reload server is only needed by `mkdocs serve`, PDFs by builds
    from mkdocs.livereload import LiveReloadServer

    from .pdf import PdfJob, PdfSettings

log = logging.getLogger("mkdocs.plugins.scope-for-growth")

SCRIPT_BUNDLE = "assets/sfg.js"
STYLE_BUNDLE = "assets/sfg.css"


class PdfSetting(base.BaseConfigOption[bool | None]):
    """``auto`` (PDFs for `mkdocs build`, none for `mkdocs serve`), ``true`` or ``false``:
    written in YAML as a word or as a boolean."""

    def run_validation(self, value: object) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        words = {"auto": None, "true": True, "false": False}
        if isinstance(value, str) and value.strip().lower() in words:
            return words[value.strip().lower()]
        raise base.ValidationError(f"Expected one of: auto, true, false (got {value!r})")


class Seconds(base.BaseConfigOption[float]):
    """A time in seconds, more than none: written as a whole number or not."""

    def __init__(self, default: float) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return float(value)
        raise base.ValidationError(f"Expected a number of seconds above 0 (got {value!r})")


class ToolkitConfig(base.Config):  # type: ignore[no-untyped-call]
    enabled = options.Type(bool, default=True)
    """Build the toolkit pages. Turn off only to build a plain MkDocs site."""
    content_dir = options.Type(str, default="content")
    """Folder of the content YAML files, relative to mkdocs.yml."""
    framework_dir = options.Type(str, default="framework")
    """Folder of the framework YAML file, relative to mkdocs.yml."""
    pdf = PdfSetting()
    """Write the PDFs into downloads/: auto makes them in `mkdocs build`, not in `mkdocs serve`."""
    pdf_time_limit = Seconds(default=PDF_TIME_LIMIT)
    """Seconds one PDF may take: a PDF that takes longer stops the build, naming the content
    it is made from (the default content's take a few seconds)."""
    cache_dir = options.Type(str, default=CACHE_DIR)
    """Folder for compiled templates and made PDFs, relative to mkdocs.yml; only the builder
    may use it (see generator/cache.py)."""


class ToolkitPlugin(BasePlugin[ToolkitConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.parts: SiteParts | None = None
        self.command = "build"
        self.scripts: list[Path] = []
        self.stylesheets: list[Path] = []
        self.cache_dir: Path | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    @property
    def makes_pdfs(self) -> bool:
        setting = self.config.pdf
        return self.command != "serve" if setting is None else setting

    def _root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return config
        root = self._root(config)
        # Validate before MkDocs cleans site/: a content error leaves the last good site.
        self.cache_dir = root / self.config.cache_dir
        try:
            self.parts = site_parts(
                root,
                self.config.content_dir,
                self.config.framework_dir,
                downloads=self.makes_pdfs,
                cache_dir=self.cache_dir,
            )
        except ContentErrors as failure:
            for error in failure.errors:
                log.error(str(error))
            count = len(failure.errors)
            raise PluginError(
                f"{count} content error{'s' * (count != 1)}: the site was not built"
                " and the previous one is unchanged."
            ) from None
        parts = self.parts
        # Relative .html links work on any intranet sub-path and from file://.
        config.use_directory_urls = False
        # MkDocs renders theme templates with escaping off: hand over escaped text (Markup).
        config.site_name = Markup.escape(parts.title)
        if parts.description:
            config.site_description = Markup.escape(parts.description)
        if parts.address:
            config.site_url = parts.address
        config.nav = navigation(parts.pages)
        if parts.logo:
            config.theme["logo"] = parts.logo
        theme = Path(config.theme.custom_dir or root / "theme")
        config.extra_javascript, self.scripts = _take_ours(
            config.extra_javascript, theme, "assets/js/", SCRIPT_BUNDLE
        )
        config.extra_css, self.stylesheets = _take_ours(
            config.extra_css, theme, "assets/css/", STYLE_BUNDLE
        )
        config.extra_css.insert(0, BRAND_STYLESHEET)
        # For the footer and the logo's name (theme/partials): pages hold everything else.
        config.extra["sfg"] = {"organisation": parts.organisation, "forget": Markup(parts.forget)}
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.parts:
            return files
        # Of content/, only its assets are published (the check refused anything else).
        docs = Path(config.docs_dir).resolve()
        for file in list(files):
            source = Path(file.abs_src_path).resolve() if file.abs_src_path else None
            if source and source.is_relative_to(docs) and not _published(source, docs):
                files.remove(file)
        for page in self.parts.pages:
            files.append(File.generated(config, page.path, content=page.markdown))
        brand = self.parts.brand_stylesheet
        files.append(File.generated(config, BRAND_STYLESHEET, content=brand))
        # Our scripts and stylesheets are served as one minified file each, not one by one.
        try:
            bundles = bundle_assets(self.scripts, self.stylesheets)
        except ValueError as problem:
            raise PluginError(f"Cannot bundle the theme's scripts and styles: {problem}") from None
        bundled = {path.as_posix() for path in [*self.scripts, *self.stylesheets]}
        for file in list(files):
            if file.abs_src_path and Path(file.abs_src_path).as_posix() in bundled:
                files.remove(file)
        files.append(File.generated(config, SCRIPT_BUNDLE, content=bundles.js))
        files.append(File.generated(config, STYLE_BUNDLE, content=bundles.css))
        return files

    def on_page_context(
        self, context: TemplateContext, *, page: MkDocsPage, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        if self.parts:
            # Template variables beyond MkDocs' own are allowed; the TypedDict does not know ours.
            context["sfg_chrome"] = self.parts.footer(page.file.src_uri)  # type: ignore[typeddict-unknown-key]
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not (self.parts and self.makes_pdfs):
            return
        from .pdf import PdfNotMade, write_pdfs  # loaded only by builds that make PDFs

        jobs, settings = self.pdf_jobs(config), self.pdf_settings(config)
        limit = self.config.pdf_time_limit
        try:
            write_pdfs(Path(config.site_dir), jobs, settings, self.cache_dir, limit)
        except PdfNotMade as failure:
            if failure.details:
                log.debug(failure.details)
            raise PluginError(str(failure)) from None
        except OSError as failure:
            raise PluginError(f"The PDFs could not be written: {failure}") from None

    def pdf_jobs(self, config: MkDocsConfig) -> list[PdfJob]:
        from .pdf import pdf_jobs

        assert self.parts is not None
        titles = {page.path: page.title for page in self.parts.pages}
        folders = {
            "content": self._shown(config, self.config.content_dir),
            "framework": self._shown(config, self.config.framework_dir),
        }
        return pdf_jobs({key: titles[path] for key, path in PRINT_PATHS.items()}, folders)

    def pdf_settings(self, config: MkDocsConfig) -> PdfSettings:
        from .pdf import PdfSettings

        assert self.parts is not None
        parts, stylesheets = self.parts, (BRAND_STYLESHEET, STYLE_BUNDLE)
        content = self._shown(config, self.config.content_dir)
        return PdfSettings(
            parts.organisation, parts.title, parts.language, stylesheets, parts.address, content
        )

    def _shown(self, config: MkDocsConfig, folder: str) -> str:
        """A folder as content errors name it: from the folder of mkdocs.yml."""
        root = self._root(config)
        return Path(os.path.relpath(root / folder, root)).as_posix()

    def on_serve(
        self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        if self.config.enabled:
            root = self._root(config)
            for folder in (self.config.content_dir, self.config.framework_dir):
                server.watch(str(root / folder))
            # The bundles are made from theme/assets: rebuild when a script or style changes.
            for source in {path.parent for path in [*self.scripts, *self.stylesheets]}:
                server.watch(str(source))
        return server


def _published(source: Path, docs: Path) -> bool:
    return is_published(PurePosixPath(source.relative_to(docs).as_posix()))


def _take_ours(
    entries: list[Any], theme: Path, folder: str, bundle: str
) -> tuple[list[Any], list[Path]]:
    """Replace the theme's own files under ``folder`` by ``bundle``, where the first one was.

    Returns the new list of entries and the files, in order, that go into the bundle.
    """
    kept: list[Any] = []
    ours: list[Path] = []
    for entry in entries:
        path = str(entry)
        if path.startswith(folder) and (theme / path).is_file():
            if not ours:
                kept.append(bundle)
            ours.append((theme / path).resolve())
        else:
            kept.append(entry)
    return kept, ours
