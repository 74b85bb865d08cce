"""A drop is imported on the writer's thread, and the binder's long-lived objects are frozen."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from iepbinder.gui.app import GuiApp
from iepbinder.gui.drops import DropItems
from iepbinder.gui.long_lived import LongLivedObjects
from iepbinder.gui.tasks import ThreadRunner
from iepbinder.services.document_dto import ImportPayload, ImportStatus
from iepbinder.services.lazy_service import made_services
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


def test_a_drop_becomes_files_without_loading_the_email_and_pdf_readers(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "b.txt").write_text("note")
    (tmp_path / "folder" / ".hidden").write_text("skipped")
    (tmp_path / "a.eml").write_text("Subject: hello\n\nbody")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QMimeData, QUrl\n"
        "from iepbinder.gui.drops import items_of\n"
        "mime = QMimeData()\n"
        "mime.setUrls([QUrl.fromLocalFile(p) for p in sys.argv[1:]])\n"
        "print(' '.join(p.name for p in items_of(mime).payloads))\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "a.eml"), str(tmp_path / "folder")],
        cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
        text=True, timeout=120, check=True,
    )  # fmt: skip
    names, modules = done.stdout.splitlines()
    assert names.split() == ["a.eml", "b.txt"]
    loaded = set(modules.split())
    for module in (
        "iepbinder.services.documents",
        "iepbinder.services.document_import",
        "iepbinder.importers.document_file",
        "email.headerregistry",
    ):
        assert module not in loaded, module


def _opened(qtbot: QtBot, folder: Path) -> GuiApp:
    gui = GuiApp(runner=ThreadRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    gui.window.resize(1280, 800)
    gui.window.show()
    gui.open_folder(folder, create=False)
    qtbot.waitUntil(lambda: gui.window.current_child_id() is not None, timeout=20000)
    return gui


def test_the_import_service_is_made_on_the_writers_thread(qtbot: QtBot, demo_folder: Path) -> None:
    gui = _opened(qtbot, demo_folder)
    assert gui.services is not None and gui.context is not None
    gate = threading.Event()
    gui.runner.write(lambda: gate.wait(30), lambda _done: None, lambda _error: None)
    imports = gui.window.imports
    imports.start(DropItems([ImportPayload("meeting notes.txt", b"Asked for an IEP meeting.")], []))
    # The import waits behind the gated write: starting it made nothing on this thread.
    assert "documents" not in made_services(gui.services)
    with qtbot.waitSignal(imports.finished, timeout=30000) as finished:
        gate.set()
    report = finished.args[0]
    assert [(o.name, o.status) for o in report.outcomes] == [
        ("meeting notes.txt", ImportStatus.IMPORTED)
    ]
    assert "documents" in made_services(gui.services)
    assert imports.summary.label.text() == "Added 1 file to Maya Rodríguez\u2019s binder."
    gui.shutdown()


def test_the_open_binders_objects_are_frozen_once_its_first_tab_has_data(
    qtbot: QtBot, demo_folder: Path
) -> None:
    gui = _opened(qtbot, demo_folder)
    qtbot.waitUntil(lambda: gui.long_lived.frozen, timeout=20000)
    assert gc.get_freeze_count() > 0
    gui.shutdown()  # closing the binder hands everything back to the collector
    assert not gui.long_lived.frozen
    assert gc.get_freeze_count() == 0


def test_freezing_waits_for_the_tab_and_happens_once(qtbot: QtBot) -> None:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    class Tab(QWidget):
        loaded = Signal()

    tab = Tab()
    qtbot.addWidget(tab)
    long_lived = LongLivedObjects()
    long_lived.freeze_once_loaded(tab)
    assert not long_lived.frozen
    tab.loaded.emit()
    assert long_lived.frozen and gc.get_freeze_count() > 0
    long_lived.thaw()
    assert gc.get_freeze_count() == 0
    tab.loaded.emit()  # a later reload of the same tab freezes nothing
    assert not long_lived.frozen and gc.get_freeze_count() == 0
    long_lived.freeze_once_loaded(None)  # no tab to wait for: at once
    assert long_lived.frozen
    long_lived.thaw()
