"""What a running program prints, line by line as it comes: wait for the line that says what
happened (a build finished, an error reported) instead of for a fixed time."""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable
from typing import IO


class Lines:
    """Every line ``stream`` gives, read by a thread of its own until the stream ends."""

    def __init__(self, stream: IO[str]) -> None:
        self.seen: list[str] = []
        self._coming: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._reader.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._coming.put(line.rstrip("\n"))
        self._coming.put(None)

    def next_matching(self, pattern: str, deadline: float) -> str:
        """The next line not read yet that matches ``pattern`` (a regular expression), waited
        for until ``deadline`` (``time.monotonic()``); fails at the deadline or when the
        stream ends, with what was printed."""
        while True:
            try:
                line = self._coming.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                raise AssertionError(self._missing(pattern, "in time")) from None
            if line is None:
                self._coming.put(None)  # the end stays the end for the next caller
                raise AssertionError(self._missing(pattern, "before the program ended"))
            self.seen.append(line)
            if re.search(pattern, line):
                return line

    def _missing(self, pattern: str, when: str) -> str:
        return f"no line matching {pattern!r} {when}:\n" + "\n".join(self.seen[-20:])

    def rest(self, seconds: float) -> str:
        """Everything printed, once the stream has ended (the program has stopped)."""
        self._reader.join(timeout=seconds)
        while True:
            try:
                line = self._coming.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                self.seen.append(line)
        return "\n".join(self.seen)


def wait_until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    """Wait until ``condition()`` holds, checking it again every tenth of a second, as
    Playwright's expect() does: for a state nothing announces (a page another program serves
    once its own build is done). Fails after ``seconds`` saying ``what`` was awaited."""
    deadline = time.monotonic() + seconds
    pause = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, f"waited {seconds:g} s for {what}"
        pause.wait(0.1)
