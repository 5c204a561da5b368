"""Pages every validator passes: the Nu Html Checker (vnu, the W3C's checker, pinned in
package.json) finds no error and no empty heading on any page of the built default site, and
every heading, button and control has words of its own in the HTML as served (the scripts
replace some of them; nothing waits for a script to be named)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from .conftest import BuiltSite
from .support.sites import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA_OPTIONS = ["-XX:TieredStopAtLevel=1", "-Xss4m"]
"""One run of the checker is too short for Java's optimising compiler to pay back what it
spends compiling the schema code: without it the checker takes half the processor time (7 s
to 3.5 s for the default site) and says the same, byte for byte. The quick compiler's frames
are larger, so the checker's thread needs more than its 512 KB of stack."""

# What the checker reports of Material for MkDocs' own markup or of checking files from a
# disk, and why each is left alone. Everything else fails the test.
Finding = dict[str, Any]
MATERIAL_AND_DISK: dict[str, Callable[[Finding], bool]] = {
    # Material's drawer and search toggles are checkboxes with autocomplete="off" (which keeps
    # Firefox from restoring them checked on Back): its base.html, not our templates.
    "Material's autocomplete on its toggles": lambda m: (
        m["message"].startswith("Attribute “autocomplete” is only allowed")
        and any(f'id="{toggle}"' in m.get("extract", "") for toggle in ("__drawer", "__search"))
    ),
    # Material's configuration is JSON in <script id="__config" type="application/json">: data,
    # which no browser runs, so the policy's script-src does not apply to it (test_csp.py runs
    # every page with the policy enforced and sees no violation).
    "Material's JSON configuration taken for an inline script": lambda m: (
        m["message"].startswith("Inline script violates Content Security Policy")
        and '<script id="__config" type="application/json">' in m.get("extract", "")
    ),
    # The checker reads the pages from disk, where a page has no origin for 'self' to match:
    # it says every stylesheet and script of the site's own would be blocked. test_csp.py
    # loads them over HTTP with the policy enforced.
    "the site's own files, read from disk without an origin": lambda m: m["message"].startswith(
        "Resource violates Content Security Policy (meta tag): external "
    ),
}


def _java() -> str:
    java = shutil.which("java")
    if java and VNU.is_file():
        return java
    message = "the Nu Html Checker needs Java (make java) and node_modules (npm ci)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _where(message: dict[str, Any], root: Path) -> str:
    page = message.get("url", "").split(root.as_posix() + "/")[-1]
    line, extract = message.get("lastLine", "?"), message.get("extract", "")
    return f"{page}:{line}: {message['message']}\n    {extract!r}"


@pytest.fixture(scope="module")
def vnu_messages(default_site: BuiltSite) -> list[dict[str, Any]]:
    """Every page of the built default site, checked in one run of the checker."""
    pages = [str(default_site.folder / path) for path in default_site.pages()]
    command = [_java(), *JAVA_OPTIONS, "-jar", str(VNU), "--format", "json", "--stdout", *pages]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    messages: list[dict[str, Any]] = json.loads(result.stdout)["messages"]
    return messages


def test_the_checker_reads_every_page(
    vnu_messages: list[dict[str, Any]], default_site: BuiltSite
) -> None:
    unread = [m for m in vnu_messages if m["type"] == "non-document-error"]
    assert not unread, unread
    assert len(default_site.pages()) >= 16


def test_the_nu_html_checker_finds_no_error_and_no_empty_heading(
    vnu_messages: list[dict[str, Any]], default_site: BuiltSite
) -> None:
    found = [
        m
        for m in vnu_messages
        if (m["type"] == "error" or m.get("subType") == "warning")
        and not any(allowed(m) for allowed in MATERIAL_AND_DISK.values())
    ]
    shown = "\n".join(_where(m, default_site.folder) for m in found)
    assert not found, f"{len(found)} findings:\n{shown}"


# What gives a control, button or heading its name, as the page is served.
_CONTROLS = {"input", "select", "textarea"}
_NAMED = {"h1", "h2", "h3", "h4", "h5", "h6", "button"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class _Names(HTMLParser):
    """Each control (with its id and attributes), and each heading and button with the text
    inside it, of one page; the ids labels name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.controls: list[tuple[str, dict[str, str | None], bool]] = []
        self.texts: list[tuple[str, dict[str, str | None], str]] = []
        self.labelled: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "label" and attributes.get("for"):
            self.labelled.add(str(attributes["for"]))
        if tag in _CONTROLS:
            inside_label = any(name == "label" for name, _, _ in self.open)
            self.controls.append((tag, attributes, inside_label))
        if tag not in _VOID:
            self.open.append((tag, attributes, []))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, attributes, parts = self.open.pop()
            if self.open:
                self.open[-1][2].extend(parts)
            if name in _NAMED:
                self.texts.append((name, attributes, "".join(parts).strip()))
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][2].append(data)


def _unnamed(path: Path) -> Iterator[str]:
    names = _Names()
    names.feed(path.read_text(encoding="utf-8"))
    for tag, attributes, inside_label in names.controls:
        if attributes.get("type") in {"hidden", "submit", "button", "reset"}:
            continue
        # Material's toggles (drawer, search, table of contents): checkboxes its styles
        # drive, each named by its label where the page shows one.
        if "md-toggle" in str(attributes.get("class", "")).split():
            continue
        if inside_label or attributes.get("aria-label") or attributes.get("aria-labelledby"):
            continue
        if attributes.get("id") in names.labelled:
            continue
        yield f"<{tag} {attributes}> has no accessible name"
    for tag, attributes, text in names.texts:
        if not (text or attributes.get("aria-label") or attributes.get("aria-labelledby")):
            yield f"<{tag} {attributes}> is empty"


def test_every_control_heading_and_button_is_named_in_the_html(default_site: BuiltSite) -> None:
    """Outside Material's own header, search and navigation, which carry their names."""
    found = {
        path: list(_unnamed(default_site.folder / path))
        for path in default_site.pages()
        if list(_unnamed(default_site.folder / path))
    }
    shown = "\n".join(f"{path}: {problem}" for path, items in found.items() for problem in items)
    assert not found, shown
