"""Two computers edit the same record of a server binder: the later save shows both versions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.base import CONFLICT_TOOK_THEIRS
from iepbinder.gui.dialogs.service_dialog import ServiceDialog
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import BinderServices, open_services
from iepbinder.services.trash import ItemKind
from tests.conftest import TODAY


@pytest.fixture
def two_computers(qtbot: QtBot, postgres_url: str) -> Iterator[tuple[GuiApp, BinderServices]]:
    other = open_services(url=postgres_url, today=lambda: TODAY)
    other.demo.ensure_demo()
    gui = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(gui.window)
    gui.open_server(postgres_url)
    yield gui, other
    gui.shutdown()
    other.close()


def _edit_speech_here_and_there(gui: GuiApp, other: BinderServices) -> ServiceDialog:
    tab = gui.window.glance_tab
    assert tab is not None
    row = tab.services.model.row_at(1)
    assert row.data.service_type == "Speech-language therapy"
    tab.services.edit_requested.emit(row)
    dialog = tab.open_dialog
    assert isinstance(dialog, ServiceDialog)
    dialog.page_ref.setText("12-13")  # this computer's edit
    elsewhere = other.plans.list_services(row.iep_id)[1]
    other.plans.update_service(
        elsewhere.id, elsewhere.version, replace(elsewhere.data, page_ref="14")
    )
    return dialog


def test_later_save_shows_both_versions_and_can_keep_mine(
    qtbot: QtBot, two_computers: tuple[GuiApp, BinderServices]
) -> None:
    gui, other = two_computers
    dialog = _edit_speech_here_and_there(gui, other)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.conflict.isVisible()
    table = dialog.conflict.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [["IEP page", "14", "12-13"]]
    qtbot.mouseClick(dialog.conflict.mine_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    plan_id = gui.window.glance_tab.plan_id
    assert other.plans.list_services(plan_id)[1].data.page_ref == "12-13"


def test_keeping_theirs_closes_without_saving(
    qtbot: QtBot, two_computers: tuple[GuiApp, BinderServices]
) -> None:
    gui, other = two_computers
    dialog = _edit_speech_here_and_there(gui, other)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.mouseClick(dialog.conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert finished.args == [CONFLICT_TOOK_THEIRS]
    tab = gui.window.glance_tab
    assert tab.services.model.row_at(1).data.page_ref == "14"


def test_changes_made_on_another_computer_appear(
    two_computers: tuple[GuiApp, BinderServices],
) -> None:
    gui, other = two_computers
    watcher = gui.window.watcher
    assert watcher is not None
    tab = gui.window.glance_tab
    assert tab is not None and tab.services.model.rowCount() == 5
    watcher.check_now()  # nothing changed yet: nothing to refresh
    assert gui.window.statusBar().currentMessage() == ""
    row = tab.services.model.row_at(0)
    other.trash.move_to_trash(ItemKind.SERVICE, row.id)
    watcher.check_now()
    assert tab.services.model.rowCount() == 4
    assert gui.window.statusBar().currentMessage() == "Updated with changes made elsewhere."


def _edit_a_log_entry_here_and_there(gui: GuiApp, other: BinderServices) -> tuple[object, int]:
    """This computer retitles a log entry while the other one saves a different title."""
    child = other.children.list_children()[0]
    entry_id = other.commlog.list_rows(child.id).rows[0].id
    log = gui.window.binder_tabs["communication"].log  # type: ignore[attr-defined]
    gui.window.tabs.setCurrentWidget(gui.window.binder_tabs["communication"])
    log.show_entry(entry_id)
    assert log.editor.entry.id == entry_id
    log.editor.topic.setText("Topic typed here")
    stored = other.commlog.get_entry(entry_id)
    other.commlog.update_entry(
        entry_id, stored.version, replace(stored.data, topic="Topic saved elsewhere")
    )
    log.editor.save_button.click()
    return log, entry_id


def test_two_computers_editing_one_log_entry_take_the_conflict_path(
    two_computers: tuple[GuiApp, BinderServices],
) -> None:
    gui, other = two_computers
    log, entry_id = _edit_a_log_entry_here_and_there(gui, other)
    assert not log.conflict.isHidden()  # type: ignore[attr-defined]
    table = log.conflict.table  # type: ignore[attr-defined]
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [["Topic", "Topic saved elsewhere", "Topic typed here"]]
    assert other.commlog.get_entry(entry_id).data.topic == "Topic saved elsewhere"
    log.conflict.mine_button.click()  # type: ignore[attr-defined]
    assert log.conflict.isHidden()  # type: ignore[attr-defined]
    assert other.commlog.get_entry(entry_id).data.topic == "Topic typed here"
    # Both versions stay in the entry's history.
    edits = [r for r in other.commlog.history(entry_id) if r.action == "edited"]
    assert [r.after["topic"] for r in edits[-2:]] == ["Topic saved elsewhere", "Topic typed here"]


def test_keeping_their_log_entry_shows_it_and_saves_nothing(
    two_computers: tuple[GuiApp, BinderServices],
) -> None:
    gui, other = two_computers
    log, entry_id = _edit_a_log_entry_here_and_there(gui, other)
    log.conflict.theirs_button.click()  # type: ignore[attr-defined]
    assert log.conflict.isHidden()  # type: ignore[attr-defined]
    assert log.editor.topic.text() == "Topic saved elsewhere"  # type: ignore[attr-defined]
    assert other.commlog.get_entry(entry_id).data.topic == "Topic saved elsewhere"
