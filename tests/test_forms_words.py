"""The interface words the scripts get (config.text) are the words they use: SCRIPT_WORDS in
generator/models/interface.py and the scripts (theme/assets/js, theme/components) name the
same ones."""

from __future__ import annotations

import re

from generator.models.interface import SCRIPT_WORDS, Interface
from generator.models.privacy import FORGET_WORDS

from .support.sites import REPO

TYPINGS = REPO / "typings" / "words.d.ts"
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


def words_typings() -> str:
    """typings/words.d.ts as SCRIPT_WORDS and FORGET_WORDS make it: the type checker (tsc) then
    refuses a word the scripts use that their configuration does not hold."""
    lines = [
        "// Made from generator/models/interface.py and privacy.py by tests/test_forms_words.py",
        "// (python -m tests.test_forms_words writes it again); a test checks they agree.",
        "",
        "/** A word the scripts show: SCRIPT_WORDS, the words of the forms' config.text. */",
        "type ScriptWord =",
        *(f'  | "{word}"' for word in SCRIPT_WORDS),
        "",
        '/** A word of "Forget me on this computer" (FORGET_WORDS), in its own configuration. */',
        "type ForgetWord =",
        *(f'  | "{word}"' for word in FORGET_WORDS),
        "",
    ]
    text = "\n".join(lines).replace('"\n\n', '";\n\n')
    return text.rstrip("\n") + ";\n"


def test_the_scripts_types_name_the_same_words() -> None:
    assert TYPINGS.read_text(encoding="utf-8") == words_typings(), (
        "typings/words.d.ts is out of date: python -m tests.test_forms_words writes it again"
    )


if __name__ == "__main__":
    TYPINGS.write_text(words_typings(), encoding="utf-8")
