"""Edit > Binder rules with real widgets: every rule shown, saved, reset, a wrong value named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDoubleSpinBox, QLineEdit
from pytestqt.qtbot import QtBot

from iepbinder.domain.types import HolidayPolicy
from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.binder_rules import BinderRulesDialog
from iepbinder.gui.dialogs.service_dialog import ServiceDialog
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_rules import RULES
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> Iterator[GuiApp]:
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.open_folder(tmp_path / "binder", create=True)
    yield app
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, BinderRulesDialog):
            widget.hide()
            widget.deleteLater()


def _open(gui: GuiApp) -> BinderRulesDialog:
    menu = next(a.menu() for a in gui.window.menuBar().actions() if a.text() == "&Edit")
    action = next(a for a in menu.actions() if a.text() == "Binder &rules...")
    action.trigger()
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, BinderRulesDialog))


def test_every_rule_is_shown_with_its_default_and_saved(qtbot: QtBot, gui: GuiApp) -> None:
    dialog = _open(gui)
    assert set(dialog.editors) == {rule.key for rule in RULES}
    assert dialog.editors["alerts.watch_net_rate"].widget.value() == 90  # shown as 90 %
    assert not dialog.editors["comp.ratio"].reset_button.isEnabled()  # already the default
    ratio = dialog.editors["comp.ratio"].widget
    assert isinstance(ratio, QDoubleSpinBox)
    ratio.setFocus()
    ratio.selectAll()
    qtbot.keyClicks(ratio, "1.5")
    assert dialog.editors["comp.ratio"].reset_button.isEnabled()
    dialog.editors["pm.trend_method"].widget.setCurrentIndex(1)  # Tukey
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    settings = gui.window.context.services.settings  # type: ignore[union-attr]
    assert (settings.get("comp.ratio"), settings.get("pm.trend_method")) == (1.5, "TUKEY")


def test_reset_brings_back_the_default(qtbot: QtBot, gui: GuiApp) -> None:
    services = gui.window.context.services  # type: ignore[union-attr]
    services.rules.save({"log.contemporaneous_hours": 24})
    dialog = _open(gui)
    editor = dialog.editors["log.contemporaneous_hours"]
    assert editor.widget.value() == 24
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert editor.widget.value() == 48
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert services.settings.get("log.contemporaneous_hours", "unset") == "unset"


def test_a_wrong_value_is_named_under_its_row(qtbot: QtBot, gui: GuiApp) -> None:
    dialog = _open(gui)
    editor = dialog.editors["annual.reminders_days"]
    assert isinstance(editor.widget, QLineEdit)
    assert editor.widget.text() == "60, 30, 14, 7"
    editor.widget.setText("60, soon")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert editor.message.text() == "\u26a0 Enter a number."
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Deadlines"


def test_a_new_service_starts_with_the_binders_holiday_policy(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
        services.rules.save({"services.holiday_policy": "ZERO_WHEN_CLOSED"})
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.open_folder(folder, create=False)
    tab = app.window.glance_tab
    assert tab is not None
    tab.services.add_requested.emit()
    dialog = tab.open_dialog
    assert isinstance(dialog, ServiceDialog)
    assert dialog.holiday_policy.value() is HolidayPolicy.ZERO_WHEN_CLOSED
    dialog.reject()
    row = tab.services.model.row_at(0)  # an existing service keeps its own policy (A)
    tab.services.edit_requested.emit(row)
    edited = tab.open_dialog
    assert isinstance(edited, ServiceDialog)
    assert edited.holiday_policy.value() is row.data.holiday_policy
    edited.reject()
