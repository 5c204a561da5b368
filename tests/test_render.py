"""Rendering from the fixture content set: golden pages, links, escaping."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import load_toolkit
from generator.render import Page, navigation, render_pages

from .support.sites import FIXTURE_TOOLKIT

GOLDEN = Path(__file__).parent / "golden"
FIXTURE_PAGES = [
    "index.md",
    "journal.md",
    "framework.md",
    "plan.md",
    "answers.md",
    "guide.md",
    "programmes/index.md",
    "programmes/alpha.md",
    "programmes/beta.md",
    "resources.md",
    "print/journal.md",
    "print/plan.md",
    "print/guide.md",
]


@pytest.fixture(scope="module")
def pages() -> dict[str, Page]:
    return {page.path: page for page in render_pages(load_toolkit(FIXTURE_TOOLKIT))}


def test_pages_and_navigation(pages: dict[str, Page]) -> None:
    assert list(pages) == FIXTURE_PAGES
    assert navigation(list(pages.values())) == [
        {"Fixture home": "index.md"},
        {"Fixture journal": "journal.md"},
        {"Fixture framework": "framework.md"},
        {"Fixture plan": "plan.md"},
        {"Check your answers": "answers.md"},
        {"Fixture guide": "guide.md"},
        {
            "Fixture programmes": [
                "programmes/index.md",
                {"Alpha Programme": "programmes/alpha.md"},
                {"Beta Programme": "programmes/beta.md"},
            ]
        },
        {"Fixture resources": "resources.md"},
        {
            "Print and download": [
                {"Blank reflection journal": "print/journal.md"},
                {"Blank development plan": "print/plan.md"},
                {"Facilitation guide and framework": "print/guide.md"},
            ]
        },
    ]


@pytest.mark.parametrize("path", FIXTURE_PAGES)
def test_page_matches_golden_file(pages: dict[str, Page], path: str) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change; review the diff."""
    golden = GOLDEN / path
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(pages[path].markdown, encoding="utf-8")
    assert pages[path].markdown == golden.read_text(encoding="utf-8")


def test_question_text_is_escaped_not_interpreted(pages: dict[str, Page]) -> None:
    journal = pages["journal.md"].markdown
    assert "What frustrates me &amp; why &lt;really&gt;?" in journal
    assert "<really>" not in journal


def test_references_become_relative_links_or_plain_text(pages: dict[str, Page]) -> None:
    guide = pages["guide.md"].markdown
    assert 'Read about blind spots and <a href="https://example.org/wres">WRES</a>.' in guide
    assert '<a href="framework.html">position</a>' in guide
    alpha = pages["programmes/alpha.md"].markdown
    assert 'Leads to <a href="beta.html">Beta</a>.' in alpha
    footer_free = "resource:" not in "".join(page.markdown for page in pages.values())
    assert footer_free


def test_raw_html_in_prose_is_shown_as_text(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_TOOLKIT, tmp_path / "toolkit")
    home = tmp_path / "toolkit" / "content" / "home.yml"
    home.write_text(
        home.read_text().replace(
            "intro: A toolkit for **testing**.", "intro: Hello <script>alert(1)</script> world"
        )
    )
    index = render_pages(load_toolkit(tmp_path / "toolkit"))[0].markdown
    assert "<script>" not in index
    assert "Hello &lt;script&gt;alert(1)&lt;/script&gt; world" in index


def test_markdown_characters_in_headings_are_literal(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_TOOLKIT, tmp_path / "toolkit")
    journal = tmp_path / "toolkit" / "content" / "journal.yml"
    journal.write_text(journal.read_text().replace("title: Well-being", "title: Well_being *now*"))
    page = render_pages(load_toolkit(tmp_path / "toolkit"))[1].markdown
    assert r"### Well\_being \*now\* { #wellbeing .sfg-section-heading }" in page


READING_LIST = (
    '<p class="sfg-reading-list">Resources shown without a link are a reading list for now:'
    " Fixture NHS Trust will add links to them.</p>"
)


def test_resources_without_an_address_are_a_reading_list_with_a_line_saying_so(
    pages: dict[str, Page],
) -> None:
    """Blind spots has no url in the fixture: the resources page and the guide's list say
    the organisation will add links, once each."""
    assert pages["resources.md"].markdown.count(READING_LIST) == 1
    guide = pages["guide.md"].markdown
    resource_list = guide[guide.index('<ul class="sfg-resource-list">') :]
    assert resource_list.split("</ul>\n", 1)[1].startswith(READING_LIST)
    assert pages["print/guide.md"].markdown.count(READING_LIST) == 1


def test_no_reading_list_line_when_every_resource_has_an_address(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_TOOLKIT, tmp_path / "toolkit")
    resources = tmp_path / "toolkit" / "content" / "resources.yml"
    text = resources.read_text(encoding="utf-8")
    resources.write_text(text.replace("title: Blind spots", "title: Blind spots\n        url: /b"))
    pages = render_pages(load_toolkit(tmp_path / "toolkit"))
    assert not [page.path for page in pages if "sfg-reading-list" in page.markdown]


def test_the_reading_list_line_is_an_interface_word(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_TOOLKIT, tmp_path / "toolkit")
    site = tmp_path / "toolkit" / "content" / "site.yml"
    words = "Links to come from {organisation}."
    site.write_text(site.read_text() + f"interface:\n  resources_without_links: {words}\n")
    pages = {page.path: page for page in render_pages(load_toolkit(tmp_path / "toolkit"))}
    line = '<p class="sfg-reading-list">Links to come from Fixture NHS Trust.</p>'
    assert line in pages["resources.md"].markdown
    assert line in pages["guide.md"].markdown
