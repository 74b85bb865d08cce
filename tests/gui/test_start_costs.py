"""A start walks nothing with the cycle collector; PySide's import check reads each file once."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from iepbinder.gui import start_costs
from iepbinder.gui.app import GuiApp
from iepbinder.gui.start import resume_unless_loading
from iepbinder.gui.start_costs import (
    lighten_pyside_import_check,
    pause_for_start,
    paused_for_start,
    resume_after_start,
)
from iepbinder.gui.tasks import ThreadRunner
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def collector_back_on() -> Iterator[None]:
    """Whatever a test does, the collector runs again afterwards."""
    yield
    resume_after_start()
    gc.enable()
    gc.unfreeze()


def test_pausing_and_resuming_touch_only_a_collector_the_start_paused(
    collector_back_on: None,
) -> None:
    pause_for_start()
    assert not gc.isenabled() and paused_for_start()
    pause_for_start()  # a second pause (entry point, then run_gui) changes nothing
    resume_after_start()
    assert gc.isenabled() and not paused_for_start()
    resume_after_start()  # idempotent
    assert gc.isenabled()
    gc.disable()  # switched off by someone else: the start must not switch it back on
    pause_for_start()
    assert not paused_for_start()
    resume_after_start()
    assert not gc.isenabled()


def test_the_collector_resumes_when_the_first_tab_has_its_data_and_the_start_is_frozen(
    qtbot: QtBot, demo_folder: Path, collector_back_on: None
) -> None:
    pause_for_start()
    gui = GuiApp(runner=ThreadRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    gui.window.show()
    gui.open_folder(demo_folder, create=False)
    resume_unless_loading(gui)
    assert not gc.isenabled()  # a binder is loading: still paused
    qtbot.waitUntil(lambda: gui.long_lived.frozen, timeout=20000)
    assert gc.isenabled() and not paused_for_start()
    assert gc.get_freeze_count() > 0  # what the start made, frozen unwalked
    gui.shutdown()
    assert gc.get_freeze_count() == 0


def test_a_start_without_a_binder_resumes_the_collector_at_once(
    qtbot: QtBot, tmp_path: Path, collector_back_on: None
) -> None:
    pause_for_start()
    gui = GuiApp(runner=ThreadRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    gui.start(tmp_path / "no binder here")  # the welcome page
    resume_unless_loading(gui)
    assert gc.isenabled() and not paused_for_start()


def test_pysides_import_check_gives_the_same_answers_from_one_read_of_each_file() -> None:
    feature = sys.modules[start_costs.PYSIDE_FEATURE_MODULE]
    original = feature._mod_uses_pyside  # type: ignore[attr-defined]
    try:
        assert lighten_pyside_import_check()
        assert not lighten_pyside_import_check()  # once is enough
        lighter = feature._mod_uses_pyside  # type: ignore[attr-defined]
        import iepbinder.db.binder
        import iepbinder.gui.main_window
        import iepbinder.gui.tabs.today

        for module in (
            iepbinder.gui.main_window,  # imports PySide6
            iepbinder.gui.tabs.today,
            iepbinder.db.binder,  # does not
            json,  # the standard library
            gc,  # built in, no file
            sys.modules["PySide6.QtCore"],  # compiled, no source
        ):
            assert lighter(module) == original(module), module.__name__
        assert lighter(iepbinder.gui.main_window) and not lighter(iepbinder.db.binder)
    finally:
        feature._mod_uses_pyside = original  # type: ignore[attr-defined]


def test_a_started_program_kept_no_source_lines_of_its_modules(tmp_path: Path) -> None:
    """In a new process: the application made, the whole program imported, nothing read."""
    script = (
        "import linecache, sys\n"
        "from iepbinder.gui.start import make_application\n"
        "app = make_application()\n"
        "import iepbinder.gui.app, iepbinder.gui.tabs.today\n"
        "later = ('/sqlalchemy/', '/iepbinder/db/', '/iepbinder/services/')\n"
        "print(sum(1 for name in linecache.cache if any(part in name for part in later)))\n"
        "print(sum(1 for name in sys.modules if name.startswith('iepbinder.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path)),
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    sources_read, ours = (int(line) for line in done.stdout.split())
    assert ours > 100  # the program was imported ...
    assert sources_read == 0  # ... without its sources read into memory (159 before)
