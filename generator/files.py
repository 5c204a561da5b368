"""Read content as plain files only: never through a symbolic link, never a pipe or a
device, never more than :data:`MAX_FILE_BYTES`.

A link could bring a file from outside the project into the site (MkDocs publishes every file
of the content folder, following links), a link loop or a pipe could stop the build, and a
huge file could exhaust memory. Each of these is refused with one plain-English line.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

MAX_FILE_BYTES = 2 * 1024 * 1024
"""The largest content file read: the biggest real one is about a tenth of this."""

LINK = "is a symbolic link, which the toolkit does not follow: put the real file or folder here"
NOT_A_FILE = "is not a file or a folder (a pipe, socket or device): remove it"
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)  # a link put in place after the check is not followed
    | getattr(os, "O_NONBLOCK", 0)  # nor does a pipe put in place after it block the open
    | getattr(os, "O_BINARY", 0)
)


class FileProblem(Exception):
    """A file or folder the toolkit will not read, and why, in one line."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


def read_file(path: Path) -> bytes:
    """The bytes of the plain file ``path``.

    Raises :class:`FileNotFoundError` if there is nothing at ``path``, and
    :class:`FileProblem` for a link, a folder, a pipe or device, a file over the size limit or
    one that cannot be read.
    """
    try:
        _check(path, os.lstat(path))
        descriptor = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise FileProblem(path, _cannot_open("file", error)) from None
    with open(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        _check(path, status)
        size = status.st_size
        try:
            raw = file.read(size + 1)
            if len(raw) > size:  # the file grew after it was measured: read to the limit
                raw += file.read(MAX_FILE_BYTES + 1 - len(raw))
        except OSError as error:
            raise FileProblem(path, _cannot_open("file", error)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise FileProblem(path, too_large(len(raw)))
    return raw


def read_head(path: Path, size: int) -> bytes:
    """At most the first ``size`` bytes of the plain file ``path``, however large it is.

    Raises :class:`FileProblem` for a link, anything but a plain file, or a file that cannot
    be read.
    """
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise FileProblem(path, LINK)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise FileProblem(path, _cannot_open("file", error)) from None
    with open(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise FileProblem(path, NOT_A_FILE)
        try:
            return file.read(size)
        except OSError as error:
            raise FileProblem(path, _cannot_open("file", error)) from None


def too_large(size: int) -> str:
    limit = f"{MAX_FILE_BYTES:,} bytes ({MAX_FILE_BYTES / 2**20:g} MB)"
    return (
        f"file is too large ({size:,} bytes): a content file may be at most {limit};"
        " check that it is the right file"
    )


def _check(path: Path, status: os.stat_result) -> None:
    mode = status.st_mode
    if stat.S_ISLNK(mode):
        raise FileProblem(path, LINK)
    if stat.S_ISDIR(mode):
        raise FileProblem(path, "is a folder: expected a file")
    if not stat.S_ISREG(mode):
        raise FileProblem(path, NOT_A_FILE)
    if status.st_size > MAX_FILE_BYTES:
        raise FileProblem(path, too_large(status.st_size))


def _cannot_open(what: str, error: OSError) -> str:
    return f"cannot open the {what} ({error.strerror}): check that you may read it"


def first_link(path: Path, base: Path) -> Path | None:
    """The first of ``path`` and the folders above it, below ``base``, that is a link.

    ``base`` itself is not looked at: it is where the project lives, chosen by whoever runs
    the build. A folder that is missing ends the search (the caller reports it).
    """
    try:
        parts = path.relative_to(base).parts
    except ValueError:
        return None
    current = base
    for part in parts:
        current = current / part
        try:
            if stat.S_ISLNK(os.lstat(current).st_mode):
                return current
        except OSError:
            return None
    return None


def problems_under(folder: Path) -> Iterator[FileProblem]:
    """Each link, pipe, socket or device inside ``folder``, and each folder that cannot be
    listed, without following any link: the content folder must hold plain files only."""
    waiting = [folder]
    while waiting:
        current = waiting.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield FileProblem(current, _cannot_open("folder", error))
            continue
        for entry in entries:
            path = current / entry.name
            if entry.is_symlink():
                yield FileProblem(path, LINK)
            elif entry.is_dir(follow_symlinks=False):
                waiting.append(path)
            elif not entry.is_file(follow_symlinks=False):
                yield FileProblem(path, NOT_A_FILE)
