"""The session log's vocabulary: statuses, reason codes and their default attribution (2.5, 2.6)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import GroupSize, Setting, StrEnum
from iepbinder.domain.validation import FieldError


class SessionStatus(StrEnum):
    """What happened to one scheduled session."""

    DELIVERED = "DELIVERED"
    PARTIAL = "PARTIAL"
    MISSED = "MISSED"
    MAKEUP = "MAKEUP"
    CANCELLED = "CANCELLED"


class Attribution(StrEnum):
    """Who a missed session is attributed to (DOMAIN.md 2.6)."""

    SCHOOL = "SCHOOL"
    STUDENT = "STUDENT"
    DISPUTED = "DISPUTED"
    NEUTRAL = "NEUTRAL"


class ReasonCode(StrEnum):
    """Why a session was missed or cut short (DOMAIN.md 2.6)."""

    PROVIDER_ABSENT = "PROVIDER_ABSENT"
    PROVIDER_VACANCY = "PROVIDER_VACANCY"
    PROVIDER_OTHER_DUTY = "PROVIDER_OTHER_DUTY"
    SCHOOL_ACTIVITY = "SCHOOL_ACTIVITY"
    SCHOOL_SCHEDULE_CHANGE = "SCHOOL_SCHEDULE_CHANGE"
    SCHEDULED_HOLIDAY = "SCHEDULED_HOLIDAY"
    BREAK = "BREAK"
    CALENDAR_SHORTFALL = "CALENDAR_SHORTFALL"
    STUDENT_ABSENT_ILLNESS = "STUDENT_ABSENT_ILLNESS"
    STUDENT_ABSENT_FAMILY = "STUDENT_ABSENT_FAMILY"
    STUDENT_ABSENT_DISABILITY_RELATED = "STUDENT_ABSENT_DISABILITY_RELATED"
    STUDENT_REFUSED = "STUDENT_REFUSED"
    STUDENT_REMOVED_DISCIPLINE = "STUDENT_REMOVED_DISCIPLINE"
    OTHER = "OTHER"


class EvidenceSource(StrEnum):
    """Where the knowledge of a session comes from."""

    SCHOOL_LOG = "SCHOOL_LOG"
    PROVIDER_MSG = "PROVIDER_MSG"
    PARENT_OBSERVATION = "PARENT_OBSERVATION"
    CHILD_REPORT = "CHILD_REPORT"
    OTHER = "OTHER"


class LogSource(StrEnum):
    """Who recorded the entry: the parent, or the school's own service log (imported)."""

    PARENT = "PARENT"
    SCHOOL = "SCHOOL"


DEFAULT_ATTRIBUTION: dict[ReasonCode, Attribution] = {
    ReasonCode.PROVIDER_ABSENT: Attribution.SCHOOL,
    ReasonCode.PROVIDER_VACANCY: Attribution.SCHOOL,
    ReasonCode.PROVIDER_OTHER_DUTY: Attribution.SCHOOL,
    ReasonCode.SCHOOL_ACTIVITY: Attribution.SCHOOL,
    ReasonCode.SCHOOL_SCHEDULE_CHANGE: Attribution.SCHOOL,  # [CONFIG]
    ReasonCode.SCHEDULED_HOLIDAY: Attribution.NEUTRAL,
    ReasonCode.BREAK: Attribution.NEUTRAL,
    ReasonCode.CALENDAR_SHORTFALL: Attribution.DISPUTED,  # [CONFIG]
    ReasonCode.STUDENT_ABSENT_ILLNESS: Attribution.STUDENT,
    ReasonCode.STUDENT_ABSENT_FAMILY: Attribution.STUDENT,
    ReasonCode.STUDENT_ABSENT_DISABILITY_RELATED: Attribution.DISPUTED,
    ReasonCode.STUDENT_REFUSED: Attribution.DISPUTED,
    ReasonCode.STUDENT_REMOVED_DISCIPLINE: Attribution.DISPUTED,
    ReasonCode.OTHER: Attribution.DISPUTED,
}

REASON_LABELS: dict[ReasonCode, str] = {
    ReasonCode.PROVIDER_ABSENT: N_("Provider absent"),
    ReasonCode.PROVIDER_VACANCY: N_("Provider position vacant"),
    ReasonCode.PROVIDER_OTHER_DUTY: N_("Provider on other duty (meetings, testing)"),
    ReasonCode.SCHOOL_ACTIVITY: N_("School activity (assembly, field trip, testing)"),
    ReasonCode.SCHOOL_SCHEDULE_CHANGE: N_("School schedule change (late start, early release)"),
    ReasonCode.SCHEDULED_HOLIDAY: N_("Scheduled holiday"),
    ReasonCode.BREAK: N_("School break"),
    ReasonCode.CALENDAR_SHORTFALL: N_("Short week (fewer school days than sessions)"),
    ReasonCode.STUDENT_ABSENT_ILLNESS: N_("Child absent: illness"),
    ReasonCode.STUDENT_ABSENT_FAMILY: N_("Child absent: family reasons"),
    ReasonCode.STUDENT_ABSENT_DISABILITY_RELATED: N_("Child absent: disability-related"),
    ReasonCode.STUDENT_REFUSED: N_("Child refused or did not take part"),
    ReasonCode.STUDENT_REMOVED_DISCIPLINE: N_("Child removed for discipline"),
    ReasonCode.OTHER: N_("Other reason"),
}

