"""Words an organisation wrote itself, not taken from the NHS source documents, say so where
readers see them: ``organisation_wording`` lists them, each is shown with a small note."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import load_toolkit
from generator.render import render_pages

from .support.sites import REPO
from .test_validation_errors import ALPHA, FRAMEWORK, Edit, copy_fixture, errors_after

NOTE = ' <small class="sfg-wording">(Written by Fixture NHS Trust)</small>'
LATER = "    description: Further along.\n"


def rendered(root: Path) -> dict[str, str]:
    return {page.path: page.markdown for page in render_pages(load_toolkit(root))}


def test_fixture_marks_a_direction_description_and_a_programme_fact(tmp_path: Path) -> None:
    """The fixture's own markers (at the ends of its files): breadth's description, alpha's
    duration; everything else is shown as it was, with no note."""
    pages = rendered(copy_fixture(tmp_path))
    framework = pages["framework.md"]
    assert f"<dd><p>Widening your career.</p><p>Across teams.{NOTE}</p></dd>" in framework
    assert framework.count("sfg-wording") == 1
    alpha = pages["programmes/alpha.md"]
    assert f"<dd>Two years{NOTE}</dd>" in alpha
    assert alpha.count("sfg-wording") == 1
    assert f"<dd>Two years{NOTE}</dd>" in pages["programmes/index.md"]
    assert "sfg-wording" in pages["print/guide.md"], "the printed guide has the framework"


def test_a_position_label_and_description(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    marked = LATER + "    organisation_wording: [label, description]\n"
    Edit(FRAMEWORK, LATER, marked).apply(root)
    framework = rendered(root)["framework.md"]
    assert f"<dt>Later{NOTE}</dt>\n<dd><p>Further along.{NOTE}</p></dd>" in framework
    assert '<th scope="col" id="sfg_position_later">Later</th>' in framework, "not in the grid"


def test_programme_summary_audience_stream_and_detail(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    Edit(ALPHA, "audience: Bands 8a–d.", "audience: Bands 8a–d.\nhow_to_apply: Ask **us**.").apply(
        root
    )
    wording = "organisation_wording: [duration]"
    Edit(ALPHA, wording, "organisation_wording: [summary, audience, how_to_apply, duration]").apply(
        root
    )
    Edit(
        ALPHA,
        "    audience: For team leaders.",
        "    audience: For team leaders.\n    organisation_wording: [name, audience]",
    ).apply(root)
    Edit(
        ALPHA,
        "    body: You have a careers coach.",
        "    body: You have a careers coach.\n    organisation_wording: [body]",
    ).apply(root)
    pages = rendered(root)
    alpha = pages["programmes/alpha.md"]
    assert f"<p>The first programme.{NOTE}</p>" in alpha
    assert f"<dd><p>Bands 8a–d.{NOTE}</p></dd>" in alpha
    assert f"<h3>Stream One{NOTE}</h3>\n<p>For team leaders.{NOTE}</p>" in alpha
    assert f"<p>You have a careers coach.{NOTE}</p>" in alpha
    assert f"<p>Ask <strong>us</strong>.{NOTE}</p>" in alpha
    assert "<dd>Two years" + NOTE in alpha
    index = pages["programmes/index.md"]
    assert f"<p>The first programme.{NOTE}</p>" in index
    assert f"<dd>Bands 8a–d.{NOTE}</dd>" in index


def test_a_note_after_prose_that_ends_in_a_list_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    body = "    body: |\n      Coaching:\n\n      - monthly\n    organisation_wording: [body]"
    Edit(ALPHA, "    body: You have a careers coach.", body).apply(root)
    alpha = rendered(root)["programmes/alpha.md"]
    assert f"<li>monthly</li>\n</ul>\n<p>{NOTE.strip()}</p>" in alpha


def test_the_note_is_an_interface_word(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    site = root / "content" / "site.yml"
    site.write_text(site.read_text() + "interface:\n  written_by: Our words ({organisation})\n")
    framework = rendered(root)["framework.md"]
    assert '<small class="sfg-wording">(Our words (Fixture NHS Trust))</small>' in framework


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            Edit(
                FRAMEWORK,
                "    label: Early\n",
                "    label: Early\n    organisation_wording: [lable]\n",
            ),
            f"{FRAMEWORK}:7: positions[0].organisation_wording[0]: unknown setting 'lable'"
            " (did you mean 'label'?); expected one of: label, description",
        ),
        (
            Edit(
                FRAMEWORK,
                "    label: Early\n",
                "    label: Early\n    organisation_wording: [description]\n",
            ),
            f"{FRAMEWORK}:7: positions[0].organisation_wording[0]: this position has no"
            " description: write one, or take 'description' out of organisation_wording",
        ),
        (
            Edit(ALPHA, "duration: Two years\n", ""),
            f"{ALPHA}:19: organisation_wording[0]: this programme has no duration: write one,"
            " or take 'duration' out of organisation_wording",
        ),
    ],
    ids=["unknown-setting", "position-without-description", "programme-without-duration"],
)
def test_listing_a_setting_that_is_not_there_is_an_error(
    tmp_path: Path, edit: Edit, expected: str
) -> None:
    assert errors_after(copy_fixture(tmp_path), [edit]) == [expected]


def test_the_default_framework_says_which_words_are_the_toolkits_own() -> None:
    """The label Consolidating is our reading of one lost from the source, and the three
    position descriptions are ours: the NHS guide describes no position."""
    toolkit = load_toolkit(REPO)
    marked = {p.label: p.organisation_wording for p in toolkit.framework.positions}
    assert marked == {
        "Consolidating": ["label", "description"],
        "Developing": ["description"],
        "Proven": ["description"],
    }
    framework = {page.path: page for page in render_pages(toolkit)}["framework.md"].markdown
    note = ' <small class="sfg-wording">(Written by Example NHS Trust)</small>'
    assert framework.count(note) == 4
    assert f"<dt>Consolidating{note}</dt>" in framework


def test_a_site_yml_that_sets_words_no_longer_shown_still_builds(tmp_path: Path) -> None:
    """The load dialog's words of before loading merged (load_leave, load_replace,
    load_form_summary, load_more) are no longer shown; a site.yml that set them is not refused
    as holding unknown keys after an update of the toolkit."""
    root = copy_fixture(tmp_path)
    site = root / "content" / "site.yml"
    site.write_text(
        site.read_text(encoding="utf-8")
        + "interface:\n  load_leave: Keep mine\n  load_replace: Take theirs\n"
        "  load_form_summary: '{count} answers'\n  load_more: and more\n",
        encoding="utf-8",
    )
    load_toolkit(root)
