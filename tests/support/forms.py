"""Helpers for the journal and plan browser tests: open a form, read storage, move files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from playwright.sync_api import FilePayload, Locator, Page, expect

if TYPE_CHECKING:
    from ..conftest import BuiltSite

NAMESPACE = "fixture-sfg"
"""storage_namespace of the fixture content set."""

SAVED = "Saved on this device at"


def module(name: str) -> str:
    """The selector of the elements a component of theme/components/ starts on."""
    return f'[data-module~="{name}"]'


FORM = module("sfg-form")
STARTED = f"{FORM}[data-sfg-form-started]"
"""A form whose script has started (init.js marks each element it starts a component on)."""

# Init scripts that break storage the ways browsers do: blocked site data, a full quota.
BLOCKED_STORAGE = """
Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});
"""
FULL_STORAGE = """
Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""


def open_form(page: Page, site_url: str, form: str) -> None:
    """Go to the journal or plan page and wait until its script has restored the answers."""
    page.goto(f"{site_url}{form}.html")
    wait_started(page)


def wait_started(page: Page) -> None:
    page.wait_for_selector(STARTED, state="attached")
    expect(page.locator("[data-sfg-no-js]")).to_be_hidden()


def status(page: Page) -> Locator:
    return page.locator("[data-sfg-status]")


def wait_saved(page: Page) -> None:
    expect(status(page)).to_contain_text(SAVED)


def wait_stored(page: Page, form: str, key: str, value: str, namespace: str = NAMESPACE) -> None:
    """Wait until the record of ``form`` holds ``value`` under ``key``."""
    page.wait_for_function(
        "([k, id, v]) => JSON.parse(localStorage.getItem(k) || '{}').answers?.[id] === v",
        arg=[f"{namespace}/{form}", key, value],
        timeout=5000,
    )


def wait_answers(
    page: Page, form: str, expected: dict[str, str], namespace: str = NAMESPACE
) -> None:
    """Wait until the record of ``form`` holds every answer of ``expected``."""
    page.wait_for_function(
        """([k, expected]) => {
             const kept = JSON.parse(localStorage.getItem(k) || "{}").answers || {};
             return Object.entries(expected).every(([id, v]) => kept[id] === v);
           }""",
        arg=[f"{namespace}/{form}", expected],
    )


def wait_rows(
    page: Page, form: str, table: str, column: str, texts: list[str], namespace: str = NAMESPACE
) -> None:
    """Wait until the record of ``form`` has the rows of ``table`` in an order whose first
    rows hold ``texts`` in ``column`` (a row moved, and the move saved)."""
    page.wait_for_function(
        """([k, table, column, texts]) => {
             const kept = JSON.parse(localStorage.getItem(k) || "{}").answers || {};
             const rows = (kept[table] || "").split(" ");
             return texts.every((text, i) => kept[`${table}/${rows[i]}/${column}`] === text);
           }""",
        arg=[f"{namespace}/{form}", table, column, texts],
    )


def wait_colleague_answers(
    page: Page, form: str, expected: dict[str, str], namespace: str = NAMESPACE
) -> None:
    """Wait until a record of ``form`` filled in for a colleague holds every answer of
    ``expected``."""
    page.wait_for_function(
        """([prefix, form, expected]) => Object.keys(localStorage).some((k) => {
             if (!k.startsWith(prefix) || !k.endsWith("/" + form)) return false;
             let kept;
             try {
               kept = JSON.parse(localStorage.getItem(k) || "{}").answers || {};
             } catch {
               return false;
             }
             return Object.entries(expected).every(([id, v]) => kept[id] === v);
           })""",
        arg=[f"{namespace}/colleague/", form, expected],
    )


LATER = 5000
"""Milliseconds: longer than any delay a page waits before it acts on what was typed (a form
saves 400 ms after the last keystroke), shorter than any lock (minutes)."""


def run_timers(page: Page) -> None:
    """Fire every timer that the pages of ``page``'s context have due in the next ``LATER``
    milliseconds, at once, as if that time went by; what they do at once is done when this
    returns. The context's clock must be installed (``page.clock.install()``) before the page
    opened: then the page's time runs as usual, and moves on here as well."""
    page.clock.run_for(LATER)


def fill_saved(page: Page, form: str, key: str, value: str, selector: str | None = None) -> None:
    """Type ``value`` into the field of answer ``key`` and wait until it is kept."""
    page.locator(selector or f"#sfg-{key}").fill(value)
    wait_stored(page, form, key, value)


def record(page: Page, form: str, namespace: str = NAMESPACE) -> Any:
    """The record kept for ``form``, parsed (None when there is none)."""
    raw = page.evaluate("key => localStorage.getItem(key)", f"{namespace}/{form}")
    return None if raw is None else json.loads(raw)


def answers(page: Page, form: str, namespace: str = NAMESPACE) -> dict[str, str]:
    kept = record(page, form, namespace)
    return {} if kept is None else dict(kept["answers"])


def storage_items(page: Page, prefix: str = f"{NAMESPACE}/") -> dict[str, str]:
    """What localStorage holds under keys starting with ``prefix`` (ours, by default)."""
    items: dict[str, str] = page.evaluate("() => Object.fromEntries(Object.entries(localStorage))")
    return {key: value for key, value in items.items() if key.startswith(prefix)}


def put_storage(page: Page, items: dict[str, str]) -> None:
    page.evaluate(
        "items => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }",
        items,
    )