ATTRIBUTION_LABELS: dict[Attribution, str] = {
    Attribution.SCHOOL: N_("School"),
    Attribution.STUDENT: N_("Child or family"),
    Attribution.DISPUTED: N_("Disputed"),
    Attribution.NEUTRAL: N_("Neutral (holiday)"),
}

STATUS_SYMBOLS: dict[SessionStatus, str] = {
    SessionStatus.DELIVERED: "\u2713",  # check mark
    SessionStatus.PARTIAL: "\u25d0",  # half circle
    SessionStatus.MISSED: "\u2717",  # ballot x
    SessionStatus.MAKEUP: "\u21ba",  # anticlockwise arrow
    SessionStatus.CANCELLED: "\u2298",  # circled slash
}
EXPECTED_SYMBOL = "\u25cb"  # white circle: a session is due and not logged

STATUS_LABELS: dict[SessionStatus, str] = {
    SessionStatus.DELIVERED: N_("Delivered"),
    SessionStatus.PARTIAL: N_("Partly delivered"),
    SessionStatus.MISSED: N_("Missed"),
    SessionStatus.MAKEUP: N_("Make-up"),
    SessionStatus.CANCELLED: N_("Cancelled"),
}

MISS_STATUSES = frozenset({SessionStatus.MISSED, SessionStatus.CANCELLED, SessionStatus.PARTIAL})


def default_attribution(
    reason: ReasonCode | None, overrides: dict[ReasonCode, Attribution] | None = None
) -> Attribution:
    """The attribution a reason gets unless the parent changes it (DOMAIN.md 2.6)."""
    if reason is None:
        return Attribution.DISPUTED
    if overrides and reason in overrides:
        return overrides[reason]
    return DEFAULT_ATTRIBUTION[reason]


class LoggedSession(NamedTuple):
    """One logged session as the ledger sees it (plain data from the session log).

    ``service`` is the service line (the service type, the same across amendments);
    ``attribution`` is the parent's override, or None to use the reason's default.
    A named tuple, not a dataclass: the ledger reads tens of thousands of them.
    """

    id: int
    service: str
    date: dt.date
    status: SessionStatus
    scheduled_minutes: float = 0.0
    minutes_delivered: float = 0.0
    reason: ReasonCode | None = None
    attribution: Attribution | None = None
    makeup_for: tuple[int, ...] = ()
    actual_setting: Setting | None = None
    actual_group: GroupSize | None = None
    notes: str = ""
    testing: bool = False  # testing or evaluation time logged as a session (a mismatch)
    # A day's plain delivered sessions read as one sum (services/ledger_inputs.py): their ids,
    # lowest first; ``minutes_delivered`` is their total. Empty for a session read on its own.
    same_day_ids: tuple[int, ...] = ()

    @property
    def session_count(self) -> int:
        """How many logged sessions this entry stands for."""
        return len(self.same_day_ids) or 1

    @property
    def missed_minutes(self) -> float:
        """Scheduled minus delivered for a miss, partial or cancellation; 0 otherwise."""
        if self.status not in MISS_STATUSES:
            return 0.0
        return max(0.0, self.scheduled_minutes - self.minutes_delivered)


@dataclass(frozen=True)
class SessionData:
    """What the parent enters for one session (the session log form and the importers)."""

    date: dt.date
    status: SessionStatus
    scheduled_minutes: int = 0
    minutes_delivered: int = 0
    reason: ReasonCode | None = None
    attribution: Attribution | None = None
    actual_setting: Setting | None = None
    actual_group: GroupSize | None = None
    provider: str = ""
    evidence_source: EvidenceSource = EvidenceSource.PARENT_OBSERVATION
    evidence_note: str = ""
    evidence_document_id: int | None = None
    notes: str = ""
    testing: bool = False


def validate_session(data: SessionData) -> list[FieldError]:
    """Checks of one session entry, each with a sentence naming the field."""
    errors: list[FieldError] = []
    if not 0 <= data.minutes_delivered <= 600:
        errors.append(FieldError("minutes_delivered", t("Minutes delivered must be 0 to 600.")))
    if not 0 <= data.scheduled_minutes <= 600:
        errors.append(FieldError("scheduled_minutes", t("Scheduled minutes must be 0 to 600.")))
    if (
        data.status in (SessionStatus.DELIVERED, SessionStatus.MAKEUP)
        and data.minutes_delivered <= 0
    ):
        errors.append(FieldError("minutes_delivered", t("Enter how many minutes were delivered.")))
    if data.status in MISS_STATUSES and data.scheduled_minutes <= 0:
        errors.append(
            FieldError(
                "scheduled_minutes", t("Enter how many minutes the session should have had.")
            )
        )
    if data.status is SessionStatus.PARTIAL and data.minutes_delivered >= data.scheduled_minutes:
        errors.append(
            FieldError(
                "minutes_delivered",
                t("A partly delivered session has fewer minutes than scheduled."),
            )
        )
    return errors
