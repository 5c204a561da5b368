"""The site served by a real nginx with deploy/nginx.conf, as an organisation would serve it:
every page, asset and PDF with the headers, the site's own page for a missing one, and the
journal keeping an answer through a reload in Chromium with the policy enforced (the header
and the <meta> tag both) and not one violation.

nginx is Debian's package (make test installs it, as it does Chromium); the test runs it as
the person testing, on a loopback port, only ``listen`` and ``root`` changed
(tests/support/nginx.py).
"""

from __future__ import annotations

import http.client
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, expect

from .conftest import BuiltSite
from .support.deploy import header_policy
from .support.forms import SAVED, STARTED
from .support.hostile import ASSETS, add_file, set_logo
from .support.nginx import find_nginx, nginx_serving
from .support.sites import FIXTURE_TOOLKIT, build_site
from .test_csp import LISTEN, violations

pytestmark = pytest.mark.browser

HEADERS = {
    "Content-Security-Policy": header_policy(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect width="9" height="9"/></svg>'
)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


def fetch(url: str) -> Answer:
    """One GET, no redirect followed, the headers by name as sent."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.netloc, timeout=10)
    try:
        connection.request("GET", parts.path)
        response = connection.getresponse()
        return Answer(response.status, dict(response.getheaders()), response.read())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The fixture toolkit, with a logo and its PDFs, served by nginx at its own address."""
    if find_nginx() is None:
        message = "Debian's nginx is not installed (make test installs it: apt-get install nginx)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    work = tmp_path_factory.mktemp("nginx")
    toolkit = work / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, toolkit)
    add_file(f"{ASSETS}/logo.svg", LOGO)(toolkit)
    set_logo("logo.svg")(toolkit)
    site = work / "site"
    with nginx_serving(site, work / "nginx") as url:
        build_site(toolkit, site, site_url=url, pdf=True)
        yield BuiltSite(site, url)


def test_every_page_is_served_with_the_headers(served: BuiltSite) -> None:
    pages = served.pages()
    assert "journal.html" in pages and "404.html" in pages and len(pages) > 10
    for path in [*pages, ""]:
        answer = fetch(served.page_url(path))
        assert answer.status == 200, path
        assert {name: answer.headers.get(name) for name in HEADERS} == HEADERS, path
        assert answer.headers["Content-Type"] == "text/html; charset=utf-8", path


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("downloads/reflection-journal.pdf", "application/pdf"),
        ("assets/sfg.js", "application/javascript; charset=utf-8"),
        ("assets/sfg.css", "text/css; charset=utf-8"),
        ("assets/logo.svg", "image/svg+xml; charset=utf-8"),
        ("search/search_index.json", "application/json; charset=utf-8"),
    ],
)
def test_files_are_served_with_their_types_and_the_headers(
    served: BuiltSite, path: str, kind: str
) -> None:
    answer = fetch(served.page_url(path))
    assert answer.status == 200
    assert answer.headers["Content-Type"] == kind
    assert {name: answer.headers.get(name) for name in HEADERS} == HEADERS
    assert answer.body == (served.folder / path).read_bytes()


@pytest.mark.parametrize("path", ["no-such-page.html", "programmes/gone.html", "assets/x.png"])
def test_a_missing_page_is_the_sites_404_page(served: BuiltSite, path: str) -> None:
    answer = fetch(served.page_url(path))
    assert answer.status == 404
    assert answer.body == (served.folder / "404.html").read_bytes()
    assert {name: answer.headers.get(name) for name in HEADERS} == HEADERS


def test_the_journal_keeps_an_answer_through_a_reload_without_a_violation(
    browser: Browser, served: BuiltSite
) -> None:
    context = browser.new_context()  # the pages' policy enforced: no bypass_csp
    context.add_init_script(LISTEN)
    try:
        page = context.new_page()
        with page.expect_response(lambda answer: answer.url.endswith("/logo.svg")) as logo:
            response = page.goto(served.page_url("journal.html"))
        assert response is not None
        assert response.headers["content-security-policy"] == header_policy()
        assert logo.value.status == 200, "the logo is shown, as the policy allows"
        page.wait_for_selector(STARTED, state="attached")
        page.locator("#sfg-energy").fill("Walking to work")
        expect(page.locator("[data-sfg-status]")).to_contain_text(SAVED)
        page.reload()
        page.wait_for_selector(STARTED, state="attached")
        expect(page.locator("#sfg-energy")).to_have_value("Walking to work")
        assert violations(page) == []
    finally:
        context.close()


def test_the_server_is_gone_after_the_tests(tmp_path: Path) -> None:
    """nginx runs only while its test needs it: started and stopped here, by its own id."""
    if find_nginx() is None:
        pytest.skip("Debian's nginx is not installed")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>Hello</p>", encoding="utf-8")
    with nginx_serving(site, tmp_path / "nginx") as url:
        assert fetch(url).status == 200
        pid = int((tmp_path / "nginx" / "nginx.pid").read_text(encoding="utf-8"))
    assert not Path(f"/proc/{pid}").exists()
    with pytest.raises(ConnectionRefusedError):
        fetch(url)
