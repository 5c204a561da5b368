"""Printing from the browser: A4, only the content, every answer in full, space to write."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from .conftest import BuiltSite
from .support.forms import open_form, wait_saved
from .support.html import article_text

LAST_SENTENCE = "And this is the very last sentence of my long answer."


def _pdf_pages(page: Page) -> list[str]:
    """Print the page as Chromium does (A4) and return the text of each sheet."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    return [re.sub(r"\s+", " ", sheet.extract_text()) for sheet in reader.pages]


def _answer(page: Page, site: BuiltSite, field: str, text: str) -> None:
    """Open the fixture journal, answer one question and wait until it is saved."""
    open_form(page, site.url, "journal")
    page.fill(field, text)
    wait_saved(page)


def _long_answer() -> str:
    sentence = "I walk to work every day and it helps me think about what matters. "
    return sentence * 230 + LAST_SENTENCE  # 3,000 words and more


def test_a_3000_word_answer_prints_completely(page: Page, fixture_site: BuiltSite) -> None:
    answer = _long_answer()
    assert len(answer.split()) >= 3000
    _answer(page, fixture_site, "#sfg-energy", answer)
    sheets = _pdf_pages(page)
    assert len(sheets) >= 4
    assert LAST_SENTENCE in " ".join(sheets)


def test_every_printed_sheet_names_organisation_and_page(
    page: Page, fixture_site: BuiltSite
) -> None:
    _answer(page, fixture_site, "#sfg-energy", _long_answer())
    sheets = _pdf_pages(page)
    for number, sheet in enumerate(sheets, start=1):
        assert "Fixture NHS Trust" in sheet, number
        assert "Fixture journal" in sheet, number
    assert re.search(r"Printed on \d{1,2} \w+ \d{4}", sheets[0])


RUNNING_HEADS = """() => document.adoptedStyleSheets
  .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\\n")"""


