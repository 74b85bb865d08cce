"""A form in Spanish shows the messages of domain and services in Spanish, next to the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from iepbinder.domain.language import set_language
from iepbinder.gui.dialogs.base import RecordDialog
from iepbinder.gui.dialogs.data_point_dialog import DataPointDialog
from iepbinder.gui.i18n import install_translators, remove_translators
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import BinderServices
from tests.conftest import TODAY


@pytest.fixture
def in_spanish() -> Iterator[None]:
    translators = install_translators("es")  # what the program does when Spanish is chosen
    yield
    remove_translators(translators)
    set_language("en")


def _message(dialog: RecordDialog[Any], name: str) -> str:
    label = dialog.rows[name].error_label
    return label.text() if label.isVisibleTo(dialog) else ""


def _save(qtbot: Any, dialog: RecordDialog[Any]) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_data_point_form_in_spanish_shows_the_date_messages_in_spanish(
    qtbot: Any, demo_services: BinderServices, in_spanish: None
) -> None:
    child = demo_services.children.list_children()[0]
    plan = demo_services.plans.list_plans(child.id)[-1]
    goal = demo_services.plans.list_goals(plan.id)[0]
    saved: list[object] = []

    def save(data: Any) -> object:
        saved.append(demo_services.progress_points.add_point(goal.id, data))
        return saved[-1]

    dialog = DataPointDialog(None, "Dato", runner=SyncRunner(), save=save, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.rows["value"].label == "Valor"  # the form itself is in Spanish
    dialog.value.setText("68")
    dialog.observed_on.edit.setText("31/31")  # month 31 does not exist
    _save(qtbot, dialog)
    assert _message(dialog, "observed_on") == "\u26a0 '31/31' no es una fecha que exista."
    dialog.observed_on.set_value(TODAY + dt.timedelta(days=3))
    _save(qtbot, dialog)
    assert _message(dialog, "observed_on") == "\u26a0 La fecha está en el futuro."
    assert saved == []
    dialog.observed_on.set_value(TODAY)
    _save(qtbot, dialog)
    assert len(saved) == 1 and _message(dialog, "observed_on") == ""
    dialog.hide()
