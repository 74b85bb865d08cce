"""Time limits for a state complaint and a due-process hearing (DOMAIN.md 1.1 and 1.2).

Every date here is a possible deadline to verify against the state's procedural-safeguards
notice, never a verdict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepbinder.domain.dates import add_years
from iepbinder.domain.language import N_, t

STATE_COMPLAINT_YEARS = 1  # state_complaint.years [CONFIG]
DUE_PROCESS_YEARS = 2  # due_process.years [CONFIG]
VERIFY = N_("possible deadline, verify")  # the GUI translates it with tr()
STATE_COMPLAINT_SOURCE = "http://idea.ed.gov/explore/view/p/,root,regs,300,B,300.153,.html"
DUE_PROCESS_SOURCE = "https://sites.ed.gov/idea/statute-chapter-33/subchapter-ii/1415/f/3/C"


@dataclass(frozen=True)
class PossibleDeadline:
    """A window's last day, how it was computed and where the rule comes from.

    ``label``, ``trigger_label`` and ``note`` are in the language current when it was made.
    """

    rule_id: str
    label: str
    trigger_label: str
    trigger: dt.date
    years: int
    last_day: dt.date
    note: str
    source_url: str

    def days_left(self, today: dt.date) -> int:
        """Days from ``today`` to the last day (negative once it has passed)."""
        return (self.last_day - today).days

    @property
    def derivation(self) -> str:
        """'date of the problem 2026-11-03 + 1 year = 2027-11-03'."""
        text = (
            N_("{trigger} {day} + {years} year = {last}")
            if self.years == 1
            else N_("{trigger} {day} + {years} years = {last}")
        )
        return t(
            text,
            trigger=self.trigger_label,
            day=self.trigger.isoformat(),
            years=self.years,
            last=self.last_day.isoformat(),
        )


def state_complaint_window(
    problem_date: dt.date, years: int = STATE_COMPLAINT_YEARS
) -> PossibleDeadline:
    """T-STATE-COMPLAINT: the state must receive the complaint within 1 year of the problem."""
    return PossibleDeadline(
        rule_id="T-STATE-COMPLAINT",
        label=t("State complaint"),
        trigger_label=t("date of the problem"),
        trigger=problem_date,
        years=years,
        last_day=add_years(problem_date, years),
        note=t(
            "The state education agency must receive the complaint by this date. Some states "
            "allow longer; check your state's procedural-safeguards notice."
        ),
        source_url=STATE_COMPLAINT_SOURCE,
    )


def due_process_window(knew_date: dt.date, years: int = DUE_PROCESS_YEARS) -> PossibleDeadline:
    """T-DUE-PROCESS: request a hearing within 2 years of when the parent knew or should have."""
    return PossibleDeadline(
        rule_id="T-DUE-PROCESS",
        label=t("Due process hearing request"),
        trigger_label=t("date you knew or should have known"),
        trigger=knew_date,
        years=years,
        last_day=add_years(knew_date, years),
        note=t(
            "Unless state law sets a different limit. The limit may not apply if the district "
            "said the problem was fixed when it was not, or withheld required information "
            "(for example, no prior written notice)."
        ),
        source_url=DUE_PROCESS_SOURCE,
    )


def concern_windows(
    problem_date: dt.date | None,
    knew_date: dt.date | None,
    *,
    complaint_years: int = STATE_COMPLAINT_YEARS,
    due_process_years: int = DUE_PROCESS_YEARS,
) -> tuple[PossibleDeadline, ...]:
    """The windows that follow from the dates the parent entered (none for a missing date)."""
    windows = []
    if problem_date is not None:
        windows.append(state_complaint_window(problem_date, complaint_years))
    if knew_date is not None:
        windows.append(due_process_window(knew_date, due_process_years))
    return tuple(windows)
