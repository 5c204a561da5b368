"""Nothing moves as a form page loads: the cumulative layout shift of the journal, the plan and
Check your answers is at most 0.01 (plain Material's is 0), at 1280 and 390 pixels wide, with
answers kept in the browser and without. What the scripts reveal has its place from the first
frame: the page is laid out for scripts (the class sfg-js on <html>, set in the head) before
anything is drawn."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from .conftest import BuiltSite
from .support.forms import journal_record, module

LIMIT = 0.01
SIZES: dict[str, ViewportSize] = {
    "1280": {"width": 1280, "height": 800},
    "390": {"width": 390, "height": 844},
}
NAMESPACE = "example-trust-sfg"
"""storage_namespace of the default content."""

# Every layout shift not caused by input, from the first frame on, with what moved.
OBSERVE = """
window.sfgShifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const moved = (entry.sources || []).map(({ node, previousRect: a, currentRect: b }) => {
      const name = !node ? "?" : node.nodeName.toLowerCase() + (node.id ? "#" + node.id : "")
        + (typeof node.className === "string" && node.className
          ? "." + node.className.trim().split(/\\s+/).join(".") : "");
      const box = (rect) => `${Math.round(rect.y)}+${Math.round(rect.height)}`;
      return `${name} ${box(a)} -> ${box(b)}`;
    });
    window.sfgShifts.push({ value: entry.value, time: Math.round(entry.startTime), moved });
  }
}).observe({ type: "layout-shift", buffered: true });
"""

# The shifts once the page has loaded, its scripts have started and two more frames are drawn.
SETTLED = """() => new Promise((done) => {
  const frames = () =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(window.sfgShifts)));
  if (document.readyState === "complete") frames();
  else addEventListener("load", frames, { once: true });
})"""

LONG = (
    "I walk for half an hour before work, and I keep Sunday free.\n"
    "When I miss a walk I notice it by Wednesday.\n"
    "I want to keep that going through the winter."
)
JOURNAL = {
    "person-name": "Sam Patel",
    "person-role": "Ward manager",
    "looking-after-wellbeing": LONG,
    "rewarding-and-energising": LONG,
    "most-happy": "On the ward, when a new starter finds their feet.",
    "frustrations": "Rotas done by hand.",
}
PLAN = {
    "person-name": "Sam Patel",
    "manager-name": "Alex Jones",
    "conversation-date": "2026-11-30",
    "depth-current": "developing",
    "depth-evidence": LONG,
    "breadth-future": "proven",
    "objectives": "1 2 3 4",
    "objectives/1/objective": "Lead the rota project",
    "objectives/1/term": "short",
    "objectives/4/objective": "Mentor a new starter",
}


def _plan_record(answers: dict[str, str]) -> str:
    record: dict[str, Any] = json.loads(journal_record(answers))
    record["form"] = "plan"
    return json.dumps(record)


KEPT = {
    f"{NAMESPACE}/journal": journal_record(JOURNAL),
    f"{NAMESPACE}/plan": _plan_record(PLAN),
    f"{NAMESPACE}/choice": "keep",
}

# What has started once a page's scripts have shown the answers.
STARTED = {
    "journal.html": f"{module('sfg-form')}[data-sfg-form-started]",
    "plan.html": f"{module('sfg-form')}[data-sfg-form-started]",
    "answers.html": f"{module('sfg-check')}[data-sfg-check-started]",
}


@pytest.fixture
def sized_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    created = browser.new_context(viewport=SIZES[request.param], bypass_csp=True)
    yield created.new_page()
    created.close()


def layout_shifts(page: Page, site: BuiltSite, path: str, kept: bool) -> list[dict[str, Any]]:
    """Load ``path`` (after putting a realistic record in storage, when ``kept``) and return
    every layout shift until it has settled."""
    if kept:
        page.goto(site.page_url("404.html"))
        page.evaluate(
            "items => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }",
            KEPT,
        )
    page.add_init_script(OBSERVE)
    page.goto(site.page_url(path))
    page.wait_for_selector(STARTED[path], state="attached")
    shifts: list[dict[str, Any]] = page.evaluate(SETTLED)
    return shifts


@pytest.mark.parametrize("kept", [False, True], ids=["no-answers", "answers-kept"])
@pytest.mark.parametrize("path", list(STARTED))
@pytest.mark.parametrize("sized_page", list(SIZES), indirect=True)
def test_nothing_moves_as_a_form_page_loads(
    sized_page: Page, default_site: BuiltSite, path: str, kept: bool
) -> None:
    shifts = layout_shifts(sized_page, default_site, path, kept)
    total = sum(shift["value"] for shift in shifts)
    shown = "\n".join(
        f"  {shift['value']:.4f} at {shift['time']} ms: " + "; ".join(shift["moved"][:5])
        for shift in shifts
    )
    assert total <= LIMIT, f"layout shift {total:.4f} on {path}:\n{shown}"
