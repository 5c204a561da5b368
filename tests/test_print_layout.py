"""Print fit for the meeting, measured on the printed sheets: Chromium's (page.pdf(), as a
browser prints, with the dark colour scheme on) and WeasyPrint's (the PDFs in downloads/)."""

from __future__ import annotations

import html
import io
import itertools
import os
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PIL import Image
from playwright.sync_api import Browser, Page, expect

from generator import load_toolkit
from generator.models.interface import Interface

from .conftest import BuiltSite
from .support.forms import open_form, wait_saved
from .support.pdf import (
    MM,
    Sheet,
    broken_words,
    contrast_on_white,
    font_family,
    pdftoppm,
    picture,
    read_sheets,
)
from .support.sites import REPO

BROWSER_PRINTS = ["print/journal.html", "print/plan.html", "print/guide.html", "framework.html"]
PDFS = {
    "print/journal.html": "reflection-journal.pdf",
    "print/plan.html": "development-plan.pdf",
    "print/guide.html": "facilitation-guide.pdf",
}
FILLED = "plan.html"
"""Printed with answers typed, a position chosen and the status bar saying they are saved."""
WORDS = Interface()


@pytest.fixture(scope="module")
def dark_page(browser: Browser) -> Iterator[Page]:
    """A page in a browser that prefers the dark scheme (Material's slate on screen)."""
    created = browser.new_context(color_scheme="dark", bypass_csp=True)
    yield created.new_page()
    created.close()


@contextmanager
def print_media(page: Page) -> Iterator[None]:
    """The page as its print styles lay it out, then back to the screen's."""
    page.emulate_media(media="print")
    try:
        yield
    finally:
        page.emulate_media(media="screen")


@pytest.fixture(scope="module")
def browser_pdfs(dark_page: Page, default_site: BuiltSite) -> dict[str, bytes]:
    """What Chromium prints of each page, the dark scheme on (as a browser's print dialog does,
    with the page's own sheet sizes): the blank pages, the framework, and a filled-in plan."""
    printed = {}
    for path in BROWSER_PRINTS:
        dark_page.goto(default_site.page_url(path))
        assert dark_page.get_attribute("body", "data-md-color-scheme") == "slate"
        printed[path] = dark_page.pdf(prefer_css_page_size=True)
    _fill_plan(dark_page, default_site)
    printed[FILLED] = dark_page.pdf(prefer_css_page_size=True)
    return printed


@pytest.fixture(scope="module")
def browser_sheets(browser_pdfs: dict[str, bytes]) -> dict[str, list[Sheet]]:
    return {path: read_sheets(pdf) for path, pdf in browser_pdfs.items()}


def _fill_plan(page: Page, site: BuiltSite) -> None:
    open_form(page, site.url, "plan")
    page.locator("#sfg-person-name").fill("Alex Example")
    page.locator("#sfg-depth-current_option-developing").check()
    page.locator("#sfg-reflections").fill("What stood out for me was how much I enjoy teaching.")
    wait_saved(page)


@pytest.fixture(scope="module")
def pdf_sheets(default_site: BuiltSite) -> dict[str, list[Sheet]]:
    return {
        path: read_sheets(default_site.folder / "downloads" / name) for path, name in PDFS.items()
    }


@pytest.fixture(scope="module")
def every_print(
    browser_sheets: dict[str, list[Sheet]], pdf_sheets: dict[str, list[Sheet]]
) -> dict[str, list[Sheet]]:
    """Every printed document, named like "chromium print/plan.html" or "pdf print/plan.html"."""
    return {
        **{f"chromium {path}": sheets for path, sheets in browser_sheets.items()},
        **{f"pdf {path}": sheets for path, sheets in pdf_sheets.items()},
    }


def test_the_blank_plan_fits_five_sheets(
    browser_sheets: dict[str, list[Sheet]], pdf_sheets: dict[str, list[Sheet]]
) -> None:
    # Four sheets until the plan gained who acts on each objective (a column of three choices)
    # and "Notes for yourself" (issue 20): each field keeps its room to write, on a fifth.
    assert len(browser_sheets["print/plan.html"]) <= 5
    assert len(pdf_sheets["print/plan.html"]) <= 5
    # Its objectives are a table: a row an objective, a column a part of it.
    for sheets in (browser_sheets["print/plan.html"], pdf_sheets["print/plan.html"]):
        lines = [line for sheet in sheets for line in sheet.lines(body_only=True)]
        header = next(line for line in lines if line.startswith("Objective Actions"))
        assert "Progress" in header, header


TEMPLATE_TEXT = ["{{", "}}", "{%", "%}", "{#", "#}"]


