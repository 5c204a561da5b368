"""The same toolkit from either engine: MkDocs with Material through our plugin (`make site`) and
Zensical over the project the core writes (`make site ENGINE=zensical`).

The shared browser tests (test_csp.py, test_accessibility.py, test_smoke_browser.py, the
hand-over in test_conversation.py, unlocking once in test_offpath_lock.py) run on both builds
through the ``each_*_site`` fixtures; this file holds what compares them, and what only the
core's own build does (content errors, PDFs, live preview).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from .conftest import BuiltSite
from .support.forms import open_form, wait_started, wait_stored
from .support.html import article_text
from .support.output import wait_until
from .support.sites import FIXTURE_TOOLKIT, REPO, build_with_engine


class _Navigation(HTMLParser):
    """The links and section names of Material's primary navigation, in order (without the
    current page's own table of contents), links made absolute."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.depth = 0
        self.open: list[str] | None = None
        self.items: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if tag == "nav" and (self.depth or "md-nav--primary" in classes):
            self.depth += 1
        if self.depth and tag in {"a", "label"} and "md-nav__link" in classes:
            href = values.get("href") or ""
            self.open = [tag, "" if href.startswith("#") else urljoin(self.page, href), ""]

    def handle_endtag(self, tag: str) -> None:
        if self.open and tag == self.open[0]:
            kind, href, text = self.open
            if not (kind == "a" and not href):
                self.items.append((href, re.sub(r"\s+", " ", text).strip()))
            self.open = None
        if tag == "nav" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[2] += data


def navigation(site: BuiltSite, path: str) -> list[tuple[str, str]]:
    parser = _Navigation(f"https://site.example/{path}")
    parser.feed((site.folder / path).read_text(encoding="utf-8"))
    return parser.items


def test_both_engines_build_the_same_pages_in_the_same_navigation(
    default_site: BuiltSite, zensical_default_site: BuiltSite
) -> None:
    """Every page, the navigation in the toolkit's order (programmes and print pages in their
    sections, never in alphabetical order) and the same words in every page's content."""
    pages = default_site.pages()
    assert zensical_default_site.pages() == pages
    expected = navigation(default_site, "index.html")
    titles = list(dict.fromkeys(title for _, title in expected if title))
    assert titles[:4] == ["Home", "Reflection journal", "Framework", "Development plan"]
    assert titles[-4:] == [
        "Print and download",
        "Blank reflection journal",
        "Blank development plan",
        "Facilitation guide and framework",
    ]
    for path in pages:
        if path == "404.html":
            continue
        assert navigation(zensical_default_site, path) == navigation(default_site, path), path
        texts = [article_text(site.folder / path) for site in (zensical_default_site, default_site)]
        assert texts[0] == texts[1], path


def test_no_module_but_the_plugin_imports_mkdocs() -> None:
    """The core runs without MkDocs: Zensical builds what it writes."""
    importing = re.compile(r"^\s*(?:from|import)\s+mkdocs\b", re.M)
    found = [
        path.name
        for path in (REPO / "generator").rglob("*.py")
        if importing.search(path.read_text(encoding="utf-8"))
    ]
    assert found == ["mkdocs_plugin.py"]


def test_zensical_builds_carry_the_pdfs_the_core_makes(zensical_default_site: BuiltSite) -> None:
    downloads = zensical_default_site.folder / "downloads"
    for name in ("reflection-journal.pdf", "development-plan.pdf", "facilitation-guide.pdf"):
        assert (downloads / name).read_bytes().startswith(b"%PDF-"), name
    fields = PdfReader(downloads / "reflection-journal.pdf").get_fields() or {}
    assert {"person-name", "good-day"} <= set(fields), "a fillable form, a field a question"


