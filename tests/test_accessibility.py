"""WCAG 2.2 AA: axe-core in Chromium finds nothing on any page, in light and dark schemes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from .conftest import BuiltSite
from .support.axe import axe_violations, describe
from .support.search import search

SCHEMES = ["light", "dark"]


def site_pages(site: BuiltSite) -> list[str]:
    return sorted(
        path.relative_to(site.folder).as_posix()
        for path in site.folder.rglob("*.html")
        if "assets" not in path.parts
    )


def test_every_page_is_checked(default_site: BuiltSite) -> None:
    pages = site_pages(default_site)
    assert {"index.html", "journal.html", "plan.html", "framework.html", "guide.html"} <= set(pages)
    assert "programmes/high-potential-scheme.html" in pages
    assert "404.html" in pages


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_nothing_on_any_page(
    browser: Browser, default_site: BuiltSite, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
    page = context.new_page()
    failures = {}
    for path in site_pages(default_site):
        page.goto(default_site.page_url(path))
        body_scheme = page.get_attribute("body", "data-md-color-scheme")
        assert body_scheme == ("slate" if scheme == "dark" else "default"), path
        violations = axe_violations(page)
        if violations:
            failures[path] = describe(violations)
    context.close()
    assert not failures, "\n\n".join(f"{path}:\n{text}" for path, text in failures.items())


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_nothing_with_search_open(
    browser: Browser, default_site: BuiltSite, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme)  # type: ignore[arg-type]
    page = context.new_page()
    page.goto(default_site.page_url("guide.html"))
    search(page, "blind spots").first.wait_for()
    # Let the search panel finish fading in: colours are judged as they settle.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    violations = axe_violations(page)
    context.close()
    assert not violations, describe(violations)
