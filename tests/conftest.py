"""Shared fixtures: built sites (default content and the fixture set), a local server, Chromium;
and the suite's two layers (tests/support/layers.py): every test whose fixtures include
``browser`` is marked ``browser``, and a test without the marker that reaches Chromium fails."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from .support.browser import CHROMIUM_ARGS, find_chromium
from .support.layers import ChromiumGuard, mark_browser_tests
from .support.server import serve
from .support.shared import SharedServer, build_once, given
from .support.sites import FIXTURE_TOOLKIT, REPO, build_site, build_with_engine

ENGINES = ("mkdocs", "zensical")
"""MkDocs with Material through our plugin (`make site`), and Zensical (`make site
ENGINE=zensical`), which builds the project the core writes and runs no plugin of ours."""

GUARD = ChromiumGuard()
GUARD.install()

SHARED = SharedServer()
"""In pytest-xdist's controller: one server and folder for every worker's sites."""


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    SHARED.give(node.config, node.workerinput)


def pytest_unconfigure() -> None:
    SHARED.close()


# Before pytest's own hook, which deselects by marker (-m "not browser").
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_browser_tests(items)


# The test being set up, run and torn down: the one the guard holds to its marker.
@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    GUARD.current = item
    try:
        return (yield)
    finally:
        GUARD.current = None


@dataclass(frozen=True)
class BuiltSite:
    folder: Path
    url: str
    engine: str = "mkdocs"

    def page_url(self, path: str) -> str:
        return f"{self.url}{path}"

    def pages(self) -> list[str]:
        """Every page of the site (its .html files, not the theme's assets), sorted."""
        return sorted(
            path.relative_to(self.folder).as_posix()
            for path in self.folder.rglob("*.html")
            if "assets" not in path.parts
        )


@pytest.fixture(scope="session")
def www(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder the server hosts: the one every test process shares (tests/support/shared.py)
    or, without pytest-xdist, this process's own."""
    shared = given(request.config)
    return shared[0] if shared else tmp_path_factory.mktemp("www")


@pytest.fixture(scope="session")
def server_url(request: pytest.FixtureRequest, www: Path) -> Iterator[str]:
    shared = given(request.config)
    if shared:
        yield shared[1]
        return
    with serve(www) as url:
        yield url


@pytest.fixture(scope="session")
def default_site(www: Path, server_url: str) -> BuiltSite:
    """The toolkit as `make site` builds it, hosted under an intranet sub-path."""
    folder = www / "intranet" / "scope-for-growth"
    url = f"{server_url}/intranet/scope-for-growth/"
    build_once(folder, lambda: build_site(REPO, folder, site_url=url, pdf="true"))
    return BuiltSite(folder, url)


@pytest.fixture(scope="session")
def fixture_site(www: Path, server_url: str) -> BuiltSite:
    """The small fixture content set, built and hosted."""
    folder = www / "intranet" / "fixture"
    url = f"{server_url}/intranet/fixture/"
    build_once(folder, lambda: build_site(FIXTURE_TOOLKIT, folder, site_url=url))
    return BuiltSite(folder, url)


@pytest.fixture(scope="session")
def unaddressed_site(www: Path, server_url: str) -> BuiltSite:
    """The fixture content set as `make site` builds it when content/site.yml gives no
    `address`: no site_url, so Material's sitemap is empty and its instant loading takes no
    link; every link loads a page afresh unless our scripts keep the page."""
    folder = www / "intranet" / "unaddressed"
    build_once(folder, lambda: build_site(FIXTURE_TOOLKIT, folder))
    return BuiltSite(folder, f"{server_url}/intranet/unaddressed/")


def _zensical_site(content: Path, folder: Path, url: str | None, pdf: bool = False) -> BuiltSite:
    def build() -> None:
        built = build_with_engine("zensical", content, folder, check=False, site_url=url, pdf=pdf)
        assert built.returncode == 0, built.stderr

    build_once(folder, build)
    return BuiltSite(folder, url or "", "zensical")


@pytest.fixture(scope="session")
def zensical_default_site(www: Path, server_url: str) -> BuiltSite:
    """The toolkit as `make site ENGINE=zensical` builds it, PDFs included (made by the core),
    under an intranet sub-path."""
    url = f"{server_url}/intranet/zensical/scope-for-growth/"
    return _zensical_site(REPO, www / "intranet" / "zensical" / "scope-for-growth", url, True)


@pytest.fixture(scope="session")
def zensical_fixture_site(www: Path, server_url: str) -> BuiltSite:
    """The fixture content set built by Zensical and hosted."""
    url = f"{server_url}/intranet/zensical/fixture/"
    return _zensical_site(FIXTURE_TOOLKIT, www / "intranet" / "zensical" / "fixture", url)


@pytest.fixture(scope="session")
def zensical_unaddressed_site(www: Path, server_url: str) -> BuiltSite:
    """The fixture content set built by Zensical without an address (an empty sitemap)."""
    built = _zensical_site(FIXTURE_TOOLKIT, www / "intranet" / "zensical" / "unaddressed", None)
    return BuiltSite(built.folder, f"{server_url}/intranet/zensical/unaddressed/", "zensical")


# Each engine's build of a content set, built once a session: tests that take these run on
# both engines' output.
@pytest.fixture(scope="session", params=ENGINES)
def each_default_site(request: pytest.FixtureRequest) -> BuiltSite:
    name = "default_site" if request.param == "mkdocs" else "zensical_default_site"
    site: BuiltSite = request.getfixturevalue(name)
    return site


@pytest.fixture(scope="session", params=ENGINES)
def each_fixture_site(request: pytest.FixtureRequest) -> BuiltSite:
    name = "fixture_site" if request.param == "mkdocs" else "zensical_fixture_site"
    site: BuiltSite = request.getfixturevalue(name)
    return site


@pytest.fixture(scope="session", params=ENGINES)
def each_unaddressed_site(request: pytest.FixtureRequest) -> BuiltSite:
    name = "unaddressed_site" if request.param == "mkdocs" else "zensical_unaddressed_site"
    site: BuiltSite = request.getfixturevalue(name)
    return site


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        message = (
            f"CHROMIUM={os.environ['CHROMIUM']} is not a program"
            if os.environ.get("CHROMIUM")
            else "Debian's Chromium is not installed (make test installs it: apt-get install"
            " chromium)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


# The pages carry a Content-Security-Policy that forbids inline and evaluated script, which
# Playwright's wait_for_function and axe's injection need: test contexts bypass it, and
# test_csp.py uses every feature of every page with the policy enforced.
@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    created = browser.new_context(bypass_csp=True)
    yield created
    created.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture
def two(browser: Browser) -> Iterator[tuple[BrowserContext, BrowserContext]]:
    """An employee's browser and a manager's: nothing shared but files."""
    contexts = [browser.new_context(bypass_csp=True, accept_downloads=True) for _ in range(2)]
    yield contexts[0], contexts[1]
    for context in contexts:
        context.close()
