"""A complete project that an engine builds without our plugin: MkDocs with Material, or Zensical.

The project is a folder:

- ``mkdocs.yml``: the whole configuration (site name, navigation in the toolkit's order,
  stylesheets and scripts, palette, search), which both engines read;
- ``docs/``: the pages as Markdown (each page's footer words in its front matter), the brand
  stylesheet, our scripts and styles as one bundle each, and the published files of
  ``content/assets/``;
- ``theme/``: the overrides of theme/ that apply to the engine.

The theme's settings (palette, features, the order of our scripts…) are read from the
repository's mkdocs.yml, the one file `mkdocs build` reads too: the plugin takes the same
values from :func:`site_config`.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from markupsafe import Markup

from .assets import bundle_assets
from .content_files import ASSETS, is_published
from .layout import BRAND_STYLESHEET
from .page import Page, navigation
from .policy import policy
from .site_parts import SiteParts

ENGINES = ("mkdocs", "zensical")
CONFIG_FILE = "mkdocs.yml"
DOCS, THEME, SITE = "docs", "theme", "site"
SCRIPT_BUNDLE = "assets/sfg.js"
STYLE_BUNDLE = "assets/sfg.css"
COMPONENTS = "components/"
"""The theme's components, one folder each (theme/components/<name>/: its scripts, its style,
its markup, a Jinja partial that the page templates import (generator/layout.py), and its
unit tests). This entry of extra_javascript (or extra_css) stands for the scripts (or
styles) of every component, folder by folder from A to Z; in a folder, the script named after
it comes after the others, which are its parts. Nothing lists a component: a new folder is a
new component (its script registers itself: theme/assets/js/component.js)."""
SOURCES = ("assets/js/", "assets/css/", COMPONENTS)
"""The theme's folders of our own scripts and styles (and their unit tests): served only as
the two bundles, never as files of their own."""
ENGINE_ONLY = {"mkdocs": {"partials/search.html"}, "zensical": {"assets/shadow/search.css"}}
"""Theme files for one engine only: Material's search form, which Zensical's search (a button
and a dialog) does not style; the styles that theme/assets/js/search-dialog.js puts in
Zensical's search dialog."""


def for_other_engines(engine: str) -> set[str]:
    """The theme files of ENGINE_ONLY that ``engine`` does not get."""
    return {path for other, paths in ENGINE_ONLY.items() if other != engine for path in paths}


THEME_VARIANT = {"zensical": "classic"}
"""Zensical's look closest to Material's, which the toolkit's styles were made for."""
ENGINE_SETTINGS: dict[str, dict[str, Any]] = {
    "zensical": {"validation": {"links": {"not_found": "ignore", "anchors": "ignore"}}}
}
"""Settings of one engine's own. Zensical's link check took 40% of its build of the toolkit
(0.4 of 1.1 s of processor time): every link between the pages is made by the core from one
site map (generator/render/links.py), and the MkDocs build of the same pages, strict, checks
them all in `make test` (tests/test_engines.py compares the two builds' pages)."""
PROJECT_KEYS = ("docs_dir", "site_dir", "exclude_docs", "hooks", "INHERIT")
"""Settings the project writes itself: what mkdocs.yml says of them is for the plugin's build."""
CHROME = ("footer", "contact")


@dataclass(frozen=True)
class Settings:
    """The repository's mkdocs.yml as data, and the theme folder it names."""

    values: dict[str, Any]
    theme: Path

    @classmethod
    def read(cls, config_file: Path) -> Settings:
        values = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
        folder = values.get("theme", {}).get("custom_dir") or THEME
        return cls(values, (config_file.parent / folder).resolve())


def plugins(values: dict[str, Any]) -> dict[str, Any]:
    """The plugins of a configuration as a mapping, ours left out."""
    listed = values.get("plugins") or {}
    if isinstance(listed, list):  # MkDocs allows a list of names and one-key mappings
        mapping: dict[str, Any] = {}
        for item in listed:
            mapping.update(item if isinstance(item, dict) else {item: {}})
        listed = mapping
    return {name: options for name, options in listed.items() if name != "scope-for-growth"}


