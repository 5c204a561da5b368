"""How the PDFs are made: from the built print pages, through a fetcher that reads only files
of the built site, in parallel, and not again when nothing they are made from changed."""

from __future__ import annotations

import http.server
import io
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader

from generator.pdf import (
    OutsideSite,
    PdfJob,
    PdfSettings,
    make_pdf,
    pdf_source,
    site_file,
    write_pdfs,
)

from .support.sites import FIXTURE_TOOLKIT, build_site

SETTINGS = PdfSettings("Fixture NHS Trust", "Fixture toolkit", "en-GB", ())


def _png() -> bytes:
    """A small image: were it fetched, the PDF would embed it."""
    picture = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(picture, "PNG")
    return picture.getvalue()


PNG = _png()


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _images(pdf: Path) -> int:
    count = 0
    for page in PdfReader(pdf).pages:
        resources: Any = page.get("/Resources") or {}
        objects = resources.get("/XObject") or {}
        count += sum(
            1 for each in objects.values() if each.get_object().get("/Subtype") == "/Image"
        )
    return count


def _site_with_page(tmp_path: Path, body: str) -> Path:
    site = tmp_path / "site"
    (site / "print").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "assets" / "inside.png").write_bytes(PNG)
    page = f"<!doctype html><html><body><article>{body}</article></body></html>"
    (site / "print" / "page.html").write_text(page, encoding="utf-8")
    return site


def test_a_pdf_reads_files_of_the_site_and_nothing_else(tmp_path: Path, local_server: str) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    body = (
        "<h1>Title</h1>"
        f'<img src="{secret.as_uri()}" alt="a local file">'
        f'<img src="{local_server}/tracker.png" alt="a request">'
        '<img src="../../secret.png" alt="outside by a relative path">'
        f'<link rel="stylesheet" href="{local_server}/style.css">'
    )
    site = _site_with_page(tmp_path, body)
    job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=False)
    make_pdf(pdf_source(site, job, SETTINGS), site)
    assert _Recorder.requests == [], "no request may leave the build"
    assert _images(site / "downloads" / "page.pdf") == 0, "nothing outside the site embedded"


def test_a_pdf_embeds_an_image_of_the_site(tmp_path: Path) -> None:
    """The check above would pass if no image were ever embedded: one of the site is."""
    site = _site_with_page(tmp_path, '<h1>Title</h1><img src="../assets/inside.png" alt="ours">')
    job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=False)
    make_pdf(pdf_source(site, job, SETTINGS), site)
    assert _images(site / "downloads" / "page.pdf") == 1


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1/x.png",
        "https://example.org/x.png",
        "file://otherhost/site/x.png",
        "file:///SITE/../outside.png",
        "data:image/png;base64,AAAA",
    ],
)
def test_the_fetcher_refuses_anything_but_a_file_of_the_site(tmp_path: Path, url: str) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "outside.png").write_bytes(PNG)
    with pytest.raises(OutsideSite):
        site_file(tmp_path / "site", url.replace("/SITE", str(tmp_path / "site")))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture toolkit built with PDFs and a cache folder of its own."""
    root = tmp_path_factory.mktemp("pdfs")
    shutil.copytree(FIXTURE_TOOLKIT, root / "toolkit")
    build_site(root / "toolkit", root / "site", pdf=True, cache_dir=str(root / "cache"))
    return root


def test_an_unchanged_rebuild_takes_the_pdfs_from_the_cache(built: Path) -> None:
    cached = sorted((built / "cache" / "pdf").glob("*.pdf"))
    assert len(cached) == 3
    made = {path.name: path.read_bytes() for path in (built / "site" / "downloads").iterdir()}
    stamps = {path: path.stat().st_mtime_ns for path in cached}
    build_site(built / "toolkit", built / "site2", pdf=True, cache_dir=str(built / "cache"))
    again = {path.name: path.read_bytes() for path in (built / "site2" / "downloads").iterdir()}
    assert again == made
    assert {path: path.stat().st_mtime_ns for path in cached} == stamps, "nothing made again"


def test_a_changed_question_makes_its_pdfs_again(built: Path, tmp_path: Path) -> None:
    toolkit = tmp_path / "toolkit"
    shutil.copytree(built / "toolkit", toolkit)
    journal = toolkit / "content" / "journal.yml"
    journal.write_text(journal.read_text().replace("What gives me energy?", "What energises me?"))
    build_site(toolkit, tmp_path / "site", pdf=True, cache_dir=str(built / "cache"))
    text = " ".join(
        p.extract_text()
        for p in PdfReader(tmp_path / "site" / "downloads" / "reflection-journal.pdf").pages
    )
    assert "What energises me?" in text
    assert len(list((built / "cache" / "pdf").glob("*.pdf"))) > 3


def test_pdfs_are_made_in_parallel_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three PDFs to make are made two at once on a two-core machine, each in a process of its
    own with the time limit (generator/pdf_workers.py, tested in test_pdf_time_limit.py)."""
    import generator.pdf as pdf

    started: list[tuple[int, float]] = []

    def run_each(work: Any, items: list[Any], workers: int, time_limit: float) -> None:
        started.append((workers, time_limit))
        for item in items:
            work(item)

    monkeypatch.setattr(pdf, "run_each", run_each)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    site = _site_with_page(tmp_path, "<h1>Title</h1>")
    jobs = [PdfJob("print/page.html", "Title", f"downloads/{n}.pdf", fillable=False) for n in "abc"]
    written = write_pdfs(site, jobs, SETTINGS, time_limit=30)
    assert started == [(2, 30)]
    assert all(path.is_file() for path in written)
    assert not list((site / "downloads").glob("*.part"))


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (None, set()),
        (
            "https://intranet.example.nhs.uk/sfg/",
            {"https://intranet.example.nhs.uk/sfg/framework.html"},
        ),
    ],
)
def test_links_to_pages_of_the_site_never_name_a_file_of_the_build(
    tmp_path: Path, address: str | None, expected: set[str]
) -> None:
    body = (
        '<h1>Title</h1><p><a href="../framework.html">framework</a>'
        ' <a href="https://example.org/x">outside</a> <a href="#top">top</a></p>'
    )
    site = _site_with_page(tmp_path, body)
    settings = PdfSettings("Org", "Toolkit", "en-GB", (), address)
    job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=False)
    make_pdf(pdf_source(site, job, settings), site)
    reader = PdfReader(site / "downloads" / "page.pdf")
    uris = {
        str(annotation.get_object()["/A"]["/URI"])
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/URI" in annotation.get_object().get("/A", {})
    }
    assert uris == expected | {"https://example.org/x"}
    assert "framework" in reader.pages[0].extract_text(), "the words of the link stay"


