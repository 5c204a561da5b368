"""Make the venv this runs in hold exactly what a lock file names, then the project, editable.

make runs it with the venv's Python: `.venv/bin/python scripts/install_locked.py LOCK`
(`--uv` instead of LOCK: only install uv and print where it is, for `make lock`). uv does
the installing, ten times faster than pip (a fresh clone's `make test` spent 70 s in pip, most
of it pip's own processor time); uv itself comes from requirements/uv.txt, pinned with its
hashes, installed by the pip of the Python running this into a folder of its own,
`.venv/lock-tools`, never among the project's packages.

1. uv pip install --require-hashes --no-deps --only-binary :all: -r LOCK: every package at its
   locked version, each file checked against the lock's hashes; nothing is built from source
   (that would fetch unhashed build tools). --no-deps because the lock is complete (uv resolved
   it; step 4 checks, and tests/test_lock.py checks what the packages' extras ask for): nothing
   is resolved again, so what the registry has released since never matters (a new Python 3.11
   venv's pip 23.2, left to resolve, took WeasyPrint's fonttools[woff] for a requirement of its
   own and refused the lock as "not pinned" once PyPI had a newer fonttools).
2. uv pip uninstall whatever the lock does not name (left by an older lock, or by the test lock
   when the site lock is installed), except pip itself: the venv then matches the lock exactly.
3. uv pip install --no-deps --no-build-isolation --no-index -e .: the project (it provides the
   MkDocs plugin entry point), built by the locked setuptools already in the venv; nothing is
   downloaded, so nothing unhashed comes in.
4. uv pip check: every dependency of every package installed is there. If not, the lock is out
   of date.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
UV_LOCK = REPO / "requirements" / "uv.txt"
# A requirement line of a lock made by `make lock`: "name==version \" or
# "name==version ; marker \". Hash and comment lines do not match.
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]*?))?\s*\\?$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def tools_folder() -> Path:
    """Where uv is kept: LOCK_TOOLS, as for `make lock`, else lock-tools in this venv."""
    return Path(os.environ.get("LOCK_TOOLS") or Path(sys.prefix) / "lock-tools")


def uv_wanted() -> str:
    """The version of uv that requirements/uv.txt pins."""
    for line in UV_LOCK.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match and canonical(match[1]) == "uv":
            return match[2]
    raise SystemExit(f"{UV_LOCK.relative_to(REPO)} pins no uv")


def uv_program() -> Path:
    """uv at the pinned version, installed first (with its hashes checked) where it is not."""
    tools = tools_folder()
    program = tools / "bin" / "uv"
    wanted = uv_wanted()
    try:
        found = subprocess.run([program, "--version"], capture_output=True, text=True).stdout
    except OSError:
        found = ""
    if found.split()[1:2] != [wanted]:
        print(f"Installing uv {wanted} (pinned, hashes checked) into {tools}...", file=sys.stderr)
        shutil.rmtree(tools, ignore_errors=True)
        install = ["install", "--quiet", "--require-hashes", "--target", str(tools)]
        subprocess.run([*PIP, *install, "-r", str(UV_LOCK)], check=True)
    return program


def uv_pip(uv: Path, *arguments: str, python: str = sys.executable) -> list[str]:
    """A `uv pip` command on the venv of ``python``."""
    command, *rest = arguments
    return [str(uv), "pip", command, "--python", python, *rest]


def pinned_install(uv: Path, lock: Path, python: str = sys.executable) -> list[str]:
    """The command of step 1: what the lock names and nothing else, hashes checked."""
    return uv_pip(
        uv,
        "install",
        "--quiet",
        "--require-hashes",
        "--no-deps",
        "--only-binary",
        ":all:",
        "-r",
        str(lock),
        python=python,
    )


def locked_names(lock: Path) -> set[str]:
    """The packages the lock installs here (its markers evaluated for this Python)."""
    from packaging.markers import Marker  # installed from the lock in step 1

    names = set()
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match and (not match[3] or Marker(match[3]).evaluate()):
            names.add(canonical(match[1]))
    return names


def installed_names(uv: Path) -> set[str]:
    listed = subprocess.run(
        uv_pip(uv, "list", "--format", "json"), check=True, capture_output=True, text=True
    ).stdout
    return {canonical(entry["name"]) for entry in json.loads(listed)}


def main(lock: Path) -> int:
    project = canonical(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["name"])
    name = lock.relative_to(REPO)
    # The machine's store of certificates, not uv's built-in list: behind a network that
    # inspects its traffic (common in the NHS), the organisation's own is in that store only.
    os.environ.setdefault("UV_NATIVE_TLS", "1")
    uv = uv_program()
    print(f"Installing {name} (pinned, hashes checked)...", flush=True)
    # Wheels only: a build from source would fetch build tools unchecked.
    if subprocess.run(pinned_install(uv, lock)).returncode != 0:
        print(
            f"uv could not install {name} (see above). If it found no wheel for a package:"
            " make builds nothing from source, as that would fetch the build tools without"
            " checking their hashes. Where you accept that (rcssmin and rjsmin have no wheels"
            " for macOS or Windows), run this once, then make again:"
            f" {os.path.relpath(sys.executable, REPO)} -m pip install --require-hashes --no-deps"
            f" -r {name}",
            file=sys.stderr,
        )
        return 1

    extra = sorted(installed_names(uv) - locked_names(lock) - {"pip", project})
    if extra:
        print(f"Removing packages that {lock.name} does not name: {', '.join(extra)}", flush=True)
        subprocess.run(uv_pip(uv, "uninstall", "--quiet", *extra), check=True)

    print(f"Installing the project itself, editable ({project})...", flush=True)
    subprocess.run(
        uv_pip(
            uv,
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--editable",
            str(REPO),
        ),
        check=True,
    )
    check = subprocess.run(uv_pip(uv, "check"), capture_output=True, text=True)
    if check.returncode != 0:
        print(check.stdout + check.stderr, end="", file=sys.stderr)
        print(f"{name} is out of date with pyproject.toml: run `make lock`.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--uv"]:  # for `make lock` (scripts/lock): uv, installed if need be
        print(uv_program())
        sys.exit(0)
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} requirements/LOCK.txt | --uv")
    sys.exit(main(Path(sys.argv[1]).resolve()))
