"""A content set at N times the default toolkit, for measuring how costs grow with content.

``python -m bench.content 100 /tmp/toolkit-100`` writes content/ and framework/ holding the
default content repeated: every journal stage N times (33 questions become 33 x N), every
framework direction N times (54 initiatives become 54 x N), every programme N times (4
become 4 x N). Ids get a suffix (``-2``, ``-3``…) so that they stay unique; the first copy
keeps its ids, so the guide's references and the plan's directions still resolve.
"""

from __future__ import annotations

import copy
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]


def _suffixed(item: dict[str, Any], copy_number: int, *keys: str) -> dict[str, Any]:
    made = copy.deepcopy(item)
    if copy_number > 1:
        for key in keys:
            made[key] = f"{made[key]}-{copy_number}"
    return made


def _journal(journal: dict[str, Any], scale: int) -> dict[str, Any]:
    stages = []
    for number in range(1, scale + 1):
        for stage in journal["stages"]:
            made = _suffixed(stage, number, "id")
            for section in made["sections"]:
                section.update(_suffixed(section, number, "id"))
                section["questions"] = [_suffixed(q, number, "id") for q in section["questions"]]
            stages.append(made)
    return {**journal, "stages": stages}


def _framework(framework: dict[str, Any], scale: int) -> dict[str, Any]:
    directions = [
        _suffixed(direction, number, "id", "name")
        for number in range(1, scale + 1)
        for direction in framework["directions"]
    ]
    return {**framework, "directions": directions}


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(data: Any, path: Path) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_scaled_content(scale: int, target: Path) -> Path:
    """Write the default content at ``scale`` times into ``target``; return ``target``."""
    shutil.copytree(REPO / "content", target / "content")
    shutil.copytree(REPO / "framework", target / "framework")
    content, framework_file = target / "content", target / "framework" / "scope-for-growth.yml"
    _dump(_journal(_load(content / "journal.yml"), scale), content / "journal.yml")
    _dump(_framework(_load(framework_file), scale), framework_file)
    for path in sorted((content / "programmes").glob("*.yml")):
        programme = _load(path)
        for number in range(2, scale + 1):
            made = _suffixed(programme, number, "id", "name")
            _dump(made, path.with_name(f"{made['id']}.yml"))
    return target


if __name__ == "__main__":
    write_scaled_content(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"Wrote the default content at {sys.argv[1]}x into {sys.argv[2]}.")