def component_files(theme: Path, suffix: str) -> list[Path]:
    """The files of every component (COMPONENTS) ending in ``suffix`` (".js" or ".css"), in
    the order they are bundled: folder by folder from A to Z, in a folder from A to Z but the
    one named after the folder last."""
    folder = theme / COMPONENTS
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for component in sorted(path for path in folder.iterdir() if path.is_dir()):
        files = sorted(path for path in component.iterdir() if path.is_file())
        files = [path for path in files if path.name.endswith(suffix)]
        found += sorted(files, key=lambda path: path.name == component.name + suffix)
    return [path.resolve() for path in found]


def take_ours(
    entries: list[Any], theme: Path, suffix: str, bundle: str
) -> tuple[list[Any], list[Path]]:
    """Replace the theme's own files (SOURCES) among ``entries`` by ``bundle``, where the first
    one was; the entry COMPONENTS stands for every component's files ending in ``suffix``.

    Returns the new list of entries and the files, in order, that go into the bundle.
    """
    kept: list[Any] = []
    ours: list[Path] = []
    for entry in entries:
        path = str(entry.get("path", "")) if isinstance(entry, dict) else str(entry)
        if path == COMPONENTS:
            files = component_files(theme, suffix)
        elif path.startswith(SOURCES) and (theme / path).is_file():
            files = [(theme / path).resolve()]
        else:
            kept.append(entry)
            continue
        if not ours:
            kept.append(bundle)
        ours += files
    return kept, ours


@dataclass(frozen=True)
class SiteConfig:
    """The configuration an engine needs, and the files our two bundles are made of."""

    values: dict[str, Any]
    scripts: list[Path]
    stylesheets: list[Path]

    def plain(self) -> dict[str, Any]:
        """As plain data for YAML: escaped titles become the text they hold (still escaped)."""
        data: dict[str, Any] = json.loads(json.dumps(self.values))
        return data


def site_config(
    parts: SiteParts, settings: Settings, engine: str, style_hashes: tuple[str, ...] = ()
) -> SiteConfig:
    """Everything an engine needs to know, from the content and the theme's settings.

    Both engines render theme templates with escaping off: the site's name, description and
    the navigation's titles are handed over escaped (Markup).
    """
    values = copy.deepcopy(settings.values)
    for key in PROJECT_KEYS:
        values.pop(key, None)
    values["plugins"] = plugins(values)
    values["use_directory_urls"] = False  # relative .html links: any intranet path, file://
    values["site_name"] = Markup.escape(parts.title)
    if parts.description:
        values["site_description"] = Markup.escape(parts.description)
    if parts.address:
        values["site_url"] = parts.address
    values["nav"] = navigation(parts.pages)
    theme = values.setdefault("theme", {})
    if parts.logo:
        theme["logo"] = parts.logo
    if engine in THEME_VARIANT:
        theme["variant"] = THEME_VARIANT[engine]
    values.update(copy.deepcopy(ENGINE_SETTINGS.get(engine, {})))
    values["extra_javascript"], scripts = take_ours(
        values.get("extra_javascript") or [], settings.theme, ".js", SCRIPT_BUNDLE
    )
    values["extra_css"], stylesheets = take_ours(
        values.get("extra_css") or [], settings.theme, ".css", STYLE_BUNDLE
    )
    values["extra_css"].insert(0, BRAND_STYLESHEET)
    extra = values.setdefault("extra", {})
    # The footer and the logo's name (theme/partials), the policy (theme/main.html); a page's
    # own footer words are in its front matter (page_source), these are the site root's.
    extra["sfg"] = {
        "organisation": parts.organisation,
        "forget": Markup(parts.forget),
        "policy": Markup(policy(style_hashes)),  # ours: no markup, only quotes
        **{name: Markup(parts.footer("index.md").get(name, "")) for name in CHROME},
    }
    return SiteConfig(values, scripts, stylesheets)


