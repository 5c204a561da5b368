"""Downloadable PDFs, made by WeasyPrint from the print pages of the built site.

The blank journal and plan become fillable PDF forms: one field per question or plan field
(one per cell of a table), named by the control's name (generator/naming.py), with its
question as the tooltip (the control's ``title`` on the print page). The guide and the
framework become one PDF to read before the conversation.

WeasyPrint reads nothing but files of the built site (:class:`SiteFetcher`): no network, no
file outside the site folder. The three PDFs are made in processes of their own, in parallel,
each stopped once it takes longer than the time limit (generator/pdf_workers.py): the build
then fails with one line naming the content the PDF is made from. They are kept in the cache
folder under a hash of everything they are made from, so an unchanged build does not make
them again.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import mimetypes
import os
import re
import shutil
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import jinja2
from markupsafe import Markup

from .cache import private_folder
from .html_parts import element_content
from .layout import DOWNLOADS, PDF_TIME_LIMIT, PRINT_PATHS, html_path
from .pdf_finish import PDF_VERSION, finish
from .pdf_pydyf import remember_page_references
from .pdf_recipe import recipe
from .pdf_workers import Failed, TooSlow, run_each

TEMPLATES = Path(__file__).resolve().parent / "templates"
PDF_STYLESHEET = TEMPLATES / "pdf.css"
FILLABLE = ("journal", "plan")
MADE_FROM = {
    "journal": (("content", "journal.yml"),),
    "plan": (("content", "plan.yml"), ("framework", "scope-for-growth.yml")),
    "guide": (
        ("content", "guide.yml"),
        ("content", "resources.yml"),
        ("framework", "scope-for-growth.yml"),
    ),
}
"""The content files each print page is made from, by folder (content or framework), for
messages; the site settings are in every page and go unsaid."""


@dataclass(frozen=True)
class PdfJob:
    """One PDF: the built print page it is made from, its title, where it goes, and whether
    it is a fillable form."""

    source: str
    title: str
    target: str
    fillable: bool
    made_from: tuple[str, ...] = ()
    """The content files its print page is made from, as an author knows them."""


@dataclass(frozen=True)
class PdfSettings:
    """What every PDF shares: its metadata and the site's stylesheets it is printed with."""

    organisation: str
    description: str
    language: str
    stylesheets: tuple[str, ...]
    """Files of the built site, such as assets/sfg.css (our print styles are in it)."""
    address: str | None = None
    """Where the site is hosted: links to its pages stay links in the PDFs; without it, their
    words stay and the link goes (a link to a file on the build machine means nothing)."""
    content_folder: str = "content"
    """The content folder as an author knows it, for messages: assets are published from it
    under the same names."""


def pdf_jobs(titles: Mapping[str, str], folders: Mapping[str, str] | None = None) -> list[PdfJob]:
    """The three PDFs; ``titles`` gives each print page's title by its key, ``folders`` the
    content and framework folders as an author knows them (for messages)."""
    shown = {"content": "content", "framework": "framework", **(folders or {})}
    return [
        PdfJob(
            source=html_path(PRINT_PATHS[key]),
            title=titles[key],
            target=DOWNLOADS[key],
            fillable=key in FILLABLE,
            made_from=tuple(f"{shown[folder]}/{name}" for folder, name in MADE_FROM[key]),
        )
        for key in PRINT_PATHS
    ]


