"""Starting the window: the application object, then Today painted early, then the full program.

A start first shows Today as kept at the last close (gui/kept_today.py, gui/kept_window.py) when
it is provably still right, using only Qt and the standard library; then it imports the program
(the database code, the services and every window module), opens the binder, and hands the
place over to the full window once Today's live facts are read. Without a valid kept Today a
plain window says the binder is opening, and the full window takes its place the same way.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from iepbinder import __version__
from iepbinder.config.credentials import server_binder_name
from iepbinder.config.paths import APP_NAME, resolve_binder_path, resource_path
from iepbinder.domain.language import current_language, set_language
from iepbinder.gui.appearance import apply_preferences, load_preferences
from iepbinder.gui.i18n import chosen_language, install_translators
from iepbinder.gui.kept_today import DATABASE_NAME, read_kept_today
from iepbinder.gui.lasting_constants import keep_constants_alive
from iepbinder.gui.start_costs import (
    RESUME_AT_LATEST_MS,
    lighten_pyside_import_check,
    pause_for_start,
    resume_after_start,
)

if TYPE_CHECKING:
    from iepbinder.gui.app import GuiApp
    from iepbinder.gui.kept_window import KeptTodayWindow, StartWindow
    from iepbinder.gui.tasks import Runner

HAND_OVER_AT_LATEST_MS = 60_000  # the full window shows even if Today's read never answers
ShownWindow = TypeVar("ShownWindow", bound="StartWindow")


def app_icon() -> QIcon:
    """The program's icon in every size we ship."""
    icon = QIcon(str(resource_path("icons", "iepbinder.svg")))
    for size in (16, 32, 48, 64, 128, 256):
        png = resource_path("icons", f"iepbinder-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the program's name, version and icon."""
    lighten_pyside_import_check()  # before the program's modules are imported
    keep_constants_alive()  # before any Qt call of ours (gui/lasting_constants.py)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("iepbinder")
    app.setWindowIcon(app_icon())
    apply_preferences(app, load_preferences())  # light or dark, text size (Edit > Preferences)
    set_language(str(QSettings().value("ui/language", "system")), QLocale.system().name())
    return app


def show_kept_today(folder: Path, today: dt.date) -> KeptTodayWindow | None:
    """Paint the kept Today of ``folder`` now, if it is still right; None otherwise."""
    kept = read_kept_today(folder, today, current_language())
    if kept is None:
        return None
    from iepbinder.gui.kept_window import KeptTodayWindow  # only a start with kept facts needs it

    return _shown(KeptTodayWindow(kept, folder.name))


def _shown(shell: ShownWindow) -> ShownWindow:
    """``shell`` on screen and painted, at the full window's usual size."""
    screen = QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    shell.resize(
        min(1280, room.width()) if room else 1280, min(800, room.height()) if room else 800
    )
    shell.show()
    shell.repaint()
    return shell


def show_opening(folder: Path) -> StartWindow | None:
    """Paint a window saying the binder is opening, if ``folder`` holds one; None otherwise."""
    if not (folder / DATABASE_NAME).is_file():  # the welcome page or a new binder comes quickly
        return None
    from iepbinder.gui.kept_window import OpeningWindow

    return _shown(OpeningWindow(folder.name))


def show_opening_server(url: str) -> StartWindow:
    """Paint a window saying the server binder is opening: reaching a server can take a while."""
    from iepbinder.gui.kept_window import OpeningWindow

    return _shown(OpeningWindow(server_binder_name(url) or APP_NAME))


def open_server_program(
    url: str, shell: StartWindow | None, runner: Runner | None = None
) -> GuiApp:
    """Import the program, open the server binder at ``url`` and show its window.

    With the opening window on screen the full window takes its place once Today's live facts
    are read (or at once when the server could not be reached).
    """
    from iepbinder.gui.app import GuiApp

    gui = GuiApp(runner)
    gui.open_server(url)
    _show_full_window(gui, shell)
    return gui


def open_program(
    folder: Path | None,
    today: Callable[[], dt.date],
    shell: StartWindow | None,
    runner: Runner | None = None,
) -> GuiApp:
    """Import the program, open the binder (the default one when None) and show its window.

    With a first window on screen (the kept Today, or the binder opening) the full window takes
    its place once Today's live facts are read (or at once when the binder could not be opened
    or has no child to show).
    """
    if shell is not None and shell.scrolls_while_opening:
        _import_beside(shell, "iepbinder.gui.app")
    from iepbinder.gui.app import GuiApp

    gui = GuiApp(runner, today, keep_today=True)
    gui.start(folder)
    _show_full_window(gui, shell)
    return gui


def _show_full_window(gui: GuiApp, shell: StartWindow | None) -> None:
    """Show the full window now, or in ``shell``'s place once Today's live facts are read."""
    if shell is None:
        gui.window.show()
    else:
        _hand_over_when_live(shell, gui)


def _import_beside(shell: StartWindow, module: str) -> None:
    """Import ``module`` on a helper thread while the first window still scrolls and repaints.

    Importing only defines classes and functions (no widget is made), which Qt allows off the
    window's thread. A failed import is left for the window's thread to meet again and report.
    """
    finished = threading.Event()

    def work() -> None:
        try:
            importlib.import_module(module)
        except BaseException:  # noqa: BLE001, S110 - imported again on the window's thread
            pass
        finally:
            finished.set()

    threading.Thread(target=work, name="import-program", daemon=True).start()
    while not finished.wait(0.02):
        QApplication.processEvents()
    shell.repaint()


def _hand_over_when_live(shell: StartWindow, gui: GuiApp) -> None:
    window = gui.window
    done: list[bool] = []

    def hand_over(*_args: object) -> None:
        if done:
            return
        done.append(True)
        if shell.closed_by_person:  # the person closed the window while it was opening
            QTimer.singleShot(0, QApplication.quit)
            return
        window.setGeometry(shell.geometry())
        if shell.isMaximized():
            window.showMaximized()
        else:
            window.show()
        shell.hide()  # hidden by the program: not closed by the person
        shell.deleteLater()

    tabs = window.binder_tabs
    if window.context is None or "today" not in tabs or not tabs.is_built("today"):
        hand_over()
        return
    today_tab = tabs["today"]
    if getattr(today_tab, "dto", None) is not None:  # read already (a synchronous runner)
        hand_over()
        return
    today_tab.loaded.connect(hand_over)  # type: ignore[attr-defined]
    today_tab.status_message.connect(hand_over)  # type: ignore[attr-defined]  # a failure
    QTimer.singleShot(HAND_OVER_AT_LATEST_MS, hand_over)


def resume_unless_loading(gui: GuiApp) -> None:
    """Resume the collector now if no binder is shown; in any case at the latest in a minute."""
    if gui.context is None:  # the welcome page, or the binder could not be opened
        resume_after_start()
    QTimer.singleShot(RESUME_AT_LATEST_MS, resume_after_start)


def run_gui(
    binder: Path | None,
    *,
    demo: bool = False,
    database_url: str | None = None,
    language: str | None = None,
) -> int:
    """Open the window on a binder (the default one when None) and run until it closes."""
    pause_for_start()  # resumed once the first tab has its data (gui/start_costs.py)
    app = make_application()
    install_translators(chosen_language(language))
    shell: StartWindow | None = None
    if not database_url and not demo:
        folder = binder or resolve_binder_path(None)
        shell = show_kept_today(folder, dt.date.today()) or show_opening(folder)
    if database_url:
        gui = open_server_program(database_url, show_opening_server(database_url))
    elif demo and binder is None:
        from iepbinder.gui.app import GuiApp

        gui = GuiApp()
        gui.open_demo()
        gui.window.show()
    else:
        gui = open_program(binder, dt.date.today, shell)
    resume_unless_loading(gui)
    code = app.exec()
    gui.shutdown()
    return code
