"""Goal data points and progress reports as plain data, their settings and their field checks."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, TypeVar

from iepbinder.domain.decision_rules import PointRule
from iepbinder.domain.language import N_, t
from iepbinder.domain.progress_math import BaselineRule, TrendMethod
from iepbinder.domain.types import StrEnum
from iepbinder.domain.validation import FieldError


class DataSource(StrEnum):
    """Where a data point came from (issue 6)."""

    SCHOOL_REPORT = "SCHOOL_REPORT"
    WORK_SAMPLE = "WORK_SAMPLE"
    PARENT_OBSERVATION = "PARENT_OBSERVATION"
    LINKED_DOCUMENT = "LINKED_DOCUMENT"


SOURCE_WORDS = {
    DataSource.SCHOOL_REPORT: N_("School report"),
    DataSource.WORK_SAMPLE: N_("Work sample"),
    DataSource.PARENT_OBSERVATION: N_("Parent observation"),
    DataSource.LINKED_DOCUMENT: N_("Linked document"),
}


class ReportStatus(StrEnum):
    """The status box of a progress report entry, as district forms word it."""

    NONE = "NONE"
    SUFFICIENT = "SUFFICIENT"
    INSUFFICIENT = "INSUFFICIENT"
    NO_PROGRESS = "NO_PROGRESS"
    REGRESSION = "REGRESSION"
    MET = "MET"
    NOT_MET = "NOT_MET"
    NOT_ADDRESSED = "NOT_ADDRESSED"


STATUS_WORDS = {
    ReportStatus.NONE: "No status box marked",
    ReportStatus.SUFFICIENT: "Sufficient progress to meet the goal",
    ReportStatus.INSUFFICIENT: "Some progress; may not meet the goal",
    ReportStatus.NO_PROGRESS: "No progress",
    ReportStatus.REGRESSION: "Regression",
    ReportStatus.MET: "Goal met",
    ReportStatus.NOT_MET: "Goal not met (closing)",
    ReportStatus.NOT_ADDRESSED: "Not addressed this period",
}
CLOSING_STATUSES = frozenset({ReportStatus.MET, ReportStatus.NOT_MET})


@dataclass(frozen=True)
class DataPointData:
    """One measurement of a goal on a date."""

    observed_on: dt.date
    value: float
    source: DataSource = DataSource.SCHOOL_REPORT
    note: str = ""
    # The document it came from; documents arrive with issue 5, so this is a plain id for now.
    document_id: int | None = None


@dataclass(frozen=True)
class ProgressReportData:
    """One progress report of one reporting period (received, or still expected)."""

    period: str
    period_end: dt.date | None = None
    expected_date: dt.date | None = None
    received_date: dt.date | None = None
    source_text: str = ""
    notes: str = ""
    document_id: int | None = None  # the report's PDF once documents exist (issue 5)

    @property
    def as_of(self) -> dt.date | None:
        """The date the report speaks for: end of period, else received, else expected."""
        return self.period_end or self.received_date or self.expected_date


@dataclass(frozen=True)
class ReportEntryData:
    """What a report says about one goal: the status box, the words and any number."""

    goal_id: int
    status: ReportStatus = ReportStatus.NONE
    narrative: str = ""
    reported_value: float | None = None

    @property
    def is_empty(self) -> bool:
        """True when the report says nothing at all about the goal."""
        return (
            self.status is ReportStatus.NONE
            and not self.narrative.strip()
            and self.reported_value is None
        )


@dataclass(frozen=True)
class PassageData:
    """A passage of the report's text that the parent assigned to a goal."""

    goal_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ReportInput:
    """Everything the report editor saves in one transaction."""

    report: ProgressReportData
    entries: tuple[ReportEntryData, ...] = ()
    passages: tuple[PassageData, ...] = ()


DEFAULT_VAGUE_PHRASES = (
    "making progress",
    "progressing",
    "emerging",
    "sufficient progress",
    "continues to work on",
    "inconsistent",
    "informal observation",
)


