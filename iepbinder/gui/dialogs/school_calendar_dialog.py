"""Edit the school calendar: school years, their days off, and import of a district .ics file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.school_calendar import EVENT_KINDS, CalendarEvent, DayKind
from iepbinder.domain.validation import FieldError
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.base import FieldErrors, RecordDialog
from iepbinder.gui.errors import describe_error
from iepbinder.gui.models.month_model import KIND_WORDS
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.gui.widgets.buddy import buddy_label
from iepbinder.gui.widgets.fit_table import FitTableView
from iepbinder.gui.widgets.inputs import EnumCombo
from iepbinder.services.session_dto import CalendarEventRow, SchoolYearData, SchoolYearRow
from iepbinder.services.trash import ItemKind


def event_model(parent: Any = None) -> RowTableModel[CalendarEventRow]:
    """Days off and short days of a school year."""
    return RowTableModel(
        [
            Column(
                QCoreApplication.translate("SchoolCalendarDialog", "From", "first day"),
                lambda r: r.event.start.isoformat(),
                lambda r: r.event.start,
            ),
            Column(
                QCoreApplication.translate("SchoolCalendarDialog", "To", "last day"),
                lambda r: r.event.end.isoformat(),
                lambda r: r.event.end,
            ),
            Column(
                QCoreApplication.translate("SchoolCalendarDialog", "Kind"),
                lambda r: QCoreApplication.translate(
                    "SchoolCalendarDialog", KIND_WORDS[r.event.kind]
                ),
            ),
            Column(
                QCoreApplication.translate("SchoolCalendarDialog", "Name"), lambda r: r.event.name
            ),
        ],
        parent,
    )


class SchoolYearDialog(RecordDialog[SchoolYearData]):
    """Name, first and last day of a school year."""

    def __init__(self, parent: QWidget | None, title: str, **kwargs: Any) -> None:
        data: SchoolYearData | None = kwargs.pop("data", None)
        super().__init__(parent, title, **kwargs)
        self.label, self.first, self.last = QLineEdit(), self.date_field(), self.date_field()
        self.add_field("label", self.tr("&Name"), self.label)
        self.add_field("first_day", self.tr("&First day of school"), self.first)
        self.add_field("last_day", self.tr("&Last day of school"), self.last)
        if data is not None:
            self.label.setText(data.label)
            self.first.set_value(data.first_day)
            self.last.set_value(data.last_day)

    def collect(self) -> SchoolYearData:
        errors: list[FieldError] = []
        first, last = self.read_date("first_day", errors), self.read_date("last_day", errors)
        for name, value in (("first_day", first), ("last_day", last)):
            if value is None and not any(e.field == name for e in errors):
                errors.append(FieldError(name, self.tr("Enter a date.")))
        if errors or first is None or last is None:
            raise FieldErrors(errors)
        return SchoolYearData(self.label.text().strip(), first, last)

    def validate(self, data: SchoolYearData) -> list[FieldError]:
        return []


class CalendarEventDialog(RecordDialog[CalendarEvent]):
    """A holiday, break, closure, early-release or late-start day (or span)."""

    def __init__(self, parent: QWidget | None, title: str, **kwargs: Any) -> None:
        data: CalendarEvent | None = kwargs.pop("data", None)
        super().__init__(parent, title, **kwargs)
        self.kind = EnumCombo[DayKind](
            [(self.tr(KIND_WORDS[k] or k.value.title()), k) for k in EVENT_KINDS]
        )
        self.start, self.end, self.name = self.date_field(), self.date_field(), QLineEdit()
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("start", self.tr("&From"), self.start)
        self.add_field("end", self.tr("&To"), self.end, self.tr("Leave blank for a single day."))
        self.add_field("name", self.tr("&Name"), self.name)
        if data is not None:
            self.kind.set_value(data.kind)
            self.start.set_value(data.start)
            self.end.set_value(data.end)
            self.name.setText(data.name)

    def collect(self) -> CalendarEvent:
        errors: list[FieldError] = []
        start, end = self.read_date("start", errors), self.read_date("end", errors)
        if start is None and not errors:
            errors.append(FieldError("start", self.tr("Enter the first day.")))
        if errors or start is None:
            raise FieldErrors(errors)
        kind = self.kind.value() or DayKind.HOLIDAY
        return CalendarEvent(start, end or start, kind, self.name.text().strip())

    def validate(self, data: CalendarEvent) -> list[FieldError]:
        if data.end < data.start:
            return [FieldError("end", self.tr("The last day is before the first day."))]
        return []


class SchoolCalendarDialog(QDialog):
    """Choose a school year; add, edit or trash its days off; import an .ics file."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.years: list[SchoolYearRow] = []
        self.open_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("School calendar"))
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("School year"))
        self.add_year_button = QPushButton(self.tr("Add &year..."), self)
        self.edit_year_button = QPushButton(self.tr("Edit y&ear..."), self)
        self.import_button = QPushButton(self.tr("&Import .ics..."), self)
        self.model = event_model(self)
        self.table = FitTableView(self)
        self.table.setModel(self.model)
        self.table.set_stretch_columns({3: 3})
        self.add_event_button = QPushButton(self.tr("&Add day off..."), self)
        self.edit_event_button = QPushButton(self.tr("Edi&t..."), self)
        self.trash_button = QPushButton(self.tr("Move to trash"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.notice = QLabel(self)  # what the last import or action did
        self.notice.setWordWrap(True)
        years_row = QHBoxLayout()
        years_row.addWidget(buddy_label(self.tr("School &year:"), self.year_combo, self))
        for widget in (
            self.year_combo,
            self.add_year_button,
            self.edit_year_button,
            self.import_button,
        ):
            years_row.addWidget(widget)
        years_row.addStretch(1)
        event_row = QHBoxLayout()
        for widget in (self.add_event_button, self.edit_event_button, self.trash_button):
            event_row.addWidget(widget)
        event_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(years_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(event_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(close)
        self.resize(720, 520)
        self.year_combo.currentIndexChanged.connect(self._show_year)
        self.add_year_button.clicked.connect(lambda: self._year_form(None))
        self.edit_year_button.clicked.connect(lambda: self._year_form(self.current_year()))
        self.import_button.clicked.connect(lambda: self.import_ics())
        self.add_event_button.clicked.connect(lambda: self._event_form(None))
        self.edit_event_button.clicked.connect(self._edit_selected)
        self.table.activated_row.connect(lambda _row: self._edit_selected())
        self.trash_button.clicked.connect(self._trash_selected)
        self.table.delete_pressed.connect(lambda _row: self._trash_selected())
        context.bus.data_changed.connect(lambda *_args: self.reload())
        self.reload()

    def reload(self) -> None:
        """Fetch the school years again."""
        self.context.runner.read(
            self.context.services.calendar.list_years, self._show_years, self._failed
        )

    def _show_years(self, years: list[SchoolYearRow]) -> None:
        keep = self.year_combo.currentData()
        self.years = years
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(year.data.label, year.id)
        index = self.year_combo.findData(keep)
        self.year_combo.setCurrentIndex(index if index >= 0 else len(years) - 1)
        self.year_combo.blockSignals(False)
        self._show_year()

    def current_year(self) -> SchoolYearRow | None:
        """The year chosen in the combo."""
        wanted = self.year_combo.currentData()
        return next((y for y in self.years if y.id == wanted), None)

    def _show_year(self, *_args: object) -> None:
        year = self.current_year()
        self.model.set_rows(list(year.events) if year else [])
        for button in (
            self.edit_year_button,
            self.add_event_button,
            self.edit_event_button,
            self.trash_button,
        ):
            button.setEnabled(year is not None)
        if year is None:
            self.summary.setText(
                self.tr(
                    "No school year yet. Add one, or import the district's "
                    "calendar (.ics) if it names the first and last day."
                )
            )
            return
        self.summary.setText(
            self.tr("{label}: first day {first}, last day {last}.").format(
                label=year.data.label,
                first=year.data.first_day.isoformat(),
                last=year.data.last_day.isoformat(),
            )
        )

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog = dialog
        dialog.accepted.connect(lambda: self.context.bus.publish(dialog.result_value.changes, self))  # type: ignore[attr-defined]
        dialog.open()

    def _year_form(self, year: SchoolYearRow | None) -> None:
        calendar = self.context.services.calendar
        save = (
            calendar.add_year
            if year is None
            else lambda data: calendar.update_year(year.id, year.version, data)
        )
        self._open(
            SchoolYearDialog(
                self,
                self.tr("School year"),
                runner=self.context.runner,
                save=save,
                today=self.context.today,
                data=year.data if year else None,
            )
        )

    def _event_form(self, row: CalendarEventRow | None) -> None:
        year = self.current_year()
        if year is None:
            return
        calendar = self.context.services.calendar
        save = (
            (lambda data: calendar.add_event(year.id, data))
            if row is None
            else (lambda data: calendar.update_event(row.id, row.version, data))
        )
        self._open(
            CalendarEventDialog(
                self,
                self.tr("Day off or short day"),
                runner=self.context.runner,
                save=save,
                today=self.context.today,
                data=row.event if row else None,
            )
        )

    def _selected(self) -> CalendarEventRow | None:
        row = self.table.current_row()
        return self.model.row_at(row) if row >= 0 else None

    def _edit_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self._event_form(selected)

    def _trash_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.context.runner.write(
                lambda: self.context.services.trash.move_to_trash(
                    ItemKind.CALENDAR_DAY, selected.id
                )[1],
                lambda changes: self.context.bus.publish(changes, self),
                self._failed,
            )

    def import_ics(self, path: Path | None = None) -> None:
        """Import a district calendar file (asks for it when no path is given)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("District calendar"), "", self.tr("Calendar files (*.ics)")
            )
            if not chosen:
                return
            path = Path(chosen)
        data = path.read_bytes()
        calendar = self.context.services.calendar

        def done(result: Any) -> None:
            report, changes = result
            self.notice.setText(report.summary)
            self.context.bus.publish(changes, self)

        self.context.runner.write(lambda: calendar.import_ics(data), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.notice.setText("\u26a0 " + describe_error(error))