def test_the_cycle_collector_runs_again_after_a_pdf_made_or_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector waits while a PDF is made (it cost a third of a large journal's time);
    it must run again afterwards, also when making the PDF fails, or the build would grow."""
    import gc

    from generator import pdf

    site = _site_with_page(tmp_path, "<h1>Title</h1>")
    job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=False)
    paused: list[bool] = []
    make = pdf._render_pdf

    def render(source: Any, site_dir: Path) -> None:
        paused.append(not gc.isenabled())
        make(source, site_dir)
        if len(paused) == 2:
            raise RuntimeError("WeasyPrint failed")

    monkeypatch.setattr(pdf, "_render_pdf", render)
    make_pdf(pdf_source(site, job, SETTINGS), site)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        make_pdf(pdf_source(site, job, SETTINGS), site)
    assert gc.isenabled()
    assert paused == [True, True]


def test_a_form_with_radio_buttons_is_written_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Radio groups are tidied before WeasyPrint writes the file (generator/pdf_finish.py):
    no second pass through pypdf, which read and wrote the whole file again, as %PDF-1.3.
    One field a group; each option a widget of it, with a picture for "chosen" and for "not
    chosen"."""
    monkeypatch.setitem(sys.modules, "pypdf", None)  # importing it now fails
    body = (
        '<h1>T</h1><input type="radio" name="b" value="1" title="B">'
        '<input type="radio" name="b" value="2" title="B">'
        '<label for="a">A</label><textarea id="a" name="a"></textarea>'
    )
    site = _site_with_page(tmp_path, body)
    job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=True)
    make_pdf(pdf_source(site, job, SETTINGS), site)
    with pikepdf.open(site / "downloads" / "page.pdf") as pdf:
        fields = {str(field.T): field for field in pdf.Root.AcroForm.Fields}
        assert set(fields) == {"a", "b"}
        options = list(fields["b"].Kids)
        assert len(options) == 2
        for number, option in enumerate(options):
            assert "/T" not in option and "/TU" not in option
            assert {str(state) for state in option.AP.N} == {"/Off", f"/{number}"}


def test_a_field_with_a_value_is_left_for_the_reader_to_draw(tmp_path: Path) -> None:
    """The PDFs are blank forms, and a blank field's picture is empty. Were a field to hold a
    value, its empty picture would hide it: readers are then asked to draw every field
    (NeedAppearances), as WeasyPrint asks."""
    body = '<h1>T</h1><label for="a">A</label><input id="a" name="a" value="Prefilled">'
    site = _site_with_page(tmp_path, body)
    job = PdfJob("print/page.html", "Title", "downloads/page.pdf", fillable=True)
    make_pdf(pdf_source(site, job, SETTINGS), site)
    with pikepdf.open(site / "downloads" / "page.pdf") as pdf:
        (field,) = pdf.Root.AcroForm.Fields
        assert str(field.V) == "Prefilled"
        assert "/N" in field.AP
        assert bool(pdf.Root.AcroForm.NeedAppearances) is True
