"""The lock files: the venv `make test` made holds exactly requirements/test.txt, every pin has
hashes, and pyproject.toml's pins, the site lock and the test lock agree with each other."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
SITE_LOCK = REPO / "requirements" / "site.txt"
TEST_LOCK = REPO / "requirements" / "test.txt"
PYPROJECT: dict[str, Any] = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = canonicalize_name(PYPROJECT["project"]["name"])
HINT = "run `make lock` after changing pyproject.toml, then `make test`"


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    marker: Marker | None
    hashes: int

    def applies(self) -> bool:
        """Whether pip installs this pin here (this Python, this platform)."""
        return self.marker is None or self.marker.evaluate()


def read_lock(path: Path) -> list[Pin]:
    """Each requirement of a lock file, its continuation lines ("\\") joined."""
    pins = []
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        words = re.split(r"\s+--hash=", line)
        requirement = Requirement(words[0])
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", f"{path.name}: {line}"
        pins.append(
            Pin(
                canonicalize_name(requirement.name),
                specifiers[0].version,
                requirement.marker,
                len(words) - 1,
            )
        )
    return pins


def here(pins: list[Pin]) -> dict[str, str]:
    """What a lock installs in this environment: name -> version."""
    chosen: dict[str, str] = {}
    for pin in pins:
        if pin.applies():
            assert pin.name not in chosen, f"{pin.name} is locked twice for this environment"
            chosen[pin.name] = pin.version
    return chosen


def installed() -> dict[str, str]:
    """`pip freeze --all` of the Python running the tests, less editable installs (the project)."""
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    frozen = subprocess.run(
        [*pip, "freeze", "--all", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: dict[str, str] = {}
    for line in frozen.splitlines():
        if not line or line.startswith("#"):
            continue
        name, separator, version = line.partition("==")
        # Anything but name==version (a URL, a local path) did not come from the lock.
        found[canonicalize_name(name)] = version if separator else line
    return found


def direct_pins(requirements: list[str]) -> dict[str, str]:
    pins: dict[str, str] = {}
    for text in requirements:
        requirement = Requirement(text)
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", (
            f"pyproject.toml pins exact versions: {text!r}"
        )
        pins[canonicalize_name(requirement.name)] = specifiers[0].version
    return pins


def test_installed_packages_are_exactly_the_test_lock() -> None:
    locked = here(read_lock(TEST_LOCK))
    present = installed()
    present.pop(PROJECT, None)  # the project itself, should it be installed without -e
    if "pip" not in locked:
        present.pop("pip", None)  # comes with the venv
    if "setuptools" not in locked:
        present.pop("setuptools", None)

    wrong = {
        name: f"{present[name]} installed, {version} locked"
        for name, version in locked.items()
        if name in present and present[name] != version
    }
    missing = sorted(set(locked) - set(present))
    unlocked = sorted(f"{name} {present[name]}" for name in set(present) - set(locked))
    assert locked
    assert not (wrong or missing or unlocked), (
        f"the venv differs from {TEST_LOCK.name}: other versions {wrong}, missing {missing},"
        f" not in the lock {unlocked}. `touch {TEST_LOCK.relative_to(REPO)}; make test`"
        " reinstalls from the lock."
    )


@pytest.mark.parametrize("lock", [SITE_LOCK, TEST_LOCK], ids=lambda path: path.name)
def test_every_pin_has_hashes_and_the_lock_says_how_to_regenerate_it(lock: Path) -> None:
    assert "make lock" in "".join(lock.read_text(encoding="utf-8").splitlines(True)[:10])
    pins = read_lock(lock)
    assert pins
    assert [pin.name for pin in pins if pin.hashes == 0] == []
    here(pins)  # and no package twice for this environment


def test_pyproject_pins_agree_with_the_locks() -> None:
    runtime = direct_pins(PYPROJECT["project"]["dependencies"])
    tools = direct_pins(PYPROJECT["project"]["optional-dependencies"]["test"])
    for lock, wanted in [(SITE_LOCK, runtime), (TEST_LOCK, runtime | tools)]:
        locked: dict[str, set[str]] = {}
        for pin in read_lock(lock):  # on every platform and Python, not only this one
            locked.setdefault(pin.name, set()).add(pin.version)
        differ = {
            name: f"pyproject.toml {version}, {lock.name} {sorted(locked.get(name, []))}"
            for name, version in wanted.items()
            if locked.get(name) != {version}
        }
        assert differ == {}, HINT
    # MkDocs 2 drops plugins: the pin must stay on 1.x, at 1.6 or later.
    assert Version("1.6") <= Version(runtime[canonicalize_name("mkdocs")]) < Version("2")


def test_the_locked_setuptools_can_build_the_project() -> None:
    """`pip install --no-build-isolation -e .` builds with the locked setuptools."""
    for lock in (SITE_LOCK, TEST_LOCK):
        locked = here(read_lock(lock))
        for text in PYPROJECT["build-system"]["requires"]:
            requirement = Requirement(text)
            name = canonicalize_name(requirement.name)
            assert name in locked, f"{lock.name} lacks the build backend {text}: {HINT}"
            assert requirement.specifier.contains(locked[name]), f"{lock.name}: {text}"


def test_the_test_lock_holds_the_site_lock_at_the_same_versions() -> None:
    site = {(pin.name, pin.version, str(pin.marker)) for pin in read_lock(SITE_LOCK)}
    test = {(pin.name, pin.version, str(pin.marker)) for pin in read_lock(TEST_LOCK)}
    assert sorted(site - test) == []
