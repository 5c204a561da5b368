"""The MkDocs adapter's options: PDFs for `mkdocs build`, not for `mkdocs serve`."""

from __future__ import annotations

import pytest

from generator.mkdocs_plugin import ToolkitPlugin


@pytest.mark.parametrize(
    ("setting", "command", "makes_pdfs"),
    [
        ("auto", "build", True),
        ("auto", "serve", False),
        ("true", "serve", True),
        ("false", "build", False),
    ],
)
def test_pdf_option(setting: str, command: str, makes_pdfs: bool) -> None:
    plugin = ToolkitPlugin()
    errors, warnings = plugin.load_config({"pdf": setting})
    assert errors == [] and warnings == []
    plugin.on_startup(command=command, dirty=False)
    assert plugin.makes_pdfs is makes_pdfs


def test_unknown_pdf_setting_is_refused() -> None:
    errors, _ = ToolkitPlugin().load_config({"pdf": "sometimes"})
    assert errors and "pdf" in errors[0][0]
