"""Every menu command in one place: text, shortcut and what it calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass
class Actions:
    """The window's actions; menus and buttons reuse these objects."""

    new_binder: QAction
    open_binder: QAction
    open_demo: QAction
    connect_server: QAction
    print_page: QAction
    export_pdf: QAction
    export_binder_file: QAction
    import_binder_file: QAction
    back_up_now: QAction
    restore_backup: QAction
    quit: QAction
    undo: QAction
    show_trash: QAction
    add_child: QAction
    edit_child: QAction
    trash_child: QAction
    check_binder: QAction
    refresh: QAction
    about: QAction
    import_documents: QAction
    paste_documents: QAction
    preferences: QAction
    user_guide: QAction

    def binder_actions(self) -> list[QAction]:
        """Actions that need an open binder."""
        return [
            self.print_page,
            self.export_pdf,
            self.export_binder_file,
            self.import_binder_file,
            self.show_trash,
            self.add_child,
            self.check_binder,
            self.back_up_now,
        ]

    def child_actions(self) -> list[QAction]:
        """Actions that need a chosen child."""
        return [
            self.print_page,
            self.export_pdf,
            self.edit_child,
            self.trash_child,
            self.import_documents,
            self.paste_documents,
        ]

    def writing_actions(self) -> list[QAction]:
        """Actions that change the binder (hidden when it is read-only)."""
        return [
            self.import_binder_file,
            self.add_child,
            self.edit_child,
            self.trash_child,
            self.undo,
            self.import_documents,
            self.paste_documents,
        ]


def _action(
    parent: QWidget,
    text: str,
    handler: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: handler())
    return action


def build_actions(window: QWidget, handlers: dict[str, Callable[[], object]]) -> Actions:
    """Create the actions, wiring each to its handler by name."""
    tr = window.tr
    keys = QKeySequence.StandardKey
    return Actions(
        new_binder=_action(
            window,
            tr("&New binder..."),
            handlers["new_binder"],
            keys.New,
            tr("Start a new, empty binder in a folder you choose"),
        ),
        open_binder=_action(
            window,
            tr("&Open binder..."),
            handlers["open_binder"],
            keys.Open,
            tr("Open a binder folder"),
        ),
        open_demo=_action(
            window,
            tr("Open the &demo binder"),
            handlers["open_demo"],
            tip=tr("Look around a binder filled with a fictional child"),
        ),
        connect_server=_action(
            window,
            tr("&Connect to server..."),
            handlers["connect_server"],
            tip=tr("Open a binder shared on a PostgreSQL server"),
        ),
        print_page=_action(
            window,
            tr("&Print..."),
            handlers["print_page"],
            keys.Print,
            tr("Preview and print the page you are looking at"),
        ),
        export_pdf=_action(
            window,
            tr("&Export PDF..."),
            handlers["export_pdf"],
            "Ctrl+Shift+E",
            tr("Save the page you are looking at as a PDF file"),
        ),
        export_binder_file=_action(
            window,
            tr("Save a copy of the whole binder (&JSON)..."),
            handlers["export_binder_file"],
            tip=tr("Everything in this binder as one file"),
        ),
        import_binder_file=_action(
            window,
            tr("&Import a binder file (JSON)..."),
            handlers["import_binder_file"],
            tip=tr("Fill this empty binder from a saved binder file"),
        ),
        back_up_now=_action(
            window,
            tr("&Back up now..."),
            handlers["back_up_now"],
            tip=tr("Save a complete copy of this binder as one .zip file"),
        ),
        restore_backup=_action(
            window,
            tr("&Restore a backup..."),
            handlers["restore_backup"],
            tip=tr("Unpack a backup .zip into a new folder and open it"),
        ),
        quit=_action(window, tr("&Quit"), handlers["quit"], keys.Quit),
        undo=_action(window, tr("&Undo"), handlers["undo"], keys.Undo),
        show_trash=_action(
            window,
            tr("&Trash..."),
            handlers["show_trash"],
            tip=tr("See deleted items and restore them"),
        ),
        add_child=_action(window, tr("&Add a child..."), handlers["add_child"], "Ctrl+Shift+N"),
        edit_child=_action(window, tr("&Edit child..."), handlers["edit_child"]),
        trash_child=_action(window, tr("Move child to &trash"), handlers["trash_child"]),
        check_binder=_action(
            window,
            tr("&Check binder"),
            handlers["check_binder"],
            tip=tr("Check that the binder's records are complete and sound"),
        ),
        refresh=_action(
            window,
            tr("&Refresh"),
            handlers["refresh"],
            keys.Refresh,
            tip=tr("Show the latest changes, including those made on other computers"),
        ),
        about=_action(window, tr("&About IEP Binder"), handlers["about"]),
        import_documents=_action(
            window,
            tr("&Import documents and emails..."),
            handlers["import_documents"],
            "Ctrl+I",
            tr("File school emails, PDFs and other files (you can also drag them in)"),
        ),
        paste_documents=_action(
            window,
            tr("&Paste documents or emails"),
            handlers["paste_documents"],
            keys.Paste,
            tr("File the files or email you copied"),
        ),
        preferences=_preferences_action(window, handlers["preferences"]),
        user_guide=_action(
            window,
            tr("&User guide"),
            handlers["user_guide"],
            keys.HelpContents,
            tr("How to use IEP Binder, from the first binder to the meeting packet"),
        ),
    )


def _preferences_action(window: QWidget, handler: Callable[[], object]) -> QAction:
    """Edit > Preferences with the system's shortcut (Ctrl+, where the system has none)."""
    action = _action(
        window,
        window.tr("Pre&ferences..."),
        handler,
        QKeySequence.StandardKey.Preferences,
        window.tr("Language, light or dark look, and text size"),
    )
    if action.shortcut().isEmpty():
        action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    return action
