"""Downloadable PDFs, made by WeasyPrint from the print pages of the built site.

The blank journal and plan become fillable PDF forms: one field per question or plan field
(one per cell of a table), named by the control's name (generator/naming.py), with its
question as the tooltip (the control's ``title`` on the print page). The guide and the
framework become one PDF to read before the conversation.

WeasyPrint reads nothing but files of the built site (:class:`SiteFetcher`): no network, no
file outside the site folder. The three PDFs are made in parallel processes, and kept in the
cache folder under a hash of everything they are made from, so an unchanged build does not
make them again.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib.metadata
import json
import mimetypes
import os
import shutil
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote, urljoin, urlsplit

import jinja2
from markupsafe import Markup

from .cache import private_folder
from .html_parts import element_content
from .layout import DOWNLOADS, PRINT_PATHS, html_path

TEMPLATES = Path(__file__).resolve().parent / "templates"
PDF_STYLESHEET = TEMPLATES / "pdf.css"
FILLABLE = ("journal", "plan")
RECIPE = "3"
"""Part of every cache key: change it when this module changes how PDFs are made."""


@dataclass(frozen=True)
class PdfJob:
    """One PDF: the built print page it is made from, its title, where it goes, and whether
    it is a fillable form."""

    source: str
    title: str
    target: str
    fillable: bool


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


def pdf_jobs(titles: Mapping[str, str]) -> list[PdfJob]:
    """The three PDFs; ``titles`` gives each print page's title by its key."""
    return [
        PdfJob(
            source=html_path(PRINT_PATHS[key]),
            title=titles[key],
            target=DOWNLOADS[key],
            fillable=key in FILLABLE,
        )
        for key in PRINT_PATHS
    ]


