"""Compensatory awards from the Calendar tab, with real widgets on the demo binder: the list, a new
award with its specificity questions, and a session delivered under it counted in the ledger."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.award_dialog import AwardDeliveryDialog, AwardDialog
from iepbinder.gui.dialogs.awards_dialog import AwardsDialog, award_model
from iepbinder.gui.tabs.calendar import CalendarTab
from tests.gui.test_calendar_tab import tab  # noqa: F401 - fixture

OT = "Occupational therapy"


def _open(tab: CalendarTab) -> AwardsDialog:  # noqa: F811 - the fixture's name
    tab.awards_action.trigger()
    dialog = tab.open_dialog
    assert isinstance(dialog, AwardsDialog)
    return dialog


def _cells(dialog: AwardsDialog, row: int) -> list[str]:
    model = dialog.section.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_the_demo_award_shows_agreed_delivered_and_left(
    qtbot: QtBot,
    tab: CalendarTab,  # noqa: F811
    qtmodeltester: object,
) -> None:
    dialog = _open(tab)
    # The demo's award: 90 minutes of speech, one 30-minute session done: 90 - 30 = 60 left.
    assert _cells(dialog, 0)[:5] == [
        "Speech-language therapy",
        "IEP team",
        "90 min",
        "30 min",
        "60 min",
    ]
    qtmodeltester.check(award_model())  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.section.model)  # type: ignore[attr-defined]


def test_a_new_award_asks_what_is_vague_and_its_delivery_counts(
    qtbot: QtBot,
    gui: GuiApp,  # noqa: F811
    tab: CalendarTab,  # noqa: F811
) -> None:
    services = gui.window.context.services  # type: ignore[union-attr]
    child_id = gui.window.current_child_id()
    assert child_id is not None
    start, end = dt.date(2026, 8, 24), dt.date(2026, 11, 27)
    before = services.ledger.report(child_id, start, end).service(OT).ledger.makeup_delivered
    dialog = _open(tab)
    dialog.section.add_requested.emit()
    form = dialog.open_dialog
    assert isinstance(form, AwardDialog)
    form.service_type.set_text(OT)
    form.minutes.setValue(120)
    form.setting.setText("Before school, OT room")
    assert "Who provides it (school staff or an outside provider)?" in form.prompts.text()
    assert "By when must it be delivered?" in form.prompts.text()
    form.provider.setText("Dana Brooks, OT")
    form.deadline.edit.setText("2027-01-29")
    assert "Who provides it" not in form.prompts.text()
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert dialog.section.model.rowCount() == 2
    new_row = next(r for r in range(2) if dialog.section.model.row_at(r).data.service_type == OT)
    dialog.section.table.selectRow(new_row)
    dialog.log_button.click()
    delivery = dialog.open_dialog
    assert isinstance(delivery, AwardDeliveryDialog)
    delivery.day.edit.setText("2026-11-24")
    delivery.minutes.setValue(45)
    delivery.buttons.button(delivery.buttons.StandardButton.Save).click()
    # 120 agreed, 45 delivered: 120 - 45 = 75 still to deliver.
    assert _cells(dialog, new_row)[2:5] == ["120 min", "45 min", "75 min"]
    after = services.ledger.report(child_id, start, end).service(OT).ledger.makeup_delivered
    assert after - before == 45  # the same session log: 45 more make-up minutes for OT
    dialog.reject()
