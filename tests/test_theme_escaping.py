"""Every value the theme's templates write is escaped there (theme/main.html and every
partial), whatever the generator did before handing it over.

MkDocs renders theme templates with escaping off. The generator escapes what it hands over
(site name, titles: generator/mkdocs_plugin.py), and the check refuses asset names that could
be markup (generator/content_assets.py), but a value written unescaped was one change away
from running script on every page: the logo's file name was (finding 1 of
tests/test_hostile_assets.py). So:

- every ``{{ … }}`` of every template in theme/ ends in ``| e``, or is HTML the generator made
  and escaped (listed below with where it is made), or is ``super()``;
- each setting that reaches a template is planted with markup, the template is rendered by
  MkDocs' own theme environment, and the markup comes out as text: no element or attribute
  of it is made.
"""

from __future__ import annotations

from html.parser import HTMLParser
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from jinja2 import Environment, nodes
from mkdocs.theme import Theme

from generator.page import Page
from generator.project import page_source

from .support.sites import REPO

THEME = REPO / "theme"
TEMPLATES = sorted(
    path.relative_to(THEME).as_posix()
    for path in THEME.rglob("*.html")
    if "assets" not in path.relative_to(THEME).parts
)
GENERATOR_HTML = {
    "footer": "generator/render/chrome.py: the footer words, Markdown made safe (a page's"
    " front matter sfg_footer, or config.extra.sfg.footer; generator/project.py)",
    "contact": "generator/render/chrome.py: the contact words, Markdown made safe (sfg_contact)",
    "config.extra.sfg.forget": "generator/render/privacy.py: the Forget me block",
    "page.meta.sfg_title": "generator/project.py (page_source): the page's and the site's"
    " titles, escaped",
    "config.site_name": "generator/project.py (site_config): the site's title, escaped",
}
"""Values that are HTML by design, made by the generator with every content value escaped
(tests/test_escaping.py plants markup in the words they are made from)."""
ESCAPING_FILTERS = {"e", "escape"}

PAYLOAD = '"\'></title><script>window.sfgPwned=1</script><i data-x="'
LOGO = 'assets/x"><script src="assets/p.pdf"></script><i data-x=".png'
"""The logo of finding 1, as the review found it."""


@pytest.fixture(scope="module")
def environment() -> Environment:
    """The Jinja environment MkDocs renders the theme with: Material under our overrides,
    escaping off."""
    theme = Theme("material", custom_dir=str(THEME))
    environment = theme.get_env()
    assert not environment.autoescape
    return environment


def _dotted(expression: nodes.Node) -> str | None:
    if isinstance(expression, nodes.Name):
        return expression.name
    if isinstance(expression, nodes.Getattr):
        above = _dotted(expression.node)
        return None if above is None else f"{above}.{expression.attr}"
    return None


def _unescaped(expression: nodes.Node) -> bool:
    if isinstance(expression, nodes.TemplateData):
        return False
    if isinstance(expression, nodes.Filter) and expression.name in ESCAPING_FILTERS:
        return False
    if isinstance(expression, nodes.Call) and _dotted(expression.node) == "super":
        return False
    return _dotted(expression) not in GENERATOR_HTML


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_value_a_template_writes_is_escaped(environment: Environment, template: str) -> None:
    source = (THEME / template).read_text(encoding="utf-8")
    tree = environment.parse(source)
    unescaped = [
        f"line {expression.lineno}: {source.splitlines()[expression.lineno - 1].strip()}"
        for output in tree.find_all(nodes.Output)
        for expression in output.nodes
        if _unescaped(expression)
    ]
    assert unescaped == []


class _Markup(HTMLParser):
    """The elements and attribute values of a piece of HTML, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.values: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.values += [f"{name}={value}" for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text += data


def _parsed(html: str) -> _Markup:
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser


class _Words:
    """Material's interface words (``lang.t``), each one planted."""

    def t(self, key: str) -> str:
        return f"{key} {PAYLOAD}"


