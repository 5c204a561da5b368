"""Every value from the content is escaped wherever it lands in a page.

The fixture toolkit is built once with a payload that ends an attribute, a tag and a script
appended to the values a page shows (the organisation, the site's title and description, a
page's navigation title, a programme's name, an interface word, questions, options, labels,
names in the framework and the resources, prose); then every page is visited. No script of
the payload may run, no request may leave the site, and the payload is shown as text where
its value is shown.

The pages' Content-Security-Policy would stop the payload's script on its own: this test's
browser bypasses the policy, so that it checks the escaping, the first line of defence
(test_csp.py checks the policy).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Dialog, Page

from .conftest import ENGINES, BuiltSite
from .support.network import watch_requests
from .support.sites import FIXTURE_TOOLKIT, build_site, build_with_engine

PAYLOAD = '"\'><img src=x onerror="window.sfgPwned=1"></script><script>window.sfgPwned=2</script>'
"""Closes a double- or single-quoted attribute, a tag and a script element, then runs."""

ORGANISATION = f"Fixture NHS Trust {PAYLOAD}"
TITLE = f"Fixture toolkit {PAYLOAD}"
DESCRIPTION = f"Reflect and plan {PAYLOAD}"
NAV_TITLE = f"Start {PAYLOAD}"
PROGRAMME = f"Alpha Programme {PAYLOAD}"
PRINTED_ON = f"Printed on {{date}} {PAYLOAD}"
QUESTION = f"What gives me energy? {PAYLOAD}"
OPTION = f"Very {PAYLOAD}"
PLAN_LABEL = f"Evidence {PAYLOAD}"
COLUMN = f"Objective {PAYLOAD}"
DIRECTION = f"Depth {PAYLOAD}"
POSITION = f"Early {PAYLOAD}"
RESOURCE = f"Blind spots {PAYLOAD}"


def _change(root: Path, file: str, change: Callable[[Any], None]) -> None:
    path = root / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _site(data: Any) -> None:
    data["organisation"] = ORGANISATION
    data["title"] = TITLE
    data["description"] = DESCRIPTION
    data["footer"] += f" {PAYLOAD}"
    data["contact"] = f"Write to the team. {PAYLOAD}"
    data["interface"] = {"printed_on": PRINTED_ON}


def _home(data: Any) -> None:
    data["nav_title"] = NAV_TITLE
    data["intro"] += f" {PAYLOAD}"
    data["stages"][0]["title"] += f" {PAYLOAD}"


def _journal(data: Any) -> None:
    data["intro"] += f" {PAYLOAD}"
    questions = [
        question
        for stage in data["stages"]
        for section in stage["sections"]
        for question in section["questions"]
    ]
    energy = next(question for question in questions if question["id"] == "energy")
    energy["text"] = QUESTION
    energy["hint"] = f"Think of a good day. {PAYLOAD}"
    confidence = next(question for question in questions if question["id"] == "confidence")
    confidence["options"][1]["label"] = OPTION


def _plan(data: Any) -> None:
    fields = [field for section in data["sections"] for field in section["fields"]]
    next(field for field in fields if field["id"] == "evidence")["label"] = PLAN_LABEL
    table = next(field for field in fields if field["id"] == "objectives")
    table["columns"][0]["label"] = COLUMN
    data["calendar"]["title"] += f" {PAYLOAD}"
    data["calendar"]["description"] += f" {PAYLOAD}"


def _framework(data: Any) -> None:
    data["positions"][0]["label"] = POSITION
    depth = data["directions"][0]
    depth["name"] = DIRECTION
    depth["initiatives"]["early"][0] += f" {PAYLOAD}"


def _programme(data: Any) -> None:
    data["name"] = PROGRAMME
    data["summary"] += f" {PAYLOAD}"


def _resources(data: Any) -> None:
    data["groups"][0]["resources"][0]["title"] = RESOURCE


CHANGES = {
    "content/site.yml": _site,
    "content/home.yml": _home,
    "content/journal.yml": _journal,
    "content/plan.yml": _plan,
    "framework/scope-for-growth.yml": _framework,
    "content/programmes/alpha.yml": _programme,
    "content/resources.yml": _resources,
}

# Where each value is shown as text: (page, selector, text the element must hold).
SHOWN = [
    ("index.html", ".md-header__topic", TITLE),
    ("index.html", ".sfg-footer-organisation", ORGANISATION),
    ("index.html", ".md-nav__link", NAV_TITLE),
    ("journal.html", "label", QUESTION),
    ("journal.html", "label", OPTION),
    ("plan.html", "label", PLAN_LABEL),
    ("plan.html", ".sfg-suggest-heading", f"{DIRECTION}: {POSITION}"),
    ("plan.html", "[data-sfg-initiative]", f"Work with a buddy {PAYLOAD}"),
    ("plan.html", "legend", COLUMN),
    ("plan.html", "label", POSITION),
    ("programmes/index.html", "main", PROGRAMME),
    ("programmes/alpha.html", "h1", PROGRAMME),
    ("resources.html", "main", RESOURCE),
    ("framework.html", "main", DIRECTION),
]


@pytest.fixture(scope="module", params=ENGINES)
def hostile_site(
    tmp_path_factory: pytest.TempPathFactory,
    www: Path,
    server_url: str,
    request: pytest.FixtureRequest,
) -> BuiltSite:
    """Built by each engine: both print the values handed to their templates as they are."""
    engine: str = request.param
    root = tmp_path_factory.mktemp("escaping") / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, root)
    for file, change in CHANGES.items():
        _change(root, file, change)
    folder = www / "intranet" / f"escaping-{engine}"
    url = f"{server_url}/intranet/escaping-{engine}/"
    if engine == "mkdocs":
        build_site(root, folder, site_url=url)
    else:
        build_with_engine(engine, root, folder, site_url=url)
    return BuiltSite(folder, url, engine)


@pytest.fixture(scope="module")
def open_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def test_no_page_runs_the_payload(hostile_site: BuiltSite, open_page: Page) -> None:
    page = open_page
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", dismiss)
    requests = watch_requests(page, hostile_site.url)
    pages = hostile_site.pages()
    assert len(pages) > 10
    ran = {}
    for path in pages:
        page.goto(hostile_site.page_url(path))
        page.wait_for_load_state("load")
        found = page.evaluate(
            "[window.sfgPwned, document.querySelectorAll('img[src=\"x\"], img[onerror]').length,"
            " [...document.scripts].filter((s) => s.text.includes('sfgPwned')).length,"
            " document.title, document.body.innerText]"
        )
        pwned, images, scripts, title, text = found
        if pwned is not None or images or scripts:
            ran[path] = (pwned, images, scripts)
        assert PAYLOAD in text, f"{path}: the organisation is shown, payload and all, as text"
        assert TITLE in title, f"{path}: the site's title is in the page's, as text"
    assert ran == {}
    assert dialogs == []
    assert requests.external() == []


@pytest.mark.parametrize(
    ("path", "selector", "text"), sorted(SHOWN), ids=lambda value: str(value)[:24]
)
def test_the_payload_is_shown_as_text(
    hostile_site: BuiltSite, open_page: Page, path: str, selector: str, text: str
) -> None:
    if open_page.url != hostile_site.page_url(path):  # the cases of a page read it as loaded
        open_page.goto(hostile_site.page_url(path))
    texts = open_page.locator(selector).all_text_contents()
    assert any(text in " ".join(each.split()) for each in texts), (selector, texts)


def test_values_in_attributes_and_the_head_stay_whole(
    hostile_site: BuiltSite, open_page: Page
) -> None:
    open_page.goto(hostile_site.page_url("journal.html"))
    description = open_page.locator('meta[name="description"]')
    assert description.get_attribute("content") == DESCRIPTION
    assert TITLE in open_page.title()
    printed = open_page.locator("[data-sfg-print-date]").first
    assert printed.get_attribute("data-sfg-text") == PRINTED_ON
