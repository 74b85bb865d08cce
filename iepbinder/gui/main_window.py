"""The main window: the child switcher, the tabs, the menus and the status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iepbinder.config.credentials import server_binder_name
from iepbinder.domain.records import ChildData
from iepbinder.gui.actions import Actions, build_actions
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.binder_rules import binder_rules_action
from iepbinder.gui.dialogs.conflict import VersionedSave
from iepbinder.gui.errors import describe_error
from iepbinder.gui.file_actions import FileActions
from iepbinder.gui.import_flow import WindowImports
from iepbinder.gui.lazy_tabs import LazyTabs
from iepbinder.gui.remote_changes import RemoteChangeWatcher
from iepbinder.gui.tab_loading import FrontTabFirst
from iepbinder.gui.tabs.communication_title import PlaceholderTitle
from iepbinder.gui.tabs.registry import BinderTab, TabSpec, tab_specs
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.welcome import NoChildPage, WelcomePage
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved
from iepbinder.services.dto import ChildRow
from iepbinder.services.trash import ItemKind

if TYPE_CHECKING:
    from iepbinder.gui.tabs.glance import GlanceTab

MIN_WIDTH, MIN_HEIGHT = 1024, 700


class BinderOpener(Protocol):
    """What the window asks the composition root to do with binders."""

    def open_folder(self, folder: Path, *, create: bool) -> None: ...

    def open_demo(self) -> None: ...

    def create_default(self) -> None: ...

    def connect_server(self, url: str, password: str, remember: bool) -> str: ...


def _short_location(context: AppContext) -> str:
    """The binder folder's name, or the server database's name, for the window title."""
    services = context.services
    return server_binder_name(services.location) if services.on_server else services.folder.name


class MainWindow(QMainWindow):
    """One window per program; it shows whichever binder the composition root hands it."""

    glance_tab_loaded = Signal()

    def __init__(self, opener: BinderOpener, icon: QIcon | None = None) -> None:
        super().__init__()
        self.opener = opener
        self.context: AppContext | None = None
        self.undo: TrashUndo | None = None
        self.open_dialog: QDialog | None = None
        self.watcher: RemoteChangeWatcher | None = None
        self.child_rows: list[ChildRow] = []
        self._children_shown = False  # a tab built before the children are known waits
        self.title_probe: PlaceholderTitle | None = None  # Communication's count, before built
        self.setWindowTitle(self.tr("IEP Binder"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.files = FileActions(self)
        self.commands = build_actions(self, self._handlers())
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.welcome = WelcomePage(self)
        self.no_child = NoChildPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tab_loader = FrontTabFirst(self.tabs, self)
        self.binder_tabs = LazyTabs(self.tabs, self._make_tab, self._tab_ready)
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        binder_page = QWidget(self)
        binder_layout = QVBoxLayout(binder_page)
        binder_layout.setContentsMargins(0, 0, 0, 0)
        binder_layout.addWidget(self.read_only_banner)
        self.binder_stack = QStackedWidget(binder_page)
        self.binder_stack.addWidget(self.no_child)
        self.binder_stack.addWidget(self.tabs)
        binder_layout.addWidget(self.binder_stack)
        self.imports = WindowImports(self, binder_layout)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(binder_page)
        self.setCentralWidget(self.stack)
        self.welcome.new_requested.connect(self.opener.create_default)
        self.welcome.open_requested.connect(self.files.open_binder)
        self.welcome.demo_requested.connect(self.opener.open_demo)
        self.no_child.add_child_requested.connect(self.add_child)
        self.no_child.demo_requested.connect(self.opener.open_demo)
        self.set_context(None)

    # Construction ---------------------------------------------------------------------
    def _handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "new_binder": self.files.new_binder,
            "open_binder": self.files.open_binder,
            "open_demo": lambda: self.opener.open_demo(),
            "connect_server": self.files.connect_server,
            "print_page": self.files.print_page,
            "export_pdf": self.files.export_pdf,
            "export_binder_file": self.files.export_binder_file,
            "import_binder_file": self.files.import_binder_file,
            "back_up_now": self.files.back_up_now,
            "restore_backup": self.files.restore_backup,
            "quit": self.close,
            "undo": lambda: self.undo.undo() if self.undo else None,
            "show_trash": self.files.show_trash,
            "add_child": self.add_child,
            "edit_child": self.edit_child,
            "trash_child": self.trash_child,
            "check_binder": self.files.check_binder,
            "refresh": self.refresh_all,
            "about": self.files.about,
            "import_documents": lambda: self.imports.choose_files(),
            "paste_documents": lambda: self.imports.paste(),
            "preferences": self.files.preferences,
            "user_guide": self.files.user_guide,
        }

    def _build_menus(self) -> None:
        a: Actions = self.commands
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            a.new_binder,
            a.open_binder,
            a.open_demo,
            a.connect_server,
            None,
            a.import_documents,
            None,
            a.print_page,
            a.export_pdf,
            None,
            a.export_binder_file,
            a.import_binder_file,
            a.back_up_now,
            a.restore_backup,
            None,
            a.quit,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(a.undo)
        edit_menu.addAction(a.paste_documents)
        edit_menu.addAction(a.show_trash)
        edit_menu.addAction(binder_rules_action(self, lambda: self.context))
        edit_menu.addSeparator()
        edit_menu.addAction(a.preferences)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a.refresh)
        child_menu = bar.addMenu(self.tr("&Child"))
        for action in (a.add_child, a.edit_child, a.trash_child):
            child_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.user_guide)
        help_menu.addAction(a.check_binder)
        help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Child"), self)
        toolbar.setObjectName("child_toolbar")
        toolbar.setMovable(False)
        label = QLabel(self.tr("C&hild:"), toolbar)
        self.child_combo = QComboBox(toolbar)
        self.child_combo.setMinimumWidth(220)
        self.child_combo.setAccessibleName(self.tr("Child shown"))
        label.setBuddy(self.child_combo)
        self.child_combo.currentIndexChanged.connect(self._on_child_combo_changed)
        toolbar.addWidget(label)
        toolbar.addWidget(self.child_combo)
        toolbar.addAction(self.commands.add_child)
        toolbar.addSeparator()
        toolbar.addAction(self.commands.print_page)
        toolbar.addAction(self.commands.export_pdf)
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the last move to trash"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(lambda: self.undo.undo() if self.undo else None)
        self.binder_label = QLabel(self)
        self.backup_label = QLabel(self)
        status.addPermanentWidget(self.undo_button)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.binder_label)

    # Binder ---------------------------------------------------------------------------
    def set_context(self, context: AppContext | None, problem: str = "") -> None:
        """Show a binder (or the welcome page, with the reason it could not be opened)."""
        self.context = context
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        self.binder_tabs.clear()
        if self.title_probe is not None:
            self.title_probe.deleteLater()
            self.title_probe = None
        self._children_shown = False
        self.undo = None
        self.undo_button.hide()
        for action in self.commands.binder_actions() + self.commands.child_actions():
            action.setEnabled(context is not None)
        self.commands.undo.setEnabled(False)
        self.toolbar.setVisible(context is not None)
        if context is None:
            self.welcome.show_problem(problem)
            self.binder_label.setText("")
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle(self.tr("IEP Binder"))
            return
        if context.services.on_server or context.read_only:
            self.watcher = RemoteChangeWatcher(context)
            self.watcher.changed_elsewhere.connect(
                lambda: self.show_message(self.tr("Updated with changes made elsewhere."))
            )
        self.undo = TrashUndo(context.services.trash, context.runner, context.bus)
        self.undo.changed.connect(self._on_undo_changed)
        self.undo.message.connect(self.show_message)
        self.binder_tabs.fill(tab_specs())  # each tab is built when first shown
        self.title_probe = self._placeholder_title(context)
        context.bus.data_changed.connect(self._on_bus_data_changed)
        read_only = context.read_only
        for action in self.commands.writing_actions():
            action.setVisible(not read_only)
        self.read_only_banner.setText(
            self.tr(
                "\u26a0 This binder is open read-only: you can look and print, but not change it. "
                "{reason}"
            ).format(reason=problem)
        )
        self.read_only_banner.setVisible(read_only)
        self.binder_label.setText(context.services.location)
        self.backup_label.setText("")
        if not read_only and not context.services.on_server:
            context.runner.write(
                context.services.backups.auto_backup_if_due,
                lambda _info: self.show_last_backup(),
                lambda error: self.show_message(describe_error(error)),
            )
        else:
            self.show_last_backup()
        self.setWindowTitle(
            self.tr("IEP Binder \u2013 {folder}").format(folder=_short_location(context))
        )
        self.stack.setCurrentIndex(1)
        self.reload_children()

    def _make_tab(self, spec: TabSpec) -> QWidget:
        """Build one tab of the open binder (LazyTabs calls this when it is first needed)."""
        assert self.context is not None and self.undo is not None
        tab = spec.build(self.context, self.undo, self)
        tab.status_message.connect(self.show_message)  # type: ignore[attr-defined]
        if hasattr(tab, "navigate_requested"):  # the Today tab's "go to it"
            tab.navigate_requested.connect(self.show_place)
        if hasattr(tab, "import_requested"):  # tabs that take drops or offer "Add files"
            tab.import_requested.connect(self.imports.start)
        if spec.key == "glance":
            tab.loaded.connect(self.glance_tab_loaded)  # type: ignore[attr-defined]
        return tab

    def _placeholder_title(self, context: AppContext) -> PlaceholderTitle | None:
        """Communication's follow-up count on its tab title, before the tab is built."""
        if "communication" not in self.binder_tabs:
            return None
        index = list(self.binder_tabs).index("communication")
        placeholder = self.tabs.widget(index)
        if placeholder is None:
            return None
        return PlaceholderTitle(context, self.tabs, placeholder, self.tabs.tabText(index))

    def _tab_ready(self, tab: QWidget) -> None:
        """A tab just built and put in its place: show it the child (if they are known yet)."""
        if self._children_shown:  # built after the others were given the child
            tab.set_child(self.current_child_id())  # type: ignore[attr-defined]

    @property
    def glance_tab(self) -> GlanceTab | None:
        """The At a glance tab (built now if it was not yet), or None without a binder."""
        return self.binder_tabs.get("glance")  # type: ignore[return-value]

    def reload_children(self, select_id: int | None = None) -> None:
        """Fetch the children and show the one chosen (or keep the current one)."""
        context = self.context
        if context is None:
            return
        keep = select_id if select_id is not None else self.current_child_id()
        context.runner.read(
            context.services.children.list_children,
            lambda rows: self._show_children(rows, keep),
            lambda error: self.show_message(describe_error(error)),
        )

    def _show_children(self, children: list[ChildRow], keep: int | None) -> None:
        self.child_rows = children
        self.child_combo.blockSignals(True)
        self.child_combo.clear()
        for child in children:
            self.child_combo.addItem(child.display_name, child.id)
        index = self.child_combo.findData(keep) if keep is not None else -1
        self.child_combo.setCurrentIndex(index if index >= 0 else (0 if children else -1))
        self.child_combo.blockSignals(False)
        has_child = bool(children)
        self.binder_stack.setCurrentWidget(self.tabs if has_child else self.no_child)
        for action in self.commands.child_actions():
            action.setEnabled(has_child)
        self._children_shown = True
        self._on_child_combo_changed()

    def current_child_id(self) -> int | None:
        """The child shown, or None."""
        data = self.child_combo.currentData()
        return int(data) if data is not None else None

    def current_child(self) -> ChildRow | None:
        """The DTO of the child shown."""
        child_id = self.current_child_id()
        return next((child for child in self.child_rows if child.id == child_id), None)

    def _on_child_combo_changed(self, *_args: object) -> None:
        waiting: list[QWidget | PlaceholderTitle] = list(self.binder_tabs.built())
        if self.title_probe is not None and not self.binder_tabs.is_built("communication"):
            waiting.append(self.title_probe)  # the count on the tab before it is built
        self.tab_loader.show_child(waiting, self.current_child_id())  # type: ignore[arg-type]

    def show_place(self, key: str, item: str) -> None:
        """Bring a tab to the front and select an item there ('service:Speech', 'goal:3')."""
        if key not in self.binder_tabs:
            return
        tab = self.binder_tabs.tab(key)
        self.tabs.setCurrentWidget(tab)
        show_item = getattr(tab, "show_item", None)
        if item and show_item is not None:
            show_item(item)

    def current_tab(self) -> BinderTab | None:
        """The tab in front, as the window's print commands see it."""
        widget = self.tabs.currentWidget()
        return widget if widget is not None else None  # type: ignore[return-value]

    def _on_bus_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.CHILDREN):
            self.reload_children()

    # Children -------------------------------------------------------------------------
    def add_child(self) -> None:
        """Open the form for a new child; show them when saved."""
        context = self.context
        if context is None or context.read_only:
            return
        self._child_dialog(self.tr("Add your child"), None, context.services.children.add_child)

    def edit_child(self) -> None:
        """Open the form for the child shown."""
        context, child = self.context, self.current_child()
        if context is None or child is None or context.read_only:
            return
        service = context.services.children
        self._child_dialog(
            self.tr("Edit child"),
            child.data,
            VersionedSave(
                lambda version, data: service.update_child(child.id, version, data), child.version
            ),
        )

    def _child_dialog(
        self,
        title: str,
        data: ChildData | None,
        save: Callable[[ChildData], Saved[ChildRow]] | VersionedSave[ChildData],
    ) -> None:
        from iepbinder.gui.dialogs.child_dialog import ChildDialog

        context = self.context
        assert context is not None
        dialog = ChildDialog(
            self, title, runner=context.runner, save=save, today=context.today, data=data
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_accepted() -> None:
            saved = dialog.result_value
            self.reload_children(select_id=saved.row.id)
            context.bus.publish(saved.changes, self)
            self.show_message(self.tr("Saved."))

        dialog.accepted.connect(on_accepted)
        self.open_dialog = dialog
        dialog.open()

    def trash_child(self) -> None:
        """Move the child shown to the trash, after asking (Undo stays possible)."""
        child = self.current_child()
        if child is None or self.undo is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move child to trash?"),
            self.tr(
                "Move {name} and everything about them to the trash? Nothing is destroyed: "
                "Undo or Edit > Trash brings it all back."
            ).format(name=child.display_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo.move_to_trash(ItemKind.CHILD, child.id)

    def show_last_backup(self) -> None:
        """'Last backup: 2026-11-29 09:00' in the status bar (UX: nothing lost, and visibly so)."""
        context = self.context
        if context is None:
            return

        def show(moment: object) -> None:
            text = (
                self.tr("Last backup: {when}").format(when=moment.strftime("%Y-%m-%d %H:%M"))
                if isinstance(moment, dt.datetime)
                else self.tr("No backup yet")
            )
            self.backup_label.setText(text)

        context.runner.read(context.services.backups.last_backup, show, lambda _error: None)

    def refresh_all(self) -> None:
        """Reload everything shown (View > Refresh): shows changes made on other computers."""
        if self.context is not None:
            self.context.bus.publish(Changes.everything(), self)
            self.show_message(self.tr("Refreshed."))

    # Status ---------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """A calm note in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def _on_undo_changed(self, text: str) -> None:
        self.commands.undo.setEnabled(bool(text))
        self.commands.undo.setText(text or self.tr("&Undo"))
        self.undo_button.setVisible(bool(text))
        self.undo_button.setToolTip(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Let queued saves finish before the window goes."""
        if self.context is not None:
            self.context.runner.wait_idle(10000)
        super().closeEvent(event)