def test_no_template_or_screen_text_is_printed(every_print: dict[str, list[Sheet]]) -> None:
    screen_only = [
        WORDS.print_blank_intro,
        WORDS.print_guide_intro,
        WORDS.print_page_button,
        WORDS.print_fill_in_journal_link,
        WORDS.print_fill_in_plan_link,
    ]
    for name, sheets in every_print.items():
        text = " ".join(sheet.text for sheet in sheets)
        for words in TEMPLATE_TEXT + screen_only:
            assert words not in text, (name, words)
    # The guide begins with its header and its title, then the guide itself.
    for name in ("chromium print/guide.html", "pdf print/guide.html"):
        lines = every_print[name][0].lines(body_only=True)
        assert lines[0].startswith("Example NHS Trust Facilitation guide and framework"), name
        assert lines[1] == "Facilitation guide", name


def test_nothing_to_press_or_that_only_says_what_is_happening_is_printed(
    browser_sheets: dict[str, list[Sheet]],
) -> None:
    text = " ".join(sheet.text for sheet in browser_sheets[FILLED])
    assert "Alex Example" in text and "enjoy teaching" in text
    for words in [
        "Saved on this device",
        WORDS.download_button,
        WORDS.load_button,
        WORDS.clear_button,
        WORDS.form_privacy_more,
        WORDS.next_heading,
        WORDS.print_answers_button,
        WORDS.journal_summary_heading,
        WORDS.suggestion_add,
        "answered",
    ]:
        assert words not in text, words


def test_print_media_hides_every_control_status_and_dialog(
    dark_page: Page, default_site: BuiltSite
) -> None:
    _fill_plan(dark_page, default_site)
    with print_media(dark_page):
        shown = dark_page.evaluate(
            """() => [...document.querySelectorAll(
                 'button, dialog, summary, [role=status], [aria-live], input[type=file],'
                 + ' [data-module~=sfg-progress], .sfg-statusbar, .sfg-tools, .sfg-next')]
               .filter(e => e.checkVisibility()).map(e => e.outerHTML.slice(0, 80))"""
        )
        assert shown == []


PAGE_NUMBER = re.compile(r"Page (\d+) of (\d+)")


def test_every_sheet_is_numbered_and_names_the_organisation_and_title(
    every_print: dict[str, list[Sheet]],
) -> None:
    titles = {
        "print/journal.html": "Blank reflection journal",
        "print/plan.html": "Blank development plan",
        "print/guide.html": "Facilitation guide and framework",
        "framework.html": "Framework",
        "plan.html": "Development plan",
    }
    for name, sheets in every_print.items():
        title = titles[name.split(" ", 1)[1]]
        for number, sheet in enumerate(sheets, start=1):
            where = (name, number)
            assert sheet.margin_text(top=False) == f"Page {number} of {len(sheets)}", where
            heads = sheet.margin_text(top=True) if number > 1 else sheet.lines(True)[0]
            assert heads.startswith(f"Example NHS Trust {title}"), (where, heads)


def test_running_heads_and_numbers_are_in_the_body_font_at_one_size(
    every_print: dict[str, list[Sheet]],
) -> None:
    sizes = set()
    for name, sheets in every_print.items():
        body = Counter(font_family(p.font) for s in sheets for p in s.pieces if not s.in_margins(p))
        body_font = body.most_common(1)[0][0]
        for sheet in sheets:
            for piece in (p for p in sheet.pieces if sheet.in_margins(p)):
                assert font_family(piece.font) == body_font, (name, piece)
                sizes.add(piece.size)
        # The first sheet's own header is the same size as the running heads after it.
        first = sheets[0]
        sizes |= {
            p.size
            for p in first.pieces
            if not first.in_margins(p) and p.text.startswith("Example NHS Trust")
        }
    assert len(sizes) == 1, sizes  # browsers and PDFs alike: one size for all


def _sheet_with(sheets: list[Sheet], words: str) -> list[int]:
    """The sheets that hold ``words``, as drawn (a table cell's lines one after another)."""
    squeezed = re.sub(r"\s+", "", words)
    return [i for i, sheet in enumerate(sheets) if squeezed in re.sub(r"\s+", "", sheet.raw)]


