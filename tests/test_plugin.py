"""The MkDocs adapter's options: PDFs for `mkdocs build`, not for `mkdocs serve`."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml

from generator.cache import private_folder
from generator.mkdocs_plugin import ToolkitPlugin

from .support.sites import FIXTURE_TOOLKIT, build_site, mkdocs_config


@pytest.mark.parametrize(
    ("setting", "command", "makes_pdfs"),
    [
        ("auto", "build", True),
        ("auto", "serve", False),
        ("true", "serve", True),
        ("false", "build", False),
        # As the README writes them in mkdocs.yml, YAML reads these as booleans.
        (True, "serve", True),
        (False, "build", False),
        (None, "build", True),
    ],
)
def test_pdf_option(setting: str | bool | None, command: str, makes_pdfs: bool) -> None:
    plugin = ToolkitPlugin()
    errors, warnings = plugin.load_config({"pdf": setting})
    assert errors == [] and warnings == []
    plugin.on_startup(command=command, dirty=False)
    assert plugin.makes_pdfs is makes_pdfs


@pytest.mark.parametrize("setting", ["sometimes", 1, ["true"]])
def test_unknown_pdf_setting_is_refused(setting: object) -> None:
    errors, _ = ToolkitPlugin().load_config({"pdf": setting})
    assert errors and "pdf" in errors[0][0]
    assert "Expected one of: auto, true, false" in str(errors[0][1])


@pytest.mark.parametrize("setting", [False, True])
def test_pdf_false_and_true_in_mkdocs_yml_build(tmp_path: Path, setting: bool) -> None:
    site = tmp_path / "site"
    config = mkdocs_config(FIXTURE_TOOLKIT, site, pdf=setting)
    assert f"pdf: {str(setting).lower()}" in yaml.safe_dump(config)
    build_site(FIXTURE_TOOLKIT, site, pdf=setting)
    assert (site / "downloads" / "reflection-journal.pdf").is_file() is setting


def _no_files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown needs root")
def test_a_cache_folder_owned_by_someone_else_is_not_used(tmp_path: Path) -> None:
    """Jinja loads compiled templates from its cache as code: a cache folder that another user
    owns (or could write to) is never read, and the build still works."""
    cache = tmp_path / "cache"
    (cache / "jinja").mkdir(parents=True, mode=0o700)
    os.chown(cache / "jinja", 65534, 65534)
    build_site(FIXTURE_TOOLKIT, tmp_path / "site", cache_dir=str(cache))
    assert (tmp_path / "site" / "journal.html").is_file()
    assert _no_files(cache / "jinja") == []


def test_a_cache_folder_others_may_write_to_is_not_used(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "jinja").mkdir(parents=True)
    (cache / "jinja").chmod(0o777)
    build_site(FIXTURE_TOOLKIT, tmp_path / "site", cache_dir=str(cache))
    assert (tmp_path / "site" / "journal.html").is_file()
    assert _no_files(cache / "jinja") == []


def test_the_cache_folder_is_created_for_the_builder_alone(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build_site(FIXTURE_TOOLKIT, tmp_path / "site", cache_dir=str(cache))
    assert stat.S_IMODE((cache / "jinja").stat().st_mode) == 0o700
    assert _no_files(cache / "jinja"), "compiled templates are kept"
    assert private_folder(cache / "jinja") == cache / "jinja"
