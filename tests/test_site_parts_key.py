"""The rendered content is kept (generator/site_parts.py) under a hash of its sources, this
package's code among them: a change to the code, to what is kept as much as to how it is
made, makes it again without a number to change by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import site_parts

from .support.sites import FIXTURE_TOOLKIT, REPO


@pytest.mark.parametrize("module", ["site_parts.py", "page.py", "templates/pdf.html.j2"])
def test_a_change_to_the_generator_makes_the_parts_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    package = tmp_path / "generator"
    shutil.copytree(REPO / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(site_parts, "PACKAGE", package)
    folders = [FIXTURE_TOOLKIT / "content", FIXTURE_TOOLKIT / "framework"]
    before = site_parts._sources_key(folders, downloads=False)
    assert before is not None
    with (package / module).open("a", encoding="utf-8") as file:
        file.write("\n")
    assert site_parts._sources_key(folders, downloads=False) != before