def journal_record(answers: dict[str, str], **extra: Any) -> str:
    """A stored journal record in the current format, as the scripts write it: each answer an
    edit of its own, in the order given, made by another tab."""
    data = {
        "format": "scope-for-growth",
        "version": 3,
        "form": "journal",
        "saved": "2026-11-20T09:30:00.000Z",
        "clock": len(answers),
        "answers": answers,
        "edits": {key: [number, "othertab"] for number, key in enumerate(answers, start=1)},
        "questions": {},
        **extra,
    }
    return json.dumps(data)


DOWNLOAD_CHOICES = {
    "journal": "Your reflection journal",
    "plan": "Your development plan",
    "both": "Both, for your conversation",
}


def download_dialog(page: Page) -> Locator:
    """The dialog that asks what to download (journal, plan or both)."""
    return page.locator("dialog[data-sfg-download-choice]")


def download(
    page: Page, tmp_path: Path, what: str = "both", button: Locator | None = None
) -> tuple[str, dict[str, Any]]:
    """Press "Download my answers" (or ``button``) and choose ``what`` to download; return the
    file's name and its parsed content."""
    with page.expect_download() as info:
        (button or page.get_by_role("button", name="Download my answers").first).click()
        choice = download_dialog(page)
        if choice.is_visible():
            choice.get_by_label(DOWNLOAD_CHOICES[what]).check()
            choice.get_by_role("button", name="Download", exact=True).click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    return info.value.suggested_filename, json.loads(target.read_text(encoding="utf-8"))


def choose_file(
    page: Page, content: bytes | str, name: str = "answers.json", into: str = "[data-sfg-load-file]"
) -> None:
    """Give a file to "Load answers from a file" (the button opens this hidden input), or to
    another file input (``into``: "Open a colleague's answers" is [data-sfg-colleague-file])."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    payload: FilePayload = {"name": name, "mimeType": "application/json", "buffer": data}
    page.set_input_files(into, files=[payload])


COLLEAGUE_FILE = "[data-sfg-colleague-file]"

# The guide has said what opening a colleague's file did, or a dialog asks something first.
OPENED = """() => !!document.querySelector("dialog[open]")
  || [...document.querySelectorAll("[data-sfg-colleague-status]")]
    .some((status) => status.textContent.trim())"""


def open_colleague(page: Page, site: BuiltSite, file: Path | str, name: str = "c.json") -> None:
    """On the guide, "Open a colleague's answers" with ``file`` (a path, or its text); returns
    once the guide has said what happened, or a dialog asks (the file is read and kept
    asynchronously: a test that left the page before then would lose the colleague)."""
    page.goto(site.page_url("guide.html"))
    expect(page.get_by_role("button", name="Open a colleague's answers")).to_be_visible()
    if isinstance(file, Path):
        page.set_input_files(COLLEAGUE_FILE, files=[str(file)])
    else:
        choose_file(page, file, name, into=COLLEAGUE_FILE)
    page.wait_for_function(OPENED)


def slow_file_reading(page: Page, milliseconds: int) -> None:
    """Make every file the page reads take ``milliseconds`` longer, as on a busy computer: a
    test that goes on before the page has read a file loses what was in it."""
    page.add_init_script(
        "{const text = Blob.prototype.text; Blob.prototype.text = function () {"
        f" return new Promise((done) => setTimeout(done, {int(milliseconds)}))"
        ".then(() => text.call(this)); };}"
    )


def colleague_plan(page: Page, name: str) -> None:
    """From the guide, to the plan filled in for colleague ``name``."""
    page.get_by_role("link", name=f"Fill in a plan for {name}").click()
    wait_started(page)
    expect(page.locator("[data-sfg-colleague-for]")).to_have_text(
        f"You are filling in a development plan for {name}"
    )


def answers_file(answers: dict[str, str], **changes: Any) -> str:
    """A file as "Download my answers" makes it, for the fixture toolkit; ``changes`` replace
    its top-level keys (``answers_`` replaces the answers as they are)."""
    if "answers_" in changes:
        changes["answers"] = changes.pop("answers_")
    data: dict[str, Any] = {
        "format": "scope-for-growth-answers",
        "version": 1,
        "namespace": NAMESPACE,
        "site": "Fixture toolkit",
        "exported": "2026-11-22T18:05:00.000Z",
        "answers": {key: {"question": "", "answer": value} for key, value in answers.items()},
    }
    data.update(changes)
    return json.dumps(data)


def load_dialog(page: Page) -> Locator:
    """The dialog that shows what loading a file adds, and each answer that differs."""
    return page.locator("dialog[data-sfg-load-choice]")


def load(page: Page, **choices: str) -> None:
    """In that dialog, for the forms named, choose ``file`` (the file's answer) or ``mine``
    wherever the two differ, then press its main button (whatever it says)."""
    asked = load_dialog(page)
    expect(asked).to_be_visible(timeout=15000)  # a locked file's key takes a moment
    for form, choice in choices.items():
        part = asked.locator(f'[data-sfg-load-form="{form}"]')
        for radio in part.locator(f"[data-sfg-load-difference] input[value='{choice}']").all():
            radio.check()
    asked.locator("button[data-sfg-load-confirm]").click()
    expect(asked).to_be_hidden()


def dialog(page: Page) -> Locator:
    """The form's confirmation dialog (the footer has one of its own: "Forget me")."""
    return page.locator(FORM).locator(module("sfg-dialog"))


def tab_to(page: Page, selector: str, limit: int = 250, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until the focused element matches ``selector``."""
    for _ in range(limit):
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    raise AssertionError(f"could not reach {selector} with the keyboard")


def focused(page: Page) -> str:
    """The focused element's id, or its tag and text when it has none."""
    description: str = page.evaluate(
        "() => { const e = document.activeElement;"
        " return e.id || `${e.tagName.toLowerCase()}: ${e.textContent.trim()}`; }"
    )
    return description