@pytest.mark.parametrize(
    "name", ["chromium print/guide.html", "pdf print/guide.html", "chromium framework.html"]
)
def test_the_framework_prints_on_one_landscape_sheet(
    every_print: dict[str, list[Sheet]], name: str
) -> None:
    sheets = every_print[name]
    toolkit = load_toolkit(REPO)
    found = _sheet_with(sheets, WORDS.grid_caption)
    assert len(found) == 1, found
    sheet = sheets[found[0]]
    assert sheet.landscape
    assert toolkit.framework.title in sheet.text
    for direction in toolkit.framework.directions:
        for items in direction.initiatives.values():
            for item in items:
                assert _sheet_with(sheets, item) == found, item
    # Its key, on the same sheet: what each position and direction means.
    key = [WORDS.positions_heading, WORDS.directions_heading]
    for position in toolkit.framework.positions:
        key += [position.label, *_prose(position.description)]
    for direction in toolkit.framework.directions:
        key += [direction.name, direction.summary[1:], *_prose(direction.description)]
    for words in key:
        assert _sheet_with(sheets, words)[-1:] == found, words
    # Readable: nothing on it smaller than 7 points.
    assert min(piece.size for piece in sheet.pieces) >= 7
    # The guide before it is printed upright.
    assert not sheets[0].landscape or name == "chromium framework.html"


def _prose(text: str | None) -> list[str]:
    """The words of a description's sentences, without its Markdown."""
    words = re.sub(r"[*_`\[\]]|\(http[^)]*\)", "", text or "")
    return [sentence for sentence in re.split(r"(?<=\.)\s+", words) if sentence.strip()]


def _article(site: BuiltSite, path: str) -> str:
    page = (site.folder / path).read_text(encoding="utf-8")
    return page[page.index("<article") : page.index("</article>")]


def _texts(found: list[tuple[str, str]]) -> set[str]:
    return {html.unescape(re.sub(r"<[^>]+>|\s+", " ", text)).strip() for _, text in found}


def _headings(site: BuiltSite, path: str) -> tuple[set[str], set[str], set[str]]:
    """The page's headings (and terms of its lists of definitions), its questions' labels,
    and the intros right after its headings: what must stay with what follows."""
    article = _article(site, path)
    headings = re.findall(r"<(h[1-4]|dt)[^>]*>(.*?)</\1>", article, re.S)
    labels = re.findall(r"<(label|legend|p) class=\"sfg-label\"[^>]*>(.*?)</\1>", article, re.S)
    intros = re.findall(
        r"</h[1-4]>\s*(?:<div class=\"sfg-section\"[^>]*>\s*)?"
        r"<(div) class=\"sfg-(?:section-|stage-)?intro\">(.*?)</div>",
        article,
        re.S,
    )
    return _texts(headings), _texts(labels), _texts(intros)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


WRITING_LINE = 8 * MM


def test_no_heading_or_question_ends_a_sheet(
    every_print: dict[str, list[Sheet]], default_site: BuiltSite
) -> None:
    for name, sheets in every_print.items():
        headings, labels, intros = _headings(default_site, name.split(" ", 1)[1])
        assert headings and (labels or "guide" in name or "framework" in name), name
        assert intros or "framework" in name, name
        for number, sheet in enumerate(sheets[:-1], start=1):
            where = (name, number)
            placed = sheet.placed_lines(body_only=True)
            baseline, last = placed[-1]
            assert not any(heading.endswith(last) for heading in headings), (where, last)
            # Nor a heading and only its intro: what it introduces is on the next sheet.
            for at in range(len(placed) - 2, -1, -1):
                if any(heading.endswith(placed[at][1]) for heading in headings):
                    after = _squeezed(" ".join(text for _, text in placed[at + 1 :]))
                    alone = any(after in _squeezed(intro) for intro in intros)
                    assert not alone, (where, placed[at][1], "and its intro end the sheet")
                    break
            if any(label.endswith(last) for label in labels):
                # Its writing space has no words: it is there when the sheet has room for it.
                bottom = (12 if sheet.landscape else 18) * MM
                assert baseline - bottom >= WRITING_LINE, (where, last)


def test_no_word_is_broken_across_lines(
    every_print: dict[str, list[Sheet]], default_site: BuiltSite
) -> None:
    words: set[str] = set()
    for path in [*BROWSER_PRINTS, FILLED]:
        text = html.unescape(re.sub(r"<[^>]+>", " ", _article(default_site, path)))
        words |= {word.lower() for word in re.findall(r"[A-Za-z]+", text)}
    for name, sheets in every_print.items():
        for number, sheet in enumerate(sheets, start=1):
            assert broken_words(sheet.raw.splitlines(), words) == [], (name, number)


def test_print_breaks_lines_between_words_only(dark_page: Page, default_site: BuiltSite) -> None:
    dark_page.goto(default_site.page_url("print/guide.html"))
    with print_media(dark_page):
        breaking = dark_page.evaluate(
            """() => [...document.querySelectorAll('article *')]
              .filter(e => !e.closest('.sfg-print-mirror'))
              .map(e => [e, getComputedStyle(e)])
              .filter(([, s]) => s.overflowWrap !== 'normal' || s.wordBreak !== 'normal'
                                 || s.hyphens === 'auto')
              .map(([e]) => e.outerHTML.slice(0, 60))"""
        )
        assert breaking == []