class PdfNotMade(Exception):
    """A PDF that was not made, said in one line; ``details`` is the traceback of a failure,
    for ``mkdocs build --verbose``."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


def write_pdfs(
    site_dir: Path,
    jobs: Sequence[PdfJob],
    settings: PdfSettings,
    cache_dir: Path | None = None,
    time_limit: float = PDF_TIME_LIMIT,
) -> list[Path]:
    """Write each job's PDF into ``site_dir``; return their paths.

    A PDF found in ``cache_dir`` under the hash of its sources is copied, not made again;
    the others are made in processes of their own, in parallel. Raises :class:`PdfNotMade`
    when one takes longer than ``time_limit`` seconds, or fails.
    """
    site_dir = site_dir.resolve()
    sources = [pdf_source(site_dir, job, settings) for job in jobs]
    folder = private_folder(cache_dir / "pdf") if cache_dir else None
    missing = [
        source for source in sources if not _from_cache(source, folder, site_dir / source.target)
    ]
    if missing:
        # Loaded once here, so that each process started below has it already.
        import weasyprint  # noqa: F401

        workers = min(len(missing), os.cpu_count() or 1)
        make = functools.partial(make_pdf, site_dir=site_dir)
        try:
            run_each(make, missing, workers, time_limit)
        except (TooSlow, Failed) as problem:
            for source in missing:  # what a stopped process left, whole or not
                for path in (site_dir / source.target, _unfinished(site_dir / source.target)):
                    path.unlink(missing_ok=True)
            if isinstance(problem, TooSlow):
                raise PdfNotMade(_too_slow(problem.item, time_limit)) from None
            message = f"{problem.item.target}: the PDF was not made: {problem.reason}"
            raise PdfNotMade(message, problem.details) from None
    for source in missing:
        _to_cache(source, folder, site_dir / source.target)
    return [site_dir / job.target for job in jobs]


def _too_slow(source: PdfSource, seconds: float) -> str:
    """One line: which PDF, and the content it is made from."""
    content = _listed(list(source.made_from))
    images = f", with the images {_listed(list(source.images))}" if source.images else ""
    return (
        f"{source.target}: the PDF took longer than {seconds:g} s to make, and was stopped: it"
        f" is made from {content}{images}; look there for something very large (an image, a"
        " table), or give the build more time with pdf_time_limit in mkdocs.yml"
    )


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


@dataclass(frozen=True)
class PdfSource:
    """Everything one PDF is made from, and the hash of it all (its cache key)."""

    html: str
    base_url: str
    page_address: str | None
    """The page's address on the host, to turn links to other pages into; None drops them."""
    stylesheets: tuple[str, ...]
    target: str
    fillable: bool
    key: str
    made_from: tuple[str, ...] = ()
    """The content files the page is made from, for messages."""
    images: tuple[str, ...] = ()
    """The images it shows, as content files (content/assets/…), for messages."""


def pdf_source(site_dir: Path, job: PdfJob, settings: PdfSettings) -> PdfSource:
    """The print page's content (its <article>) in a document of its own, with metadata."""
    page = site_dir / job.source
    body, images = element_content(page.read_text(encoding="utf-8"), "article")
    html = _shell().render(
        language=settings.language,
        title=job.title,
        organisation=settings.organisation,
        description=settings.description,
        body=Markup(body),
    )
    stylesheets = [site_dir / name for name in settings.stylesheets] + [PDF_STYLESHEET]
    # The cache key: the page, its stylesheets and the files they show, and what turns them
    # into a PDF (generator/pdf_recipe.py).
    digest = hashlib.sha256()
    page_address = urljoin(settings.address, job.source) if settings.address else None
    digest.update(json.dumps([recipe(), job.fillable, html, page_address]).encode())
    pictures = _site_files(site_dir, page, images)
    for path in [*stylesheets, *pictures, *_styled_files(site_dir, stylesheets)]:
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return PdfSource(
        html=html,
        base_url=page.as_uri(),
        page_address=page_address,
        stylesheets=tuple(str(path) for path in stylesheets),
        target=job.target,
        fillable=job.fillable,
        key=digest.hexdigest(),
        made_from=job.made_from,
        images=tuple(
            f"{settings.content_folder}/{path.relative_to(site_dir).as_posix()}"
            for path in dict.fromkeys(pictures)
        ),
    )


def _site_files(site_dir: Path, page: Path, addresses: Sequence[str]) -> list[Path]:
    """The files of the site that ``addresses`` (relative to ``page``) name; others are
    left out here, and refused when the PDF is made."""
    files = []
    for address in addresses:
        try:
            files.append(site_file(site_dir, urljoin(page.as_uri(), address)))
        except OutsideSite:
            continue
    return files