def _context(**planted: Any) -> dict[str, Any]:
    """What MkDocs hands a page's templates, benign, with ``planted`` values in place
    (``config.theme.logo=…``)."""
    context: dict[str, Any] = {
        "config": {
            "site_name": "Toolkit",
            "theme": {"logo": "assets/logo.svg", "icon": {}},
            "extra": {"sfg": {"organisation": "Trust", "forget": ""}},
        },
        "page": {"title": "Journal", "is_homepage": False, "meta": {}, "url": "journal.html"},
        "base_url": ".",
        "sfg_chrome": {},
        "lang": _Words(),
        "features": [],
    }
    for dotted, value in planted.items():
        *above, last = dotted.split(".")
        holder = context
        for key in above:
            holder = holder[key]
        holder[last] = value
    context["page"] = SimpleNamespace(**context["page"])  # MkDocs' url filter reads page.url
    return context


# (template, the setting planted, what the template makes of it, elements it makes itself)
PLANTED = [
    ("partials/logo.html", "config.theme.logo", LOGO, ["img"]),
    ("partials/logo.html", "config.extra.sfg.organisation", PAYLOAD, ["img"]),
    ("partials/logo.html", "config.extra.sfg", None, ["img"]),  # then the alt is site_name
    ("partials/copyright.html", "config.extra.sfg.organisation", PAYLOAD, ["div", "p"]),
    ("partials/javascripts/base.html", "config.extra.scope", PAYLOAD, ["script"]),
    ("partials/javascripts/base.html", "base_url", PAYLOAD, ["script"]),
    ("main.html:htmltitle", "config.extra.sfg.policy", PAYLOAD, ["meta", "title"]),
]


def _render(environment: Environment, where: str, context: dict[str, Any]) -> str:
    name, _, block = where.partition(":")
    template = environment.get_template(name)
    if not block:
        return template.render(context)
    return "".join(template.blocks[block](template.new_context(context)))


@pytest.mark.parametrize(
    ("where", "setting", "value", "elements"), PLANTED, ids=[f"{p[0]}-{p[1]}" for p in PLANTED]
)
def test_markup_planted_in_a_setting_comes_out_as_text(
    environment: Environment, where: str, setting: str, value: str | None, elements: list[str]
) -> None:
    planted = {setting: value}
    if value is None:  # no organisation: the site's name takes its place
        planted["config.site_name"] = PAYLOAD
    html = _render(environment, where, _context(**planted))
    found = _parsed(html)
    assert found.tags == elements, html
    shown = LOGO if setting == "config.theme.logo" else PAYLOAD
    assert any(shown in each for each in [found.text, *found.values]), html


@pytest.mark.parametrize("path", ["journal.md", "index.md"])
def test_the_document_title_is_escaped_once(environment: Environment, path: str) -> None:
    """The title is escaped where the generator writes it into the page's front matter, and
    written as it is: markup in it is text, and escaped characters are not escaped again
    (Zensical hands templates what it reads as text: a title escaped twice showed "&#34;")."""
    parts = SimpleNamespace(title=f"Toolkit {PAYLOAD}", footer=lambda _path: {})
    page = Page(path=path, title=f"Journal & {PAYLOAD}", markdown="# Journal\n")
    source = page_source(page, parts)  # type: ignore[arg-type]
    meta = yaml.safe_load(source.split("---\n")[1])
    html = _render(environment, "main.html:htmltitle", _context(**{"page.meta": meta}))
    found = _parsed(html)
    assert found.tags == ["meta", "title"], html
    expected = f"Toolkit {PAYLOAD}" if path == "index.md" else f"Journal & {PAYLOAD} - Toolkit"
    assert expected in found.text, html
    assert "&amp;" not in found.text and "&#34;" not in found.text


def test_search_words_come_out_as_text(environment: Environment) -> None:
    """Material's own interface words (partials/search.html) are escaped too."""
    html = _render(environment, "partials/search.html", _context())
    found = _parsed(html)
    assert "script" not in found.tags and "i" not in found.tags
    assert any(f"search {PAYLOAD}" in value for value in found.values), html


CONSTANTS_ONLY = {"partials/javascripts/palette.html"}
"""Templates whose only values are written in them (a script's address)."""


def test_every_template_is_covered() -> None:
    """A new template, or a new setting in one, is planted here too."""
    planted = {where.partition(":")[0] for where, *_ in PLANTED} | {"partials/search.html"}
    without_values = {
        template
        for template in TEMPLATES
        if "{{" not in (THEME / template).read_text(encoding="utf-8")
    }
    assert "partials/logo.html" in TEMPLATES and "main.html" in TEMPLATES
    assert planted | without_values | CONSTANTS_ONLY == set(TEMPLATES)