def test_print_is_dark_text_on_white_in_the_dark_scheme(
    browser_sheets: dict[str, list[Sheet]], dark_page: Page, default_site: BuiltSite
) -> None:
    for name, sheets in browser_sheets.items():
        for number, sheet in enumerate(sheets, start=1):
            for piece in sheet.pieces:
                assert contrast_on_white(piece.colour) >= 4.5, (name, number, piece)
    # The same in the print styles themselves: every text, on white.
    for path in ["print/guide.html", "plan.html"]:
        dark_page.goto(default_site.page_url(path))
        with print_media(dark_page):
            colours = dark_page.evaluate(PRINTED_COLOURS)
        assert colours["backgrounds"] == ["rgb(255, 255, 255)"], path
        assert colours["texts"], path
        for colour in colours["texts"]:
            parts = [int(n) / 255 for n in re.findall(r"\d+", colour)[:3]]
            assert contrast_on_white((parts[0], parts[1], parts[2])) >= 4.5, (path, colour)


PRINTED_COLOURS = """() => {
  const texts = new Set(), backgrounds = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element.checkVisibility()) continue;
    texts.add(getComputedStyle(element).color);
    for (let e = element; e; e = e.parentElement) {
      const fill = getComputedStyle(e).backgroundColor;
      if (fill !== "rgba(0, 0, 0, 0)") { backgrounds.add(fill); break; }
    }
  }
  return { texts: [...texts], backgrounds: [...backgrounds] };
}"""


def _mark(page: Page, selector: str) -> tuple[int, int]:
    """The darkness (0 black, 255 white) at the centre and the darkest of a radio mark."""
    picture = Image.open(io.BytesIO(page.locator(selector).screenshot())).convert("L")
    width, height = picture.size
    centre = picture.getpixel((width // 2, height // 2))
    darkest = picture.getextrema()[0]
    return int(centre), int(darkest)  # type: ignore[arg-type]


def test_choices_print_as_clear_empty_or_chosen_marks(
    dark_page: Page, default_site: BuiltSite
) -> None:
    _fill_plan(dark_page, default_site)
    with print_media(dark_page):
        chosen_centre, chosen_ring = _mark(dark_page, "#sfg-depth-current_option-developing")
        empty_centre, empty_ring = _mark(dark_page, "#sfg-depth-current_option-proven")
        future_centre, _ = _mark(dark_page, "#sfg-depth-future_option-proven")
    assert empty_ring < 100 and empty_centre > 200, "an empty ring, white inside"
    assert future_centre > 200
    assert chosen_ring < 100 and chosen_centre < 100, "a ring with a dark dot"
    expect(dark_page.locator("#sfg-depth-current_option-developing")).to_be_checked()


def _ruled_lines(sheet: Sheet, drawn: Image.Image, question: str, following: str) -> int:
    """How many ruled lines are drawn across the page between a question and the next: rows
    grey or darker nearly all the way across (no line of text is that dense)."""
    baselines = dict((text, y) for y, text in sheet.placed_lines(body_only=True))
    top, bottom = (round(sheet.height - baselines[words]) for words in (question, following))
    left, right = round(20 * MM), round(sheet.width - 20 * MM)
    across = [
        row
        for row in range(top + 2, bottom - 12)
        if sum(drawn.getpixel((x, row)) < 235 for x in range(left, right))  # type: ignore[operator]
        > 0.9 * (right - left)
    ]
    return sum(1 for row in across if row - 1 not in across)


@pytest.mark.skipif(pdftoppm() is None and os.environ.get("CI") != "true", reason="no pdftoppm")
def test_blank_questions_print_as_many_ruled_lines_as_they_ask_for(
    browser_pdfs: dict[str, bytes], browser_sheets: dict[str, list[Sheet]]
) -> None:
    """Chromium drew the lines of one long repeating gradient on paper only now and then: a
    question looked alone at the foot of a sheet over empty space."""
    toolkit = load_toolkit(REPO)
    long = "long-text"
    for path, fields in [
        (
            "print/journal.html",
            [(q.text, q.writing_lines, q.type) for q in toolkit.journal.questions()],
        ),
        ("print/plan.html", [(f.label, f.writing_lines, f.type) for f in toolkit.plan.fields()]),
    ]:
        counted = 0
        for number, sheet in enumerate(browser_sheets[path], start=1):
            lines = sheet.lines(body_only=True)
            drawn = None
            for (question, expected, kind), (following, *_) in itertools.pairwise(fields):
                if kind == long and question in lines and following in lines:
                    drawn = drawn or picture(browser_pdfs[path], number)
                    assert _ruled_lines(sheet, drawn, question, following) == expected, question
                    counted += 1
        assert counted >= 5, path
