"""The MkDocs adapter: validate content early, add the generated pages, watch content.

Everything else lives in plain modules of this package, so that the toolkit can be built
by another engine. This is the only module that imports MkDocs.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.config import config_options as options
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .assets import bundle_assets
from .build import pdf_work
from .cache import CACHE_DIR
from .content_files import is_published
from .errors import ContentErrors
from .layout import BRAND_STYLESHEET, PDF_TIME_LIMIT
from .project import (
    SCRIPT_BUNDLE,
    SOURCES,
    STYLE_BUNDLE,
    Settings,
    for_other_engines,
    page_source,
    site_config,
)
from .site_parts import SiteParts, site_parts

if TYPE_CHECKING:  # the live-reload server is only needed by `mkdocs serve`, PDFs by builds
    from mkdocs.livereload import LiveReloadServer


log = logging.getLogger("mkdocs.plugins.scope-for-growth")
NOT_OURS = for_other_engines("mkdocs")
"""Theme files for Zensical only (generator/project.py)."""


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
        self.theme: Path | None = None
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
        # The same configuration the core writes for any engine (generator/project.py).
        theme = Path(config.theme.custom_dir or root / "theme")
        self.theme = theme.resolve()
        ours = {"extra_javascript": config.extra_javascript, "extra_css": config.extra_css}
        site = site_config(self.parts, Settings(dict(ours), theme), "mkdocs")
        values = site.values
        config.use_directory_urls = values["use_directory_urls"]
        config.site_name = values["site_name"]
        config.site_description = values.get("site_description", config.site_description)
        config.site_url = values.get("site_url", config.site_url)
        config.nav = values["nav"]
        if "logo" in values["theme"]:
            config.theme["logo"] = values["theme"]["logo"]
        config.extra_javascript = values["extra_javascript"]
        config.extra_css = values["extra_css"]
        config.extra["sfg"] = values["extra"]["sfg"]
        self.scripts, self.stylesheets = site.scripts, site.stylesheets
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
            files.append(File.generated(config, page.path, content=page_source(page, self.parts)))
        brand = self.parts.brand_stylesheet
        files.append(File.generated(config, BRAND_STYLESHEET, content=brand))
        # Our scripts and stylesheets are served as one minified file each, not one by one.
        try:
            bundles = bundle_assets(self.scripts, self.stylesheets)
        except ValueError as problem:
            raise PluginError(f"Cannot bundle the theme's scripts and styles: {problem}") from None
        bundled = {path.as_posix() for path in [*self.scripts, *self.stylesheets]}
        for file in list(files):
            served = Path(file.abs_src_path).as_posix() if file.abs_src_path else ""
            if served in bundled or (served and file.src_uri in NOT_OURS) or self._source(file):
                files.remove(file)
        files.append(File.generated(config, SCRIPT_BUNDLE, content=bundles.js))
        files.append(File.generated(config, STYLE_BUNDLE, content=bundles.css))
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not (self.parts and self.makes_pdfs):
            return
        from .pdf import PdfNotMade, write_pdfs  # loaded only by builds that make PDFs

        folders = {
            "content": self._shown(config, self.config.content_dir),
            "framework": self._shown(config, self.config.framework_dir),
        }
        jobs, settings = pdf_work(self.parts, folders)
        limit = self.config.pdf_time_limit
        try:
            write_pdfs(Path(config.site_dir), jobs, settings, self.cache_dir, limit)
        except PdfNotMade as failure:
            if failure.details:
                log.debug(failure.details)
            raise PluginError(str(failure)) from None
        except OSError as failure:
            raise PluginError(f"The PDFs could not be written: {failure}") from None

    def _source(self, file: File) -> bool:
        """True for a file of the theme's own sources (SOURCES): a script or a style, served in
        a bundle, or a unit test, never served."""
        if not (self.theme and file.abs_src_path and file.src_uri.startswith(SOURCES)):
            return False
        return Path(file.abs_src_path).resolve().is_relative_to(self.theme)

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
