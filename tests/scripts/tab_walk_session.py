"""A session with the real program, for a test that watches its exit: python tab_walk_session.py.

Runs ``iepbinder demo`` (the demo binder in $HOME, then the window), shows every tab and every
page inside it, edits the child and saves, then closes the window like a person would, and
leaves through the program's own exit (the interpreter finalizes as after any session).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget  # noqa: E402

from iepbinder.entry import main  # noqa: E402
from iepbinder.gui.dialogs.base import RecordDialog  # noqa: E402
from iepbinder.gui.main_window import MainWindow  # noqa: E402
from iepbinder.gui.start import make_application  # noqa: E402

STEP_MS = 150
GIVE_UP_MS = 90_000


def _window(app: QApplication) -> MainWindow:
    shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return shown[0]


def walk(app: QApplication) -> None:
    """Show each tab in turn, then the child's form, save it, and close the window."""
    window = _window(app)
    tabs = window.tabs
    left = list(range(tabs.count()))

    def step() -> None:
        if not left:
            print(f"visited {tabs.count()} tabs", flush=True)
            window.edit_child()
            QTimer.singleShot(STEP_MS, save)
            return
        tabs.setCurrentIndex(left.pop(0))
        for inner in tabs.currentWidget().findChildren(QTabWidget):
            for page in range(inner.count()):
                inner.setCurrentIndex(page)
                app.processEvents()
        QTimer.singleShot(STEP_MS, step)

    def save() -> None:
        dialog = window.open_dialog
        assert isinstance(dialog, RecordDialog), "the child's form did not open"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        QTimer.singleShot(STEP_MS * 3, close)

    def close() -> None:
        print("saved; closing", flush=True)
        window.close()

    step()


if __name__ == "__main__":
    application = make_application()
    QTimer.singleShot(1000, lambda: walk(application))
    QTimer.singleShot(GIVE_UP_MS, application.quit)  # a stuck session ends, and the test fails
    sys.exit(main(["demo"]))
