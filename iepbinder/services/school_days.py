"""Which days count as school days for follow-ups in this binder.

No school calendar is known to this part of the program yet, so every weekday counts. When
the binder holds a school calendar, ``school_day_rule`` is where it plugs in (its
non-school weekdays go to ``weekdays_except``).
"""

from __future__ import annotations

from iepbinder.domain.school_days import SchoolDayRule, is_weekday
from iepbinder.services.context import ServiceContext

SCHOOL_DAYS_NOTE = (
    "School days are counted as weekdays (Monday to Friday) until a school calendar with "
    "holidays and breaks is entered."
)


def school_day_rule(context: ServiceContext) -> SchoolDayRule:
    """The rule that says whether a date is a school day (weekdays for now)."""
    del context  # the school calendar of the binder will be read from here
    return is_weekday
