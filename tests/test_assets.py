"""Our scripts and stylesheets as served: one minified bundle of each (generator/assets.py),
smaller than the sources, in their order, and still working in a real browser."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from generator.assets import bundle_assets, bundle_css, bundle_js, minify_css, minify_js
from generator.project import take_ours

from .conftest import BuiltSite
from .support.forms import answers, dialog, open_form, wait_saved, wait_started
from .support.sites import REPO

THEME = REPO / "theme"
CSS_FOLDER = THEME / "assets" / "css"
JS_FOLDER = THEME / "assets" / "js"
COMPONENTS = THEME / "components"


def listed(key: str) -> list[Path]:
    """Our files in mkdocs.yml's ``extra_javascript`` or ``extra_css``, in their order, as the
    build finds them (the entry ``components/`` stands for every component's)."""
    config: dict[str, Any] = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    suffix = ".js" if key == "extra_javascript" else ".css"
    return take_ours(config[key], THEME, suffix, "bundle")[1]


JS_FILES = listed("extra_javascript")
# print.css too, listed or not: its @media print block must come through whole.
CSS_FILES = list(dict.fromkeys([*listed("extra_css"), (CSS_FOLDER / "print.css").resolve()]))


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def write(folder: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_mkdocs_lists_our_scripts_and_stylesheets() -> None:
    assert JS_FILES[0].name == "names.js", "names.js declares what the others share"
    assert JS_FILES[-1].name == "init.js", "init.js starts the components: all must be there"
    scripts = {path.resolve() for path in [*JS_FOLDER.rglob("*.js"), *COMPONENTS.rglob("*.js")]}
    assert set(JS_FILES) == scripts, "a script is missing from mkdocs.yml"
    assert len(JS_FILES) == len(set(JS_FILES))
    styles = {path.resolve() for path in [*CSS_FOLDER.glob("*.css"), *COMPONENTS.rglob("*.css")]}
    assert set(CSS_FILES) == styles, "a stylesheet is missing from mkdocs.yml"
    assert len(CSS_FILES) == len(set(CSS_FILES))
    assert all(path.is_file() for path in [*JS_FILES, *CSS_FILES])


@pytest.mark.parametrize("kind", ["js", "css"])
def test_bundle_holds_every_file_in_order_without_comments_and_is_smaller(kind: str) -> None:
    files = JS_FILES if kind == "js" else CSS_FILES
    minify = minify_js if kind == "js" else minify_css
    bundle = getattr(bundle_assets(JS_FILES, CSS_FILES), kind)
    assert isinstance(bundle, str)
    at = 0
    for path in files:
        source = path.read_text(encoding="utf-8")
        part = minify(source)
        assert len(part) > 100, f"{path.name} lost its code"
        found = bundle.find(part, at)
        assert found >= at, f"{path.name} is missing or out of order"
        at = found + len(part)
        # The opening comment of a file says what it is for: none of it is served.
        opening = re.match(r"\s*/\*(.*?)\*/", source, re.S)
        assert not opening or opening[1].strip()[:40] not in bundle
    assert at == len(bundle.rstrip("\n")), "the bundle holds something else too"
    assert "/*" not in bundle and "\n\n" not in bundle
    raw = b"".join(path.read_bytes() for path in files)
    assert len(bundle.encode()) < 0.8 * len(raw)
    assert gzipped(bundle.encode()) < sum(gzipped(path.read_bytes()) for path in files)


def test_media_print_and_important_survive_css_minification() -> None:
    css = bundle_css(CSS_FILES)
    assert css.count("@media print{") == 1
    assert re.search(r"@media screen and \(max-width:[\d.]+em\)\{", css)
    sources = "".join(path.read_text(encoding="utf-8") for path in CSS_FILES)
    declared = re.sub(r"/\*.*?\*/", "", sources, flags=re.S)
    assert css.count("!important") == declared.count("!important") >= 5
    assert ".sfg-visually-hidden{position:absolute!important;" in css


def test_a_script_ending_inside_a_comment_is_refused_with_its_name(tmp_path: Path) -> None:
    files = write(tmp_path, {"fine.js": "window.a = 1;", "open.js": "window.b = 2 /* then"})
    with pytest.raises(ValueError, match=r"open\.js: the script ends inside a /\* comment"):
        bundle_js(files)


def test_what_cannot_work_from_a_bundle_is_refused(tmp_path: Path) -> None:
    for rule, problem in [
        ("@import url(other.css);", "@import works only at the start"),
        ('@charset "utf-8";', "@charset works only at the start"),
        (".b { background: url('../images/b.svg') }", "a relative url"),
    ]:
        files = write(tmp_path, {"a.css": ".a { color: red }", "b.css": rule + " .b { top: 0 }"})
        with pytest.raises(ValueError, match=rf"b\.css: {re.escape(problem)}"):
            bundle_css(files)
    fine = '.c::after { content: "@import" } .d { background: url(data:image/png;base64,AA==) }'
    assert bundle_css(write(tmp_path, {"c.css": fine}))


def test_nothing_at_the_end_of_a_script_can_change_the_next(tmp_path: Path, page: Page) -> None:
    files = write(
        tmp_path,
        {
            # No semicolon: read together with the next file, this would call the function.
            "a.js": "window.order = ['a']\nwindow.f = function () { return 1 }",
            "b.js": "(() => { window.order.push('b') })()\n// the end, and no newline",
            "c.js": "window.order.push(`c${'/*'}`) /* the end */",
            "d.js": "\ufeff'use strict'\nwindow.order.push(/\\/\\*/.source.length)",
            "e.js": "// only a comment\n",
            "f.js": "(function () { window.order.push('f') })()",
        },
    )
    bundle = bundle_js(files)
    assert "only a comment" not in bundle and "the end" not in bundle
    page.set_content("<p>Bundle</p>")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_script_tag(content=bundle)
    assert errors == []
    assert page.evaluate("window.order") == ["a", "b", "c/*", 4, "f"]
    assert page.evaluate("window.f()") == 1


def test_nothing_at_the_end_of_a_stylesheet_can_change_the_next(tmp_path: Path, page: Page) -> None:
    files = write(
        tmp_path,
        {
            "a.css": ".a { color: rgb(1, 2, 3) } /* a comment the file never closes",
            "b.css": ".b { color: rgb(4, 5, 6) !important }\n"
            "@media print { .b { display: none !important } }\n/* the end */",
            "c.css": ".c { color: rgb(7, 8, 9) }",
        },
    )
    css = bundle_css(files)
    page.set_content('<p class="a">A</p><p class="b" style="color: red">B</p><p class="c">C</p>')
    page.add_style_tag(content=css)
    for name, colour in [("a", "rgb(1, 2, 3)"), ("b", "rgb(4, 5, 6)"), ("c", "rgb(7, 8, 9)")]:
        expect(page.locator(f".{name}")).to_have_css("color", colour)
    expect(page.locator(".b")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".b")).to_be_hidden()
    expect(page.locator(".c")).to_be_visible()


def test_the_built_site_serves_the_bundles_in_place_of_the_files(
    browser: Browser, fixture_site: BuiltSite
) -> None:
    assert (fixture_site.folder / "assets" / "sfg.js").read_text() == bundle_js(JS_FILES)
    assert (fixture_site.folder / "assets" / "sfg.css").read_text() == bundle_css(CSS_FILES)
    assert not (fixture_site.folder / "assets" / "js").exists()
    assert not (fixture_site.folder / "assets" / "css").exists()
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    served: list[str] = []
    page.on("response", lambda response: served.append(response.url))
    try:
        open_form(page, fixture_site.url, "journal")
        assert any(url.endswith("/assets/sfg.js") for url in served)
        assert any(url.endswith("/assets/sfg.css") for url in served)
        assert not [url for url in served if "/assets/js/" in url or "/assets/css/" in url]
        page.locator("#sfg-energy").fill("Long walks")
        wait_saved(page)
        assert answers(page, "journal") == {"energy": "Long walks"}
        page.reload()
        wait_started(page)
        expect(page.locator("#sfg-energy")).to_have_value("Long walks")
        # forms.css, from the bundle: visually hidden text is out of sight but still there.
        expect(page.locator(".sfg-visually-hidden").first).to_have_css("position", "absolute")
        # plan.js and transfer.js, from the bundle: a row is added; the file tools work.
        open_form(page, fixture_site.url, "plan")
        rows = page.locator("[data-sfg-rows] > [data-sfg-row]")
        count = rows.count()
        page.locator("[data-sfg-add-row]").first.click()
        expect(rows).to_have_count(count + 1)
        page.locator('[data-sfg-action="clear"]').first.click()
        expect(dialog(page)).to_be_visible()
        page.keyboard.press("Escape")
        expect(dialog(page)).to_be_hidden()
    finally:
        context.close()
    assert errors == []
