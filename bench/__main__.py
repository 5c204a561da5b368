"""`make bench`: each figure, its target, and the ratio of one to the other."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

Row = tuple[str, float, float, str]
SUITES = ["bench.build", "bench.engines", "bench.scale", "bench.forms", "bench.privacy"]


def _suites() -> list[tuple[str, Callable[[], list[Row]]]]:
    found = []
    for name in SUITES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as missing:
            if missing.name != name:
                raise
            continue
        found.append((name, module.run))
    return found


def main() -> int:
    print(f"{'figure':<52} {'measured':>10} {'target':>9} {'ratio':>7}  verdict")
    over = 0
    for _, run in _suites():
        for name, measured, target, unit in run():
            ratio = measured / target
            verdict = "ok" if ratio <= 1 else "OVER TARGET"
            over += ratio > 1
            figure = f"{measured:.3f}{unit}" if unit != "KB" else f"{measured:.2f}KB"
            print(f"{name:<52} {figure:>10} {target:>8}{unit} {ratio:>7.2f}  {verdict}")
            sys.stdout.flush()
    print("All figures within target." if not over else f"{over} figure(s) over target.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
