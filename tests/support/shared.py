"""Sites built once for every test process, and one server that hosts them.

`make test` runs the tests in two processes (pytest-xdist). Each used to build the session's
sites (the default content with its PDFs, the fixture set, each with both engines) for itself
and serve them on a port of its own: the same minutes of work done twice, and two builds that
differed only in the port written into them (``site_url``: each page's canonical link, the
sitemap).

Now the controller (xdist's main process, which runs no test) starts one static server on a
folder in its temporary directory and tells each worker the folder and the address
(``give``). The first worker to need a site builds it there while holding a lock (``build_once``);
the other waits for it, then uses the same files through the same address. Run without
xdist (``TEST_PROCESSES=0``, a single test file), nothing is given: the process makes its own
folder and server as before, and the locks only ever meet their own process.
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

from .server import serve

FOLDER = "sfg_shared_www"
URL = "sfg_shared_url"
"""The keys of a worker's ``workerinput``: the shared folder and the server's address."""


class SharedServer:
    """The controller's one server, started when the first worker is set up."""

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._given: tuple[Path, str] | None = None

    def give(self, config: pytest.Config, workerinput: dict[str, Any]) -> None:
        """Put the folder and the address into a worker's input (``pytest_configure_node``)."""
        if self._given is None:
            # The temporary directory every worker's own lies in (as pytest-xdist finds it).
            factory: pytest.TempPathFactory = getattr(config, "_tmp_path_factory")  # noqa: B009
            folder = factory.getbasetemp() / "www"
            folder.mkdir()
            self._given = (folder, self._stack.enter_context(serve(folder)))
        workerinput[FOLDER], workerinput[URL] = str(self._given[0]), self._given[1]

    def close(self) -> None:
        self._stack.close()


def given(config: pytest.Config) -> tuple[Path, str] | None:
    """In a worker, the shared folder and the address the controller gave; else None."""
    workerinput: dict[str, Any] = getattr(config, "workerinput", {})
    if FOLDER not in workerinput:
        return None
    return Path(workerinput[FOLDER]), str(workerinput[URL])


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_once(folder: Path, build: Callable[[], object]) -> None:
    """Run ``build`` (which writes ``folder``) unless a process has already done so. A build
    that fails leaves no mark: the next process to need it tries again, and fails the same."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    done = folder.parent / f"{folder.name}.built"
    with _locked(folder.parent / f"{folder.name}.lock"):
        if not done.exists():
            build()
            done.touch()
