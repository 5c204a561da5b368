"""The naming rules the scripts' unit tests (npm test) run on are the generator's own:
tests/js/names.json is what generator/naming.py hands the scripts in a form's configuration
(python -m tests.test_js_fixtures writes it again)."""

from __future__ import annotations

import json

from generator.naming import script_names

from .support.sites import REPO

FIXTURE = REPO / "tests" / "js" / "names.json"
NAMESPACE = "scope-for-growth"
FORMS = ["journal", "plan"]


def fixture() -> str:
    return json.dumps(script_names(NAMESPACE, FORMS), indent=2) + "\n"


def test_the_scripts_unit_tests_use_the_generators_naming_rules() -> None:
    assert FIXTURE.read_text(encoding="utf-8") == fixture(), (
        "tests/js/names.json is out of date: python -m tests.test_js_fixtures writes it again"
    )


if __name__ == "__main__":
    FIXTURE.write_text(fixture(), encoding="utf-8")
