"""A fresh machine installs the locks whatever the registry has released since.

pip 23.2 (what a new Python 3.11 venv holds) resolving WeasyPrint's `fonttools[woff]>=4.59.2`
took the extra for a requirement of its own, chose the newest fonttools on the registry for it
(4.69.1, newer than the lock's 4.68.0) and refused the whole install as "not pinned". The test
builds that trap offline, a registry folder holding a newer release of a locked package that
another asks for with an extra, and installs a lock from it into a new venv with the command
`scripts/install_locked.py` runs on a fresh clone (uv, resolving nothing).
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]


def load_install_locked() -> ModuleType:
    path = REPO / "scripts" / "install_locked.py"
    spec = importlib.util.spec_from_file_location("install_locked", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_hash(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def make_wheel(
    folder: Path, name: str, version: str, requires: list[str], extras: dict[str, list[str]]
) -> Path:
    """A pure-Python wheel of one empty module, with the requirements given."""
    info = f"{name}-{version}.dist-info"
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    lines += [f"Requires-Dist: {requirement}" for requirement in requires]
    for extra, wanted in extras.items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {requirement} ; extra == "{extra}"' for requirement in wanted]
    files = {
        f"{name}/__init__.py": f"VERSION = {version!r}\n".encode(),
        f"{info}/METADATA": ("\n".join(lines) + "\n").encode(),
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n",
    }
    record = [f"{path},sha256={record_hash(data)},{len(data)}" for path, data in files.items()]
    files[f"{info}/RECORD"] = ("\n".join([*record, f"{info}/RECORD,,"]) + "\n").encode()
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, data in files.items():
            archive.writestr(path, data)
    return wheel


@pytest.fixture(scope="module")
def registry_newer_than_the_lock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder of wheels and a lock of three of them: `app` asks for `fonts[woff]>=1.0`, the lock
    pins fonts 1.0 and the registry also has fonts 2.0 (as PyPI had fonttools 4.69.1)."""
    root = tmp_path_factory.mktemp("install")
    registry = root / "registry"
    registry.mkdir()
    locked = [
        make_wheel(registry, "app", "1.0", ["fonts[woff]>=1.0"], {}),
        make_wheel(registry, "fonts", "1.0", [], {"woff": ["brotli-ish"]}),
        make_wheel(registry, "brotli_ish", "1.0", [], {}),
    ]
    make_wheel(registry, "fonts", "2.0", [], {"woff": ["brotli-ish"]})
    lock = root / "lock.txt"
    lock.write_text(
        "".join(
            f"{wheel.name.split('-')[0]}=={wheel.name.split('-')[1]}"
            f" --hash=sha256:{hashlib.sha256(wheel.read_bytes()).hexdigest()}\n"
            for wheel in locked
        ),
        encoding="utf-8",
    )
    yield root


def offline_uv_environment(root: Path) -> dict[str, str]:
    """uv with no configuration of the machine's or the user's, and a cache of the test's own."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("UV_")}
    return environment | {"UV_NO_CONFIG": "1", "UV_CACHE_DIR": str(root / "uv-cache")}


def test_a_new_venv_installs_the_lock_when_the_registry_has_newer_releases(
    registry_newer_than_the_lock: Path,
) -> None:
    root = registry_newer_than_the_lock
    registry = root / "registry"
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    environment = offline_uv_environment(root)
    installer = load_install_locked()
    uv = installer.uv_program()
    offline = ["--no-index", "--find-links", str(registry)]

    # The trap is real: resolving what the lock's packages ask for takes the registry's newest.
    resolving = installer.uv_pip(uv, "install", "--dry-run", "app", *offline, python=python)
    resolved = subprocess.run(resolving, env=environment, capture_output=True, text=True)
    assert resolved.returncode == 0, resolved.stderr
    assert "fonts==2.0" in resolved.stderr, f"no newer release to fall for:\n{resolved.stderr}"

    command = [*installer.pinned_install(uv, root / "lock.txt", python=python), *offline]
    installed = subprocess.run(command, env=environment, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    versions = subprocess.run(
        [python, "-c", "import app, fonts, brotli_ish; print(fonts.VERSION)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert versions.strip() == "1.0", "the lock's release, not the registry's newest"
    check = subprocess.run(
        installer.uv_pip(uv, "check", python=python),
        env=environment,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def requested(requirement: Requirement, extra: str = "") -> bool:
    if requirement.marker is None:
        return not extra
    return requirement.marker.evaluate({"extra": extra})


def test_the_installed_lock_is_complete_extras_included() -> None:
    """--no-deps trusts the lock to be complete, and pip check ignores what an extra asks for:
    every requirement of every installed package, and of every extra one of them asks for, is
    installed at a version that meets it."""
    distributions = {canonicalize_name(d.metadata["Name"]): d for d in metadata.distributions()}
    wanted: list[tuple[str, Requirement]] = []
    for name, distribution in distributions.items():
        for text in distribution.requires or []:
            requirement = Requirement(text)
            if requested(requirement):
                wanted.append((name, requirement))
    for asker, requirement in list(wanted):
        target = distributions.get(canonicalize_name(requirement.name))
        for extra in requirement.extras:
            for text in (target.requires or []) if target else []:
                inner = Requirement(text)
                if requested(inner, extra):
                    wanted.append((f"{asker} via {requirement.name}[{extra}]", inner))
    unmet = []
    for asker, requirement in wanted:
        found = distributions.get(canonicalize_name(requirement.name))
        if found is None or not requirement.specifier.contains(found.version, prereleases=True):
            have = found.version if found else "nothing"
            unmet.append(f"{asker} needs {requirement} ({have} installed)")
    assert unmet == [], "the lock is incomplete: run `make lock`"
