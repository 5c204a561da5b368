"""`python -m generator check` and `mkdocs build` on good and broken content: one line per
error, exit code 1, no traceback, and a broken build never touches the last good site."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from .support.sites import FIXTURE_TOOLKIT, REPO, build_site, run_generator

# One error line: a file, usually a line number, then the problem.
ERROR_LINE = re.compile(r"^[\w./-]+\.yml(:\d+)?: \S.*$|^[\w./-]+: folder not found: .+$")
COUNTED = re.compile(r"(\d+) ([a-z ]+?)(s?)(?=, |\.$)")
NOUNS = [
    "journal stage",
    "question",
    "plan field",
    "guide stage",
    "direction",
    "position",
    "initiative",
    "programme",
    "resource",
]


def broken_copy(tmp_path: Path, file: str, old: str, new: str | bytes) -> Path:
    root = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, root)
    path = root / file
    raw = path.read_bytes()
    assert raw.count(old.encode()) == 1
    path.write_bytes(raw.replace(old.encode(), new if isinstance(new, bytes) else new.encode()))
    return root


def test_check_on_the_default_content_prints_its_one_notice_and_a_summary_line() -> None:
    """Every journal question is in the guide (as in the NHS source); no resource has an
    address yet: the organisation adds them."""
    result = run_generator("check")
    assert (result.returncode, result.stderr) == (0, "")
    notice, summary = result.stdout.removesuffix("\n").split("\n")
    assert notice == (
        "content/resources.yml: notice: 14 of 14 resources have no url yet: they are shown"
        " without links, in a reading list, until you add their addresses"
    )
    assert summary.startswith("Content is valid: ")
    counted = COUNTED.findall(summary.removeprefix("Content is valid: "))
    assert [noun for _, noun, _ in counted] == NOUNS
    for number, noun, ending in counted:
        assert ending == ("" if number == "1" else "s"), f"{number} {noun}{ending}"
        assert int(number) > 0, noun


def test_check_quiet_prints_nothing_on_valid_content() -> None:
    result = run_generator("check", "--quiet")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_check_prints_notices_one_a_line_before_the_summary() -> None:
    result = run_generator("--root", str(FIXTURE_TOOLKIT), "check")
    assert (result.returncode, result.stderr) == (0, "")
    *notices, summary = result.stdout.splitlines()
    assert [line.partition(": notice: ")[0] for line in notices] == [
        "content/journal.yml:24: stages[1].sections[0].questions[0]",
        "content/journal.yml:27: stages[1].sections[0].questions[1]",
        "content/resources.yml",
    ]
    assert summary.startswith("Content is valid: ")
    quiet = run_generator("--root", str(FIXTURE_TOOLKIT), "check", "--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_check_on_broken_content_prints_every_error_and_a_count(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "content/journal.yml", "id: energy", "id: Energy")
    (root / "content" / "guide.yml").write_text("", encoding="utf-8")
    result = run_generator("--root", str(root), "check")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "content/guide.yml:1: file is empty: expected the facilitation guide: title and stages",
        "content/journal.yml:12: stages[0].sections[0].questions[0].id: bad id 'Energy':"
        " use lower-case letters, digits and single hyphens, starting with a letter"
        " (like 'health-and-wellbeing')",
        "2 content errors found.",
    ]


@pytest.mark.parametrize(
    ("file", "old", "new"),
    [
        ("content/journal.yml", "text: What gives me energy?", "text: 'What gives me energy?"),
        ("content/journal.yml", "text: What gives me energy?", "text: !!python/object:os.system"),
        ("content/journal.yml", "text: What gives me energy?", "text: &a [*a]"),
        ("content/guide.yml", "title: Fixture guide", b"title: Fixture \xff guide"),
        ("content/site.yml", "title: Fixture toolkit", "title: Fixture\x00toolkit"),
        ("content/plan.yml", "rows: 2", "rows: 2021-02-30"),
        ("framework/scope-for-growth.yml", "positions:", "positions: 12"),
    ],
    ids=["quote", "python-tag", "recursive-alias", "not-utf8", "nul", "bad-date", "number"],
)
def test_no_traceback_whatever_the_breakage(
    tmp_path: Path, file: str, old: str, new: str | bytes
) -> None:
    root = broken_copy(tmp_path, file, old, new)
    result = run_generator("--root", str(root), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    *errors, count = result.stderr.splitlines()
    assert errors, result.stderr
    assert count == f"{len(errors)} content error{'s' * (len(errors) != 1)} found."
    assert [line for line in errors if not ERROR_LINE.match(line)] == []
    assert all(line.startswith(file) for line in errors), errors


def test_check_on_a_missing_folder_names_the_folders(tmp_path: Path) -> None:
    result = run_generator("--root", str(tmp_path), "check")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "content: folder not found: expected the content files: site.yml, home.yml,"
        " journal.yml, plan.yml, guide.yml, resources.yml, programmes.yml",
        "framework: folder not found: expected the framework file scope-for-growth.yml",
        "2 content errors found.",
    ]


def test_export_of_broken_content_writes_nothing(tmp_path: Path) -> None:
    root = broken_copy(tmp_path, "content/plan.yml", "label: Name of your manager", "label: yes")
    target = tmp_path / "pages"
    result = run_generator("--root", str(root), "export", str(target))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "1 content error found: nothing was written."
    assert not target.exists()


def test_broken_content_leaves_the_last_built_site_untouched(tmp_path: Path) -> None:
    root = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, root)
    site = tmp_path / "site"
    build_site(root, site)
    marker = site / "marker.txt"
    marker.write_text("built before the content broke", encoding="utf-8")
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Fixture home" in index

    journal = root / "content" / "journal.yml"
    text = journal.read_text(encoding="utf-8")
    journal.write_text(text.replace("type: short-text", "type: essay"), encoding="utf-8")
    result = build_site(root, site, check=False)

    assert result.returncode == 1
    assert marker.read_text(encoding="utf-8") == "built before the content broke"
    assert (site / "index.html").read_text(encoding="utf-8") == index
    # The plugin names files relative to the folder of the MkDocs configuration (tmp_path).
    assert (
        "toolkit/content/journal.yml:26: stages[1].sections[0].questions[0].type:"
        " unknown question type 'essay'; expected one of: long-text, short-text, date,"
        " choice, position, table"
    ) in result.stderr.splitlines()[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_the_exported_project_builds_with_plain_mkdocs(tmp_path: Path, page: Page) -> None:
    """No plugin: the project the core writes (pages, theme overrides, brand stylesheet,
    bundles, mkdocs.yml) is all MkDocs with Material needs, forms and footer included."""
    project = tmp_path / "project"
    result = run_generator("--root", str(FIXTURE_TOOLKIT), "export", str(project))
    assert result.returncode == 0, result.stderr
    assert "sfg-lines-6" in (project / "docs/assets/sfg-brand.css").read_text(encoding="utf-8")
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "scope-for-growth" not in config["plugins"]
    assert config["extra_javascript"] == ["assets/sfg.js"]
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")]
    built = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert built.returncode == 0, built.stderr
    site = project / "site"
    journal = (site / "journal.html").read_text(encoding="utf-8")
    assert 'data-module="sfg-form"' in journal
    assert 'data-sfg-config="' in journal
    assert "Fixture NHS Trust" in journal, "the print header is part of the page"
    alpha = (site / "programmes" / "alpha.html").read_text(encoding="utf-8")
    assert 'class="sfg-footer-text"' in alpha, "the footer words come without the plugin"
    page.goto((site / "journal.html").as_uri())
    page.locator("#sfg-energy").fill("Saved without the plugin")
    expect(page.locator("[data-sfg-status]")).to_contain_text("Saved")
    page.reload()
    expect(page.locator("#sfg-energy")).to_have_value("Saved without the plugin")
