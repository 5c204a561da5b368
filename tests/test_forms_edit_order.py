"""What was typed last wins, whatever the computer's clock says: two tabs, a stored record and
this page's unsaved typing are ordered by edits, not by time. Clocks go back: shared PCs are
corrected by the network."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    SAVED,
    answers,
    module,
    open_form,
    put_storage,
    record,
    status,
    wait_started,
    wait_stored,
)

AHEAD = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
CORRECTED = datetime(2026, 11, 23, 9, 15, tzinfo=UTC)  # the network put the clock back
# Storage events from other tabs never arrive: only the merge on saving decides.
NO_STORAGE_EVENTS = "window.addEventListener('storage', e => e.stopImmediatePropagation(), true);"


def test_typing_after_the_clock_went_back_is_kept(page: Page, fixture_site: BuiltSite) -> None:
    page.clock.install(time=AHEAD)
    open_form(page, fixture_site.url, "journal")
    energy = page.locator("#sfg-energy")
    energy.fill("Typed while the clock was ahead")
    wait_stored(page, "journal", "energy", "Typed while the clock was ahead")
    page.clock.set_system_time(CORRECTED)
    energy.fill("Typed after the clock went back")
    wait_stored(page, "journal", "energy", "Typed after the clock went back")
    expect(status(page)).to_contain_text(SAVED)
    page.reload()
    wait_started(page)
    expect(energy).to_have_value("Typed after the clock went back")


def type_last(typing: Page, other: Page, text: str, job: str) -> None:
    """``typing`` types ``text`` last; then ``other`` saves another answer (``job``): ``text``
    stays, in storage and on both pages."""
    typing.locator("#sfg-energy").fill(text)
    wait_stored(typing, "journal", "energy", text)
    other.locator("#sfg-job-title").fill(job)
    wait_stored(other, "journal", "job-title", job)
    assert answers(other, "journal") == {"energy": text, "job-title": job}
    expect(other.locator("#sfg-energy")).to_have_value(text)


@pytest.mark.parametrize("events", [True, False], ids=["storage-events", "no-storage-events"])
@pytest.mark.parametrize("first", [0, 1], ids=["first-tab-first", "second-tab-first"])
def test_two_tabs_editing_one_answer_keep_what_was_typed_last(
    context: BrowserContext, fixture_site: BuiltSite, first: int, events: bool
) -> None:
    context.clock.install(time=AHEAD)
    tabs = [context.new_page(), context.new_page()]
    for tab in tabs:
        if not events:
            tab.add_init_script(NO_STORAGE_EVENTS)
        open_form(tab, fixture_site.url, "journal")
    earlier, later = tabs[first], tabs[1 - first]
    earlier.locator("#sfg-energy").fill("Typed first")
    wait_stored(earlier, "journal", "energy", "Typed first")
    context.clock.set_system_time(CORRECTED)
    type_last(later, earlier, "Typed last", "Nurse")
    # And the other way round: now the tab that typed first types last.
    type_last(earlier, later, "Typed last of all", "Charge nurse")


def test_a_version_2_record_keeps_every_answer_and_the_order_of_its_edits(
    page: Page, fixture_site: BuiltSite
) -> None:
    page.goto(fixture_site.url)
    given = {
        "energy": "Walks",
        "frustrations": "Queues",
        "job-title": "Nurse",
        "retired": "Kept from a removed question",
    }
    # Milliseconds of the computer's clock; "retired" has none (as in records of version 1).
    updated = {"energy": 1772352000300, "frustrations": 1772352000100, "job-title": 1772352000200}
    version_2 = {
        "format": "scope-for-growth",
        "version": 2,
        "form": "journal",
        "saved": "2026-03-01T08:00:00.000Z",
        "answers": given,
        "updated": updated,
        "questions": {"retired": "A question since removed?"},
    }
    put_storage(page, {f"{NAMESPACE}/journal": json.dumps(version_2)})
    open_form(page, fixture_site.url, "journal")
    expect(page.locator("#sfg-energy")).to_have_value("Walks")
    expect(page.locator("#sfg-frustrations")).to_have_value("Queues")
    expect(page.locator("#sfg-job-title")).to_have_value("Nurse")
    orphans = page.locator(module("sfg-orphans"))
    expect(orphans.get_by_label("A question since removed?")).to_have_value(
        "Kept from a removed question"
    )
    page.get_by_label("Very", exact=True).check()
    wait_stored(page, "journal", "confidence", "high")
    kept = record(page, "journal")
    assert kept["version"] == 3
    assert "updated" not in kept
    assert kept["answers"] == {**given, "confidence": "high"}
    edits = kept["edits"]
    order = sorted(kept["answers"], key=lambda key: edits[key])
    assert order == ["retired", "frustrations", "job-title", "energy", "confidence"]
    assert kept["clock"] == edits["confidence"][0]
