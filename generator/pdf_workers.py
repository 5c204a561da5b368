"""Work done in processes of its own, a few at once, each stopped once it takes longer than
its time limit: how the PDFs are made (generator/pdf.py).

WeasyPrint takes as long as its content asks, and Python cannot stop it from inside: an
image that drew 10^8 shapes kept a PDF worker at full CPU until it was killed at 240 s, and
the build with it. A process can be stopped. Each item gets one, started as another ends, at
most ``workers`` at once; the first that fails or runs past its time is reported, and every
process still running is stopped before :func:`run_each` returns or raises.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Generic, TypeVar

Item = TypeVar("Item")

STOP_SECONDS = 5.0
"""How long a process asked to stop (SIGTERM) may take before it is killed."""
_DETAILS = 20_000
"""The most of a failure's traceback sent back: a pipe holds 64 KB before its writer waits."""


class TooSlow(Exception, Generic[Item]):
    """``item`` ran longer than the time limit; its process was stopped."""

    def __init__(self, item: Item, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.item = item
        self.seconds = seconds


class Failed(Exception, Generic[Item]):
    """The work on ``item`` raised ``reason`` (one line) or its process died; ``details`` is
    the traceback, when there is one."""

    def __init__(self, item: Item, reason: str, details: str = "") -> None:
        super().__init__(reason)
        self.item = item
        self.reason = reason
        self.details = details


@dataclass
class _Running(Generic[Item]):
    item: Item
    process: BaseProcess
    results: Connection
    deadline: float


def run_each(
    work: Callable[[Item], None], items: Sequence[Item], workers: int, time_limit: float
) -> None:
    """``work(item)`` for each item, each in a process of its own, ``workers`` at once.

    Raises :class:`TooSlow` for the first item to run past ``time_limit`` seconds, and
    :class:`Failed` for the first whose work raises or whose process dies.
    """
    context = multiprocessing.get_context()
    waiting = list(items)
    running: list[_Running[Item]] = []
    try:
        while waiting or running:
            while waiting and len(running) < max(1, workers):
                item = waiting.pop(0)
                results, sender = context.Pipe(duplex=False)
                process = context.Process(target=_work, args=(work, item, sender), daemon=True)
                process.start()
                sender.close()
                running.append(_Running(item, process, results, time.monotonic() + time_limit))
            soonest = min(each.deadline for each in running)
            wait([each.process.sentinel for each in running], max(0.0, soonest - time.monotonic()))
            for each in list(running):
                if each.process.exitcode is not None:
                    running.remove(each)
                    try:
                        _finished(each)
                    finally:
                        each.results.close()
                elif time.monotonic() >= each.deadline:
                    raise TooSlow(each.item, time_limit)
    finally:
        _stop([each.process for each in running])
        for each in running:
            each.results.close()


def _finished(done: _Running[Item]) -> None:
    """Raise :class:`Failed` unless the work ended well; the process has ended."""
    done.process.join()
    try:
        outcome = done.results.recv() if done.results.poll() else False
    except EOFError:  # the process died before it could say anything
        outcome = False
    if done.process.exitcode == 0 and outcome is None:
        return
    if isinstance(outcome, tuple):
        reason, details = outcome
        raise Failed(done.item, reason, details)
    raise Failed(done.item, f"its process stopped (exit code {done.process.exitcode})")


def _stop(processes: list[BaseProcess]) -> None:
    """Ask each process still running to stop (SIGTERM), and kill any that has not within
    :data:`STOP_SECONDS`."""
    for process in processes:
        if process.exitcode is None:
            process.terminate()
    deadline = time.monotonic() + STOP_SECONDS
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.exitcode is None:
            process.kill()
            process.join()


def _work(work: Callable[[Item], None], item: Item, results: Connection) -> None:
    """In the child: do the work, and send back None, or what went wrong."""
    try:
        work(item)
    except BaseException as error:
        reason = f"{type(error).__name__}: {error}".splitlines()[0][:500]
        results.send((reason, traceback.format_exc()[-_DETAILS:]))
        raise SystemExit(1) from None
    results.send(None)
