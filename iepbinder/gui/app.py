"""Composition root: the application object, the binder that is open, and the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from iepbinder.config.paths import (
    default_binder_path,
    default_demo_binder_path,
    resolve_binder_path,
)
from iepbinder.domain.language import current_language
from iepbinder.gui.context import AppContext, ChangeBus
from iepbinder.gui.errors import describe_error
from iepbinder.gui.kept_today import KeptToday, forget_today, keep_today
from iepbinder.gui.long_lived import LongLivedObjects
from iepbinder.gui.main_window import MainWindow
from iepbinder.gui.start import app_icon, make_application, run_gui
from iepbinder.gui.tasks import Runner, ThreadRunner
from iepbinder.services.binder_services import (
    BinderError,
    BinderLockedError,
    BinderReadOnlyError,
    BinderServices,
    OpenMode,
    open_services,
)


class GuiApp:
    """Opens binders and hands them to the window; closes the previous one first."""

    def __init__(
        self,
        runner: Runner | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        *,
        keep_today: bool = False,
    ) -> None:
        """``keep_today``: keep Today's facts at each close for the next start (the program)."""
        self.keep_today = keep_today
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
        if self.services is not None:  # keeping Today takes a while after the window is gone
            self.services.announce_closing()
        self.runner.wait_idle(10000)
        self.long_lived.thaw()
        if self.services is not None:
            kept = self._today_to_keep() if self.keep_today else []
            keeps = self.keep_today and not (self.services.on_server or self.services.read_only)
            folder = self.services.folder if keeps else None
            self.services.close()
            if folder is not None and kept:
                keep_today(folder, kept, current_language())
            elif folder is not None:
                forget_today(folder)
        self.services = None
        self.context = None

    def _today_to_keep(self) -> list[KeptToday]:
        """What Today shows for the child the next start shows first, today and the next days.

        Read afresh, not taken from the tab, so nothing queued or missed can make it stale.
        """
        services, window = self.services, self.window
        if services is None or services.on_server or services.read_only or not window.child_rows:
            return []
        if not window.binder_tabs.is_built("today"):
            return []
        from iepbinder.gui.tabs.today import TodayTab
        from iepbinder.gui.tabs.today_kept import kept_days

        tab = window.binder_tabs["today"]
        if not isinstance(tab, TodayTab):
            return []
        try:
            kept = kept_days(tab, services, window.child_rows[0].id)
        except Exception:  # noqa: BLE001 - keeping is a help, never a reason to fail a close
            return []
        menus = [action.text() for action in window.menuBar().actions()]
        tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
        return [replace(day, menus=menus, tabs=tabs) for day in kept]

    def shutdown(self) -> None:
        """Finish queued work and release the binder."""
        self._close_current()


class _busy_cursor:  # noqa: N801 - used as a context manager
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


__all__ = ["GuiApp", "app_icon", "make_application", "run_gui"]