_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))""")


def _styled_files(site_dir: Path, stylesheets: Sequence[Path]) -> list[Path]:
    """The files of the site the stylesheets name with url() (fonts, pictures); others are
    left out here, and refused when the PDF is made."""
    files = []
    for stylesheet in stylesheets:
        text = stylesheet.read_text(encoding="utf-8", errors="replace")
        addresses = ["".join(match) for match in _CSS_URL.findall(text)]
        files += _site_files(site_dir, stylesheet, addresses)
    return files


@functools.cache
def _shell() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    return environment.get_template("pdf.html.j2")


def make_pdf(source: PdfSource, site_dir: Path) -> None:
    """Make one PDF with WeasyPrint, reading files of the site only."""
    with _collector_waiting():
        _render_pdf(source, site_dir)


def _render_pdf(source: PdfSource, site_dir: Path) -> None:
    import weasyprint  # slow to load: only PDF builds need it

    remember_page_references()
    fetcher = site_fetcher(site_dir)
    styles = [weasyprint.CSS(filename=path, url_fetcher=fetcher) for path in source.stylesheets]
    document = weasyprint.HTML(string=source.html, base_url=source.base_url, url_fetcher=fetcher)
    for link in document.etree_element.iter("a"):
        _point_outside(link, source.page_address)
    target = site_dir / source.target
    target.parent.mkdir(parents=True, exist_ok=True)
    written = _unfinished(target)  # a PDF stopped half way is never taken for a whole one
    # Written once: what WeasyPrint leaves out is added before (generator/pdf_finish.py).
    document.write_pdf(
        written,
        stylesheets=styles,
        pdf_forms=source.fillable,
        pdf_tags=True,
        custom_metadata=True,
        pdf_version=PDF_VERSION,
        finisher=finish,
    )
    written.replace(target)


def _unfinished(target: Path) -> Path:
    """Where a PDF is written until it is whole."""
    return target.with_name(f"{target.name}.part")


@contextmanager
def _collector_waiting() -> Iterator[None]:
    """Python's cycle collector waits while a PDF is made, and runs once after.

    WeasyPrint makes millions of small objects that all live until the PDF is written, and
    the collector went over them again and again: a third of the time of a 900-page journal,
    and the reason PDF time grew faster than the content (12x for 10x the content; 10x
    without). Memory at the peak grows by about a seventh (590 to 670 MB for that journal).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()


_KEPT_LINKS = ("http:", "https:", "mailto:", "tel:", "#")


def _point_outside(link: Any, page_address: str | None) -> None:
    """A link to another page of the site points at the hosted page, or goes (its words
    stay): in a PDF, a relative link would name a file on the machine that built it."""
    href = link.get("href")
    if href is None or href.lower().startswith(_KEPT_LINKS):
        return
    if page_address:
        link.set("href", urljoin(page_address, href))
    else:
        del link.attrib["href"]


def site_fetcher(site_dir: Path) -> Any:
    """A WeasyPrint URL fetcher that serves files of the built site and nothing else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = site_dir.resolve()

    class SiteFetcher(URLFetcher):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",))

        def fetch(self, url: str, headers: Any = None) -> Any:
            path = site_file(root, url)
            mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            headers = {"Content-Type": mime_type}
            return URLFetcherResponse(path.as_uri(), path.read_bytes(), headers)

    return SiteFetcher()


class OutsideSite(ValueError):
    """A PDF asked for something that is not a file of the built site."""


def site_file(root: Path, url: str) -> Path:
    """The file of the site at ``url``; :class:`OutsideSite` for anything else."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        raise OutsideSite(f"not fetched: {url} (a PDF uses files of the built site only)")
    path = Path(unquote(parts.path)).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise OutsideSite(f"not fetched: {url} (not a file of the built site)")
    return path


def _from_cache(source: PdfSource, folder: Path | None, target: Path) -> bool:
    if folder is None or not (folder / f"{source.key}.pdf").is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(folder / f"{source.key}.pdf", target)
    return True


def _to_cache(source: PdfSource, folder: Path | None, target: Path) -> None:
    if folder is not None:
        shutil.copyfile(target, folder / f"{source.key}.pdf")
