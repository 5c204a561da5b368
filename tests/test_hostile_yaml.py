"""Hostile YAML and hostile files cannot hang, crash or exhaust the build.

Each case breaks a copy of the fixture content in one way and runs ``python -m generator
check`` on it: it must print one line for each problem (``path:line: ...``, or ``path: ...``
for a whole file or folder), then the count, exit with 1, show no traceback and finish well
within the time limit. A case whose file could exhaust memory, overflow the stack or block a
reader if the check regressed (``contained``) runs in a child process with a time limit and a
memory limit (``run_check``); the others run the check's ``main`` in the test's own process
(``check_in_process``), without a new interpreter's start for each.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import ContentErrors, load_toolkit
from generator.files import MAX_FILE_BYTES
from generator.source import MAX_NESTING, YamlFileError, read_yaml

from .support.hostile import CHECK_SECONDS, check_in_process, run_check
from .support.sites import FIXTURE_TOOLKIT, REPO, build_site

BETA = "content/programmes/beta.yml"
JOURNAL = "content/journal.yml"
FRAMEWORK = "framework/scope-for-growth.yml"

# One problem: a file or folder, the line if the problem is inside a file, then the message.
PROBLEM_LINE = re.compile(r"^[\w./\\-]+(:\d+)?: \S.*$")
MKDOCS_ERROR = re.compile(r"^ERROR +- +(.*)$", re.MULTILINE)

LINK = "is a symbolic link, which the toolkit does not follow: put the real file or folder here"
NOT_A_FILE = "is not a file or a folder (a pipe, socket or device): remove it"
NESTED = (
    f"lists and 'key: value' blocks are nested more than {MAX_NESTING} levels deep here:"
    " no content needs so many; check the brackets and the indentation"
)


def anchor(name: str) -> str:
    return (
        f"a YAML anchor ('&{name}') is not allowed: write the value out in full wherever it is"
        " needed (put text that starts with '&' in quotes)"
    )


def alias(name: str) -> str:
    return (
        f"a YAML alias ('*{name}') is not allowed: write the value out in full instead"
        " (put text that starts with '*' in quotes)"
    )


def too_large(size: int) -> str:
    return (
        f"file is too large ({size:,} bytes): a content file may be at most"
        f" {MAX_FILE_BYTES:,} bytes (2 MB); check that it is the right file"
    )


# The classic "billion laughs": 616 bytes that expand to a billion strings.
ALIAS_BOMB = "\n".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(
            f"{name}: &{name} [{','.join([f'*{previous}'] * 9)}]"
            for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
    ]
)


def flow_lists(depth: int) -> str:
    return "[" * depth + "]" * depth


def block_keys(depth: int) -> str:
    """``key: value`` blocks inside each other, each indented two spaces more."""
    return "\n".join(f"{'  ' * level}k{level}:" for level in range(depth)) + " end\n"


def block_dashes(depth: int) -> str:
    """Lists inside lists in block style on one line: ``- - - - end``."""
    return "- " * depth + "end\n"


def mixed(depth: int) -> str:
    """A block mapping holding a block list holding a flow list holding a flow mapping ..."""
    text = "top:\n  - "
    opened = []
    for level in range(depth - 2):
        bracket = "[" if level % 2 == 0 else "{k: "
        text += bracket
        opened.append("]" if level % 2 == 0 else "}")
    return text + "x" + "".join(reversed(opened)) + "\n"


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Callable[[Path], None]
    """Breaks the fixture copy held in the folder it is given."""
    expected: Sequence[str]
    contained: bool = False
    """Checked in a child process, within its limits: a regression on this file would exhaust
    memory (an alias expanded, a file read whole), overflow the stack (100,000 levels) or block
    (a pipe read), and take the test's process with it."""


def write(file: str, text: str | bytes) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        path = root / file
        path.write_bytes(text if isinstance(text, bytes) else text.encode())

    return make


def symlink(file: str, target: str | Path) -> Callable[[Path], None]:
    """Replace ``file`` (a file or a folder, if it exists) by a link to ``target``."""

    def make(root: Path) -> None:
        path = root / file
        if path.is_dir() and not path.is_symlink():
            shutil.copytree(path, root / "elsewhere" / path.name)
            shutil.rmtree(path)
        elif path.exists():
            (root / "elsewhere").mkdir(exist_ok=True)
            shutil.copy(path, root / "elsewhere" / path.name)
            path.unlink()
        path.symlink_to(target)

    return make


