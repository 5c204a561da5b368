"""An organisation rebrands by editing YAML: name, logo, colours, footer and interface words."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Page, expect

from .support.html import page_text
from .support.sites import FIXTURE_TOOLKIT, build_site

LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect width="9" height="9"/></svg>'
)


def test_rebranded_site(tmp_path: Path, page: Page) -> None:
    toolkit = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, toolkit)
    (toolkit / "content" / "assets").mkdir()
    (toolkit / "content" / "assets" / "logo.svg").write_text(LOGO, encoding="utf-8")
    site_yml = toolkit / "content" / "site.yml"
    site_yml.write_text(
        site_yml.read_text(encoding="utf-8").replace("Fixture NHS Trust", "Rebranded NHS Trust")
        + "logo: assets/logo.svg\n"
        + "colours:\n  primary: '#330072'\n  accent: '#7c2855'\n"
        + "interface:\n  download_button: Save my answers as a file\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    build_site(toolkit, site)

    assert (site / "assets" / "logo.svg").read_text(encoding="utf-8") == LOGO
    brand = (site / "assets" / "sfg-brand.css").read_text(encoding="utf-8")
    assert "--sfg-primary: #330072;" in brand and "--sfg-accent: #7c2855;" in brand
    assert not list(site.rglob("*.yml")), "content YAML must not be published"

    page.goto((site / "journal.html").as_uri())
    logo = page.locator(".md-header .md-logo img")
    expect(logo).to_have_attribute("src", "assets/logo.svg")
    expect(logo).to_have_attribute("alt", "Rebranded NHS Trust")
    expect(page.locator(".md-header")).to_have_css("background-color", "rgb(51, 0, 114)")
    # At the top of the form, and again under "What to do next" after the last question.
    buttons = page.get_by_role("button", name="Save my answers as a file")
    expect(buttons).to_have_count(2)
    expect(buttons.first).to_be_visible()
    footer = page_text(site / "journal.html")
    assert "Rebranded NHS Trust" in footer and "Answers stay in your browser." in footer
