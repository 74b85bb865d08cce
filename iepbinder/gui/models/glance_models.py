"""Table models of the At a glance tab: services, accommodations, goals and the team."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from iepbinder.domain.dateparse import format_date
from iepbinder.domain.lint import Finding
from iepbinder.domain.types import GroupSize, Setting
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP
from iepbinder.gui.models.row_model import Column, RowTableModel
from iepbinder.services.dto import AccommodationRow, GoalRow, ServiceRow, TeamMemberRow


def tr(text: str) -> str:
    """Translate a string of this module."""
    return QCoreApplication.translate("GlanceModels", text)


SETTING_WORDS = {
    Setting.SEPARATE_PULL_OUT: QT_TRANSLATE_NOOP("GlanceModels", "Pull-out"),
    Setting.GEN_ED_PUSH_IN: QT_TRANSLATE_NOOP("GlanceModels", "Push-in"),
    Setting.OTHER: QT_TRANSLATE_NOOP("GlanceModels", "Other"),
    Setting.UNSPECIFIED: QT_TRANSLATE_NOOP("GlanceModels", "Not stated"),
}
GROUP_WORDS = {
    GroupSize.INDIVIDUAL: QT_TRANSLATE_NOOP("GlanceModels", "individual"),
    GroupSize.GROUP: QT_TRANSLATE_NOOP("GlanceModels", "group"),
    GroupSize.EITHER: QT_TRANSLATE_NOOP("GlanceModels", "individual or group"),
}


def checks_text(findings: tuple[Finding, ...], unconfirmed: bool = False) -> str:
    """'⚠ 2 to check' style summary; words, not colour."""
    parts = []
    if findings:
        parts.append(tr("\u26a0 {n} to check").format(n=len(findings)))
    if unconfirmed:
        parts.append(tr("\u26a0 amount not confirmed"))
    return "\n".join(parts) if parts else tr("\u2713 OK")


def checks_tooltip(findings: tuple[Finding, ...], unconfirmed: bool = False) -> str:
    """Each finding with its rule id, one per line."""
    lines = [f"{finding.rule_id}: {finding.message}" for finding in findings]
    if unconfirmed:
        lines.append(tr("The amount was read from the IEP text; check it against the IEP page."))
    return "\n".join(lines) or tr("No problems found by the checks.")


def _setting_text(row: ServiceRow) -> str:
    data = row.data
    setting = (
        data.setting_other
        if data.setting is Setting.OTHER and data.setting_other
        else tr(SETTING_WORDS[data.setting])
    )
    group = tr(GROUP_WORDS[data.group_size])
    if data.group_size is not GroupSize.INDIVIDUAL and data.group_max:
        group += tr(" (up to {n})").format(n=data.group_max)
    return f"{setting}, {group}"


def _category(category: str) -> str:
    """A category offered in the form shows in the interface language; typed ones as typed."""
    return QCoreApplication.translate("AccommodationDialog", category) if category else ""


def _dates(start: Any, end: Any) -> str:
    if not start and not end:
        return "\u2014"
    return f"{format_date(start) or '?'} \u2013 {format_date(end) or '?'}"


def service_model(parent: Any = None) -> RowTableModel[ServiceRow]:
    """Services: what, how much (normalized and as written), where, who, when, checks."""
    columns: list[Column[ServiceRow]] = [
        Column(tr("Service"), lambda r: r.data.service_type),
        Column(
            tr("Amount"),
            lambda r: r.amount_text,
            lambda r: r.data.amount.total_minutes_per_period or 0,
        ),
        Column(tr("As written in the IEP"), lambda r: r.data.raw_text),
        Column(tr("Setting"), _setting_text),
        Column(
            tr("Provider"),
            lambda r: ", ".join(p for p in (r.data.provider_name, r.data.provider_role) if p),
        ),
        Column(
            tr("Dates"),
            lambda r: _dates(r.data.start_date, r.data.end_date),
            lambda r: r.data.start_date or "",
        ),
        Column(tr("Page"), lambda r: r.data.page_ref),
        Column(
            tr("Checks"),
            lambda r: checks_text(r.findings, not r.data.user_confirmed),
            lambda r: len(r.findings),
            lambda r: checks_tooltip(r.findings, not r.data.user_confirmed),
        ),
    ]
    return RowTableModel(columns, parent)


def accommodation_model(parent: Any = None) -> RowTableModel[AccommodationRow]:
    """Accommodations and where they apply."""
    columns: list[Column[AccommodationRow]] = [
        Column(tr("Accommodation"), lambda r: r.data.text, tooltip=lambda r: r.data.text),
        Column(tr("Where it applies"), lambda r: ", ".join(r.data.applies_to)),
        Column(tr("Kind"), lambda r: _category(r.data.category)),
        Column(tr("Page"), lambda r: r.data.page_ref),
    ]
    return RowTableModel(columns, parent)


def _baseline_target(row: GoalRow) -> str:
    data = row.data
    unit = f" {data.unit}" if data.unit else ""

    def number(value: float | None) -> str:
        if value is None:
            return "?"
        return f"{value:g}"

    by = (
        " " + tr("by {date}").format(date=format_date(data.target_date)) if data.target_date else ""
    )
    return f"{number(data.baseline_value)} \u2192 {number(data.target_value)}{unit}{by}"


def goal_model(parent: Any = None) -> RowTableModel[GoalRow]:
    """Goals: area, text, baseline to target, how measured, checks."""
    columns: list[Column[GoalRow]] = [
        Column(tr("Area"), lambda r: r.data.area),
        Column(tr("Goal"), lambda r: r.data.text, tooltip=lambda r: r.data.text),
        Column(tr("Baseline \u2192 target"), _baseline_target),
        Column(tr("Measured by"), lambda r: r.data.measurement_method),
        Column(
            tr("Checks"),
            lambda r: checks_text(r.findings),
            lambda r: len(r.findings),
            lambda r: checks_tooltip(r.findings),
        ),
    ]
    return RowTableModel(columns, parent)


def team_model(parent: Any = None) -> RowTableModel[TeamMemberRow]:
    """The child's team with how to reach each person."""
    columns: list[Column[TeamMemberRow]] = [
        Column(tr("Name"), lambda r: r.contact.name),
        Column(
            tr("Role"),
            lambda r: (
                r.role
                if not r.team_role or r.team_role == r.contact.role
                else f"{r.team_role} ({r.contact.role})"
            ),
        ),
        Column(tr("Email"), lambda r: r.contact.email),
        Column(tr("Phone"), lambda r: r.contact.phone),
    ]
    return RowTableModel(columns, parent)