def test_running_heads_name_organisation_and_title_and_follow_instant_navigation(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    heads = page.evaluate(RUNNING_HEADS)
    assert '@top-left { content: "Fixture NHS Trust"; }' in heads
    assert '@top-right { content: "Fixture journal"; }' in heads
    # Not on the first sheet: the page's own header is there.
    assert "@page :first { @top-left { content: none; } @top-right { content: none; } }" in heads
    page.evaluate("window.sfgSamePage = true")
    page.locator("#sfg-frustrations_hint a").click()
    expect(page.locator("h1")).to_have_text("Fixture framework")
    assert page.evaluate("window.sfgSamePage === true"), "the page was reloaded, not navigated"
    page.wait_for_function(f"({RUNNING_HEADS})().includes('Fixture framework')")
    heads = page.evaluate(RUNNING_HEADS)
    assert "Fixture journal" not in heads
    assert heads.count("@top-right { content: ") == 2, "one sheet, replaced"


def test_running_heads_escape_what_would_end_the_css_string(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    escape = "title => sfg.cssString(title)"
    assert page.evaluate(escape, 'Say "hi" \\ it\'s\nnew\tline\x01') == (
        '"Say \\"hi\\" \\\\ it\\\'s\\a new\\9 line\\1 "'
    )
    # A title that tries to end the string and the rule stays one string, whole.
    hostile = 'x"; } } @page { margin: 9in } \\ .y\n{ content: "\t'
    rules, content, escaped = page.evaluate(
        """title => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(`@page{@top-left{content:${sfg.cssString(title)}}}`);
          return [sheet.cssRules.length, sheet.cssRules[0].cssRules[0].style.content,
                  sfg.cssString(title)];
        }""",
        hostile,
    )
    assert rules == 1
    assert content == escaped  # Chromium writes back the very string it read


def test_the_date_printed_is_the_day_of_printing(page: Page, fixture_site: BuiltSite) -> None:
    page.clock.install(time=datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    open_form(page, fixture_site.url, "plan")
    printed = page.locator("[data-sfg-print-date]")
    expect(printed).to_have_text("Printed on 23 November 2026")
    page.clock.set_system_time(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))  # left open overnight
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(printed).to_have_text("Printed on 24 November 2026")


def test_the_printed_plan_shows_the_date_printed(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "plan")
    assert re.search(r"Printed on \d{1,2} \w+ \d{4}", _pdf_pages(page)[0])


def test_blank_journal_prints_every_question_and_no_stored_answer(
    page: Page, fixture_site: BuiltSite
) -> None:
    _answer(page, fixture_site, "#sfg-energy", "A private answer kept in this browser")
    page.goto(fixture_site.page_url("print/journal.html"))
    text = " ".join(_pdf_pages(page))
    for question in [
        "What gives me energy?",
        "What frustrates me & why <really>?",
        "What is my job title?",
        "How confident am I?",
    ]:
        assert question in text
    assert "A private answer" not in text
    assert page.input_value("#sfg-energy") == ""


def test_blank_plan_prints_empty_objective_rows(page: Page, fixture_site: BuiltSite) -> None:
    page.goto(fixture_site.page_url("print/plan.html"))
    page.emulate_media(media="print")
    rows = page.locator(".sfg-row")
    expect(rows).to_have_count(2)
    expect(page.locator(".sfg-row .sfg-paper").first).to_be_visible()
    text = " ".join(_pdf_pages(page))
    assert "Objective 1" in text and "Objective 2" in text


def test_print_media_hides_navigation_header_search_footer_and_buttons(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "plan")
    page.emulate_media(media="print")
    for selector in [
        ".md-header",
        ".md-sidebar--primary",
        ".md-sidebar--secondary",
        ".md-footer",
        ".md-search",
        ".sfg-tools",
        ".sfg-next",
        ".sfg-statusbar",
        ".sfg-dialog",
        ".sfg-progress",
        "[data-sfg-add-row]",
        "button.sfg-button >> nth=0",
    ]:
        display = page.locator(selector).first.evaluate("e => getComputedStyle(e).display")
        assert display == "none", selector
    expect(page.locator(".sfg-print-header")).to_be_visible()
    page.emulate_media(media="screen")
    expect(page.locator(".md-header")).to_be_visible()


def test_headings_and_questions_keep_with_what_follows(page: Page, fixture_site: BuiltSite) -> None:
    open_form(page, fixture_site.url, "journal")
    page.emulate_media(media="print")
    for selector in ["h2", "h3", ".sfg-label"]:
        after = page.locator(selector).first.evaluate("e => getComputedStyle(e).breakAfter")
        assert after == "avoid", selector
    inside = page.locator(".sfg-question").first.evaluate("e => getComputedStyle(e).breakInside")
    assert inside == "avoid"


def test_empty_questions_print_ruled_space_sized_by_lines(
    page: Page, fixture_site: BuiltSite
) -> None:
    _answer(page, fixture_site, "#sfg-job-title", "Service manager")
    page.emulate_media(media="print")
    six = page.locator("#sfg-energy_block .sfg-paper").bounding_box()
    three = page.locator("#sfg-frustrations_block .sfg-paper").bounding_box()
    assert six and three
    # `lines: 3` against the default 6: three lines more (2pt of the space is a margin that
    # keeps the first and last line whole, see toolkit.css).
    margin = 2 * 96 / 72
    assert abs((six["height"] - three["height"]) - (three["height"] - margin)) < 1
    expect(page.locator("#sfg-energy")).to_be_hidden()  # a textarea does not grow on paper
    # An answered question prints its words instead of the lines.
    expect(page.locator("#sfg-job-title_block .sfg-paper")).to_be_hidden()
    expect(page.locator("#sfg-job-title_block .sfg-print-mirror")).to_have_text("Service manager")


def test_link_addresses_are_printed_after_the_words(page: Page, fixture_site: BuiltSite) -> None:
    page.goto(fixture_site.page_url("resources.html"))
    assert "WRES (https://example.org/wres)" in " ".join(_pdf_pages(page))


def test_framework_grid_fits_the_page(page: Page, default_site: BuiltSite) -> None:
    page.set_viewport_size({"width": 680, "height": 1000})  # about an A4 page's text width
    page.goto(default_site.page_url("framework.html"))
    page.emulate_media(media="print")
    overflow = page.locator(".sfg-grid-scroll").evaluate("e => e.scrollWidth - e.clientWidth")
    assert overflow <= 0
    headers = page.locator(".sfg-grid thead th")
    expect(headers).to_have_count(4)
    for index in range(4):
        expect(headers.nth(index)).to_be_visible()
    text = " ".join(_pdf_pages(page))
    assert "Consolidate advanced knowledge/experience" in text  # the last cell's last item


def test_print_buttons_print(page: Page, fixture_site: BuiltSite) -> None:
    page.add_init_script("window.print = () => { window.printed = (window.printed || 0) + 1; }")
    open_form(page, fixture_site.url, "journal")
    page.get_by_role("button", name="Print your answers").click()
    # Each page counts its own prints: the journal's button printed once, on the journal.
    page.wait_for_function("window.printed === 1")
    page.goto(fixture_site.page_url("print/plan.html"))
    assert page.evaluate("window.printed || 0") == 0
    page.get_by_role("button", name="Print this page").click()
    page.wait_for_function("window.printed === 1")


def test_print_guide_holds_the_guide_and_the_framework(default_site: BuiltSite) -> None:
    text = article_text(default_site.folder / "print" / "guide.html")
    for words in [
        "Stage 1: Personal reflection",
        "Stage 3: Aspirational development plan",
        "What evidence do you have to support this?",
        "Scope for Growth framework",
        "Sponsoring others (lift as you rise)",
        "Take on organisation-wide responsibilities",
    ]:
        assert words in text
