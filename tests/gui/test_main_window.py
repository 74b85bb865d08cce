"""The main window with real widgets on a real binder: guided start, forms, trash and Undo, lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.child_dialog import ChildDialog
from iepbinder.gui.dialogs.plan_dialog import PlanDialog
from iepbinder.gui.dialogs.service_dialog import ServiceDialog
from iepbinder.gui.models.glance_models import (
    accommodation_model,
    goal_model,
    service_model,
    team_model,
)
from iepbinder.gui.tasks import SyncRunner, ThreadRunner
from iepbinder.services.binder_services import BinderServices, open_services
from tests.conftest import TODAY


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[GuiApp]:
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    yield app
    app.shutdown()


def _save(qtbot: QtBot, dialog: object) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_binder_guides_to_child_iep_and_services(
    gui: GuiApp, qtbot: QtBot, tmp_path: Path
) -> None:
    window = gui.window
    gui.open_folder(tmp_path / "family", create=True)
    assert window.binder_stack.currentWidget() is window.no_child

    qtbot.mouseClick(window.no_child.add_button, Qt.MouseButton.LeftButton)
    child_dialog = window.open_dialog
    assert isinstance(child_dialog, ChildDialog)
    qtbot.keyClicks(child_dialog.first_name, "Sam")
    qtbot.keyClicks(child_dialog.last_name, "Lee")
    qtbot.keyClicks(child_dialog.date_of_birth.edit, "5/14/2017")
    _save(qtbot, child_dialog)
    assert window.child_combo.currentText() == "Sam Lee"
    assert window.binder_stack.currentWidget() is window.tabs
    tab = window.glance_tab
    assert tab is not None and tab.no_plan.isVisible()

    qtbot.mouseClick(tab.add_plan_button, Qt.MouseButton.LeftButton)
    plan_dialog = tab.open_dialog
    assert isinstance(plan_dialog, PlanDialog)
    qtbot.keyClicks(plan_dialog.dates["meeting_date"].edit, "2026-03-10")
    qtbot.keyClicks(plan_dialog.dates["start_date"].edit, "2026-03-24")
    qtbot.keyClicks(plan_dialog.dates["end_date"].edit, "2027-03-09")
    _save(qtbot, plan_dialog)
    assert tab.plan_card.isVisible()
    assert tab.plan_card.date_labels["annual_review_due"].text() == "2027-03-10 (in 101 days)"

    qtbot.mouseClick(tab.services.add_button, Qt.MouseButton.LeftButton)
    service_dialog = tab.open_dialog
    assert isinstance(service_dialog, ServiceDialog)
    service_dialog.service_type.setCurrentText("Speech-language therapy")
    qtbot.keyClicks(service_dialog.raw_text, "30 min 2x/week")
    service_dialog.raw_text.editingFinished.emit()
    _save(qtbot, service_dialog)
    model = tab.services.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Speech-language therapy"
    assert model.index(0, 1).data() == "2 x 30 min per week (60 min)"
    assert model.index(0, 2).data() == "30 min 2x/week"
    assert "\u26a0 amount not confirmed" in model.index(0, 7).data()


def test_validation_message_appears_beside_the_field(
    gui: GuiApp, qtbot: QtBot, tmp_path: Path
) -> None:
    gui.open_folder(tmp_path / "family", create=True)
    qtbot.mouseClick(gui.window.no_child.add_button, Qt.MouseButton.LeftButton)
    dialog = gui.window.open_dialog
    qtbot.keyClicks(dialog.date_of_birth.edit, "2030-01-01")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.rows["first_name"].error_label.text() == "\u26a0 First name is required."
    assert (
        dialog.rows["date_of_birth"].error_label.text()
        == "\u26a0 Date of birth cannot be in the future."
    )
    assert gui.services is not None and gui.services.children.list_children() == []


def test_delete_moves_to_trash_and_undo_brings_it_back(
    gui: GuiApp, qtbot: QtBot, demo_folder: Path
) -> None:
    gui.open_folder(demo_folder, create=False)
    tab = gui.window.glance_tab
    assert tab is not None
    table = tab.services.table
    assert tab.services.model.rowCount() == 5
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    names = [tab.services.model.index(r, 0).data() for r in range(tab.services.model.rowCount())]
    assert "Speech-language therapy" not in names and len(names) == 4
    assert gui.window.undo_button.isVisible()
    assert gui.window.commands.undo.isEnabled()
    qtbot.mouseClick(gui.window.undo_button, Qt.MouseButton.LeftButton)
    names = [tab.services.model.index(r, 0).data() for r in range(tab.services.model.rowCount())]
    assert names[1] == "Speech-language therapy" and len(names) == 5
    assert not gui.window.undo_button.isVisible()


def test_second_program_on_a_locked_binder_opens_it_read_only_and_says_why(
    gui: GuiApp, demo_folder: Path
) -> None:
    with open_services(demo_folder) as _other_program:
        gui.open_folder(demo_folder, create=False)
        window = gui.window
        assert window.read_only_banner.isVisible()
        banner = window.read_only_banner.text()
        assert "open read-only" in banner
        assert "already open for changes in another IEP Binder window" in banner
        tab = window.glance_tab
        assert tab is not None and not tab.services.add_button.isVisible()
        assert tab.services.model.rowCount() == 5


def test_not_a_binder_shows_the_reason_on_the_welcome_page(gui: GuiApp, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"x")
    gui.open_folder(folder, create=False)
    assert gui.window.stack.currentWidget() is gui.window.welcome
    assert "is not an IEP binder" in gui.window.welcome.problem.text()


def test_real_background_runner_loads_the_page(qtbot: QtBot, demo_folder: Path) -> None:
    app = GuiApp(runner=ThreadRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.window.show()
    app.open_folder(demo_folder, create=False)
    with qtbot.waitSignal(app.window.glance_tab_loaded, timeout=10000):
        app.window.tabs.setCurrentIndex(1)  # At a glance: built when first shown
    tab = app.window.glance_tab
    assert tab is not None and tab.goals.model.rowCount() == 5
    app.shutdown()


@pytest.fixture
def demo_rows(demo_folder: Path) -> Iterator[BinderServices]:
    with open_services(demo_folder, today=lambda: TODAY) as services:
        yield services


def test_table_models_pass_the_model_tester(qtmodeltester, demo_rows: BinderServices) -> None:  # type: ignore[no-untyped-def]
    child = demo_rows.children.choose_child(None)
    glance = demo_rows.glance.glance(child.id)
    for make, rows in (
        (service_model, glance.services),
        (accommodation_model, glance.accommodations),
        (goal_model, glance.goals),
        (team_model, glance.team),
    ):
        model = make()
        model.set_rows(list(rows))
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows)


def test_dates_show_how_far_away_they_are(gui: GuiApp, demo_folder: Path) -> None:
    gui.open_folder(demo_folder, create=False)
    tab = gui.window.glance_tab
    assert tab is not None
    due = tab.plan_card.date_labels["annual_review_due"].text()
    expected_days = (dt.date(2027, 3, 10) - TODAY).days
    assert due == f"2027-03-10 (in {expected_days} days)"


def test_opening_makes_the_daily_backup_and_shows_when(gui: GuiApp, demo_folder: Path) -> None:
    gui.open_folder(demo_folder, create=False)
    backups = sorted((demo_folder / "backups").glob("auto-*.zip"))
    assert len(backups) == 1
    stamp = backups[0].stem.removeprefix("auto-")
    when = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").strftime("%Y-%m-%d %H:%M")
    assert gui.window.backup_label.text() == f"Last backup: {when}"
    gui.open_folder(demo_folder, create=False)  # the same day: no second backup
    assert len(list((demo_folder / "backups").glob("auto-*.zip"))) == 1