def write_pdfs(
    site_dir: Path, jobs: Sequence[PdfJob], settings: PdfSettings, cache_dir: Path | None = None
) -> list[Path]:
    """Write each job's PDF into ``site_dir``; return their paths.

    A PDF found in ``cache_dir`` under the hash of its sources is copied, not made again;
    the others are made in parallel processes.
    """
    site_dir = site_dir.resolve()
    sources = [pdf_source(site_dir, job, settings) for job in jobs]
    folder = private_folder(cache_dir / "pdf") if cache_dir else None
    missing = [
        source for source in sources if not _from_cache(source, folder, site_dir / source.target)
    ]
    workers = min(len(missing), os.cpu_count() or 1)
    if workers > 1:
        # Loaded once here, so that each process started below has it already.
        import weasyprint  # noqa: F401

        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(make_pdf, missing, [site_dir] * len(missing)))
    else:
        for source in missing:
            make_pdf(source, site_dir)
    for source in missing:
        _to_cache(source, folder, site_dir / source.target)
    return [site_dir / job.target for job in jobs]


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
    # The cache key: the page, its stylesheets and images, and what turns them into a PDF.
    digest = hashlib.sha256()
    versions = [importlib.metadata.version(name) for name in ("weasyprint", "pypdf")]
    page_address = urljoin(settings.address, job.source) if settings.address else None
    digest.update(json.dumps([RECIPE, versions, job.fillable, html, page_address]).encode())
    for path in [*stylesheets, *_site_files(site_dir, page, images)]:
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return PdfSource(
        html=html,
        base_url=page.as_uri(),
        page_address=page_address,
        stylesheets=tuple(str(path) for path in stylesheets),
        target=job.target,
        fillable=job.fillable,
        key=digest.hexdigest(),
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

    _remember_page_references()
    fetcher = site_fetcher(site_dir)
    styles = [weasyprint.CSS(filename=path, url_fetcher=fetcher) for path in source.stylesheets]
    document = weasyprint.HTML(string=source.html, base_url=source.base_url, url_fetcher=fetcher)
    for link in document.etree_element.iter("a"):
        _point_outside(link, source.page_address)
    # Only radio buttons need the form tidied, and tidying rewrites the whole file (a fifth
    # of the time of a 900-page journal, which has none).
    radio_groups = any(
        field.get("type") == "radio" for field in document.etree_element.iter("input")
    )
    target = site_dir / source.target
    target.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(
        target, stylesheets=styles, pdf_forms=source.fillable, pdf_tags=True, custom_metadata=True
    )
    if source.fillable and radio_groups:
        _tidy_form(target)


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


def _remember_page_references() -> None:
    """pydyf (WeasyPrint's PDF writer) lists every page's reference each time one is asked
    for, and WeasyPrint's tagging asks once a box: time grew with pages x boxes (a fifth of a
    900-page journal). The list is kept until a page is added (pages are only ever added)."""
    import pydyf

    listed = pydyf.PDF.page_references
    if getattr(listed.fget, "remembered", False):
        return

    def page_references(pdf: Any) -> Any:
        count = len(pdf.pages["Kids"])
        kept = pdf.__dict__.get("_sfg_page_references")
        if kept is None or kept[0] != count:
            kept = pdf.__dict__["_sfg_page_references"] = (count, listed.fget(pdf))
        return kept[1]

    page_references.remembered = True  # type: ignore[attr-defined]
    pydyf.PDF.page_references = property(page_references)


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


RADIO = 1 << 15
"""PDF button field flag: the field is a group of radio buttons."""


def _tidy_form(path: Path) -> None:
    """One field per question: radio buttons become options of their group, not fields; and
    each option is drawn as an empty ring when not chosen, a ring with a dot when chosen.

    WeasyPrint lists each radio button as a field of its own, with the group's name and
    tooltip: here each option is left as a widget of its group only. It draws only the chosen
    state (a filled disc), and nothing for "not chosen": a printed blank form had no mark
    beside its options at all.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(path))
    form = cast(DictionaryObject, writer.root_object["/AcroForm"])
    fields = ArrayObject()
    for reference in cast(ArrayObject, form["/Fields"]):
        field_object = cast(DictionaryObject, reference.get_object())
        if "/Parent" in field_object:
            for key in ("/T", "/TU"):
                field_object.pop(key, None)
            parent = cast(DictionaryObject, field_object["/Parent"].get_object())
            if int(cast(Any, parent.get("/Ff", 0))) & RADIO:
                _draw_radio(writer, field_object)
            continue
        fields.append(reference)
    form[NameObject("/Fields")] = fields
    # A reader that makes every field's pictures again (WeasyPrint asks it to) draws a radio
    # button its own way or not at all (poppler: a square, or nothing); the rings drawn here
    # are kept. Text fields have no picture yet: readers make one as a person types.
    form[NameObject("/NeedAppearances")] = BooleanObject(False)
    with path.open("wb") as output:
        writer.write(output)


def _draw_radio(writer: Any, widget: Any) -> None:
    """The widget's pictures: "Off" an empty ring, its "on" state the ring with a dot (black
    on white, as print.css draws a browser's)."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    left, bottom, right, top = (float(n) for n in widget["/Rect"])
    left, right = sorted((left, right))
    bottom, top = sorted((bottom, top))
    widget[NameObject("/Rect")] = ArrayObject(FloatObject(n) for n in (left, bottom, right, top))
    width, height = right - left, top - bottom
    line = 0.9
    centre_x, centre_y = width / 2, height / 2
    ring = min(width, height) / 2 - line / 2
    empty = f"q 1 g 0 G {line} w {_circle(centre_x, centre_y, ring)} b Q"
    dot = f"q 0 g {_circle(centre_x, centre_y, ring * 0.5)} f Q"

    def picture(content: str) -> Any:
        stream = DecodedStreamObject()
        stream.set_data(content.encode("ascii"))
        stream.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(FloatObject(n) for n in (0, 0, width, height)),
                NameObject("/Resources"): DictionaryObject(),
            }
        )
        return writer._add_object(stream)

    normal = cast(DictionaryObject, widget["/AP"]["/N"])
    states = [name for name in normal if name != "/Off"]
    pictures = DictionaryObject({NameObject(name): picture(f"{empty}\n{dot}") for name in states})
    pictures[NameObject("/Off")] = picture(empty)
    widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): pictures})
    # What a PDF reader draws if it makes the pictures again: a black ring on white, a dot.
    widget[NameObject("/MK")] = DictionaryObject(
        {
            NameObject("/BC"): ArrayObject([FloatObject(0)]),
            NameObject("/BG"): ArrayObject([FloatObject(1)]),
        }
    )


def _circle(x: float, y: float, radius: float) -> str:
    """A circle as four Bezier curves (PDF path operators)."""
    k = radius * 0.5523
    return (
        f"{x + radius:.3f} {y:.3f} m "
        f"{x + radius:.3f} {y + k:.3f} {x + k:.3f} {y + radius:.3f} {x:.3f} {y + radius:.3f} c "
        f"{x - k:.3f} {y + radius:.3f} {x - radius:.3f} {y + k:.3f} {x - radius:.3f} {y:.3f} c "
        f"{x - radius:.3f} {y - k:.3f} {x - k:.3f} {y - radius:.3f} {x:.3f} {y - radius:.3f} c "
        f"{x + k:.3f} {y - radius:.3f} {x + radius:.3f} {y - k:.3f} {x + radius:.3f} {y:.3f} c h"
    )