def fifo(file: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        os.mkfifo(root / file)

    return make


def oversize(file: str, size: int) -> Callable[[Path], None]:
    """Pad ``file`` with a comment to ``size`` bytes: still valid YAML."""

    def make(root: Path) -> None:
        path = root / file
        raw = path.read_bytes()
        padding = size - len(raw) - 3
        path.write_bytes(raw + b"\n# " + b"x" * padding)
        assert path.stat().st_size == size

    return make


def sparse(file: str, size: int) -> Callable[[Path], None]:
    """A file of ``size`` bytes that takes no disk space: reading it whole would be the bug."""

    def make(root: Path) -> None:
        with (root / file).open("wb") as out:
            out.truncate(size)

    return make


CASES = [
    Hostile(
        "alias-bomb",
        write(BETA, ALIAS_BOMB),
        [f"{BETA}:1: a: {anchor('a')}"],
        contained=True,
    ),
    Hostile(
        "anchor-alone",
        write(BETA, "id: beta\nname: &name Beta Programme\nsummary: The second programme.\n"),
        [f"{BETA}:2: name: {anchor('name')}"],
    ),
    Hostile(
        "alias-without-anchor",
        write(BETA, "id: beta\nname: Beta Programme\nsummary: *summary\n"),
        [f"{BETA}:3: summary: {alias('summary')}"],
    ),
    Hostile(
        "alias-inside-its-own-anchor",
        write(BETA, "id: beta\nname: &name [*name]\nsummary: The second programme.\n"),
        [f"{BETA}:2: name: {anchor('name')}"],
    ),
    Hostile(
        "merge-key-of-an-anchor",
        write(
            BETA,
            "base: &base {id: beta, name: Beta}\n<<: *base\nsummary: The second programme.\n",
        ),
        [f"{BETA}:1: base: {anchor('base')}"],
    ),
    Hostile(
        "merge-key-alone",
        write(BETA, "<<: {id: beta, name: Beta}\nsummary: The second programme.\n"),
        [
            f"{BETA}:1: '<<' (merging in an '&anchor') is not supported: write the keys out in"
            " full",
            f"{BETA}:1: missing required field 'audience'",
            f"{BETA}:1: missing required field 'id'",
            f"{BETA}:1: missing required field 'name'",
        ],
    ),
    Hostile(
        "900-nested-flow-lists",
        write(BETA, "id: beta\nname: " + flow_lists(900) + "\n"),
        [f"{BETA}:2: {NESTED}"],
    ),
    Hostile(
        "100000-nested-flow-lists",
        write(BETA, "id: beta\nname: " + flow_lists(100_000) + "\n"),
        [f"{BETA}:2: {NESTED}"],
        contained=True,
    ),
    Hostile(
        "100000-nested-flow-mappings",
        write(BETA, "{a: " * 100_000 + "}" * 100_000 + "\n"),
        [f"{BETA}:1: {NESTED}"],
        contained=True,
    ),
    Hostile(
        "900-nested-block-mappings",
        write(BETA, block_keys(900)),
        [f"{BETA}:{MAX_NESTING + 1}: {NESTED}"],
    ),
    Hostile(
        "100000-nested-block-lists",
        write(BETA, block_dashes(100_000)),
        [f"{BETA}:1: {NESTED}"],
        contained=True,
    ),
    Hostile(
        "nested-lists-under-keys-without-indentation",
        # "key:" then "- item" at the same indentation: a list that adds a level all the same.
        write(
            BETA,
            "".join(f"{'  ' * level}- k{level}:\n" for level in range(MAX_NESTING)) + "\n",
        ),
        [f"{BETA}:{MAX_NESTING // 2 + 1}: {NESTED}"],
    ),
    Hostile(
        "900-nested-mixed",
        write(BETA, mixed(900)),
        [f"{BETA}:2: {NESTED}"],
    ),
    Hostile(
        "line-break-in-a-value-quoted-in-a-message",
        write(BETA, 'id: beta\nname: Beta\nsummary: S\naudience: A\ndetails: "one\\ntwo"\n'),
        [
            f"{BETA}:5: details: wrong type: expected a list (lines starting with '- '),"
            " got text 'one\\ntwo'"
        ],
    ),
    Hostile(
        "line-breaks-in-a-key",
        write(BETA, 'id: beta\nname: Beta\nsummary: S\naudience: A\n"a\\rb\\u2028c": 1\n'),
        [
            f"{BETA}:5: a\\rb\\u2028c: unknown key 'a\\rb\\u2028c'; expected one of: id, name,"
            " order, provider, summary, audience, bands, duration, streams, details,"
            " how_to_apply, links, source, organisation_wording"
        ],
    ),
    Hostile(
        "line-break-in-a-file-name",
        write("content/programmes/two\nlines.yml", "id: [a, b\n"),
        [
            "content/programmes/two\\nlines.yml:1: YAML syntax error: a '[' is never closed"
            " with ']' (put text starting with '[' in quotes)"
        ],
    ),
    Hostile(
        "a-list-as-a-key-is-left-out-with-its-value",
        write(BETA, "id: beta\nname: Beta\n? [a, {b: c}]\n: [d]\nsummary: S\naudience: A\n"),
        [f"{BETA}:3: a key must be a plain word followed by ':', such as 'title:'"],
    ),
    Hostile(
        "deep-nesting-inside-a-key",
        write(BETA, "? " + flow_lists(100_000) + "\n: x\n"),
        [f"{BETA}:1: {NESTED}"],
        contained=True,
    ),
    Hostile(
        "explicit-tags-that-cannot-be-read",
        write(BETA, 'id: beta\nname: !!bool maybe\nsummary: S\naudience: A\norder: !!int ""\n'),
        [
            f"{BETA}:2: name: cannot read 'maybe' as !!bool: remove the '!!bool' tag",
            f"{BETA}:5: order: cannot read '' as !!int: remove the '!!int' tag",
            f"{BETA}:5: order: wrong type: expected a whole number, got text ''",
        ],
    ),
    Hostile(
        "just-over-the-size-limit",
        oversize(FRAMEWORK, MAX_FILE_BYTES + 1),
        [f"{FRAMEWORK}: {too_large(MAX_FILE_BYTES + 1)}"],
    ),
    Hostile(
        "a-54-MB-framework",
        oversize(FRAMEWORK, 54_000_000),
        [f"{FRAMEWORK}: {too_large(54_000_000)}"],
        contained=True,
    ),
    Hostile(
        "a-4-GB-file-never-read",
        sparse(JOURNAL, 4 << 30),
        [f"{JOURNAL}: {too_large(4 << 30)}"],
        contained=True,
    ),
    Hostile(
        "symlinked-file-outside-the-project",
        symlink("content/programmes/passwd.yml", "/etc/passwd"),
        [f"content/programmes/passwd.yml: {LINK}"],
    ),
    Hostile(
        "symlinked-content-file",
        symlink(JOURNAL, "../elsewhere/journal.yml"),
        [f"{JOURNAL}: {LINK}"],
    ),
    Hostile(
        "symlinked-framework-file",
        symlink(FRAMEWORK, "../elsewhere/scope-for-growth.yml"),
        [f"{FRAMEWORK}: {LINK}"],
    ),
    Hostile(
        "symlinked-folder",
        symlink("content/programmes", "../elsewhere/programmes"),
        [f"content/programmes: {LINK}"],
    ),
    Hostile(
        "symlinked-content-folder",
        symlink("content", "elsewhere/content"),
        [f"content: {LINK}"],
    ),
    Hostile(
        "published-file-linked-outside",
        # MkDocs copies every file of content/ into the site: this would publish the secret.
        symlink("content/notes.txt", "/etc/passwd"),
        ["content/notes.txt: " + LINK],
    ),
    Hostile(
        "link-loop",
        symlink("content/programmes/loop.yml", "loop.yml"),
        [f"content/programmes/loop.yml: {LINK}"],
    ),
    Hostile(
        "link-loop-of-a-published-file",
        symlink("content/loop", "loop"),
        [f"content/loop: {LINK}"],
    ),
    Hostile(
        "folder-link-loop",
        symlink("content/assets", "."),
        [f"content/assets: {LINK}"],
    ),
    Hostile(
        "dangling-link",
        symlink("content/programmes/gone.yml", "nowhere.yml"),
        [f"content/programmes/gone.yml: {LINK}"],
    ),
    Hostile(
        "pipe-named-like-a-programme",
        fifo("content/programmes/pipe.yml"),
        [f"content/programmes/pipe.yml: {NOT_A_FILE}"],
        contained=True,
    ),
    Hostile(
        "pipe-among-published-files",
        fifo("content/pipe.txt"),
        [f"content/pipe.txt: {NOT_A_FILE}"],
        contained=True,
    ),
]


def copy_fixture(tmp_path: Path) -> Path:
    root = tmp_path / "toolkit"
    shutil.copytree(FIXTURE_TOOLKIT, root)
    return root


def assert_refused(result: subprocess.CompletedProcess[str], expected: Sequence[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr[-2000:]
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert result.stdout == ""
    *problems, count = result.stderr.splitlines()
    assert problems == list(expected)
    assert [line for line in problems if not PROBLEM_LINE.match(line)] == []
    assert count == f"{len(problems)} content error{'s' * (len(problems) != 1)} found."


def test_there_are_at_least_twenty_hostile_cases() -> None:
    assert len(CASES) >= 20
    assert len({case.name for case in CASES}) == len(CASES)


def test_the_alias_bomb_is_the_classic_one() -> None:
    assert len(ALIAS_BOMB) < 620
    assert yaml.compose(ALIAS_BOMB, Loader=yaml.SafeLoader) is not None  # valid YAML


@pytest.mark.parametrize("hostile", CASES, ids=[case.name for case in CASES])
def test_hostile_content_gives_one_line_a_problem_quickly(hostile: Hostile, tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    hostile.make(root)
    result, seconds = (run_check if hostile.contained else check_in_process)(root)
    assert_refused(result, hostile.expected)
    assert seconds < CHECK_SECONDS


def test_every_problem_is_listed_in_one_run(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    for make in (
        write(BETA, ALIAS_BOMB),
        write("content/programmes/alpha.yml", "id: alpha\nname: " + flow_lists(100_000)),
        oversize(FRAMEWORK, MAX_FILE_BYTES + 1),
        symlink("content/notes.txt", "/etc/passwd"),
    ):
        make(root)
    result, seconds = run_check(root)
    assert_refused(
        result,
        [
            f"content/notes.txt: {LINK}",
            f"content/programmes/alpha.yml:2: {NESTED}",
            f"{BETA}:1: a: {anchor('a')}",
            f"{FRAMEWORK}: {too_large(MAX_FILE_BYTES + 1)}",
        ],
    )
    assert seconds < CHECK_SECONDS


# An unreadable file. Tests run as root here, where chmod 000 still lets the file be read: the
# check is then made to fail to open it, exactly as the operating system would.
UNREADABLE = f"{JOURNAL}: cannot open the file (Permission denied): check that you may read it"


def test_an_unreadable_file_gives_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_fixture(tmp_path)
    real_open = os.open

    def deny(path: str | os.PathLike[str], *arguments: Any, **options: Any) -> int:
        if os.fspath(path).endswith(JOURNAL):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real_open(path, *arguments, **options)

    monkeypatch.setattr(os, "open", deny)
    result, seconds = check_in_process(root)
    monkeypatch.undo()
    assert_refused(result, [UNREADABLE])
    assert seconds < CHECK_SECONDS


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may read a file without rights"
)
def test_a_file_without_read_rights_gives_one_line(tmp_path: Path) -> None:  # pragma: no cover
    root = copy_fixture(tmp_path)
    (root / JOURNAL).chmod(0)
    try:
        result, _ = run_check(root)
    finally:
        (root / JOURNAL).chmod(0o644)
    assert_refused(result, [UNREADABLE])


def test_a_folder_that_cannot_be_listed_gives_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_fixture(tmp_path)
    folder = root / "content" / "programmes"
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(ContentErrors) as raised:
        load_toolkit(root)
    assert [str(error) for error in raised.value.errors] == [
        "content/programmes: cannot open the folder (Permission denied): check that you may read it"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a: [b, {c: d}]\n",
        "- a\n- - b\n  - [c, [d]]\n",
        "k:\n- a\n- b: [1, {x: y}]\n  c:\n  - d\n",
        "k:\n- - a\n  - b:\n    - c\n",
        "[a: b, c: [d: e]]\n",
        "{? [a, b] : c, d: {e: [f]}}\n",
        "? - a\n  - b\n: - c\n",
        "a:\n  b:\n    c:\n    - d:\n      - [e]\n",
        "plain\n",
        "[]\n",
    ],
)
def test_nesting_is_counted_as_the_levels_yaml_builds(text: str, tmp_path: Path) -> None:
    """The depth counted while reading is the depth PyYAML would build, in every style."""
    path = tmp_path / "file.yml"
    path.write_text(text, encoding="utf-8")
    deepest = _depth(yaml.compose(text, Loader=yaml.SafeLoader))
    assert deepest <= MAX_NESTING
    read_yaml(path, "file.yml", "a test")  # within the limit: read
    # Nest the whole text inside (MAX_NESTING - deepest) lists: exactly at the limit, read;
    # one more level: refused.
    for extra, refused in ((MAX_NESTING - deepest, False), (MAX_NESTING - deepest + 1, True)):
        nested = "\n".join("  " * extra + line for line in text.splitlines())
        nested = "".join(f"{'  ' * level}-\n" for level in range(extra)) + nested + "\n"
        assert _depth(yaml.compose(nested, Loader=yaml.SafeLoader)) == deepest + extra
        path.write_text(nested, encoding="utf-8")
        if refused:
            with pytest.raises(YamlFileError, match="nested more than"):
                read_yaml(path, "file.yml", "a test")
        else:
            read_yaml(path, "file.yml", "a test")


def _depth(node: yaml.Node | None) -> int:
    if isinstance(node, yaml.SequenceNode):
        return 1 + max((_depth(item) for item in node.value), default=0)
    if isinstance(node, yaml.MappingNode):
        pairs = [part for pair in node.value for part in pair]
        return 1 + max((_depth(part) for part in pairs), default=0)
    return 0


def test_a_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    oversize(FRAMEWORK, MAX_FILE_BYTES)(root)
    result, seconds = check_in_process(root)
    assert (result.returncode, result.stderr) == (0, "")
    assert seconds < CHECK_SECONDS


def test_a_hostile_build_leaves_the_last_site_exactly_as_it_was(tmp_path: Path) -> None:
    root = copy_fixture(tmp_path)
    site = tmp_path / "site"
    build_site(root, site)
    before = _snapshot(site)

    write(BETA, ALIAS_BOMB)(root)
    write(JOURNAL, "title: " + flow_lists(100_000))(root)
    symlink("content/notes.txt", "/etc/passwd")(root)
    start = time.perf_counter()
    result = build_site(root, site, check=False, timeout=60)
    seconds = time.perf_counter() - start

    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    # The plugin names files relative to the folder of the MkDocs configuration (tmp_path).
    assert MKDOCS_ERROR.findall(result.stderr)[:3] == [
        f"toolkit/{JOURNAL}:1: {NESTED}",
        f"toolkit/content/notes.txt: {LINK}",
        f"toolkit/{BETA}:1: a: {anchor('a')}",
    ]
    assert _snapshot(site) == before
    assert seconds < 60


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


CONTENT = sorted(
    [
        *REPO.glob("content/**/*.yml"),
        *REPO.glob("framework/*.yml"),
        *FIXTURE_TOOLKIT.rglob("*.yml"),
    ]
)


@pytest.mark.parametrize("path", CONTENT, ids=[p.relative_to(REPO).as_posix() for p in CONTENT])
def test_content_reads_as_pyyaml_reads_it(path: Path) -> None:
    """Reading with the limits changes nothing for real content."""
    document = read_yaml(path, path.name, "content")
    assert document.errors == []
    assert document.data == yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def test_many_bad_links_in_one_long_text_are_placed_quickly(tmp_path: Path) -> None:
    """Each problem in a long text is put on its own line without reading the text again."""
    root = copy_fixture(tmp_path)
    count = 20_000
    lines = "".join(f"  Read [this](resource:missing-{n % 3}) first.\n" for n in range(count))
    text = (root / BETA).read_text(encoding="utf-8")
    text = text.replace("summary: The second programme.", "summary: |\n" + lines)
    (root / BETA).write_text(text, encoding="utf-8")
    first = text.count("\n", 0, text.index("  Read")) + 1
    result, seconds = check_in_process(root)
    assert "Traceback" not in result.stderr
    *problems, total = result.stderr.splitlines()
    assert total == f"{count:,} content errors found.".replace(",", "")
    assert [int(line.split(":")[1]) for line in problems] == list(range(first, first + count))
    assert all(": summary: link to unknown resource 'missing-" in line for line in problems)
    assert seconds < CHECK_SECONDS
