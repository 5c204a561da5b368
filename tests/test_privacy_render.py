"""What the generator gives the privacy features: every page's "Forget me" block with its own
configuration (the storage keys from naming.py, escaped in its attribute), the form's privacy
settings from site.yml, and settings that are refused."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from generator.errors import ContentErrors
from generator.models.privacy import Privacy
from generator.naming import privacy_names, record_prefix, script_names
from generator.toolkit import load_toolkit

from .conftest import BuiltSite
from .support.sites import fixture_variant

FORGET = re.compile(r'data-module="sfg-forget" data-sfg-privacy="([^"]*)"')
CONFIG = re.compile(r'data-sfg-config="([^"]*)"')


def test_the_keys_beside_the_records_hold_the_namespace_and_are_not_records() -> None:
    names = privacy_names("trust-sfg")
    assert names["prefix"] == record_prefix("trust-sfg") == "trust-sfg/"
    assert set(names) == {"prefix", "choice", "lock", "downloaded", "opened", "shown"}
    assert all(key.startswith("trust-sfg/") for key in names.values())
    assert len(set(names.values())) == len(names)
    assert not {"trust-sfg/journal", "trust-sfg/plan"} & set(names.values())


def test_every_page_can_forget_with_names_from_one_place(fixture_site: BuiltSite) -> None:
    pages = [p for p in fixture_site.folder.rglob("*.html") if "assets" not in p.parts]
    assert "404.html" in {p.name for p in pages}
    for path in pages:
        found = FORGET.search(path.read_text(encoding="utf-8"))
        assert found, path
        config = json.loads(html.unescape(found.group(1)))
        # The forms' and colleagues' names too: it lists what is kept before forgetting it.
        assert config["names"] == script_names("fixture-sfg", ["journal", "plan"])
        assert config["forms"] == ["journal", "plan"]
        assert config["text"]["forget_confirm"] == "Yes, remove everything"


def test_the_form_gets_the_privacy_settings(fixture_site: BuiltSite) -> None:
    found = CONFIG.search((fixture_site.folder / "journal.html").read_text(encoding="utf-8"))
    assert found
    config = json.loads(html.unescape(found.group(1)))
    assert config["privacy"] == {
        "keep": True,
        "idleMinutes": 15,
        "minLength": 10,
        "reminderEdits": 200,
    }
    assert config["names"]["lock"] == "fixture-sfg/lock"


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"idle_lock_minutes": 0}, "idle_lock_minutes"),
        ({"passphrase_min_length": 4}, "passphrase_min_length"),
        ({"keep_answers": "sometimes"}, "keep_answers"),
        ({"lock": True}, "lock"),
    ],
)
def test_privacy_settings_are_checked(
    tmp_path: Path, settings: dict[str, object], field: str
) -> None:
    root = fixture_variant(
        tmp_path / "toolkit", "content/site.yml", lambda site: site.update(privacy=settings)
    )
    with pytest.raises(ContentErrors) as failure:
        load_toolkit(root, "content", "framework")
    assert any(f"privacy.{field}" in str(error) for error in failure.value.errors)


def test_defaults_keep_answers_and_lock_after_15_minutes() -> None:
    assert Privacy() == Privacy(keep_answers=True, idle_lock_minutes=15)