def page_source(page: Page, parts: SiteParts) -> str:
    """The page's Markdown, its title and footer words added to its front matter
    (``sfg_title``, ``sfg_footer``, ``sfg_contact``: links in them are relative to the page's
    folder)."""
    meta: dict[str, Any] = {}
    body = page.markdown
    if body.startswith("---\n"):
        head, _, body = body[4:].partition("\n---\n")
        meta = yaml.safe_load(head) or {}
    # The document's title, escaped here once: theme/main.html writes it as it is, since
    # Zensical reads the values it is handed as text and its own templates escape some of
    # them and not others (a title escaped twice showed "&#34;" to readers).
    whole = parts.title if page.path == "index.md" else f"{page.title} - {parts.title}"
    meta["sfg_title"] = str(Markup.escape(whole))
    for name, html in parts.footer(page.path).items():
        if name in CHROME and html:
            meta[f"sfg_{name}"] = html
    if not meta:
        return body
    return "---\n" + yaml.safe_dump(meta, sort_keys=True, allow_unicode=True) + "---\n" + body


def project_files(
    parts: SiteParts, settings: Settings, engine: str, content: Path, config: SiteConfig
) -> dict[str, bytes]:
    """Every file of the project, by its path in the project folder."""
    files = {f"{DOCS}/{page.path}": page_source(page, parts).encode() for page in parts.pages}
    files[f"{DOCS}/{BRAND_STYLESHEET}"] = parts.brand_stylesheet.encode()
    bundles = bundle_assets(config.scripts, config.stylesheets)
    files[f"{DOCS}/{SCRIPT_BUNDLE}"] = bundles.js.encode()
    files[f"{DOCS}/{STYLE_BUNDLE}"] = bundles.css.encode()
    for relative, path in _walk(content / ASSETS):
        if is_published(PurePosixPath(ASSETS) / relative):
            files[f"{DOCS}/{ASSETS}/{relative}"] = path.read_bytes()
    excluded = for_other_engines(engine)
    for relative, path in _walk(settings.theme):
        if relative.startswith(SOURCES) or relative in excluded:
            continue  # bundled into docs/assets (or unit tests), or for another engine
        files[f"{THEME}/{relative}"] = path.read_bytes()
    values = config.plain()
    values.update(docs_dir=DOCS, site_dir=SITE)
    values["theme"]["custom_dir"] = THEME
    header = "# Written by `python -m generator` from content/ and mkdocs.yml: edit those.\n"
    files[CONFIG_FILE] = (header + yaml.safe_dump(values, allow_unicode=True)).encode()
    return files


def write_project(
    parts: SiteParts,
    settings: Settings,
    engine: str,
    content: Path,
    target: Path,
    style_hashes: tuple[str, ...] = (),
) -> list[str]:
    """Write the project for ``engine`` into ``target``: only files that changed are written
    (a live preview rebuilds what changed), and files no longer part of it are removed.
    Returns the paths written."""
    config = site_config(parts, settings, engine, style_hashes)
    files = project_files(parts, settings, engine, content, config)
    written = []
    for relative, data in files.items():
        path = target / relative
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(relative)
    for folder in (DOCS, THEME):
        for relative, path in _walk(target / folder):
            if f"{folder}/{relative}" not in files:
                path.unlink()
    return written


def _walk(folder: Path) -> Iterator[tuple[str, Path]]:
    """Every file under ``folder`` (relative POSIX path, path), names starting '.' and
    symbolic links left out."""
    if not folder.is_dir():
        return
    for here, folders, names in os.walk(folder, followlinks=False):
        folders[:] = sorted(n for n in folders if not n.startswith(".") and n != "__pycache__")
        for name in sorted(names):
            path = Path(here) / name
            if not name.startswith(".") and not path.is_symlink() and path.is_file():
                yield path.relative_to(folder).as_posix(), path
