"""The Today tab's content: what needs the parent now, arranged calmly, with where to act."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select

from iepbinder.db.models import Iep
from iepbinder.domain.reminders import (
    ReminderState,
    TodayBoard,
    TodayItem,
    arrange,
    next_check_in,
    snooze_until,
)
from iepbinder.services.changes import Changes
from iepbinder.services.children import ChildService
from iepbinder.services.context import ServiceContext
from iepbinder.services.deadlines import DeadlineList, DeadlineService
from iepbinder.services.dto import ChildRow
from iepbinder.services.ledger import LedgerService
from iepbinder.services.meetings import ClockEventRow, MeetingRow, MeetingService
from iepbinder.services.open_items import OpenItemService
from iepbinder.services.progress import ProgressService
from iepbinder.services.rows import not_deleted
from iepbinder.services.session_dto import LedgerReport
from iepbinder.services.settings import SettingsService
from iepbinder.services.today_sources import TODAY_SOURCES, TodayFacts

STABLE_SETTING = "reminders.stable_mode"
JURISDICTION_SETTING = "deadlines.jurisdiction"
CHECK_IN_PREFIX = "check-in:"


def child_prefix(child_id: int) -> str:
    """The start of every reminder key of one child."""
    return f"child:{child_id}:"


@dataclass(frozen=True)
class TodayDto:
    """Everything the Today tab shows for one child."""

    child: ChildRow
    today: dt.date
    board: TodayBoard
    deadlines: DeadlineList
    meetings: tuple[MeetingRow, ...]
    stable: bool
    has_plan: bool = True
    clock_events: tuple[ClockEventRow, ...] = ()

    @property
    def upcoming_meetings(self) -> tuple[MeetingRow, ...]:
        """Meetings from today on."""
        return tuple(m for m in self.meetings if m.data.meeting_date >= self.today)


class TodayService:
    """Gathers every source's items for a child and arranges them; snooze, done and settings."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._meetings = MeetingService(context)
        self._deadlines = DeadlineService(context)
        self._ledger = LedgerService(context)
        self._settings = SettingsService(context)

    def today(self, child_id: int) -> TodayDto:
        """The Today list of one child."""
        today = self._context.today()
        child = ChildService(self._context).get_child(child_id)
        prefix = child_prefix(child_id)
        stable = bool(self._deadlines.settings()[STABLE_SETTING])
        check_in_done = self._meetings.last_done(prefix + CHECK_IN_PREFIX)
        deadlines = self._deadlines.deadlines(child_id)
        ledger, last_month = self._ledgers(child_id, today)
        facts = TodayFacts(
            today=today,
            deadlines=deadlines,
            ledger=ledger,
            last_month=last_month,
            progress=ProgressService(self._context).overview(child_id, latest_report_only=True),
            meetings=tuple(self._meetings.list_meetings(child_id)),
            stable=stable,
            check_in_done=check_in_done,
            open_items=tuple(OpenItemService(self._context).open_items(child_id)),
        )
        items: list[TodayItem] = []
        for source in TODAY_SOURCES:
            items += [replace(item, key=prefix + item.key) for item in source(facts)]
        states = self._meetings.reminder_states(prefix)
        board = arrange(items, today, states, stable, next_check_in(today, stable, check_in_done))
        has_plan = self._has_plan(child_id)
        events = tuple(self._meetings.list_clock_events(child_id))
        return TodayDto(
            child, today, board, facts.deadlines, facts.meetings, stable, has_plan, events
        )

    def _has_plan(self, child_id: int) -> bool:
        """True when the child has a plan not in the trash (one index lookup, no plan read)."""
        plans = Iep.__table__
        with self._context.session_factory() as session:
            found = session.execute(
                select(plans.c.id)
                .where(plans.c.child_id == child_id, not_deleted(plans.c))
                .limit(1)
            ).first()
        return found is not None

    def _ledgers(self, child_id: int, today: dt.date) -> list[LedgerReport]:
        """The current plan's ledger with its alerts, and last month's figures (read once)."""
        end = today.replace(day=1) - dt.timedelta(days=1)
        return self._ledger.reports(
            child_id, [(None, None, True), (end.replace(day=1), end, False)]
        )

    # What the parent does with an item ------------------------------------------------
    def snooze(self, key: str, days: int = 7) -> Changes:
        """Hide an item for ``days`` days."""
        return self._meetings.snooze(key, snooze_until(self._context.today(), days))

    def mark_done(self, key: str) -> Changes:
        """Take an item off the list (a check-in done, a task done)."""
        return self._meetings.mark_done(key)

    def bring_back(self, key: str) -> Changes:
        """Undo a snooze or a done mark."""
        return self._meetings.clear_mark(key)

    def states(self, child_id: int) -> dict[str, ReminderState]:
        """The child's snoozes and done marks."""
        return self._meetings.reminder_states(child_prefix(child_id))

    # Settings -------------------------------------------------------------------------
    def set_stable(self, stable: bool) -> Changes:
        """Turn the 'things are stable' mode on or off."""
        return self._settings.put(STABLE_SETTING, stable)

    def set_jurisdiction(self, code: str) -> Changes:
        """Choose whose rules the deadlines follow (FEDERAL, CA, TX...)."""
        return self._settings.put(JURISDICTION_SETTING, code)