def test_a_content_error_stops_a_zensical_build_and_keeps_the_last_site(tmp_path: Path) -> None:
    root = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, root)
    site = tmp_path / "site"
    build_with_engine("zensical", root, site)
    index = (site / "index.html").read_text(encoding="utf-8")
    journal = root / "content" / "journal.yml"
    text = journal.read_text(encoding="utf-8")
    journal.write_text(text.replace("type: short-text", "type: essay"), encoding="utf-8")
    result = build_with_engine("zensical", root, site, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "content/journal.yml:26: stages[1].sections[0].questions[0].type: unknown question type"
        " 'essay'; expected one of: long-text, short-text, date, choice, position, table",
        f"1 content error found: the site was not built and the previous {site} is unchanged.",
    ]
    assert (site / "index.html").read_text(encoding="utf-8") == index


@pytest.mark.browser
@pytest.mark.parametrize("where", ["http", "folder"])
def test_the_journal_saves_and_restores_on_both_engines(
    page: Page, each_fixture_site: BuiltSite, where: str
) -> None:
    site = each_fixture_site
    base = site.url if where == "http" else site.folder.as_uri() + "/"
    open_form(page, base, "journal")
    page.locator("#sfg-energy").fill("Walking to work")
    wait_stored(page, "journal", "energy", "Walking to work")
    page.reload()
    wait_started(page)
    expect(page.locator("#sfg-energy")).to_have_value("Walking to work")


@pytest.mark.browser
def test_printing_shows_the_answers_and_none_of_the_site_on_both_engines(
    page: Page, each_fixture_site: BuiltSite
) -> None:
    """A form prints its answers, with its running head, without navigation or search."""
    open_form(page, each_fixture_site.url, "journal")
    page.locator("#sfg-energy").fill("Walking to work")
    wait_stored(page, "journal", "energy", "Walking to work")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    for hidden in (".md-header", ".md-sidebar--primary", "[data-sfg-status]"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator(".sfg-print-header")).to_be_visible()
    expect(page.locator("[data-sfg-print-person]")).to_be_attached()
    expect(page.get_by_text("Walking to work").first).to_be_visible()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


@pytest.fixture
def zensical_preview(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    root = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, root)
    port = _free_port()
    command = [sys.executable, "-m", "generator", "--root", str(root), "serve"]
    command += ["--engine", "zensical", "--dev-addr", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        command,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        yield root, f"http://127.0.0.1:{port}/", process
    finally:
        process.terminate()
        process.wait(timeout=15)


def _served(url: str, needle: str, seconds: float = 30) -> None:
    """Wait until the page at ``url`` is served holding ``needle``: Zensical says when a
    build starts, not when it is done."""
    wait_until(lambda: needle in _fetch(url), seconds, f"{url} served with {needle!r}")


def _lines_until(process: subprocess.Popen[str], needle: str) -> list[str]:
    """Read what the preview prints until a line holds ``needle`` (the process's own events)."""
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        if needle in line:
            return lines
    raise AssertionError(f"the preview ended before saying {needle!r}: {lines}")


def test_the_zensical_preview_follows_content_edits(
    zensical_preview: tuple[Path, str, subprocess.Popen[str]],
) -> None:
    """An edit of content/ is served once the project is written again (Zensical's own live
    reload then shows it in the browser); a mistake is one line, and the last good version
    stays. Stopping the preview stops Zensical's server too."""
    root, url, process = zensical_preview
    _lines_until(process, "Serving")
    _served(url + "journal.html", "What gives me energy?")  # Zensical serves as it builds
    journal = root / "content" / "journal.yml"
    text = journal.read_text(encoding="utf-8")
    journal.write_text(text.replace("What gives me energy?", "What drains me?"), encoding="utf-8")
    _lines_until(process, "the preview is rebuilt")
    _served(url + "journal.html", "What drains me?")
    journal.write_text(text.replace("id: energy", "id: Energy Now"), encoding="utf-8")
    said = _lines_until(process, "The preview keeps the last good version.")
    assert any(
        line.startswith("content/journal.yml:12: stages[0].sections[0].questions[0].id: bad id")
        for line in said
    ), said
    assert "Traceback" not in "\n".join(said)
    assert "What drains me?" in _fetch(url + "journal.html")
    process.terminate()  # as a person's Ctrl+C or a service manager does
    process.wait(timeout=15)
    assert _fetch(url + "journal.html") == "", "the engine's server stops with the preview"
