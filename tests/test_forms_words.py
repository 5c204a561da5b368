"""The interface words the scripts get (config.text) are the words they use: SCRIPT_WORDS in
generator/models/interface.py and the scripts (theme/assets/js, theme/components) name the
same ones."""

from __future__ import annotations

import re

from generator.models.interface import SCRIPT_WORDS, Interface

from .support.sites import REPO

SCRIPTS = [REPO / "theme" / "assets" / "js", REPO / "theme" / "components"]
# A word is reached as `text.status_saved` or `t.load_heading`, or named as a string
# ("load_error_size") where a message is chosen from several.
PROPERTY = re.compile(r"\b(?:text|t)\.(\w+)")
NAMED = re.compile(r"""["'](\w+_\w+)["']""")


def sources() -> str:
    paths = sorted(path for folder in SCRIPTS for path in folder.rglob("*.js"))
    return "\n".join(path.read_text(encoding="utf-8") for path in paths)


def test_every_word_given_to_the_scripts_is_used_by_them() -> None:
    source = sources()
    unused = [word for word in SCRIPT_WORDS if not re.search(rf"\b{word}\b", source)]
    assert unused == [], "remove these from SCRIPT_WORDS, or use them"


def test_every_word_the_scripts_use_is_given_to_them() -> None:
    source = sources()
    interface = set(Interface.model_fields)
    used = set(PROPERTY.findall(source)) | (set(NAMED.findall(source)) & interface)
    assert used, "the pattern finds nothing: the test would pass vacuously"
    assert used - set(SCRIPT_WORDS) == set(), "add these to SCRIPT_WORDS"
