"""The shapes of the timeline rules (DOMAIN.md 1) and of a jurisdiction profile (DOMAIN.md 0.3).

The rules themselves are data in config/jurisdictions.py; domain/deadlines.py computes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from iepbinder.domain.language import N_
from iepbinder.domain.school_calendar import DayUnit

VERIFY_LABEL = N_("possible deadline, verify")


@dataclass(frozen=True)
class EndOfYearRule:
    """TX: consent that falls ``min..max`` school days before the last day → due ``month/day``."""

    min_school_days: int
    max_school_days: int
    month: int = 6
    day: int = 30


@dataclass(frozen=True)
class RuleSpec:
    """One timeline rule: what starts the clock, how far it runs and in which days.

    ``years`` counts whole years (anniversaries); otherwise ``days`` in ``unit``. ``before``
    puts the deadline before the trigger (notice before an action). ``toll_breaks_over``
    pauses a calendar-day count for breaks longer than that many school days;
    ``extend_absences_from`` adds the child's absence days once there are that many.
    """

    rule_id: str
    title: str
    trigger_text: str
    years: int = 0
    days: int = 0
    unit: DayUnit = DayUnit.CALENDAR
    before: bool = False
    toll_breaks_over: int | None = None
    extend_absences_from: int | None = None
    end_of_year: EndOfYearRule | None = None
    cap_day_before_meeting: bool = False
    display_only: bool = False  # a guide, not a fixed legal number (federal PWN)
    reminder_days: tuple[int, ...] = ()
    source_url: str = ""
    note: str = ""

    def with_changes(self, **changes: object) -> RuleSpec:
        """A copy with some values replaced (a state override or a binder setting)."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class JurisdictionProfile:
    """A state's overrides of the federal rules, its own extra rules, and how sure we are."""

    code: str
    name: str
    overrides: Mapping[str, RuleSpec] = field(default_factory=dict)
    extra_rules: tuple[RuleSpec, ...] = ()
    notes: tuple[str, ...] = ()
    last_verified: str = ""
    verified: bool = True

    def rules(self, federal: Mapping[str, RuleSpec]) -> dict[str, RuleSpec]:
        """The federal rules with this profile's overrides, plus its extra rules."""
        merged = {rule_id: self.overrides.get(rule_id, rule) for rule_id, rule in federal.items()}
        merged.update({rule.rule_id: rule for rule in self.extra_rules})
        return merged
