"""Table models of the Today tab: the items to act on, the meetings, the deadlines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from iepbinder.domain.reminders import WIN_SYMBOL, ItemKind, TodayItem, letter_title
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP, date_text
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.services.deadlines import DeadlineRow
from iepbinder.services.meetings import ClockEventRow, MeetingRow

TAB_TITLES = {
    "today": QT_TRANSLATE_NOOP("TodayModels", "Today"),
    "glance": QT_TRANSLATE_NOOP("TodayModels", "At a glance"),
    "calendar": QT_TRANSLATE_NOOP("TodayModels", "Calendar"),
    "communication": QT_TRANSLATE_NOOP("TodayModels", "Communication"),
    "documents": QT_TRANSLATE_NOOP("TodayModels", "Documents"),
    "progress": QT_TRANSLATE_NOOP("TodayModels", "Progress"),
}


def tr(text: str) -> str:
    """Translate a string of this module."""
    return QCoreApplication.translate("TodayModels", text)


def _when(day: dt.date | None) -> str:
    return date_text(day, "short") if day else "\u2014"


def _level(item: TodayItem) -> str:
    win = tr("Win")
    return f"{WIN_SYMBOL} {win}" if item.kind is ItemKind.WIN else tr(item.level_text)


def _where(item: TodayItem) -> str:
    where = tr(TAB_TITLES.get(item.place.tab, item.place.tab))
    if item.letter:
        where += " \u00b7 " + tr("letter")
    return where


def _where_tip(item: TodayItem) -> str:
    text = tr("Open the {tab} tab at this item.").format(
        tab=tr(TAB_TITLES.get(item.place.tab, item.place.tab))
    )
    if item.letter:
        text += " " + tr("Suggested letter: {letter}.").format(letter=tr(letter_title(item.letter)))
    return text


def items_model(parent: Any = None) -> RowTableModel[TodayItem]:
    """Items with their level (symbol and word), date, what to do and where to act."""
    columns: list[Column[TodayItem]] = [
        Column(tr("Level"), _level, lambda i: -["INFO", "WATCH", "ACTION"].index(i.level.value)),
        Column(tr("When"), lambda i: _when(i.due), lambda i: i.due or dt.date.max),
        Column(tr("What"), lambda i: i.title, tooltip=lambda i: i.detail),
        Column(tr("Where to act"), _where, tooltip=_where_tip),
    ]
    return RowTableModel(columns, parent)


def meetings_model(parent: Any = None) -> RowTableModel[MeetingRow]:
    """Meetings: date and time, place, purpose."""
    columns: list[Column[MeetingRow]] = [
        Column(
            tr("When"),
            lambda m: f"{_when(m.data.meeting_date)} {m.data.time_text}".strip(),
            lambda m: (m.data.meeting_date, m.data.start_time or dt.time()),
        ),
        Column(tr("Place"), lambda m: m.data.place or "\u2014"),
        Column(tr("Purpose"), lambda m: m.data.purpose, tooltip=lambda m: m.data.purpose),
    ]
    return RowTableModel(columns, parent)


def deadlines_model(parent: Any = None) -> RowTableModel[DeadlineRow]:
    """Every deadline: its date (possible deadline, verify), what it is, how it was derived."""
    columns: list[Column[DeadlineRow]] = [
        Column(
            tr("Possible deadline"),
            lambda r: r.deadline.due_date.isoformat() if r.deadline.due_date else tr("No date"),
            lambda r: r.deadline.due_date or dt.date.max,
            lambda r: tr("Possible deadline, verify. {how}").format(how=r.deadline.explanation),
        ),
        Column(
            tr("What"),
            lambda r: r.deadline.title,
            tooltip=lambda r: r.deadline.explanation,
        ),
        Column(tr("Rule"), lambda r: r.deadline.rule_id, tooltip=lambda r: r.deadline.source_url),
    ]
    return RowTableModel(columns, parent)


def clock_events_model(parent: Any = None) -> RowTableModel[ClockEventRow]:
    """Dated events that start a clock: the date, the rule, the parent's words."""
    columns: list[Column[ClockEventRow]] = [
        Column(tr("Date"), lambda e: e.data.event_date.isoformat(), lambda e: e.data.event_date),
        Column(tr("Rule"), lambda e: e.data.rule_id),
        Column(
            tr("What happened"),
            lambda e: e.data.description or "\u2014",
            tooltip=lambda e: e.data.notes,
        ),  # fmt: skip
    ]
    return RowTableModel(columns, parent)
