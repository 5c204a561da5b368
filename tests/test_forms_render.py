"""The form pages as generated (no browser): what the scripts read, and the words they use."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import load_toolkit
from generator.models.interface import SCRIPT_WORDS, Interface
from generator.render import render_pages

from .support.sites import FIXTURE_TOOLKIT


def form_pages(root: Path = FIXTURE_TOOLKIT) -> dict[str, str]:
    pages = {page.path: page.markdown for page in render_pages(load_toolkit(root))}
    return {"journal": pages["journal.md"], "plan": pages["plan.md"]}


def config_of(markdown: str) -> Any:
    found = re.search(r'data-sfg-config="([^"]*)"', markdown)
    assert found, "no data-sfg-config on the page"
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return form_pages()


def test_the_scripts_get_every_question_choice_and_word_as_data(pages: dict[str, str]) -> None:
    journal, plan = config_of(pages["journal"]), config_of(pages["plan"])
    assert journal["form"] == "journal" and plan["form"] == "plan"
    assert journal["forms"] == ["journal", "plan"]
    assert journal["lang"] == "en-GB"
    answers = journal["answers"]
    assert answers["journal"]["frustrations"] == {"question": "What frustrates me & why <really>?"}
    assert answers["plan"]["objectives/{row}/review-date"] == {
        "question": "Development objectives: Review date"
    }
    assert answers["plan"]["objectives"]["table"] is True
    assert answers["plan"]["depth-future"]["choices"] == {"early": "Early", "later": "Later"}
    assert answers["journal"]["confidence"]["choices"] == {"low": "Not very", "high": "Very"}
    assert plan["answers"] == answers
    assert journal["text"] == Interface().script_words()
    assert set(journal["text"]) == set(SCRIPT_WORDS), "only the words the scripts show"
    assert "<really>" not in pages["journal"], "question text must be escaped in the attribute"


def test_the_scripts_get_names_not_rules_to_rebuild_them(pages: dict[str, str]) -> None:
    names = config_of(pages["plan"])["names"]
    assert names["records"] == {"journal": "fixture-sfg/journal", "plan": "fixture-sfg/plan"}
    assert names["prefix"] == "fixture-sfg/"
    assert names["rowPlaceholder"] == "{row}"
    # Every control says where its answer is kept; a table's new rows come from a template.
    assert 'id="sfg-objectives_2_objective" name="objectives_2_objective"' in pages["plan"]
    assert 'data-sfg-key="objectives/2/objective"' in pages["plan"]
    assert 'data-sfg-key="objectives/{row}/objective"' in pages["plan"]
    assert 'data-sfg-key="energy"' in pages["journal"]


def test_interface_words_come_from_site_yml(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_TOOLKIT, tmp_path / "toolkit")
    site = tmp_path / "toolkit" / "content" / "site.yml"
    site.write_text(
        site.read_text(encoding="utf-8")
        + "interface:\n"
        + "  download_button: Save a copy of my answers\n"
        + "  status_saved: Kept in this browser at {time}\n"
        + "  journal_orphans_heading: Answers to old questions\n",
        encoding="utf-8",
    )
    journal = form_pages(tmp_path / "toolkit")["journal"]
    assert ">Save a copy of my answers</button>" in journal
    assert ">Answers to old questions</h2>" in journal
    assert config_of(journal)["text"]["status_saved"] == "Kept in this browser at {time}"


def test_without_javascript_a_note_shows_and_script_only_parts_are_marked(
    pages: dict[str, str],
) -> None:
    for markdown in pages.values():
        assert re.search(r'<p class="sfg-no-js" data-sfg-no-js>Saving your answers needs', markdown)
        # Shown or not by the stylesheets from the first frame (forms.css: the class sfg-js
        # on <html>), never by a script as it starts: the page would move.
        for tag in re.findall(r"<[^>]*data-sfg-js[^>]*>", markdown):
            assert " hidden" not in tag, tag
        assert 'role="status" aria-live="polite" data-sfg-status' in markdown


def test_every_control_has_a_field_id_and_a_visible_label(pages: dict[str, str]) -> None:
    for markdown in pages.values():
        controls = re.findall(r"<(?:textarea|input)[^>]*data-sfg-key[^>]*>", markdown)
        assert controls
        for control in controls:
            html_id = re.search(r'id="([^"]+)"', control)
            assert html_id, control
            label = rf'<label[^>]* for="{html_id.group(1)}">[^<\s]'
            assert re.search(label, markdown), control


def test_position_fields_offer_the_framework_initiatives_of_each_position(
    pages: dict[str, str],
) -> None:
    plan = pages["plan"]
    block = plan.split('data-sfg-question="depth-current"')[1].split(
        'data-sfg-question="depth-future"'
    )[0]
    assert re.findall(r'data-sfg-suggest="([a-z-]+)"', block) == ["early", "later"]
    assert re.findall(r"<span data-sfg-initiative>([^<]+)</span>", block) == [
        "Work with a buddy",
        "Build knowledge",
        "Present at conferences",
    ]
    assert "Suggested development initiatives for Depth: Early" in block
    assert "data-sfg-suggest" not in pages["journal"]


def test_the_plan_carries_the_journal_summary_and_table_row_controls(
    pages: dict[str, str],
) -> None:
    plan = pages["plan"]
    assert 'data-module="sfg-journal-summary"' in plan
    assert re.findall(r'data-sfg-summary-item="([a-z-]+)"', plan) == [
        "energy",
        "frustrations",
        "job-title",
        "confidence",
    ]
    served, template = plan.split("<template data-sfg-row-template>")
    assert served.count('data-sfg-row-action="up"') == 2
    assert template.split("</template>")[0].count('data-sfg-row-action="up"') == 1
    assert "data-sfg-add-row" in plan
    assert "sfg-journal-summary" not in pages["journal"]
