"""Tabs built when first shown: placeholders until then, the same tab, data and keys after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from iepbinder.gui.app import GuiApp
from iepbinder.gui.tabs.calendar import CalendarTab
from iepbinder.gui.tabs.communication import CommunicationTab
from iepbinder.gui.tabs.registry import tab_specs
from iepbinder.gui.undo import TrashUndo
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


def _focus_chain(tab: QWidget) -> list[str]:
    """The controls Tab visits inside ``tab``, in order, by type and name."""
    chain: list[str] = []
    widget = tab.nextInFocusChain()
    while widget is not tab and len(chain) < 500:
        inside = tab.isAncestorOf(widget)
        if inside and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            name = widget.accessibleName() or widget.objectName()
            chain.append(f"{type(widget).__name__}:{name}")
        widget = widget.nextInFocusChain()
    return chain


def test_only_the_front_tab_is_built_when_the_binder_opens(gui: GuiApp) -> None:
    window = gui.window
    keys = [spec.key for spec in tab_specs()]
    assert window.tabs.count() == len(keys)
    assert [window.binder_tabs.is_built(key) for key in keys] == [key == "today" for key in keys]
    placeholder = window.tabs.widget(keys.index("calendar"))
    assert placeholder.objectName() == "calendar_placeholder"
    assert window.tabs.tabText(keys.index("calendar")) == "&Calendar"
    log = keys.index("communication")  # its count of follow-ups shows before it is built
    assert window.tabs.widget(log).objectName() == "communication_placeholder"
    assert window.tabs.tabText(log) == "Co&mmunication (\u26a0 3)"
    assert window.tabs.tabToolTip(log) == "3 follow-ups are overdue or waiting for a reply."


def test_a_tab_shown_the_first_time_takes_its_place_with_its_data(gui: GuiApp) -> None:
    window = gui.window
    index = [spec.key for spec in tab_specs()].index("communication")
    window.tabs.setCurrentIndex(index)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, CommunicationTab)
    assert window.binder_tabs["communication"] is tab
    assert window.tabs.indexOf(tab) == index
    assert tab.log.model.rowCount() == 11  # the demo child's log, read for this child
    assert window.tabs.tabText(index) == "Co&mmunication (\u26a0 3)"  # its own title
    assert window.current_tab() is tab  # Print and Export PDF act on it


def test_ctrl_tab_builds_the_next_tab_and_the_menus_act_on_it(gui: GuiApp) -> None:
    window = gui.window
    window.activateWindow()
    today = window.binder_tabs["today"]
    today.setFocus()
    QTest.keyClick(window.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    glance = window.tabs.currentWidget()
    assert window.tabs.currentIndex() == 1 and window.binder_tabs.is_built("glance")
    assert window.glance_tab is glance
    assert window.current_tab() is glance
    assert glance.goals.model.rowCount() == 5  # type: ignore[attr-defined]
    assert window.current_tab().page_title() == glance.page_title()  # type: ignore[union-attr]


def test_a_tab_built_on_first_show_keeps_its_keyboard_order(gui: GuiApp, qtbot: QtBot) -> None:
    window = gui.window
    assert gui.context is not None and window.undo is not None
    window.tabs.setCurrentIndex([spec.key for spec in tab_specs()].index("calendar"))
    shown = window.tabs.currentWidget()
    assert isinstance(shown, CalendarTab)
    holder = QWidget()
    qtbot.addWidget(holder)
    spec = next(spec for spec in tab_specs() if spec.key == "calendar")
    direct = spec.build(
        gui.context,
        TrashUndo(gui.context.services.trash, gui.context.runner, gui.context.bus),
        holder,
    )
    direct.set_child(window.current_child_id())  # its ledger's figures are focusable rows too
    chain = _focus_chain(shown)
    assert chain and chain == _focus_chain(direct)
    window.activateWindow()
    window.tabs.tabBar().setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.tabs.tabBar(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None and shown.isAncestorOf(focus)  # Tab goes into the tab


def test_go_to_it_builds_the_tab_it_names(gui: GuiApp) -> None:
    window = gui.window
    assert not window.binder_tabs.is_built("progress")
    window.show_place("progress", "")
    assert window.binder_tabs.is_built("progress")
    assert window.tabs.currentWidget() is window.binder_tabs["progress"]


def test_another_binder_starts_again_with_placeholders(gui: GuiApp, demo_folder: Path) -> None:
    window = gui.window
    window.tabs.setCurrentIndex(3)
    gui.open_folder(demo_folder, create=False)
    assert window.tabs.currentIndex() == 0
    assert window.binder_tabs.built() == [window.binder_tabs["today"]]


def test_opening_the_window_leaves_other_tabs_and_dialogs_unimported(demo_folder: Path) -> None:
    script = (
        "import sys, datetime as dt\n"
        "from pathlib import Path\n"
        "from iepbinder.gui.app import GuiApp, make_application\n"
        "from iepbinder.gui.tasks import SyncRunner\n"
        "app = make_application()\n"
        f"gui = GuiApp(runner=SyncRunner(), today=lambda: dt.date.fromisoformat('{TODAY}'))\n"
        "gui.open_folder(Path(sys.argv[1]), create=False)\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('iepbinder'))))\n"
        "gui.shutdown()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, str(demo_folder)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    loaded = set(done.stdout.split())
    assert "iepbinder.gui.tabs.today" in loaded
    for module in (
        "iepbinder.gui.tabs.calendar",
        "iepbinder.gui.tabs.communication",
        "iepbinder.gui.tabs.documents",
        "iepbinder.gui.tabs.progress",
        "iepbinder.gui.dialogs.letter_dialog",
        "iepbinder.gui.dialogs.child_dialog",
        "iepbinder.services.documents",
        "iepbinder.services.packet",
    ):
        assert module not in loaded, module


def test_the_count_on_the_placeholder_follows_a_follow_up_done(gui: GuiApp) -> None:
    window = gui.window
    assert gui.context is not None
    index = [spec.key for spec in tab_specs()].index("communication")
    services = gui.context.services
    child = window.current_child_id()
    assert child is not None
    late = next(item for item in services.open_items.open_items(child) if item.is_late(TODAY))
    saved = services.commlog.mark_follow_up_done(late.entry_id, None)
    gui.context.bus.publish(saved.changes)  # as the Today tab's Done does
    assert not window.binder_tabs.is_built("communication")
    assert window.tabs.tabText(index) == "Co&mmunication (\u26a0 2)"
