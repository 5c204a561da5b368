"""The plan over time, in the browser: private notes stay out of a downloaded file unless the
person ticks "Include your private notes" (inside the past plans it carries too), the calendar
file holds the review and each objective's date with a reminder each, in words for the one who
downloads it, and the outcome record counts a plan whose only content is its history.

Past plans are written into storage here as the review will write them (past.js's format):
the review itself is built elsewhere."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from .conftest import BuiltSite
from .support.forms import (
    NAMESPACE,
    colleague_plan,
    download,
    download_dialog,
    open_colleague,
    open_form,
    put_storage,
    status,
)

pytestmark = pytest.mark.browser

PAST = {
    "reviewed": "2026-06-30",
    "answers": {
        "conversation-date": "2026-01-05",
        "evidence": "Past evidence",
        "private-notes": "PAST SECRET",
        "objectives/r9/objective": "Lead the audit",
    },
    "questions": {"private-notes": "Notes for yourself", "evidence": "Evidence"},
    "outcomes": {"r9": {"outcome": "achieved", "note": "Done"}},
}


def plan_record(answers: dict[str, str]) -> str:
    """A stored plan record in the current format, each answer an edit of another tab."""
    return json.dumps(
        {
            "format": "scope-for-growth",
            "version": 3,
            "form": "plan",
            "saved": "2026-11-20T09:30:00.000Z",
            "clock": len(answers),
            "answers": answers,
            "edits": {key: [n, "othertab"] for n, key in enumerate(answers, start=1)},
            "questions": {},
        }
    )


def with_plan(page: Page, site: BuiltSite, answers: dict[str, str]) -> None:
    page.goto(site.url)
    put_storage(page, {f"{NAMESPACE}/plan": plan_record(answers)})
    open_form(page, site.url, "plan")


def test_private_notes_leave_only_when_ticked_inside_past_plans_too(
    page: Page, fixture_site: BuiltSite, tmp_path: Path
) -> None:
    with_plan(
        page,
        fixture_site,
        {
            "person-name": "Alex Morgan",
            "evidence": "Shared evidence",
            "private-notes": "MY SECRET NOTE",
            "sfg-past/a1/plan": json.dumps(PAST),
        },
    )
    expect(page.locator("#sfg-private-notes")).to_have_value("MY SECRET NOTE")
    # Nothing chosen at first; Download without a choice says so, and stays open.
    page.get_by_role("button", name="Download my answers").first.click()
    choice = download_dialog(page)
    expect(choice).to_be_visible()
    for radio in choice.locator("input[type=radio]").all():
        expect(radio).not_to_be_checked()
    private = choice.get_by_label("Include your private notes")
    expect(private).to_be_visible()
    expect(private).not_to_be_checked()
    choice.get_by_role("button", name="Download", exact=True).click()
    expect(choice.get_by_text("Choose what you want to download")).to_be_visible()
    expect(choice).to_be_visible()
    choice.get_by_role("button", name="Cancel").click()

    _, without = download(page, tmp_path, "plan")
    text = json.dumps(without)
    assert "MY SECRET NOTE" not in text and "PAST SECRET" not in text
    assert without["answers"]["plan/evidence"]["answer"] == "Shared evidence"
    kept = json.loads(without["answers"]["plan/sfg-past/a1/plan"]["answer"])
    assert kept["answers"] == {
        "conversation-date": "2026-01-05",
        "evidence": "Past evidence",
        "objectives/r9/objective": "Lead the audit",
    }
    assert kept["outcomes"] == PAST["outcomes"]

    with page.expect_download() as info:
        page.get_by_role("button", name="Download my answers").first.click()
        choice.get_by_label("Your development plan").check()
        private.check()
        choice.get_by_role("button", name="Download", exact=True).click()
    ticked = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert ticked["answers"]["plan/private-notes"]["answer"] == "MY SECRET NOTE"
    assert json.loads(ticked["answers"]["plan/sfg-past/a1/plan"]["answer"]) == PAST
    # Unticked again the next time.
    page.get_by_role("button", name="Download my answers").first.click()
    expect(private).not_to_be_checked()
    choice.get_by_role("button", name="Cancel").click()


def unfolded(raw: str) -> list[tuple[str, str]]:
    """An .ics file's content lines (RFC 5545: CRLF, a line starting with a space continues)."""
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    lines = [line.split(":", 1) for line in re.sub(r"\r\n[ \t]", "", raw).split("\r\n") if line]
    return [(name, value) for name, value in lines]


def events(raw: str) -> list[dict[str, Any]]:
    """Each VEVENT's properties, with its VALARMs under "alarms"."""
    found: list[dict[str, Any]] = []
    inside: dict[str, Any] | None = None
    alarm: dict[str, str] | None = None
    for name, value in unfolded(raw):
        if (name, value) == ("BEGIN", "VEVENT"):
            inside = {"alarms": []}
        elif (name, value) == ("BEGIN", "VALARM") and inside is not None:
            alarm = {}
        elif (name, value) == ("END", "VALARM") and inside is not None:
            inside["alarms"].append(alarm)
            alarm = None
        elif (name, value) == ("END", "VEVENT") and inside is not None:
            found.append(inside)
            inside = None
        elif alarm is not None:
            alarm[name] = value
        elif inside is not None:
            inside[name] = value
    return found


