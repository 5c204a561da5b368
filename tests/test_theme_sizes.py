"""No module of the theme's scripts is over MAX_LINES lines and no class of them has more than
MAX_METHODS methods: each part small enough to read whole (issue 18, "One component, one
place"). Fast: the files are read as text, no browser.

Methods are found by their layout, which Prettier fixes (`make lint` checks it): a class opens
on a line of its own (``class Name … {``) and closes on a line that is its closing brace at
the same indentation; each method (the constructor, getters and setters, static and async
ones) opens on a line of the class body, two spaces further in, with its name and ``(``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .support.sites import REPO

THEME = REPO / "theme"
# Not ours: Material's overrides and the vendored worker shim.
NOT_OURS = (THEME / "assets" / "vendor", THEME / "assets" / "material")
MAX_LINES = 300
MAX_METHODS = 15

CLASS = re.compile(r"^(?P<indent> *)(?:export\s+)?class\s+(?P<name>[\w$]+)\b[^{]*\{\s*$")
METHOD = re.compile(r"^(?:static\s+)?(?:async\s+)?(?:get\s+|set\s+)?\*?#?[\w$]+\s*\(")


def scripts() -> list[Path]:
    """Every script of ours in theme/: the shared ones and every component's."""
    found = sorted(THEME.rglob("*.js"))
    return [path for path in found if not any(path.is_relative_to(skip) for skip in NOT_OURS)]


def classes(source: str) -> dict[str, int]:
    """Each class of a script and how many methods it has (its own, not those it inherits)."""
    counted: dict[str, int] = {}
    lines = source.splitlines()
    for number, line in enumerate(lines):
        opened = CLASS.match(line)
        if not opened:
            continue
        indent = opened["indent"]
        inside = indent + "  "
        methods = 0
        for body in lines[number + 1 :]:
            if body == indent + "}" or body.startswith(indent + "}"):
                break
            if body.startswith(inside) and not body.startswith(inside + " "):
                methods += bool(METHOD.match(body[len(inside) :]))
        counted[opened["name"]] = methods
    return counted


def test_the_theme_has_scripts_and_classes_to_measure() -> None:
    found = scripts()
    assert any(path.is_relative_to(THEME / "components") for path in found)
    assert {"Component", "Names", "Form"} <= {
        name for path in found for name in classes(path.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize("path", scripts(), ids=lambda path: path.relative_to(THEME).as_posix())
def test_no_script_is_over_300_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(REPO)}: {lines} lines; split it by job"


@pytest.mark.parametrize("path", scripts(), ids=lambda path: path.relative_to(THEME).as_posix())
def test_no_class_has_more_than_15_methods(path: Path) -> None:
    for name, methods in classes(path.read_text(encoding="utf-8")).items():
        assert methods <= MAX_METHODS, f"{path.relative_to(REPO)}: {name} has {methods} methods"


def test_the_measures_catch_what_they_forbid() -> None:
    """The counting itself: a class of 16 methods in the layout Prettier writes, its nested
    functions and comments not counted."""
    members = [f"    method{index}(value) {{\n      return value;\n    }}" for index in range(14)]
    source = "\n".join(
        [
            "{",
            "  class Big extends sfg.Component {",
            '    static moduleName = "big";',
            "    /** A getter. */",
            "    get size() {",
            "      const inner = () => 1;",
            "      return inner();",
            "    }",
            "    constructor(element) {",
            "      super(element);",
            "    }",
            *members,
            "  }",
            "}",
        ]
    )
    assert classes(source) == {"Big": 16}
