"""Enumerations shared by the whole program: the vocabulary of DOMAIN.md as plain Python types."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["StrEnum"]


class Period(StrEnum):
    """The period a service amount is written against (DOMAIN.md 2.3)."""

    DAY = "DAY"
    WEEK = "WEEK"
    CYCLE = "CYCLE"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    TRIMESTER = "TRIMESTER"
    SEMESTER = "SEMESTER"
    SCHOOL_YEAR = "SCHOOL_YEAR"
    IEP_YEAR = "IEP_YEAR"


class Delivery(StrEnum):
    """Direct service to the child, or indirect consultation with staff or parent."""

    DIRECT = "DIRECT"
    INDIRECT_CONSULT = "INDIRECT_CONSULT"


class Setting(StrEnum):
    """Where the service happens relative to the general-education classroom."""

    GEN_ED_PUSH_IN = "GEN_ED_PUSH_IN"
    SEPARATE_PULL_OUT = "SEPARATE_PULL_OUT"
    OTHER = "OTHER"
    UNSPECIFIED = "UNSPECIFIED"


class GroupSize(StrEnum):
    """Individual or group service, as the IEP states it."""

    INDIVIDUAL = "INDIVIDUAL"
    GROUP = "GROUP"
    EITHER = "EITHER"


class WeekDefinition(StrEnum):
    """How a 'week' is counted for weekly mandates [CONFIG]."""

    MON_SUN = "MON_SUN"
    SCHOOL_WEEK = "SCHOOL_WEEK"


class HolidayPolicy(StrEnum):
    """How holidays and short periods affect what a mandate owes (DOMAIN.md 2.4)."""

    FULL_IF_IN_SESSION = "FULL_IF_IN_SESSION"
    PRORATE_BY_SESSION_DAYS = "PRORATE_BY_SESSION_DAYS"
    ZERO_WHEN_CLOSED = "ZERO_WHEN_CLOSED"


class Metric(StrEnum):
    """What a goal measures (DOMAIN.md 4.2)."""

    WCPM = "WCPM"
    PERCENT_ACCURACY = "PERCENT_ACCURACY"
    COUNT = "COUNT"
    DURATION = "DURATION"
    RUBRIC = "RUBRIC"
    TRIALS_CORRECT = "TRIALS_CORRECT"
    OTHER = "OTHER"


class Direction(StrEnum):
    """Whether success means the value goes up or down."""

    INCREASE = "INCREASE"
    DECREASE = "DECREASE"


class IepKind(StrEnum):
    """What kind of plan a dated IEP document is."""

    INITIAL = "INITIAL"
    ANNUAL = "ANNUAL"
    AMENDMENT = "AMENDMENT"
    REEVALUATION = "REEVALUATION"
    INTERIM = "INTERIM"


class Severity(StrEnum):
    """How strongly a lint finding is worded."""

    INFO = "INFO"
    WARNING = "WARNING"
    STRONG = "STRONG"


class PaperSize(StrEnum):
    """Paper for printed binder pages."""

    LETTER = "LETTER"
    A4 = "A4"