def calendar_file(page: Page) -> tuple[str, str]:
    with page.expect_download() as info:
        page.get_by_role("button", name="Add the review date to your calendar").click()
    return info.value.suggested_filename, Path(info.value.path()).read_bytes().decode("utf-8")


OBJECTIVES = {
    "objectives": "r1 r2 r3",
    "objectives/r1/objective": "Lead the audit, then share it",
    "objectives/r1/review-date": "2027-01-15",
    "objectives/r2/objective": "Shadow a band 7",
    "objectives/r3/objective": "Mentor a student",
    "objectives/r3/review-date": "2027-02-01",
}


def test_the_calendar_holds_the_review_and_each_objective_with_a_reminder_each(
    page: Page, fixture_site: BuiltSite
) -> None:
    with_plan(
        page,
        fixture_site,
        {"person-name": "Alex Morgan", "next-review-date": "2027-03-01", **OBJECTIVES},
    )
    name, raw = calendar_file(page)
    assert name == "alex-morgan-review-2027-03-01.ics"
    found = events(raw)
    assert [event["DTSTART;VALUE=DATE"] for event in found] == ["20270301", "20270115", "20270201"]
    assert len({event["UID"] for event in found}) == 3
    for event in found:
        assert event["TRANSP"] == "OPAQUE"
        assert len(event["alarms"]) == 1
        alarm = event["alarms"][0]
        assert (alarm["ACTION"], alarm["TRIGGER"]) == ("DISPLAY", "-P3D")  # the fixture's 3 days
        assert alarm["DESCRIPTION"]
    # The fixture's plan.yml sets the review's title and words: they mean what they meant.
    assert found[0]["SUMMARY"] == "Review: Alex Morgan"
    assert found[1]["SUMMARY"] == "Your objective is due: Lead the audit\\, then share it"
    assert found[1]["DESCRIPTION"].endswith("From the development plan of Alex Morgan.")
    # Downloaded again: the same UIDs, so a calendar updates them rather than doubling them.
    assert [e["UID"] for e in events(calendar_file(page)[1])] == [e["UID"] for e in found]


def test_a_managers_calendar_names_the_colleague(page: Page, fixture_site: BuiltSite) -> None:
    sam = {
        "format": "scope-for-growth-answers",
        "version": 3,
        "namespace": NAMESPACE,
        "site": "Fixture toolkit",
        "exported": "2026-11-22T18:05:00.000Z",
        "person": {"name": "Sam Patel", "role": "Nurse"},
        "forms": ["plan"],
        "clocks": {"plan": 3},
        "answers": {
            "plan/person-name": {"question": "", "answer": "Sam Patel", "edit": [1, "t"]},
            "plan/objectives/r1/objective": {"question": "", "answer": "Run", "edit": [2, "t"]},
            "plan/objectives/r1/review-date": {
                "question": "",
                "answer": "2027-01-15",
                "edit": [3, "t"],
            },
        },
    }
    open_colleague(page, fixture_site, json.dumps(sam))
    colleague_plan(page, "Sam Patel")
    _, raw = calendar_file(page)
    [objective] = events(raw)
    assert objective["SUMMARY"] == "Sam Patel's objective is due: Run"
    assert "From the development plan" not in objective.get("DESCRIPTION", "")
    assert (
        objective["alarms"][0]["DESCRIPTION"]
        == "Sam Patel's objective is due: Run\\, on 15 January 2027"
    )


def test_the_outcome_record_counts_a_plan_whose_only_content_is_its_history(
    page: Page, fixture_site: BuiltSite
) -> None:
    two = {**PAST, "reviewed": "2026-09-01"}
    two["outcomes"] = {
        "r1": {"outcome": "achieved", "note": "A NOTE"},
        "r2": {"outcome": "in-progress", "note": ""},
        "r3": {"outcome": "in-progress", "note": ""},
    }
    with_plan(
        page,
        fixture_site,
        {
            "person-name": "Alex Morgan",
            "sfg-past/a1/plan": json.dumps(PAST),
            "sfg-past/b2/plan": json.dumps(two),
            "private-notes": "MY SECRET NOTE",
        },
    )
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the outcome record (CSV)").click()
    raw = Path(info.value.path()).read_text(encoding="utf-8-sig")
    assert "SECRET" not in raw and "NOTE" not in raw and "Past evidence" not in raw
    [line] = list(csv.DictReader(io.StringIO(raw)))
    assert line["name"] == "Alex Morgan"
    assert list(line)[-5:] == [
        "last_review_date",
        "last_review_achieved",
        "last_review_in_progress",
        "last_review_not_started",
        "last_review_dropped",
    ]
    assert [line[c] for c in list(line)[-5:]] == ["2026-09-01", "1", "2", "0", "0"]
    expect(status(page)).to_contain_text("outcome record has been downloaded")
