"""The Today tab: what needs the parent now, where to act, meetings, deadlines and wins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.config.jurisdictions import PROFILES
from iepbinder.domain.reminders import Place, TodayItem, letter_title
from iepbinder.domain.today_records import ClockEventData, MeetingData
from iepbinder.domain.types import PaperSize
from iepbinder.gui.context import AppContext
from iepbinder.gui.dialogs.conflict import VersionedSave
from iepbinder.gui.errors import describe_error
from iepbinder.gui.i18n import date_text
from iepbinder.gui.models.row_model import RowTableModel
from iepbinder.gui.models.today_models import (
    clock_events_model,
    deadlines_model,
    items_model,
    meetings_model,
)
from iepbinder.gui.undo import TrashUndo
from iepbinder.gui.widgets.fit_table import FitTableView
from iepbinder.gui.widgets.section import TableSection
from iepbinder.gui.widgets.two_columns import two_columns
from iepbinder.services.changes import Area, Changes
from iepbinder.services.deadlines import DeadlineRow
from iepbinder.services.meetings import ClockEventRow, MeetingRow
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.today import TodayDto
from iepbinder.services.trash import ItemKind

TODAY_AREAS = tuple(Area)  # every area feeds some source of the Today list
LISTS = ("overdue", "this_week", "alerts", "coming_up", "wins")


class TodayTab(QWidget):
    """The first tab: overdue, this week, alerts, coming up and wins, each with where to act."""

    status_message = Signal(str)
    loaded = Signal()
    navigate_requested = Signal(str, str)  # tab key, item ("service:Speech", "goal:3")

    def __init__(self, context: AppContext, undo: TrashUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.undo = context, undo
        self.child_id: int | None = None
        self.dto: TodayDto | None = None
        self.open_dialog: QDialog | None = None
        self.open_message: QDialog | None = None
        self.chosen: TodayItem | None = None
        self._build()
        context.bus.data_changed.connect(self._on_bus_data_changed)

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.calm = QLabel(self)
        self.calm.setWordWrap(True)
        self.jurisdiction = QComboBox(self)
        for code, profile in PROFILES.items():
            self.jurisdiction.addItem(self.tr(profile.name), code)
        self.jurisdiction.setToolTip(self.tr(
            "Whose timelines the deadlines follow. Only federal, California and Texas rules are "
            "seeded; for any other state the federal floor is shown, not verified."
        ))  # fmt: skip
        rules_label = QLabel(self.tr("&Rules:"), self)
        rules_label.setBuddy(self.jurisdiction)
        self.stable = QCheckBox(self.tr("Things are &stable (quiet routine reminders)"), self)
        self.stable.setToolTip(self.tr(
            "Hides routine reminders and makes the check-in quarterly. Anything that needs "
            "action still shows."
        ))  # fmt: skip
        self.ics_button = QPushButton(self.tr("Add to my &calendar (.ics)..."), self)
        self.ics_button.setToolTip(self.tr(
            "Save the deadlines, meetings and check-ins as a calendar file for your phone. "
            "Importing a newer file updates the same events instead of adding copies."
        ))  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.ics_button)
        choices = QHBoxLayout()  # a row of its own: one row is too wide with large text
        choices.addWidget(rules_label)
        choices.addWidget(self.jurisdiction)
        choices.addWidget(self.stable)
        choices.addStretch(1)
        self.tables: dict[str, FitTableView] = {}
        self.models: dict[str, RowTableModel[TodayItem]] = {}
        self.boxes: dict[str, QGroupBox] = {}
        titles = {"overdue": self.tr("Overdue"), "this_week": self.tr("This week"),
                  "alerts": self.tr("Alerts"), "coming_up": self.tr("Coming up"),
                  "wins": self.tr("Wins to celebrate")}  # fmt: skip
        column = QVBoxLayout()
        for key in LISTS:
            box = QGroupBox(titles[key], self)
            model = items_model(self)
            table = FitTableView(box)
            table.setModel(model)
            table.set_stretch_columns({2: 1})
            table.setAccessibleName(titles[key])
            QVBoxLayout(box).addWidget(table)
            table.activated_row.connect(lambda row, k=key: self._go(self.models[k].row_at(row)))
            table.selectionModel().selectionChanged.connect(
                lambda *_a, k=key: self._on_item_chosen(k)
            )
            self.tables[key], self.models[key], self.boxes[key] = table, model, box
            column.addWidget(box)
        column.addStretch(1)
        self.go_button = QPushButton(self.tr("&Go to it"), self)
        self.go_button.setToolTip(self.tr("Open the tab where this is done (or press Enter)."))
        self.letter_button = QPushButton(self.tr("Suggested &letter..."), self)
        self.snooze_button = QPushButton(self.tr("Snooze a &week"), self)
        self.done_button = QPushButton(self.tr("&Done"), self)
        actions = QHBoxLayout()
        for button in (self.go_button, self.letter_button, self.snooze_button, self.done_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.calm)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.detail)
        left_layout.addLayout(column)
        self.meetings = TableSection[MeetingRow](
            self.tr("Meetings"), meetings_model(self), noun=self.tr("meeting"),
            empty_text=self.tr("No meetings yet. Add one from its notice: the date, place, "
                               "purpose and who is invited."),
            stretch={1: 2, 2: 3},
        )  # fmt: skip
        self.packet_button = QPushButton(self.tr("Prepare meeting &packet..."), self)
        self.meetings.layout().addWidget(self.packet_button)  # type: ignore[union-attr]
        self.events = TableSection[ClockEventRow](
            self.tr("Dates that start a clock"), clock_events_model(self), noun=self.tr("date"),
            empty_text=self.tr("When you ask for records, give consent, or the school proposes "
                               "or refuses a change, add the date: its deadline is worked out."),
            stretch={2: 1},
        )  # fmt: skip
        self.deadlines_box = QGroupBox(self.tr("Deadlines (possible deadlines, verify)"), self)
        self.deadlines_model = deadlines_model(self)
        self.deadlines = FitTableView(self.deadlines_box)
        self.deadlines.setModel(self.deadlines_model)
        self.deadlines.set_stretch_columns({1: 1})
        self.deadlines.setAccessibleName(self.tr("Deadlines"))
        self.derivation = QLabel(self.deadlines_box)
        self.derivation.setWordWrap(True)
        self.derivation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        deadline_column = QVBoxLayout(self.deadlines_box)
        deadline_column.addWidget(self.deadlines)
        deadline_column.addWidget(self.derivation)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.meetings)
        right_layout.addWidget(self.events)
        right_layout.addWidget(self.deadlines_box, 1)
        splitter = two_columns(left, right, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(splitter, 1)
        self._connect()

    def _connect(self) -> None:
        self.go_button.clicked.connect(self._go_to_chosen)
        self.letter_button.clicked.connect(self._letter_for_chosen)
        self.snooze_button.clicked.connect(self._snooze)
        self.done_button.clicked.connect(self._done)
        self.stable.toggled.connect(self._on_stable_toggled)
        self.jurisdiction.activated.connect(self._on_jurisdiction_chosen)
        self.meetings.add_requested.connect(self.add_meeting)
        self.meetings.edit_requested.connect(self.edit_meeting)
        self.meetings.trash_requested.connect(
            lambda row: self.undo.move_to_trash(ItemKind.MEETING, row.id)
        )
        self.events.add_requested.connect(self.add_clock_event)
        self.events.edit_requested.connect(self.edit_clock_event)
        self.events.trash_requested.connect(
            lambda row: self.undo.move_to_trash(ItemKind.CLOCK_EVENT, row.id)
        )
        self.packet_button.clicked.connect(self.prepare_packet)
        self.ics_button.clicked.connect(self._choose_ics_file)
        self.deadlines.selectionModel().selectionChanged.connect(self._show_derivation)
        self._on_item_chosen(None)

    # Showing --------------------------------------------------------------------------
    def set_child(self, child_id: int | None) -> None:
        """Show a child's Today list."""
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload in the background."""
        if self.child_id is None:
            return
        child_id = self.child_id
        self.context.reloads.read(
            self, lambda: self.context.services.today.today(child_id), self._show, self._on_failed
        )

    def _show(self, dto: TodayDto) -> None:
        if dto.child.id != self.child_id:
            return
        self.dto = dto
        board = dto.board
        self.heading.setText(self.heading_text(dto))
        self.calm.setText(self.calm_text(dto))
        if not dto.has_plan and self.isVisible():  # the guided start of a new binder (UX.md 6)
            self.navigate_requested.emit("glance", "")
        for key in LISTS:
            items = list(getattr(board, key))
            if items == self.models[key].rows():  # as before (an import elsewhere): keep the
                self.tables[key].clearSelection()  # fitted rows, refitting 66 took 0.15 s
            else:
                self.models[key].set_rows(items)
            self.boxes[key].setVisible(bool(items))
        self.meetings.set_rows(list(dto.upcoming_meetings))
        self.meetings.set_editable(not self.context.read_only)
        self.events.set_rows(list(dto.clock_events))
        self.events.set_editable(not self.context.read_only)
        self.packet_button.setEnabled(bool(dto.meetings))
        self.deadlines_model.set_rows(list(dto.deadlines.deadlines))
        self._show_derivation()
        self.stable.blockSignals(True)
        self.stable.setChecked(dto.stable)
        self.stable.blockSignals(False)
        code = dto.deadlines.jurisdiction.code
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(code)))
        for widget in (self.stable, self.jurisdiction, self.snooze_button, self.done_button):
            widget.setEnabled(not self.context.read_only)
        self._on_item_chosen(None)
        self.loaded.emit()

    def calm_text(self, dto: TodayDto) -> str:
        """The calm line under the heading: caught up or not, the next check-in."""
        board = dto.board
        if not dto.has_plan:
            return self.tr(
                "Start with {name}'s IEP: its dates, services and goals (At a glance tab). "
                "Then this page shows what needs you, day by day."
            ).format(name=dto.child.display_name)  # fmt: skip
        check_in = date_text(board.next_check_in, "day_month")
        if board.all_caught_up:
            text = self.tr("All caught up. Next check-in: {day}.").format(day=check_in)
        else:
            text = self.tr(
                "Here is what needs you, most pressing first. Next check-in: {day}."
            ).format(day=check_in)  # fmt: skip
        if board.quieted:
            text += " " + self.tr(
                "({n} quiet item(s) hidden: snoozed, or the stable mode.)"
            ).format(n=board.quieted)  # fmt: skip
        return text

    def heading_text(self, dto: TodayDto) -> str:
        """'Today, November 29, 2026'."""
        return self.tr("Today, {date}").format(date=date_text(dto.today))

    def _on_item_chosen(self, key: str | None) -> None:
        chosen = None
        if key is not None:
            row = self.tables[key].current_row()
            chosen = self.models[key].row_at(row) if row >= 0 else None
            for other, table in self.tables.items():
                if other != key:
                    table.clearSelection()
        self.chosen = chosen
        self.detail.setText(chosen.detail if chosen else self.tr(
            "Choose an item to see why it is here; Enter or Go to it opens the place to act."
        ))  # fmt: skip
        for button in (self.go_button, self.snooze_button, self.done_button):
            button.setEnabled(chosen is not None and not self.context.read_only)
        self.go_button.setEnabled(chosen is not None)
        self.letter_button.setEnabled(bool(chosen and chosen.letter))
        if chosen and chosen.letter:
            self.letter_button.setText(self.tr("Suggested &letter: {name}...").format(
                name=self.tr(letter_title(chosen.letter))))  # fmt: skip
        else:
            self.letter_button.setText(self.tr("Suggested &letter..."))

    def _show_derivation(self, *_args: object) -> None:
        row = self.deadlines.current_row()
        found: DeadlineRow | None = self.deadlines_model.row_at(row) if row >= 0 else None
        self.derivation.setText(
            found.deadline.explanation if found else self.tr(
                "Choose a deadline to see how it was worked out. Every date here is a possible "
                "deadline: verify it against your state's procedural-safeguards notice."
            )
        )  # fmt: skip

    def _on_bus_data_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(*TODAY_AREAS):
            self.refresh()

    def _on_failed(self, error: Exception) -> None:
        self.status_message.emit(describe_error(error))

    # Acting ---------------------------------------------------------------------------
    def _go_to_chosen(self) -> None:
        if self.chosen is not None:
            self._go(self.chosen)

    def _letter_for_chosen(self) -> None:
        if self.chosen is not None:
            self.open_letter(self.chosen)

    def _go(self, item: TodayItem) -> None:
        """Open the place to act on an item (another tab, or a meeting here)."""
        self.show_place(item.place)

    def show_place(self, place: Place) -> None:
        """Select an item of this tab, or ask the window to switch tabs."""
        if place.tab == "today":
            self.show_item(place.item)
        else:
            self.navigate_requested.emit(place.tab, place.item)

    def show_item(self, item: str) -> None:
        """Select a meeting ('meeting:3') in the meetings list."""
        kind, _sep, ident = item.partition(":")
        sections: dict[str, TableSection[Any]] = {"meeting": self.meetings, "event": self.events}
        section = sections.get(kind)
        if section is not None and ident.isdigit():
            ids = [row.id for row in section.model.rows()]
            if int(ident) in ids:
                section.table.selectRow(ids.index(int(ident)))
                section.table.setFocus()

    def _write(self, work: object, message: str) -> None:
        def done(changes: Changes) -> None:
            self.context.bus.publish(changes, self)
            self.status_message.emit(message)
            self.refresh()

        self.context.runner.write(work, done, self._on_failed)  # type: ignore[arg-type]

    def _snooze(self) -> None:
        if self.chosen is not None:
            key = self.chosen.key
            self._write(lambda: self.context.services.today.snooze(key, 7),
                        self.tr("Snoozed for a week."))  # fmt: skip

    def _done(self) -> None:
        if self.chosen is not None:
            key = self.chosen.key
            self._write(lambda: self.context.services.today.mark_done(key), self.tr("Done."))

    def _on_stable_toggled(self, stable: bool) -> None:
        message = self.tr("Stable mode on.") if stable else self.tr("Stable mode off.")
        self._write(lambda: self.context.services.today.set_stable(stable), message)

    def _on_jurisdiction_chosen(self, _index: int) -> None:
        code = str(self.jurisdiction.currentData())
        self._write(lambda: self.context.services.today.set_jurisdiction(code),
                    self.tr("Deadlines now follow {rules}.").format(
                        rules=self.jurisdiction.currentText()))  # fmt: skip

    def open_letter(self, item: TodayItem) -> None:
        """Open the suggested letter, started from ``item`` (its goal or log entry)."""
        if self.child_id is None or not item.letter:
            return
        from iepbinder.gui.dialogs.letter_dialog import LetterDialog, LetterStart

        kind, _sep, raw_id = item.place.item.partition(":")
        item_id = int(raw_id) if raw_id.isdigit() else None
        start = LetterStart(
            item.letter,
            goal_id=item_id if kind == "goal" else None,
            entry_id=item_id if kind == "entry" else None,
        )
        dialog = LetterDialog(self, self.context, self.child_id, start=start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.used.connect(lambda _saved: self.status_message.emit(dialog.status.text()))
        dialog.finished.connect(self._on_message_finished)
        self.open_message = dialog
        dialog.open()

    def _on_message_finished(self, _result: int) -> None:
        self.open_message = None

    # Meetings -------------------------------------------------------------------------
    def add_meeting(self) -> None:
        """Open the form for a new meeting."""
        if self.child_id is None or self.context.read_only:
            return
        child_id, service = self.child_id, self.context.services.meetings
        self._meeting_dialog(self.tr("Add meeting"), None,
                             lambda data: service.add_meeting(child_id, data))  # fmt: skip

    def edit_meeting(self, row: MeetingRow) -> None:
        """Open the form for a meeting."""
        if self.context.read_only:
            return
        service = self.context.services.meetings
        save: VersionedSave[MeetingData] = VersionedSave(
            lambda version, data: service.update_meeting(row.id, version, data), row.version
        )
        self._meeting_dialog(self.tr("Edit meeting"), row.data, save)

    def _meeting_dialog(self, title: str, data: object, save: object) -> None:
        from iepbinder.gui.dialogs.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(
            self, title, runner=self.context.runner, save=save,  # type: ignore[arg-type]
            today=self.context.today, data=data,  # type: ignore[arg-type]
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_save(dialog.result_value))
        dialog.finished.connect(self._on_dialog_finished)
        self.open_dialog = dialog
        dialog.open()

    def _after_save(self, saved: object) -> None:
        changes = getattr(saved, "changes", Changes.of(Area.REMINDERS))
        self.context.bus.publish(changes, self)
        self.status_message.emit(self.tr("Saved."))
        self.refresh()

    def _on_dialog_finished(self, _result: int) -> None:
        self.open_dialog = None

    def add_clock_event(self) -> None:
        """Open the form for a date that starts a clock."""
        if self.child_id is None or self.context.read_only:
            return
        child_id, service = self.child_id, self.context.services.meetings
        self._event_dialog(self.tr("Add a date that starts a clock"), None,
                           lambda data: service.add_clock_event(child_id, data))  # fmt: skip

    def edit_clock_event(self, row: ClockEventRow) -> None:
        """Open the form for a dated event."""
        if self.context.read_only:
            return
        service = self.context.services.meetings
        save: VersionedSave[ClockEventData] = VersionedSave(
            lambda version, data: service.update_clock_event(row.id, version, data), row.version
        )
        self._event_dialog(self.tr("Edit the date"), row.data, save)

    def _event_dialog(self, title: str, data: ClockEventData | None, save: Any) -> None:
        from iepbinder.gui.dialogs.clock_event_dialog import ClockEventDialog

        services = self.context.services
        _profile, rules = services.deadlines.rules(services.deadlines.settings())
        dialog = ClockEventDialog(self, title, runner=self.context.runner, save=save,
                                  today=self.context.today, rules=rules, data=data)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_save(dialog.result_value))
        dialog.finished.connect(self._on_dialog_finished)
        self.open_dialog = dialog
        dialog.open()

    def prepare_packet(self) -> None:
        """Choose a meeting and the dates covered; preview, print or save the packet."""
        from iepbinder.gui.dialogs.packet_dialog import PacketDialog

        if self.child_id is None or self.dto is None:
            return
        meetings = list(reversed(self.dto.meetings))  # the latest meeting first
        upcoming = list(self.dto.upcoming_meetings)
        ordered = upcoming + [m for m in meetings if m not in upcoming]
        dialog = PacketDialog(self, self.context, self.child_id, ordered)
        dialog.finished.connect(self._on_dialog_finished)
        self.open_dialog = dialog
        dialog.open()

    def _choose_ics_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save calendar file"), str(Path.home() / self.tr("IEP deadlines.ics")),
            self.tr("Calendar files (*.ics)"),
        )  # fmt: skip
        if path:
            self.export_ics_to(Path(path))

    def export_ics_to(self, target: Path) -> None:
        """Write the child's calendar file to ``target`` in the background."""
        child_id, services = self.child_id, self.context.services

        def work() -> int:
            content, count = services.calendar_file.ics_bytes(child_id)
            services.pages.save(target, content)
            return count

        self.context.runner.read(
            work,
            lambda count: self.status_message.emit(
                self.tr("Saved {n} events to {file}.").format(n=count, file=target)
            ),
            self._on_failed,
        )

    # Printing -------------------------------------------------------------------------
    def render_pdf(self, paper: PaperSize) -> RenderedPdf | None:
        """The meeting packet for the next meeting (from the plan's start to today)."""
        if self.child_id is None or self.dto is None or not self.dto.meetings:
            return None
        upcoming = self.dto.upcoming_meetings or self.dto.meetings[-1:]
        day = upcoming[0].data.meeting_date
        return self.context.services.packets.packet_pdf(self.child_id, day, paper=paper)

    def page_title(self) -> str:
        """'Meeting packet – Maya Rodríguez'."""
        name = self.dto.child.display_name if self.dto else ""
        return self.tr("Meeting packet \u2013 {name}").format(name=name)
