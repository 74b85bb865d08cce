"""The project's own rules: layer contracts, lint, types, and resources found from a wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from iepbinder.config.paths import resource_path, resources_dir

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / name), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_layer_contracts_of_the_architecture_hold() -> None:
    result = _tool("lint-imports")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing() -> None:
    result = _tool("ruff", "check", "iepbinder", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = _tool("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_module_says_what_it_is_for() -> None:
    missing = []
    for path in sorted((REPO / "iepbinder").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[:1]
        if not first or not first[0].startswith('"""'):
            missing.append(str(path.relative_to(REPO)))
    assert missing == []


def test_resources_are_found_from_the_source_checkout() -> None:
    assert resources_dir() == REPO / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resource_path("icons", "iepbinder.svg").is_file()


@pytest.mark.slow
def test_installed_wheel_finds_its_resources(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("iepbinder-*.whl"))
    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=True)
    python = fresh / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    probe = (
        "from iepbinder.config.paths import resources_dir, resource_path\n"
        "from iepbinder.db.migrate import MIGRATIONS_DIR\n"
        "print(resources_dir())\n"
        "print(resource_path('fonts', 'DejaVuSans.ttf').is_file())\n"
        "print(resource_path('icons', 'iepbinder-256.png').is_file())\n"
        "print(sorted(p.name for p in (MIGRATIONS_DIR / 'versions').glob('*.py'))[:1])\n"
        "print((MIGRATIONS_DIR / 'script.py.mako').is_file())\n"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env={key: value for key, value in os.environ.items() if key != "PYTHONPATH"},
    )
    assert result.returncode == 0, result.stderr
    where, font, icon, first_migration, mako = result.stdout.splitlines()
    assert Path(where).is_relative_to(fresh)
    assert (font, icon, mako) == ("True", "True", "True")
    assert first_migration == "['0001_initial.py']"
    version = subprocess.run(
        [str(fresh / "bin" / "iepbinder"), "--version"], capture_output=True, text=True, check=False
    )
    assert version.returncode == 0 and version.stdout.startswith("IEP Binder ")
    assert (fresh / "bin" / "iepbinder-gui").exists()


def test_every_package_is_listed_for_the_wheel() -> None:
    import tomllib

    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(REPO).parts) for path in (REPO / "iepbinder").rglob("*.py")
    }
    assert found - listed == set()
