"""Binder-wide settings: the [CONFIG] choices of DOMAIN.md, stored as JSON values."""

from __future__ import annotations

from typing import Any

from iepbinder.db.models import BinderSetting
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import ServiceContext

# The [CONFIG] choices of DOMAIN.md (section 8) with their defaults; get() falls back to them.
DEFAULTS: dict[str, Any] = {
    "services.holiday_policy": "FULL_IF_IN_SESSION",  # default offered for a new mandate
    "services.partial_period": "PRORATE_BY_SESSION_DAYS",  # or FULL
    "services.pacing_threshold": 0.85,
    "services.start_alert_school_days": 10,
    "services.calendar_shortfall_attribution": "DISPUTED",
    "services.schedule_change_attribution": "SCHOOL",
    "services.conforming_counts_as_delivered": True,  # false: strict mode
    "comp.include_disputed": False,
    "comp.unaccounted_as_school": False,
    "comp.ratio": 1.0,
    "comp.same_service_only": True,
    "alerts.watch_net_rate": 0.90,
    "alerts.action_net_rate": 0.80,
    "alerts.trailing_weeks": 4,
    "alerts.watch_consecutive_misses": 2,
    "alerts.action_consecutive_misses": 3,
    "alerts.action_school_days_without_service": 10,
    "alerts.escalate_weeks": 6,
    "alerts.student_absence_pct": 0.20,
}


class SettingsService:
    """Read and write one binder's settings."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` (else DEFAULTS) when the setting was never changed."""
        with self._context.session_factory() as session:
            row = session.get(BinderSetting, key)
            if row is None:
                return DEFAULTS.get(key) if default is None else default
            return row.value

    def put(self, key: str, value: Any) -> Changes:
        """Store a value (any JSON-compatible data)."""
        with self._context.session_factory.begin() as session:
            row = session.get(BinderSetting, key)
            if row is None:
                session.add(BinderSetting(key=key, value=value))
            else:
                row.value = value
        return Changes.of(Area.SETTINGS)
