"""The editor pane of the log: every field of an entry, typed without touching the mouse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator, LogEntryData, Participant
from iepbinder.domain.commlog_text import (
    format_commitments,
    format_lines,
    format_time,
    parse_commitments,
    parse_lines,
    parse_people,
    parse_time,
)
from iepbinder.domain.commlog_validation import validate_log_entry
from iepbinder.domain.dateparse import DateInputError
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.base import ERROR_STYLE, FieldRow
from iepbinder.gui.models.log_model import channel_words, short_day
from iepbinder.gui.widgets.date_field import DateField
from iepbinder.gui.widgets.inputs import EnumCombo, TextBox, on_any_change
from iepbinder.gui.widgets.people_edit import PeopleEdit
from iepbinder.gui.widgets.reply_picker import ReplyPicker
from iepbinder.services.commlog_dto import LogEntryRow, LogListRow


class LogEditor(QWidget):
    """Shows one entry (or a new one); ``save_requested`` carries the data the parent typed."""

    save_requested = Signal(object)  # LogEntryData
    dirty_changed = Signal(bool)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.entry: LogEntryRow | None = None
        self._dirty = False
        self._loading = False
        self._status_touched = False
        self.rows: dict[str, FieldRow] = {}
        self._build()

    # Layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date = self._add("event_date", self.tr("&Date"), DateField(self._today))
        self.time = self._add("event_time", self.tr("T&ime"), QLineEdit())
        self.time.setPlaceholderText(self.tr("e.g. 2:30 pm (optional)"))
        words = channel_words()
        self.channel = self._add(
            "channel", self.tr("&Way"), EnumCombo([(words[c], c) for c in Channel])
        )
        self.initiated_by = self._add(
            "initiated_by",
            self.tr("Started &by"),
            EnumCombo(
                [(self.tr("Me (the parent)"), Initiator.PARENT),
                 (self.tr("The school"), Initiator.SCHOOL)]
            ),
        )  # fmt: skip
        self.people = self._add("participants", self.tr("&People"), PeopleEdit())
        self.people.setPlaceholderText(self.tr("Names, separated by commas"))
        self.topic = self._add("topic", self.tr("T&opic"), QLineEdit())
        self.summary = self._add("summary", self.tr("&Summary (facts)"), TextBox(4))
        self.summary.setPlaceholderText(
            self.tr("What was said or done, in date order; no opinions.")
        )
        self.purpose = self._add("planned_purpose", self.tr("Planned p&urpose"), QLineEdit())
        self.requests = self._add("requests_made", self.tr("&Requests made"), TextBox(2))
        self.requests.setPlaceholderText(self.tr("One request per line"))
        self.commitments = self._add("commitments", self.tr("&Commitments"), TextBox(3))
        self.commitments.setPlaceholderText(
            self.tr("Who: what by DATE (one per line; \u2713 = done)")
        )
        self.disagreements = self._add("disagreements", self.tr("Disa&greements"), TextBox(2))
        self.follow_up = self._add(
            "follow_up_needed", self.tr("Follow-up"), QCheckBox(self.tr("&Needed"))
        )
        self.due = self._add("follow_up_due", self.tr("D&ue by"), DateField(self._today))
        self.status = self._add(
            "status",
            self.tr("S&tatus"),
            EnumCombo(
                [(self.tr("Open"), EntryStatus.OPEN),
                 (self.tr("Waiting for a reply"), EntryStatus.WAITING),
                 (self.tr("Done"), EntryStatus.DONE)]
            ),
        )  # fmt: skip
        self.reply_to = self._add("reply_to_id", self.tr("In repl&y to"), ReplyPicker())
        self.proof = self._add("delivery_proof", self.tr("Deli&very proof"), QLineEdit())
        self.proof.setPlaceholderText(self.tr("e.g. certified mail receipt number (optional)"))
        self.links = QLabel(self)
        self.links.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.save_button = QPushButton(self.tr("Sa&ve (Ctrl+S)"), self)
        self.done_button = QPushButton(self.tr("Mark follow-up &done"), self)
        self.history_button = QPushButton(self.tr("&History..."), self)
        self.concern_button = QPushButton(self.tr("Link to concern..."), self)
        self.trash_button = QPushButton(self.tr("Move to trash"), self)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.done_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.concern_button)
        more.addWidget(self.trash_button)
        more.addStretch(1)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addWidget(self.info)
        column.addWidget(self.banner)
        column.addLayout(self.form)
        column.addWidget(self.links)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.request_save)
        self.save_button.clicked.connect(self.request_save)
        self.follow_up.toggled.connect(self._on_follow_up_toggled)
        self.channel.changed.connect(self._suggest_status)
        self.initiated_by.changed.connect(self._suggest_status)
        self.status.changed.connect(self._on_status_changed)
        self.due.changed.connect(self._on_due_changed)
        self.date.changed.connect(lambda: self.set_log_rows(self.reply_to.rows))
        self.new_entry()

    def _add(self, name: str, label: str, widget: QWidget) -> Any:
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, holder)
        widget.setAccessibleName(label.replace("&", ""))
        proxy = widget.focusProxy()
        if proxy is not None:
            proxy.setAccessibleName(widget.accessibleName())
        self.rows[name] = FieldRow(name, widget, error)
        on_any_change(widget, self._mark_dirty)
        return widget

    # Showing ----------------------------------------------------------------------------
    def new_entry(self, day: dt.date | None = None) -> None:
        """Blank form for a new entry dated today (or ``day``), the focus on the date."""
        self.entry = None
        self._fill(LogEntryData(event_date=day or self._today(), status=EntryStatus.WAITING))
        self._status_touched = False
        self.heading.setText(self.tr("New entry"))
        self.info.setText(self.tr("Type it in; Ctrl+S saves. Tab moves to the next field."))
        self.links.setText("")
        for button in (
            self.done_button,
            self.history_button,
            self.concern_button,
            self.trash_button,
        ):
            button.setEnabled(False)
        self.date.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_entry(self, entry: LogEntryRow) -> None:
        """Show a saved entry with when it was written and what is linked to it."""
        self.entry = entry
        self._fill(entry.data)
        self._status_touched = True
        when = entry.logged_at.astimezone()
        self.heading.setText(self.tr("Entry of {day}").format(day=short_day(entry.data.event_date)))
        info = self.tr("Written down {day} at {time}.").format(
            day=short_day(when.date()), time=format_time(when.time())
        )
        if entry.late_note:
            info += "\n\u26a0 " + entry.late_note
        if entry.revision_count > 1:
            info += "\n" + self.tr("Edited since: {n} versions are kept in the history.").format(
                n=entry.revision_count
            )
        self.info.setText(info)
        parts = [self.tr("Letter: {label}").format(label=link.label) for link in entry.letters]
        parts += [self.tr("Concern: {label}").format(label=link.label) for link in entry.concerns]
        parts += [self.tr("Document: {label}").format(label=link.label) for link in entry.documents]
        self.links.setText(
            self.tr("Linked: ") + "; ".join(parts) if parts else self.tr("Nothing linked yet.")
        )
        open_follow_up = entry.data.follow_up_needed and entry.data.status is not EntryStatus.DONE
        self.done_button.setEnabled(open_follow_up or entry.data.status is not EntryStatus.DONE)
        for button in (self.history_button, self.concern_button, self.trash_button):
            button.setEnabled(True)

    def _fill(self, data: LogEntryData) -> None:
        self._loading = True
        self.date.set_value(data.event_date)
        self.time.setText(format_time(data.event_time))
        self.channel.set_value(data.channel)
        self.initiated_by.set_value(data.initiated_by)
        self.people.setText(", ".join(p.name for p in data.participants))
        self.topic.setText(data.topic)
        self.summary.set_text(data.summary)
        self.purpose.setText(data.planned_purpose)
        self.requests.set_text(format_lines(data.requests_made))
        self.commitments.set_text(format_commitments(data.commitments))
        self.disagreements.set_text(format_lines(data.disagreements))
        self.follow_up.setChecked(data.follow_up_needed)
        self.due.set_value(data.follow_up_due)
        self.status.set_value(data.status)
        self.proof.setText(data.delivery_proof)
        self.reply_to.fill(self.entry.id if self.entry else None, data.event_date, data.reply_to_id)
        self._loading = False
        self.show_errors([])
        self._set_dirty(False)

    def set_log_rows(self, rows: Sequence[LogListRow]) -> None:
        """The child's entries, to choose the one an entry replies to."""
        self.reply_to.set_rows(rows)
        try:
            day = self.date.value() or self._today()
        except DateInputError:
            day = self._today()
        self.reply_to.fill(self.entry.id if self.entry else None, day, self.reply_to.value())

    # Reading ----------------------------------------------------------------------------
    def collect(self) -> tuple[LogEntryData | None, list[FieldError]]:
        """The entry as typed, or the problems that stop it from being saved."""
        errors: list[FieldError] = []
        day = self._date(self.date, "event_date", errors)
        due = self._date(self.due, "follow_up_due", errors)
        try:
            time = parse_time(self.time.text())
        except DateInputError as exc:
            errors.append(FieldError("event_time", str(exc)))
            time = None
        try:
            commitments = parse_commitments(self.commitments.text(), day or self._today())
        except DateInputError as exc:
            errors.append(FieldError("commitments", str(exc)))
            commitments = ()
        if day is None and not any(e.field == "event_date" for e in errors):
            errors.append(FieldError("event_date", self.tr("Give the date it happened.")))
        if errors or day is None:
            return None, errors
        known = {p.name: p for p in self.entry.data.participants} if self.entry else {}
        people = tuple(
            known.get(name, Participant(name)) for name in parse_people(self.people.text())
        )
        data = LogEntryData(
            event_date=day,
            channel=self.channel.value() or Channel.EMAIL,
            event_time=time,
            initiated_by=self.initiated_by.value() or Initiator.PARENT,
            participants=people,
            topic=self.topic.text().strip(),
            planned_purpose=self.purpose.text().strip(),
            summary=self.summary.text(),
            requests_made=parse_lines(self.requests.text()),
            disagreements=parse_lines(self.disagreements.text()),
            commitments=commitments,
            follow_up_needed=self.follow_up.isChecked() or due is not None,
            follow_up_due=due,
            status=self.status.value() or EntryStatus.OPEN,
            delivery_proof=self.proof.text().strip(),
            reply_to_id=self.reply_to.value(),
        )
        return data, validate_log_entry(data)

    @staticmethod
    def _date(field: DateField, name: str, errors: list[FieldError]) -> dt.date | None:
        try:
            return field.value()
        except DateInputError as exc:
            errors.append(FieldError(name, str(exc)))
            return None

    def request_save(self) -> None:
        """Check the fields; when they are fine, ask for the entry to be saved."""
        data, errors = self.collect()
        self.show_errors(errors)
        if data is not None and not errors:
            self.save_requested.emit(data)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message under its field; focus the first one."""
        by_field = {error.field: error.message for error in errors}
        for name, row in self.rows.items():
            row.show_error(by_field.get(name))
        stray = [e.message for e in errors if e.field not in self.rows]
        self.banner.setText("\u26a0 " + " ".join(stray) if stray else "")
        self.banner.setVisible(bool(stray))
        first = next((self.rows[e.field] for e in errors if e.field in self.rows), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # State ------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """True when the form holds typing that is not saved yet."""
        return self._dirty

    def set_editable(self, editable: bool) -> None:
        """Read-only binders show entries without letting them change."""
        for row in self.rows.values():
            row.widget.setEnabled(editable)
        for button in (self.save_button, self.done_button, self.concern_button, self.trash_button):
            button.setVisible(editable)

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _on_follow_up_toggled(self, checked: bool) -> None:
        if not self._loading and checked and self.status.value() is EntryStatus.DONE:
            self.status.set_value(EntryStatus.OPEN)

    def _on_due_changed(self) -> None:
        if not self._loading and self.due.text().strip():
            self.follow_up.setChecked(True)

    def _on_status_changed(self) -> None:
        if not self._loading:
            self._status_touched = True

    def _suggest_status(self) -> None:
        """A sent email waits for a reply; other contacts are simply done, until chosen."""
        if self._loading or self._status_touched or self.entry is not None:
            return
        sent_email = (
            self.channel.value() is Channel.EMAIL and self.initiated_by.value() is Initiator.PARENT
        )
        self._loading = True
        self.status.set_value(EntryStatus.WAITING if sent_email else EntryStatus.DONE)
        self._loading = False