@dataclass(frozen=True)
class ProgressSettings:
    """The [CONFIG] choices of DOMAIN.md 4.3–4.5 and 8, with their defaults."""

    point_rule: PointRule = field(default_factory=PointRule)
    trend_min_points: int = 8
    trend_tolerance: float = 0.10
    trend_method: TrendMethod = TrendMethod.OLS
    baseline_rule: BaselineRule = BaselineRule.MEDIAN_OF_PROBES
    min_points: int = 6
    min_weeks: float = 6
    copy_forward_similarity: float = 0.90
    missing_report_grace_days: int = 14
    vague_phrases: tuple[str, ...] = DEFAULT_VAGUE_PHRASES


DEFAULT_SETTINGS = ProgressSettings()


def validate_data_point(data: DataPointData, today: dt.date) -> list[FieldError]:
    """A point needs a real number and a date that is not in the future."""
    errors: list[FieldError] = []
    if not math.isfinite(data.value):
        errors.append(FieldError("value", t("The value must be a number.")))
    if data.observed_on > today:
        errors.append(FieldError("observed_on", t("The date is in the future.")))
    return errors


def validate_report(data: ProgressReportData, today: dt.date) -> list[FieldError]:
    """A report needs a period name; a received date cannot be in the future."""
    errors: list[FieldError] = []
    if not data.period.strip():
        errors.append(FieldError("period", t("Name the reporting period (for example Quarter 1).")))
    if data.received_date is not None and data.received_date > today:
        errors.append(FieldError("received_date", t("The received date is in the future.")))
    return errors


def settings_from_values(values: dict[str, Any]) -> ProgressSettings:
    """Settings from stored binder values under the keys of DOMAIN.md 8.

    A missing or bad value keeps its default, so a damaged setting never stops the graphs.
    """
    base = DEFAULT_SETTINGS
    rule = values.get("pm.point_rule")
    point = base.point_rule
    if isinstance(rule, dict):
        try:
            point = PointRule(**{k: int(v) for k, v in rule.items() if k in _POINT_RULE_KEYS})
        except (TypeError, ValueError):
            point = base.point_rule
    return ProgressSettings(
        point_rule=point,
        trend_min_points=_number(values, "pm.trend_min_points", base.trend_min_points, int),
        trend_tolerance=_number(values, "pm.trend_tolerance", base.trend_tolerance, float),
        trend_method=_choice(values, "pm.trend_method", TrendMethod, base.trend_method),
        baseline_rule=_choice(values, "pm.baseline", BaselineRule, base.baseline_rule),
        copy_forward_similarity=_number(
            values, "pr.copy_forward_similarity", base.copy_forward_similarity, float
        ),
        missing_report_grace_days=_number(
            values, "pr.missing_report_grace_days", base.missing_report_grace_days, int
        ),
        vague_phrases=_phrases(values.get("pr.vague_phrases"), base.vague_phrases),
    )


SETTING_KEYS = (
    "pm.point_rule",
    "pm.trend_min_points",
    "pm.trend_tolerance",
    "pm.trend_method",
    "pm.baseline",
    "pr.copy_forward_similarity",
    "pr.missing_report_grace_days",
    "pr.vague_phrases",
)
_POINT_RULE_KEYS = ("below_count", "below_window", "above_count", "above_window")
NumberT = TypeVar("NumberT", int, float)
ChoiceT = TypeVar("ChoiceT", bound=StrEnum)


def _number(values: dict[str, Any], key: str, default: NumberT, kind: type[NumberT]) -> NumberT:
    value = values.get(key)
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return kind(value)
    return default


def _choice(values: dict[str, Any], key: str, kind: type[ChoiceT], default: ChoiceT) -> ChoiceT:
    try:
        return kind(values.get(key, default))
    except ValueError:
        return default


def _phrases(value: object, default: tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item.strip() for item in value if item.strip())
    return default
