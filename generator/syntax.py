"""Turn PyYAML's syntax errors into one line an editor of YAML can act on.

PyYAML reports where its parser gave up, which is often a line or two after the slip (an
unclosed quote is noticed at the next quote). Each rule here names the usual cause and the
line on which to look for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

TAB_IN_INDENT = "tab character in the indentation: indent with spaces, not tabs"
TAB_ELSEWHERE = "tab character: YAML does not allow a tab here; use spaces instead"
UNCLOSED_QUOTE = "a quote (\" or ') opened on this line is never closed"
INDENTATION = "this line does not line up with the lines above it; check its indentation"
MORE_THAN_ONE_DOCUMENT = "more than one document ('---'); keep one per file"

_QUOTE_START = re.compile(r"""^\s*(?:-\s+)?(?:[^\s"'#][^#]*?:\s+)?(["'])(.*)$""")
_DASH_WITHOUT_SPACE = re.compile(r"^\s*-[^\s-]")
_KEY_BEFORE_COLON = re.compile(r"""\s*(?:-\s+)?[^\s:#'"\[\]{}][^:#]*""")
_CANNOT_START = re.compile(r"found character '(.+)' that cannot start any token")


@dataclass(frozen=True)
class _Failure:
    problem: str
    context: str
    line: int
    """Where PyYAML gave up."""
    context_line: int
    """Where the token or block it was reading started."""
    column: int
    source: list[str]


def syntax_error(error: yaml.YAMLError, text: str, source: list[str]) -> tuple[int, str]:
    """The line to look at and the message for a file PyYAML cannot read."""
    if isinstance(error, yaml.reader.ReaderError):
        line = text.count("\n", 0, error.position) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        return line, (
            f"special character U+{code:04X} is not allowed: delete it "
            "(it often comes with text copied from another program)"
        )
    if not isinstance(error, yaml.MarkedYAMLError):  # pragma: no cover - PyYAML raises no other
        return 1, f"YAML syntax error: {error}"
    mark, context_mark = error.problem_mark, error.context_mark
    line = mark.line + 1 if mark else 1
    failure = _Failure(
        problem=str(error.problem or ""),
        context=str(error.context or ""),
        line=line,
        context_line=context_mark.line + 1 if context_mark else line,
        column=mark.column if mark else 0,
        source=source,
    )
    if "'\\t'" in failure.problem:
        before = _line(source, line)[: failure.column]
        return line, TAB_IN_INDENT if before.strip(" -") == "" else TAB_ELSEWHERE
    for rule in (_scanning, _flow, _block, _colon, _characters):
        found = rule(failure)
        if found:
            return found[0], f"YAML syntax error: {found[1]}"
    detail = f" ({failure.context})" if failure.context else ""
    return line, f"YAML syntax error: {failure.problem}{detail}"


Found = tuple[int, str] | None


def _scanning(failure: _Failure) -> Found:
    """Errors met while reading one token; the token starts on the context line."""
    context = failure.context
    if context == "while scanning a quoted scalar":
        return failure.context_line, UNCLOSED_QUOTE
    if context == "while scanning a simple key":
        return failure.context_line, (
            "this line is not 'key: value' (is the ':' or the space after it missing, "
            "or should the line be indented as part of the text above?)"
        )
    if context == "while scanning a block scalar":
        return failure.line, (
            "'|' or '>' must end its line; put text starting with '|' or '>' in quotes"
        )
    if context in {"while scanning an alias", "while scanning an anchor"}:
        symbol = "&" if "anchor" in context else "*"
        return failure.line, f"a value starts with '{symbol}'; put the value in quotes"
    return None


def _flow(failure: _Failure) -> Found:
    brackets = {"sequence": ("[", "]"), "mapping": ("{", "}")}
    for kind, (opening, closing) in brackets.items():
        if failure.context == f"while parsing a flow {kind}":
            return failure.context_line, (
                f"a '{opening}' is never closed with '{closing}' "
                f"(put text starting with '{opening}' in quotes)"
            )
    return None


def _block(failure: _Failure) -> Found:
    """The parser met a line that fits nowhere: a quote left open above, a dash, indentation."""
    if not failure.problem.startswith(("expected <block end>", "did not find expected")):
        return None
    for number in range(failure.context_line, failure.line):
        if _opens_quote(_line(failure.source, number)):
            return number, UNCLOSED_QUOTE
    if _DASH_WITHOUT_SPACE.match(_line(failure.source, failure.line)):
        return failure.line, "a '-' must be followed by a space, as in '- item'"
    return failure.line, INDENTATION


def _colon(failure: _Failure) -> Found:
    if failure.problem != "mapping values are not allowed here":
        return None
    before = _line(failure.source, failure.line)[: failure.column]
    if _KEY_BEFORE_COLON.fullmatch(before):
        return failure.line, (
            "this line is indented under a key that already has a value on the line above;"
            " line it up with the other keys"
        )
    return failure.line, "a ': ' inside a value; put the whole value in quotes"


def _characters(failure: _Failure) -> Found:
    found = _CANNOT_START.match(failure.problem)
    if found:
        return failure.line, f"a value starts with '{found.group(1)}'; put the value in quotes"
    return None


def _opens_quote(text: str) -> bool:
    """True if ``text`` starts a quoted value that does not end on the same line."""
    found = _QUOTE_START.match(text)
    if not found:
        return False
    quote, rest = found.groups()
    if quote == '"':
        return re.search(r'(?<!\\)"', rest) is None
    return "'" not in rest.replace("''", "")


def _line(source: list[str], number: int) -> str:
    return source[number - 1] if 0 < number <= len(source) else ""
