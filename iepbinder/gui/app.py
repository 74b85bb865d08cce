"""Composition root: the application object, the binder that is open, and the main window."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from iepbinder import __version__
from iepbinder.config.paths import (
    APP_NAME,
    default_binder_path,
    default_demo_binder_path,
    resolve_binder_path,
    resource_path,
)
from iepbinder.domain.language import set_language
from iepbinder.gui.appearance import apply_preferences, load_preferences
from iepbinder.gui.context import AppContext, ChangeBus
from iepbinder.gui.errors import describe_error
from iepbinder.gui.i18n import chosen_language, install_translators
from iepbinder.gui.long_lived import LongLivedObjects
from iepbinder.gui.main_window import MainWindow
from iepbinder.gui.tasks import Runner, ThreadRunner
from iepbinder.services.binder_services import (
    BinderError,
    BinderLockedError,
    BinderReadOnlyError,
    BinderServices,
    OpenMode,
    open_services,
)


def app_icon() -> QIcon:
    """The program's icon in every size we ship."""
    icon = QIcon(str(resource_path("icons", "iepbinder.svg")))
    for size in (16, 32, 48, 64, 128, 256):
        png = resource_path("icons", f"iepbinder-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon


class GuiApp:
    """Opens binders and hands them to the window; closes the previous one first."""

    def __init__(
        self,
        runner: Runner | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.runner: Runner = runner if runner is not None else ThreadRunner()
        self.today = today
        self.services: BinderServices | None = None
        self.context: AppContext | None = None
        self.long_lived = LongLivedObjects()
        self.window = MainWindow(self, app_icon())

    # BinderOpener ---------------------------------------------------------------------
    def open_folder(self, folder: Path, *, create: bool) -> None:
        """Open (or create) a binder and show it; explain in the window if that fails."""
        self._close_current()
        with _busy_cursor():
            try:
                services = open_services(folder, create=create, today=self.today)
                problem = ""
            except (BinderLockedError, BinderReadOnlyError) as exc:
                try:
                    services = open_services(folder, mode=OpenMode.READ, today=self.today)
                except BinderError as again:
                    self.window.set_context(None, describe_error(again))
                    return
                problem = str(exc)
            except BinderError as exc:
                self.window.set_context(None, describe_error(exc))
                return
        self._show(services, problem)

    def open_server(self, url: str, *, create: bool = False) -> None:
        """Open a binder kept on a database server (several people may have it open)."""
        self._close_current()
        with _busy_cursor():
            try:
                services = open_services(url=url, create=create, today=self.today)
            except BinderError as exc:
                self.window.set_context(None, describe_error(exc))
                return
        self._show(services, "")

    def connect_server(self, url: str, password: str, remember: bool) -> str:
        """Open a server binder from the Connect dialog; '' on success, else the reason."""
        from iepbinder.config.credentials import forget_password, store_password

        self._close_current()
        with _busy_cursor():
            try:
                services = open_services(url=url, create=True, today=self.today)
            except BinderError as exc:
                return describe_error(exc)
        note = ""
        if remember and password and not store_password(url, password):
            note = self.window.tr(
                "This computer has no password keyring, so the password was not remembered; "
                "you will be asked for it next time."
            )
        elif not remember:
            forget_password(url)
        self._show(services, "")
        if note:
            self.window.show_message(note)
        return ""

    def create_default(self) -> None:
        """Start the family's binder in the default place."""
        self.open_folder(default_binder_path(), create=True)

    def open_demo(self) -> None:
        """Open the demo binder, making it first if needed."""
        folder = default_demo_binder_path()
        self._close_current()
        with _busy_cursor():
            try:
                services = open_services(folder, create=True, today=self.today)
                services.demo.ensure_demo()
            except BinderError as exc:
                self.window.set_context(None, describe_error(exc))
                return
            except Exception as exc:  # noqa: BLE001 - shown to the person, never a traceback
                self.window.set_context(None, describe_error(exc))
                return
        self._show(services, "")

    # Internals ------------------------------------------------------------------------
    def start(self, folder: Path | None) -> None:
        """Open the binder asked for, or the default one; the welcome page when there is none."""
        target = folder if folder is not None else resolve_binder_path(None)
        if folder is None and not target.exists():
            self.window.set_context(None)
            return
        self.open_folder(target, create=False)

    def _show(self, services: BinderServices, problem: str) -> None:
        self.services = services
        self.context = AppContext(services, self.runner, ChangeBus(), self.today)
        self.window.set_context(self.context, problem)
        self.long_lived.freeze_once_loaded(self.window.tabs.currentWidget())

    def _close_current(self) -> None:
        self.runner.wait_idle(10000)
        self.long_lived.thaw()
        if self.services is not None:
            self.services.close()
        self.services = None
        self.context = None

    def shutdown(self) -> None:
        """Finish queued work and release the binder."""
        self._close_current()


class _busy_cursor:  # noqa: N801 - used as a context manager
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the program's name, version and icon."""
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


def run_gui(
    binder: Path | None,
    *,
    demo: bool = False,
    database_url: str | None = None,
    language: str | None = None,
) -> int:
    """Open the window on a binder (the default one when None) and run until it closes."""
    app = make_application()
    install_translators(chosen_language(language))
    gui = GuiApp()
    if database_url:
        gui.open_server(database_url)
    elif demo and binder is None:
        gui.open_demo()
    else:
        gui.start(binder)
    gui.window.show()
    code = app.exec()
    gui.shutdown()
    return code
