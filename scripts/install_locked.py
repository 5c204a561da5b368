"""Make the venv this runs in hold exactly what a lock file names, then the project, editable.

make runs it with the venv's Python: `.venv/bin/python scripts/install_locked.py LOCK`.

1. pip install --require-hashes --no-deps --only-binary :all: -r LOCK: every package at its
   locked version, each file checked against the lock's hashes; pip builds nothing from source
   (that would fetch unhashed build tools). --no-deps because the lock is complete (uv resolved
   it; step 4 checks): left to resolve, pip 23.2 (a new Python 3.11 venv's) takes an extra that a
   package asks for (WeasyPrint's fonttools[woff]>=4.59.2) as a requirement of its own, looks
   for the newest release that meets it, and refuses the install as "not pinned" as soon as the
   registry has a release newer than the lock's.
2. pip uninstall whatever the lock does not name (left by an older lock, or by the test lock when
   the site lock is installed), except pip itself: the venv then matches the lock exactly.
3. pip install --no-deps --no-build-isolation --no-index -e .: the project (it provides the MkDocs
   plugin entry point), built by the locked setuptools already in the venv; nothing is
   downloaded, so nothing unhashed comes in.
4. pip check: every dependency in pyproject.toml is installed. If not, the lock is out of date.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
# A requirement line of a lock made by `make lock`: "name==version \" or
# "name==version ; marker \". Hash and comment lines do not match.
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]*?))?\s*\\?$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pip(*arguments: str) -> None:
    subprocess.run([*PIP, *arguments], check=True)


def locked_names(lock: Path) -> set[str]:
    """The packages the lock installs here (its markers evaluated for this Python)."""
    from packaging.markers import Marker  # installed from the lock in step 1

    names = set()
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match and (not match[3] or Marker(match[3]).evaluate()):
            names.add(canonical(match[1]))
    return names


def installed_names() -> set[str]:
    listed = subprocess.run(
        [*PIP, "list", "--format=json"], check=True, capture_output=True, text=True
    ).stdout
    return {canonical(entry["name"]) for entry in json.loads(listed)}


def pinned_install(lock: Path) -> list[str]:
    """The pip command of step 1: what the lock names and nothing else, hashes checked."""
    return [
        *PIP,
        "install",
        "--quiet",
        "--require-hashes",
        "--no-deps",
        "--only-binary",
        ":all:",
        "-r",
        str(lock),
    ]


def main(lock: Path) -> int:
    project = canonical(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["name"])
    name = lock.relative_to(REPO)
    print(f"Installing {name} (pinned, hashes checked)...", flush=True)
    # Wheels only: pip builds a source package with build tools it fetches unchecked.
    if subprocess.run(pinned_install(lock)).returncode != 0:
        print(
            f"pip could not install {name} (see above). If it found no wheel for a package:"
            " make builds nothing from source, as pip would fetch the build tools without"
            " checking their hashes. Where you accept that (rcssmin and rjsmin have no wheels"
            " for macOS or Windows), run this once, then make again:"
            f" {os.path.relpath(sys.executable, REPO)} -m pip install --require-hashes --no-deps"
            f" -r {name}",
            file=sys.stderr,
        )
        return 1

    extra = sorted(installed_names() - locked_names(lock) - {"pip", project})
    if extra:
        print(f"Removing packages that {lock.name} does not name: {', '.join(extra)}", flush=True)
        pip("uninstall", "--quiet", "--yes", *extra)

    print(f"Installing the project itself, editable ({project})...", flush=True)
    pip(
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--check-build-dependencies",
        "--no-index",
        "--editable",
        str(REPO),
    )
    check = subprocess.run([*PIP, "check"], capture_output=True, text=True)
    if check.returncode != 0:
        print(check.stdout + check.stderr, end="", file=sys.stderr)
        print(
            f"{lock.relative_to(REPO)} is out of date with pyproject.toml: run `make lock`.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} requirements/LOCK.txt")
    sys.exit(main(Path(sys.argv[1]).resolve()))
