"""Download my answers, load answers from a file, clear all my answers on this device."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    answers,
    answers_file,
    choose_file,
    dialog,
    download,
    journal_record,
    load,
    load_dialog,
    module,
    open_form,
    put_storage,
    record,
    status,
    storage_items,
    wait_answers,
    wait_rows,
    wait_saved,
    wait_stored,
)

EXISTING = {"energy": "My existing answer", "job-title": "Physiotherapist"}


def fill_both_forms(page: Page, site: BuiltSite) -> None:
    open_form(page, site.url, "journal")
    page.locator("#sfg-energy").fill("Line one\nLine two, with “quotes” & <brackets>")
    page.get_by_label("Very", exact=True).check()
    wait_stored(page, "journal", "confidence", "high")
    open_form(page, site.url, "plan")
    page.locator("#sfg-person-name").fill("Alex Smith")
    page.locator("#sfg-depth-current_option-early").check()
    page.locator("#sfg-objectives_1_objective").fill("First objective")
    page.get_by_role("button", name="Add another row").click()
    page.keyboard.type("Added objective")
    page.get_by_role("button", name="Move up (Objective 3)").click()
    wait_saved(page)
    wait_answers(page, "plan", {"person-name": "Alex Smith", "depth-current": "early"})
    wait_rows(page, "plan", "objectives", "objective", ["First objective", "Added objective"])


def test_export_clear_and_import_give_back_the_same_answers(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    fill_both_forms(page, fixture_site)
    before = {form: answers(page, form) for form in ("journal", "plan")}
    assert len(before["plan"]) == 5  # name, position, two cells, and the order of the rows
    put_storage(page, {"another-toolkit/journal": "not ours"})

    name, data = download(page, tmp_path)
    assert name.startswith("alex-smith-journal-and-plan-") and name.endswith(".json")
    assert data["format"] == "scope-for-growth-answers"
    assert data["version"] == 3
    assert data["forms"] == ["journal", "plan"]
    assert data["person"] == {"name": "Alex Smith", "role": ""}
    assert data["namespace"] == NAMESPACE
    assert data["exported"].startswith("20")
    assert data["answers"]["journal/energy"]["question"] == "What gives me energy?"
    # Each answer with its edit stamp, each form with its record's clock: the order of edits.
    plan = record(page, "plan")
    assert data["answers"]["plan/person-name"] == {
        "question": "Your name",
        "answer": "Alex Smith",
        "edit": plan["edits"]["person-name"],
    }
    assert data["clocks"] == {"journal": record(page, "journal")["clock"], "plan": plan["clock"]}
    kept = {key: item["answer"] for key, item in data["answers"].items()}
    assert kept == {
        f"{form}/{key}": value for form, values in before.items() for key, value in values.items()
    }

    page.get_by_role("button", name="Clear all my answers on this device").click()
    expect(dialog(page)).to_be_visible()
    expect(dialog(page).get_by_role("heading")).to_have_text(
        "Clear all your answers from this device?"
    )
    dialog(page).get_by_role("button", name="Yes, clear all my answers").click()
    expect(dialog(page)).to_be_hidden()
    expect(status(page)).to_have_text("All your answers have been cleared from this device.")
    assert storage_items(page) == {}
    assert storage_items(page, "another-toolkit/") == {"another-toolkit/journal": "not ours"}
    expect(page.locator("#sfg-person-name")).to_have_value("")
    expect(page.locator("[data-sfg-row]")).to_have_count(2)
    expect(page.get_by_role("button", name="Clear all my answers on this device")).to_be_focused()

    choose_file(page, (tmp_path / name).read_bytes(), name)
    expect(load_dialog(page)).to_contain_text(f"File: {name}, downloaded on ")
    expect(load_dialog(page)).to_contain_text("Answers in the file: 7.")
    expect(load_dialog(page)).to_contain_text("They are the answers of Alex Smith.")
    expect(
        load_dialog(page).locator('[data-sfg-load-form="journal"] [data-sfg-load-count]')
    ).to_have_text("2 new answers will be added.")
    load(page)
    expect(status(page)).to_have_text(f"Your answers have been loaded from {name}.")
    assert {form: answers(page, form) for form in ("journal", "plan")} == before
    expect(page.locator("#sfg-person-name")).to_have_value("Alex Smith")
    rows = page.locator("[data-sfg-row] [data-sfg-column='objective'] textarea")
    expect(rows).to_have_count(3)
    expect(rows.nth(1)).to_have_value("Added objective")
    expect(rows.nth(2)).to_have_value("")
    open_form(page, fixture_site.url, "journal")
    expect(page.locator("#sfg-energy")).to_have_value(before["journal"]["energy"])


def test_loading_shows_what_differs_and_cancel_changes_nothing(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    put_storage(page, {f"{NAMESPACE}/journal": journal_record(EXISTING)})
    open_form(page, fixture_site.url, "journal")
    before = storage_items(page)
    choose_file(page, answers_file({"journal/energy": "From the file"}), "mine.json")
    asked = load_dialog(page)
    expect(asked).to_contain_text(
        "File: mine.json, downloaded on 22 November 2026. Answers in the file: 1."
    )
    journal = asked.locator('[data-sfg-load-form="journal"]')
    expect(journal.locator("[data-sfg-load-count]")).to_have_text(
        "1 are different from yours. Choose which to keep:"
    )
    # The answer that differs, side by side: the person's own first, and chosen (a file of
    # version 1 does not say which was changed more recently). The plan, which the file does
    # not hold, is not offered at all; the answer the file does not hold is not mentioned.
    energy = journal.locator('[data-sfg-load-difference="energy"]')
    expect(energy.locator("legend")).to_have_text("What gives me energy?")
    expect(energy.get_by_role("radio")).to_have_count(2)
    expect(energy.get_by_role("radio").first).to_have_accessible_name(
        "Your answer: My existing answer"
    )
    expect(energy.get_by_role("radio").first).to_be_checked()
    expect(energy.get_by_role("radio").nth(1)).to_have_accessible_name(
        "The answer in the file: From the file"
    )
    expect(asked.locator("[data-sfg-load-order]")).to_be_visible()
    expect(asked.locator('[data-sfg-load-form="plan"]')).to_be_hidden()
    expect(journal).not_to_contain_text("What is my job title?")
    # Nothing would change: the dialog and its button say so.
    expect(asked.locator("[data-sfg-load-outcome]")).to_have_text(
        "Nothing will change: you chose to keep all your own answers."
    )
    expect(asked.locator("[data-sfg-load-confirm]")).to_have_text("Close: nothing will change")
    expect(asked.get_by_role("button", name="Cancel")).to_be_focused()
    page.keyboard.press("Escape")
    expect(asked).to_be_hidden()
    assert storage_items(page) == before
    expect(page.locator("#sfg-energy")).to_have_value("My existing answer")
    choose_file(page, answers_file({"journal/energy": "From the file"}), "mine.json")
    asked.get_by_role("button", name="Cancel").click()
    assert storage_items(page) == before
    choose_file(page, answers_file({"journal/energy": "From the file"}), "mine.json")
    load(page)
    expect(status(page)).to_have_text(
        "Nothing was loaded from mine.json: you chose to keep your own answers."
    )
    assert storage_items(page) == before
    # A file of answers the person has already loads nothing, and says so at once.
    choose_file(page, answers_file({"journal/energy": "My existing answer"}), "same.json")
    expect(status(page)).to_have_text(
        "Nothing was loaded from same.json: every answer in it is the same as yours."
    )
    expect(asked).to_be_hidden()
    assert storage_items(page) == before


def test_answers_with_unknown_ids_are_kept_as_answers_to_removed_questions(
    page: Page, fixture_site: BuiltSite
) -> None:
    open_form(page, fixture_site.url, "journal")
    content = json.loads(answers_file({}))
    content["answers"] = {
        "journal/energy": {"question": "What gives me energy?", "answer": "Known"},
        "journal/retired-question": {"question": "What did I retire?", "answer": "Orphan"},
    }
    choose_file(page, json.dumps(content))
    load(page)
    orphans = page.locator(module("sfg-orphans"))
    expect(orphans.get_by_role("heading")).to_have_text(
        "Answers to questions no longer in the journal"
    )
    expect(orphans.get_by_label("What did I retire?")).to_have_value("Orphan")
    wait_stored(page, "journal", "retired-question", "Orphan")


TOO_LONG = "x" * 100_001
MALFORMED: dict[str, tuple[bytes | str, str]] = {
    "empty": ("", "The file is empty."),
    "blank": ("  \n\t ", "The file is empty."),
    "not-json": ("Dear diary, today I", "It is not a file of answers"),
    "not-utf8": (b"\xff\xfe\x00\x81garbage\x00", "It is not a file of answers"),
    "json-array": ("[]", "It is not a file of answers"),
    "json-null": ("null", "It is not a file of answers"),
    "other-format": (answers_file({}, format="someone-else"), "It is not a file of answers"),
    "no-answers": (answers_file({}, answers_=None), "It is not a file of answers"),
    "answers-list": (answers_file({}, answers_=["a"]), "It is not a file of answers"),
    "version-text": (answers_file({}, version="1"), "It is not a file of answers"),
    "version-zero": (answers_file({}, version=0), "It is not a file of answers"),
    "newer-version": (answers_file({}, version=4), "made by a newer version"),
    "forms-missing": (answers_file({}, version=2), "has been changed or damaged"),
    "forms-unknown": (answers_file({}, version=2, forms=["diary"]), "has been changed or damaged"),
    "form-not-listed": (
        answers_file({"journal/energy": "x"}, version=2, forms=["plan"]),
        "has been changed or damaged",
    ),
    "clocks-missing": (answers_file({}, version=3, forms=[]), "has been changed or damaged"),
    "clock-negative": (
        answers_file({}, version=3, forms=["plan"], clocks={"plan": -1}),
        "has been changed or damaged",
    ),
    "edit-not-a-stamp": (
        answers_file(
            {},
            version=3,
            forms=["journal"],
            clocks={},
            answers_={"journal/energy": {"answer": "x", "edit": "yesterday"}},
        ),
        "has been changed or damaged",
    ),
    "edit-tab-too-long": (
        answers_file(
            {},
            version=3,
            forms=["journal"],
            clocks={},
            answers_={"journal/energy": {"answer": "x", "edit": [1, "t" * 65]}},
        ),
        "has been changed or damaged",
    ),
    "other-namespace": (answers_file({}, namespace="another-trust"), "from a different toolkit"),
    "no-namespace": (answers_file({}, namespace=None), "from a different toolkit"),
    "answer-number": (answers_file({}, answers_={"journal/energy": {"answer": 42}}), "not text"),
    "answer-missing": (answers_file({}, answers_={"journal/energy": {"text": "x"}}), "not text"),
    "answer-bare": (answers_file({}, answers_={"journal/energy": "bare string"}), "not text"),
    "answer-too-long": (answers_file({"journal/energy": TOO_LONG}), "100,000 characters"),
    "unknown-form": (answers_file({"diary/energy": "x"}), "a name this toolkit does not use"),
    "bad-id": (answers_file({"journal/<b>energy</b>": "x"}), "a name this toolkit does not use"),
    "no-form": (answers_file({"energy": "x"}), "a name this toolkit does not use"),
    "proto-key": (
        '{"format": "scope-for-growth-answers", "version": 1, "namespace": "fixture-sfg",'
        ' "answers": {"__proto__": {"answer": "x", "polluted": "yes"}}}',
        "a name this toolkit does not use",
    ),
    "proto-id": (answers_file({"journal/__proto__": "x"}), "a name this toolkit does not use"),
    "too-many": (answers_file({f"journal/q{n}": "x" for n in range(5001)}), "more than 5,000"),
    "too-big": (" " * 5_000_001 + "{}", "bigger than 5 MB"),
}


@pytest.fixture(scope="module")
def journal_with_answers(browser: Browser, fixture_site: BuiltSite) -> Iterator[Page]:
    """The journal, with answers kept: one page for every bad file in turn, each of which must
    leave it as it was (the next file finds what the last left)."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.goto(fixture_site.url)
    put_storage(page, {f"{NAMESPACE}/journal": journal_record(EXISTING)})
    open_form(page, fixture_site.url, "journal")
    yield page
    context.close()


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_a_bad_file_is_rejected_and_every_answer_left_untouched(
    journal_with_answers: Page, case: str
) -> None:
    page = journal_with_answers
    content, reason = MALFORMED[case]
    before = storage_items(page)
    assert f"{NAMESPACE}/journal" in before
    choose_file(page, content, f"{case}.json")  # its own name: the last file's message differs
    expect(status(page)).to_contain_text(f"The file {case}.json was not loaded")
    expect(status(page)).to_contain_text("your answers have not changed")
    expect(status(page)).to_contain_text(reason)
    expect(dialog(page)).to_be_hidden()
    assert storage_items(page) == before
    expect(page.locator("#sfg-energy")).to_have_value("My existing answer")
    assert page.evaluate("({}).polluted === undefined && Object.prototype.answer === undefined")
