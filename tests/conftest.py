"""Shared fixtures: a fixed 'today', real binder folders, the demo binder, the public corpus."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepbinder.services.binder_services import BinderServices, open_services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 29)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "public"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Qt fixture as 'gui', so `-m "not gui"` is the fast loop."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & {"qtbot", "qapp", "qtmodeltester"}:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def today() -> dt.date:
    """The date every test treats as today."""
    return TODAY


@pytest.fixture
def binder_folder(tmp_path: Path) -> Path:
    """Where a test's binder lives (not created yet)."""
    return tmp_path / "binder"


@pytest.fixture
def services(binder_folder: Path) -> Iterator[BinderServices]:
    """A new, empty binder opened for writing, with services whose today is fixed."""
    opened = open_services(binder_folder, create=True, today=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def demo_services(services: BinderServices) -> BinderServices:
    """The empty binder filled with the demo child."""
    services.demo.ensure_demo()
    return services


@pytest.fixture
def corpus() -> Path:
    """The public corpus of real emails and PDFs; tests skip with a reason when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"the public corpus is not at {CORPUS} (it sits beside the repository)")
    return CORPUS
