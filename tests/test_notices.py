"""Notices: things worth knowing that are not mistakes. `generator check` prints them, one
line each like an error's; they never stop a build."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ContentErrors, load_toolkit

from .test_validation_errors import GUIDE, JOURNAL, RESOURCES, Edit, copy_fixture

JOB_TITLE = "stages[1].sections[0].questions[0]"
CONFIDENCE = "stages[1].sections[0].questions[1]"
NOT_IN_GUIDE = (
    "notice: the facilitation guide does not refer to this question (add it to a question"
    f" group in {GUIDE} if managers should see it, or give it guide: false)"
)


def notices(root: Path) -> list[str]:
    return [str(notice) for notice in load_toolkit(root).notices]


def test_the_fixture_has_a_notice_for_each_question_the_guide_leaves_out(tmp_path: Path) -> None:
    assert notices(copy_fixture(tmp_path)) == [
        f"{JOURNAL}:24: {JOB_TITLE}: {NOT_IN_GUIDE}",
        f"{JOURNAL}:27: {CONFIDENCE}: {NOT_IN_GUIDE}",
        f"{RESOURCES}: notice: 1 of 2 resources has no url yet: it is shown without a link,"
        " in a reading list, until you add its address",
    ]


def test_guide_false_says_a_question_stays_out_of_the_guide_on_purpose(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    Edit(JOURNAL, "type: short-text", "type: short-text\n            guide: false").apply(root)
    assert [
        notice for notice in notices(root) if "job-title" in notice or JOB_TITLE in notice
    ] == []
    assert f"{JOURNAL}:28: {CONFIDENCE}: {NOT_IN_GUIDE}" in notices(root)


def test_guide_false_on_a_question_the_guide_refers_to_is_an_error(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    Edit(
        JOURNAL,
        "text: What gives me energy?",
        "text: What gives me energy?\n            guide: false",
    ).apply(root)
    with pytest.raises(ContentErrors) as raised:
        load_toolkit(root)
    assert [str(error) for error in raised.value.errors] == [
        f"{GUIDE}:10: stages[0].question_groups[0].questions[0]: the journal question 'energy'"
        f" has guide: false ({JOURNAL}:12): remove it from this group, or remove guide: false",
    ]


def test_every_resource_with_an_address_gives_no_notice(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    Edit(RESOURCES, "title: Blind spots", "title: Blind spots\n        url: /blind-spots").apply(
        root
    )
    assert not [notice for notice in notices(root) if notice.startswith(RESOURCES)]


def test_resources_without_an_address_are_counted_in_the_plural(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    Edit(RESOURCES, "        url: https://example.org/wres\n", "").apply(root)
    assert notices(root)[-1] == (
        f"{RESOURCES}: notice: 2 of 2 resources have no url yet: they are shown without links,"
        " in a reading list, until you add their addresses"
    )
