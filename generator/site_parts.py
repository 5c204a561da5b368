"""Everything a build needs from the content, worked out once: the pages, the values the site
shell shows (name, logo, footer words…), the brand stylesheet and the PDFs' metadata.

Validating and rendering the content is the toolkit's own share of a build. When nothing it
is made from has changed (the content and framework files, this package's code and
templates, the versions of the libraries that shape the output), the result of the last
build is read back from the cache folder as JSON: no code is loaded from the cache, and
nothing is validated twice. ``python -m generator check`` always validates.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import posixpath
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from .cache import private_folder
from .page import Page

PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("jinja2", "markdown", "markupsafe", "pydantic", "pyyaml")


@dataclass(frozen=True)
class SiteParts:
    pages: list[Page]
    title: str
    description: str | None
    address: str | None
    logo: str | None
    organisation: str
    language: str
    brand_stylesheet: str
    footers: dict[str, dict[str, str]]
    """Per folder of pages: the footer and contact words as HTML (links are relative)."""
    forget: str
    """The "Forget me on this computer" block as HTML, the same on every page."""

    def footer(self, page_path: str) -> dict[str, str]:
        return self.footers.get(posixpath.dirname(page_path), {})

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SiteParts:
        data = json.loads(text)
        data["pages"] = [Page(**page) for page in data["pages"]]
        return cls(**data)


def site_parts(
    root: Path,
    content_dir: str | Path = "content",
    framework_dir: str | Path = "framework",
    *,
    downloads: bool = False,
    cache_dir: Path | None = None,
) -> SiteParts:
    """Load, check and render the content (raising ContentErrors), or read the same result
    from ``cache_dir`` when none of its sources changed."""
    folders = [(root / content_dir).resolve(), (root / framework_dir).resolve()]
    key = _sources_key(folders, downloads)
    kept = private_folder(cache_dir / "pages") if cache_dir and key else None
    if kept and key:
        try:
            return SiteParts.from_json((kept / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError, KeyError):
            pass  # not there yet, or unreadable: made again below
    parts = make_site_parts(root, content_dir, framework_dir, downloads, cache_dir)
    if kept and key:
        for old in kept.glob("*.json"):
            old.unlink(missing_ok=True)
        (kept / f"{key}.json").write_text(parts.to_json(), encoding="utf-8")
    return parts


def make_site_parts(
    root: Path,
    content_dir: str | Path,
    framework_dir: str | Path,
    downloads: bool,
    cache_dir: Path | None,
) -> SiteParts:
    # Loaded here, not above: a build whose parts come from the cache never needs them.
    from .render import render_pages
    from .render.chrome import Chrome, brand_stylesheet
    from .render.privacy import forget_markup
    from .toolkit import load_toolkit

    toolkit = load_toolkit(root, content_dir, framework_dir)
    pages = render_pages(toolkit, downloads=downloads, cache_dir=cache_dir)
    chrome = Chrome(toolkit)
    site = toolkit.site
    footers = {}
    for page in pages:
        folder = posixpath.dirname(page.path)
        if folder not in footers:
            footers[folder] = {name: str(html) for name, html in chrome.for_page(page.path).items()}
    return SiteParts(
        pages=pages,
        title=site.title,
        description=site.description,
        address=site.address,
        logo=site.logo,
        organisation=site.organisation,
        language=site.language,
        brand_stylesheet=brand_stylesheet(site),
        footers=footers,
        forget=str(forget_markup(site)),
    )


def _sources_key(folders: list[Path], downloads: bool) -> str | None:
    """A hash of everything the parts are made from; None when a source is not a plain file
    (a symbolic link, say: the check has something to say about it, so it always runs)."""
    digest = hashlib.sha256()
    versions = [importlib.metadata.version(name) for name in LIBRARIES]
    # This package's files are in the key (the shape of what is kept, SiteParts, is defined
    # here): no number to change by hand when it changes.
    digest.update(json.dumps([versions, downloads, [str(f) for f in folders]]).encode())
    for folder in [*folders, PACKAGE]:
        if not folder.is_dir():
            return None
        for path in sorted(folder.rglob("*")):
            mode = path.lstat().st_mode
            if stat.S_ISDIR(mode) or (folder == PACKAGE and "__pycache__" in path.parts):
                continue
            if not stat.S_ISREG(mode):
                return None
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
