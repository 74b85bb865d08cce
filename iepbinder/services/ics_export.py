"""The family's calendar file: every child's deadlines, meetings and check-ins as events.

The events' words are in the current language (the one chosen in the program).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from iepbinder.domain.language import N_, t
from iepbinder.domain.reminders import check_in_date
from iepbinder.export.ics import CalendarEntry, render_ics, stable_uid
from iepbinder.services.children import ChildService
from iepbinder.services.context import ServiceContext
from iepbinder.services.deadlines import DeadlineList, DeadlineService
from iepbinder.services.dto import ChildRow
from iepbinder.services.meetings import MeetingRow, MeetingService

CHECK_IN_MONTHS = 12
QUARTER_MONTHS = (1, 4, 7, 10)  # the stable mode's check-ins (domain/reminders.py)


def child_entries(
    deadlines: DeadlineList, meetings: Sequence[MeetingRow], today: dt.date, stable: bool
) -> list[CalendarEntry]:
    """One child's events: dated deadlines, meetings from today on, the next check-ins."""
    child = deadlines.child
    name = child.data.preferred_name.strip() or child.data.first_name.strip()
    entries = []
    for row in deadlines.deadlines:
        deadline = row.deadline
        if deadline.due_date is None:
            continue
        summary = (
            N_("Guide: {title} ({name})")
            if deadline.display_only
            else N_("Possible deadline, verify: {title} ({name})")
        )
        entries.append(
            CalendarEntry(
                stable_uid(deadline.rule_id, deadline.trigger.event_id, f"child:{child.id}"),
                deadline.due_date,
                t(summary, title=deadline.title, name=name),
                t(
                    "{explanation}\n\nSource: {url}",
                    explanation=deadline.explanation,
                    url=deadline.source_url,
                ),  # fmt: skip
                alarm_days=row.reminder_days,
            )
        )
    for meeting in meetings:
        data = meeting.data
        if data.meeting_date < today:
            continue
        invited = t("Invited:") + "\n" + "\n".join(data.attendees)
        entries.append(
            CalendarEntry(
                stable_uid("meeting", meeting.id, f"child:{child.id}"),
                data.meeting_date,
                t("IEP meeting ({name})", name=name),
                f"{data.purpose}\n\n{invited}".strip(),
                data.start_time,
                location=data.place,
                alarm_days=(1, 7),
            )
        )
    month = today.replace(day=1)
    for _ in range(CHECK_IN_MONTHS):
        day = check_in_date(month.year, month.month)
        if day >= today and (not stable or month.month in QUARTER_MONTHS):
            entries.append(
                CalendarEntry(
                    stable_uid("check-in", day.isoformat(), f"child:{child.id}"),
                    day,
                    t("IEP check-in ({name})", name=name),
                    t("Ten minutes: look over the goals' graphs and the service ledger."),
                )
            )
        month = (month + dt.timedelta(days=31)).replace(day=1)
    return entries


class CalendarFileService:
    """Writes the .ics file of one child or of the whole family."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def ics_bytes(self, child_id: int | None = None) -> tuple[bytes, int]:
        """The calendar file and how many events it holds."""
        today = self._context.today()
        deadlines = DeadlineService(self._context)
        stable = bool(deadlines.settings()["reminders.stable_mode"])
        meetings = MeetingService(self._context)
        children: list[ChildRow] = ChildService(self._context).list_children()
        if child_id is not None:
            children = [c for c in children if c.id == child_id]
        entries: list[CalendarEntry] = []
        for child in children:
            listed = deadlines.deadlines(child.id)
            entries += child_entries(listed, meetings.list_meetings(child.id), today, stable)
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
        return render_ics(entries, stamp, t("IEP Binder")), len(entries)
