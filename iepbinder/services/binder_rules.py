"""The binder's rules: every [CONFIG] choice of DOMAIN.md the program uses, read and set together.

Each rule names the setting key its computation reads, DOMAIN.md's default, the section it comes
from and the values it may take. A rule at its default has no stored row, so "reset to default"
removes the row and the computation falls back to the same default.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import delete, select

from iepbinder.config.jurisdictions import PROFILES
from iepbinder.db.models import BinderSetting
from iepbinder.domain.commlog import CONTEMPORANEOUS_HOURS
from iepbinder.domain.concern_windows import DUE_PROCESS_YEARS, STATE_COMPLAINT_YEARS
from iepbinder.domain.decision_rules import PointRule
from iepbinder.domain.language import t
from iepbinder.domain.progress_math import BaselineRule, TrendMethod
from iepbinder.domain.progress_records import DEFAULT_SETTINGS
from iepbinder.domain.service_log import Attribution
from iepbinder.domain.types import HolidayPolicy
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Changes
from iepbinder.services.commlog import CONTEMPORANEOUS_SETTING, NO_REPLY_SETTING
from iepbinder.services.concerns import COMPLAINT_SETTING, DUE_PROCESS_SETTING
from iepbinder.services.context import ServiceContext
from iepbinder.services.deadlines import TODAY_DEFAULTS
from iepbinder.services.errors import ValidationError
from iepbinder.services.settings import DEFAULTS as LEDGER_DEFAULTS

NO_REPLY_SCHOOL_DAYS = 5  # DOMAIN.md 6 / issue 4: "N school days (a setting, default 5)"


class RuleArea(Enum):
    """Where a rule shows in the Binder rules dialog."""

    SERVICES = "services"
    ALERTS = "alerts"
    LOG = "log"
    DEADLINES = "deadlines"
    PROGRESS = "progress"


class RuleKind(Enum):
    """The kind of value a rule takes (and the input that edits it)."""

    YES_NO = "yes_no"
    WHOLE = "whole"  # a whole number between low and high
    DECIMAL = "decimal"  # a number with decimals between low and high
    SHARE = "share"  # a fraction stored 0..1, shown as a percentage
    CHOICE = "choice"  # one of ``choices``
    NUMBERS = "numbers"  # a list of whole numbers between low and high
    PHRASES = "phrases"  # a list of words or phrases


@dataclass(frozen=True)
class BinderRule:
    """One [CONFIG] choice: its key, DOMAIN.md default and section, and the values it may take."""

    key: str
    area: RuleArea
    kind: RuleKind
    default: Any
    source: str
    low: float = 0
    high: float = 0
    choices: tuple[Any, ...] = ()

    def check(self, value: Any) -> Any:
        """The value in its stored form, or ValueError with a sentence saying what is wrong."""
        kind = self.kind
        if kind is RuleKind.YES_NO:
            if not isinstance(value, bool):
                raise ValueError(t("Choose yes or no."))
            return value
        if kind is RuleKind.CHOICE:
            if value not in self.choices:
                raise ValueError(t("Choose one of the listed options."))
            return value
        if kind is RuleKind.PHRASES:
            phrases = [str(p).strip() for p in value if str(p).strip()]
            if not phrases:
                raise ValueError(t("Give at least one phrase."))
            return phrases
        if kind is RuleKind.NUMBERS:
            numbers = [self._number(v, whole=True) for v in value]
            if not numbers:
                raise ValueError(t("Give at least one number."))
            return sorted(set(numbers), reverse=True)
        return self._number(value, whole=kind is RuleKind.WHOLE)

    def _number(self, value: Any, *, whole: bool) -> Any:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise ValueError(t("Enter a number."))
        if whole and value != int(value):
            raise ValueError(t("Enter a whole number."))
        if not self.low <= value <= self.high:
            raise ValueError(
                t(
                    "Enter a number from {low} to {high}.",
                    low=_plain(self.low),
                    high=_plain(self.high),
                )
            )
        return int(value) if whole else float(value)


def _plain(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def _ledger(key: str, kind: RuleKind, source: str, **bounds: Any) -> BinderRule:
    area = RuleArea.ALERTS if key.startswith("alerts.") else RuleArea.SERVICES
    return BinderRule(key, area, kind, LEDGER_DEFAULTS[key], source, **bounds)


_ATTRIBUTIONS = tuple(a.value for a in Attribution)
_POINT_RULES = tuple(
    dataclasses.asdict(rule)
    for rule in (PointRule(), PointRule(3, 3, 3, 3), PointRule(4, 6, 4, 6), PointRule(3, 3, 6, 6))
)
_P = DEFAULT_SETTINGS
W, D, S, C, Y = RuleKind.WHOLE, RuleKind.DECIMAL, RuleKind.SHARE, RuleKind.CHOICE, RuleKind.YES_NO

RULES: tuple[BinderRule, ...] = (
    # Services and the ledger (DOMAIN.md 2.4, 2.6, 3.1, 3.3, 1.2)
    _ledger("services.holiday_policy", C, "DOMAIN.md 2.4",
            choices=tuple(p.value for p in HolidayPolicy)),
    _ledger("services.partial_period", C, "DOMAIN.md 2.4",
            choices=("PRORATE_BY_SESSION_DAYS", "FULL")),
    _ledger("services.pacing_threshold", S, "DOMAIN.md 2.4", low=0.5, high=1.0),
    _ledger("services.start_alert_school_days", W, "DOMAIN.md 1.2 (T-START)", low=1, high=60),
    _ledger("services.schedule_change_attribution", C, "DOMAIN.md 2.6", choices=_ATTRIBUTIONS),
    _ledger("services.calendar_shortfall_attribution", C, "DOMAIN.md 2.4, 2.6",
            choices=_ATTRIBUTIONS),
    _ledger("services.conforming_counts_as_delivered", Y, "DOMAIN.md 3.1"),
    _ledger("comp.include_disputed", Y, "DOMAIN.md 3.1"),
    _ledger("comp.unaccounted_as_school", Y, "DOMAIN.md 3.1"),
    _ledger("comp.same_service_only", Y, "DOMAIN.md 3.1"),
    _ledger("comp.ratio", D, "DOMAIN.md 3.3", low=0.1, high=3.0),
    # Alert tiers (DOMAIN.md 3.4), app heuristics
    _ledger("alerts.trailing_weeks", W, "DOMAIN.md 3.4", low=1, high=26),
    _ledger("alerts.watch_net_rate", S, "DOMAIN.md 3.4", low=0.1, high=1.0),
    _ledger("alerts.action_net_rate", S, "DOMAIN.md 3.4", low=0.1, high=1.0),
    _ledger("alerts.watch_consecutive_misses", W, "DOMAIN.md 3.4", low=1, high=20),
    _ledger("alerts.action_consecutive_misses", W, "DOMAIN.md 3.4", low=1, high=20),
    _ledger("alerts.action_school_days_without_service", W, "DOMAIN.md 3.4", low=1, high=60),
    _ledger("alerts.escalate_weeks", W, "DOMAIN.md 3.4", low=1, high=52),
    _ledger("alerts.student_absence_pct", S, "DOMAIN.md 3.4", low=0.05, high=1.0),
    # The communication log (DOMAIN.md 5.4) and follow-ups
    BinderRule(CONTEMPORANEOUS_SETTING, RuleArea.LOG, W, CONTEMPORANEOUS_HOURS,
               "DOMAIN.md 5.4", low=1, high=720),
    BinderRule(NO_REPLY_SETTING, RuleArea.LOG, W, NO_REPLY_SCHOOL_DAYS,
               "Issue 4 (No reply yet), DOMAIN.md 6", low=1, high=30),
    # Deadlines (DOMAIN.md 1.1, 1.2, 8)
    BinderRule("deadlines.jurisdiction", RuleArea.DEADLINES, C,
               TODAY_DEFAULTS["deadlines.jurisdiction"], "DOMAIN.md 1.3",
               choices=tuple(PROFILES)),
    BinderRule("annual.reminders_days", RuleArea.DEADLINES, RuleKind.NUMBERS,
               TODAY_DEFAULTS["annual.reminders_days"], "DOMAIN.md 1.2", low=1, high=365),
    BinderRule("annual.amendment_resets_clock", RuleArea.DEADLINES, Y,
               TODAY_DEFAULTS["annual.amendment_resets_clock"], "DOMAIN.md 1.2 (T-ANNUAL)"),
    BinderRule("reeval.years", RuleArea.DEADLINES, W, TODAY_DEFAULTS["reeval.years"],
               "DOMAIN.md 1.2 (T-REEVAL)", low=1, high=3),
    BinderRule(COMPLAINT_SETTING, RuleArea.DEADLINES, W, STATE_COMPLAINT_YEARS,
               "DOMAIN.md 1.1 (T-STATE-COMPLAINT)", low=1, high=5),
    BinderRule(DUE_PROCESS_SETTING, RuleArea.DEADLINES, W, DUE_PROCESS_YEARS,
               "DOMAIN.md 1.1 (T-DUE-PROCESS)", low=1, high=5),
    # Progress monitoring (DOMAIN.md 4.3-4.5)
    BinderRule("pm.trend_method", RuleArea.PROGRESS, C, _P.trend_method.value,
               "DOMAIN.md 4.3", choices=tuple(m.value for m in TrendMethod)),
    BinderRule("pm.baseline", RuleArea.PROGRESS, C, _P.baseline_rule.value,
               "DOMAIN.md 4.3", choices=tuple(b.value for b in BaselineRule)),
    BinderRule("pm.point_rule", RuleArea.PROGRESS, C, _POINT_RULES[0], "DOMAIN.md 4.4",
               choices=_POINT_RULES),
    BinderRule("pm.trend_min_points", RuleArea.PROGRESS, W, _P.trend_min_points,
               "DOMAIN.md 4.4", low=6, high=12),
    BinderRule("pm.trend_tolerance", RuleArea.PROGRESS, S, _P.trend_tolerance,
               "DOMAIN.md 4.4", low=0.0, high=0.5),
    BinderRule("pr.copy_forward_similarity", RuleArea.PROGRESS, S,
               _P.copy_forward_similarity, "DOMAIN.md 4.5 (PR-6)", low=0.5, high=1.0),
    BinderRule("pr.missing_report_grace_days", RuleArea.PROGRESS, W,
               _P.missing_report_grace_days, "DOMAIN.md 4.5 (PR-7)", low=0, high=90),
    BinderRule("pr.vague_phrases", RuleArea.PROGRESS, RuleKind.PHRASES,
               list(_P.vague_phrases), "DOMAIN.md 4.5 (PR-3)"),
)  # fmt: skip
RULES_BY_KEY = {rule.key: rule for rule in RULES}


class BinderRulesService:
    """Reads every rule's current value and saves changed rules in one transaction."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def values(self) -> dict[str, Any]:
        """Every rule's value: the stored one, or DOMAIN.md's default."""
        with self._context.session_factory() as session:
            stored: dict[str, Any] = dict(
                session.execute(
                    select(BinderSetting.key, BinderSetting.value).where(
                        BinderSetting.key.in_(list(RULES_BY_KEY))
                    )
                ).all()
            )
        return {rule.key: stored.get(rule.key, rule.default) for rule in RULES}

    def save(self, values: Mapping[str, Any]) -> Changes:
        """Store the given rules; a rule set back to its default loses its stored row.

        Every value is checked first, so a wrong one stores nothing; the ValidationError names
        each wrong rule by its key.
        """
        checked: dict[str, Any] = {}
        errors: list[FieldError] = []
        for key, value in values.items():
            rule = RULES_BY_KEY.get(key)
            if rule is None:
                errors.append(FieldError(key, t("This is not a rule of the binder.")))
                continue
            try:
                checked[key] = rule.check(value)
            except (TypeError, ValueError) as error:
                errors.append(FieldError(key, str(error)))
        if errors:
            raise ValidationError(errors)
        with self._context.session_factory.begin() as session:
            for key, value in checked.items():
                session.execute(delete(BinderSetting).where(BinderSetting.key == key))
                if value != RULES_BY_KEY[key].default:
                    session.add(BinderSetting(key=key, value=value))
        # A rule can change the ledger, alerts, deadlines, log notes and progress signals.
        return Changes.everything()

    def reset_all(self) -> Changes:
        """Every rule back to DOMAIN.md's default."""
        return self.save({rule.key: rule.default for rule in RULES})
