"""Which days count as school days for follow-ups and letters in this binder."""

from __future__ import annotations

import datetime as dt

from iepbinder.domain.school_days import SchoolDayRule, is_weekday
from iepbinder.services.context import ServiceContext
from iepbinder.services.school_calendar import CalendarService

SCHOOL_DAYS_NOTE = (
    "School days follow the school calendar (holidays and breaks are not counted); before the "
    "first and after the last school year entered, every weekday counts."
)


def school_day_rule(context: ServiceContext) -> SchoolDayRule:
    """The binder's school calendar as a date -> bool rule, weekdays where no year is entered."""
    calendar = CalendarService(context).calendar()
    years = calendar.years
    if not years:
        return is_weekday
    first = min(year.first_day for year in years)
    last = max(year.last_day for year in years)

    def is_school_day(day: dt.date) -> bool:
        if first <= day <= last:
            return calendar.is_school_day(day)
        return is_weekday(day)

    return is_school_day
