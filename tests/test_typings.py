"""One contract between a page and its scripts: the configuration is a pydantic model
(generator/render/contract.py), typings/config.d.ts is written from it, and the pages carry
exactly what it says."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from jinja2.utils import htmlsafe_json_dumps

from generator import load_toolkit
from generator.render.config import FormConfig
from generator.render.contract import Contract, ForgetConfig, PageConfig
from generator.render.privacy import forget_config
from generator.typings import TYPINGS_FILE, typings_text

from .support.sites import FIXTURE_TOOLKIT, REPO, run_generator

GOLDEN = Path(__file__).parent / "golden"
TYPINGS = REPO / "typings"


def test_the_committed_typings_are_the_ones_the_model_makes(tmp_path: Path) -> None:
    """Write them again with `make schemas` (python -m generator typings typings) after
    changing generator/render/contract.py."""
    result = run_generator("typings", str(tmp_path))
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    committed = TYPINGS / TYPINGS_FILE
    assert committed.is_file(), "typings/config.d.ts is missing: run `make schemas`"
    assert (tmp_path / TYPINGS_FILE).read_text("utf-8") == committed.read_text("utf-8")


def test_the_hand_written_typings_leave_the_configuration_to_the_generated_ones() -> None:
    hand = (TYPINGS / "sfg.d.ts").read_text("utf-8")
    generated = (TYPINGS / TYPINGS_FILE).read_text("utf-8")
    declared = set(re.findall(r"^interface (\w+)", generated, flags=re.M))
    assert {"Config", "ForgetConfig", "NamingRules", "Answer", "PrivacySettings"} <= declared
    twice = {name for name in declared if re.search(rf"^(interface|type) {name}\b", hand, re.M)}
    assert not twice, f"declared by hand as well: {sorted(twice)}"


def _configs(page: str) -> list[str]:
    return [html.unescape(value) for value in re.findall(r'data-sfg-config="([^"]*)"', page)]


@pytest.mark.parametrize("name", ["journal.md", "plan.md", "answers.md", "guide.md"])
def test_the_pages_carry_the_model_byte_for_byte(name: str) -> None:
    """The golden pages' JSON is the model's: read back, it is the same configuration, and
    written again as the templates' `tojson` writes it (keys sorted, HTML-safe) the same
    bytes."""
    found = _configs((GOLDEN / name).read_text("utf-8"))
    assert found, f"no configuration in {name}"
    for text in found:
        config = PageConfig.model_validate_json(text)
        assert str(htmlsafe_json_dumps(config.data(), sort_keys=True)) == text


def test_the_scripts_names_are_the_json_names() -> None:
    """Python names stay in Python: the page's JSON has the names the scripts read."""
    config = FormConfig(load_toolkit(FIXTURE_TOOLKIT))("journal")
    assert {"keyPattern", "cellPattern", "setAsideKey", "colleagueRecord"} <= set(config["names"])
    assert set(config["privacy"]) == {"keep", "idleMinutes", "minLength", "reminderEdits"}
    assert "key_pattern" not in json.dumps(config)


def test_a_value_left_out_is_absent_never_null() -> None:
    config = FormConfig(load_toolkit(FIXTURE_TOOLKIT))("plan")
    text = json.dumps(config)
    assert "null" not in text
    answer = config["answers"]["journal"]["energy"]
    assert answer == {"question": "What gives me energy?"}


def test_forget_me_carries_its_own_model() -> None:
    site = load_toolkit(FIXTURE_TOOLKIT).site
    made = forget_config(site)
    assert isinstance(made, ForgetConfig)
    assert ForgetConfig.model_validate_json(json.dumps(made.data())) == made


def test_a_name_added_to_the_naming_rules_but_not_to_the_contract_is_an_error() -> None:
    from pydantic import ValidationError

    from generator.naming import script_names
    from generator.render.contract import NamingRules

    names = script_names("ns", ["journal", "plan"])
    NamingRules.model_validate(names)
    with pytest.raises(ValidationError, match="newName"):
        NamingRules.model_validate({**names, "newName": "x"})


class _Inner(Contract):
    """Inside."""

    some_words: list[str]


class _Outer(Contract):
    """Outside."""

    count: int
    inner: _Inner
    """An inner part,
    over two lines."""
    by_id: dict[str, _Inner]
    maybe: bool | None = None


def test_the_typings_translate_the_shapes_the_contract_uses() -> None:
    text = typings_text((_Outer,))
    body = text.split("*/\n", 1)[1]
    assert body == (
        "\n/** Outside. */\ninterface _Outer {\n  count: number;\n"
        "  /**\n   * An inner part,\n   * over two lines.\n   */\n  inner: _Inner;\n"
        "  byId: { [key: string]: _Inner };\n  maybe?: boolean;\n}\n"
        "\n/** Inside. */\ninterface _Inner {\n  someWords: string[];\n}\n"
    )


class _Either(Contract):
    either: int | str


class _Pair(Contract):
    part: tuple[int, str]


@pytest.mark.parametrize("model", [_Either, _Pair])
def test_a_shape_the_typings_do_not_know_is_an_error(model: type[Contract]) -> None:
    with pytest.raises(ValueError, match="no TypeScript for"):
        typings_text((model,))
