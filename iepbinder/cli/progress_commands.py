"""``report progress`` and ``export progress``: goal signals, report red flags, the PDF pages."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from iepbinder.cli.main import EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import open_binder_for, output_path
from iepbinder.domain.language import N_, t
from iepbinder.domain.progress_analysis import GOAL_STATUS_WORDS, GoalStatus
from iepbinder.domain.report_lint import ReportFinding
from iepbinder.domain.types import PaperSize

if TYPE_CHECKING:
    from iepbinder.services.progress_dto import GoalSeries, ProgressOverview


def register(tree: CommandTree) -> None:
    """Add ``report progress`` and ``export progress``."""
    report = tree.reports.add_parser(
        "progress", parents=[tree.common], help="goal progress signals and report red flags"
    )
    report.set_defaults(handler=report_progress)
    export = tree.exports.add_parser(
        "progress", parents=[tree.common], help="goal progress pages with graphs (PDF)"
    )
    export.add_argument("--out", required=True, metavar="FILE.pdf")
    export.add_argument("--page-size", choices=["letter", "a4"], default="letter")
    export.set_defaults(handler=export_progress)


def report_progress(args: argparse.Namespace, output: Output) -> int:
    """Print each goal's status and signal, then the red flags of each progress report."""
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        overview = services.progress.overview(child.id)
    output.result(_text(overview), **_json(overview))
    return EXIT_OK


def export_progress(args: argparse.Namespace, output: Output) -> int:
    """Write the progress pages of one child."""
    target = output_path(args.out)
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        paper = PaperSize.A4 if args.page_size == "a4" else PaperSize.LETTER
        pdf = services.progress.progress_pdf(child.id, paper=paper)
        services.pages.save(target, pdf.content)
    text = (
        N_("Wrote the goal progress pages for {child} to {target} ({pages} page).")
        if pdf.page_count == 1
        else N_("Wrote the goal progress pages for {child} to {target} ({pages} pages).")
    )
    output.result(
        t(text, child=child.display_name, target=target, pages=pdf.page_count),
        file=str(target),
        child=child.display_name,
        pages=pdf.page_count,
    )
    return EXIT_OK


def _text(overview: ProgressOverview) -> str:
    plan = overview.plan.label if overview.plan else t("no IEP entered")
    lines = [t("Goal progress for {child} ({plan})", child=overview.child.display_name, plan=plan)]
    lines.append("")
    counts = ", ".join(
        f"{overview.count(status)} {t(GOAL_STATUS_WORDS[status])[2:].lower()}"
        for status in GoalStatus
    )
    lines += [t("Goals: {counts}.", counts=counts), ""]
    for series in overview.series:
        lines.append(f"{series.name}: {series.status_line}")
        lines += [f"    {line}" for line in series.signal_lines[:1]]
    if overview.series:
        lines += ["", t("Note: {caveat}", caveat=overview.series[0].caveat)]
    lines += ["", t("Progress reports:")]
    for item in overview.reports:
        flags = t("{n} red flag(s)", n=len(item.findings)) if item.findings else t("no red flags")
        lines.append(f"  {item.report.label}: {flags}")
        lines += [f"    {_finding_text(finding)}" for finding in item.findings]
    if not overview.reports:
        lines.append("  " + t("none recorded yet"))
    for finding in overview.child_findings:
        lines.append(f"  {_finding_text(finding)}")
    return "\n".join(lines)


def _finding_text(finding: ReportFinding) -> str:
    goal = f" [{finding.goal_name}]" if finding.goal_name else ""
    passage = f' \u2013 "{finding.passage}"' if finding.passage else ""
    return f"{finding.rule_id}{goal}: {finding.message}{passage}"


def _json(overview: ProgressOverview) -> dict[str, Any]:
    return {
        "child": overview.child.display_name,
        "plan": overview.plan.label if overview.plan else None,
        "goals": [_series_json(series) for series in overview.series],
        "reports": [
            {
                "period": item.report.data.period,
                "received": item.report.data.received_date,
                "expected": item.report.data.expected_date,
                "findings": [_finding_json(finding) for finding in item.findings],
            }
            for item in overview.reports
        ],
        "about_reports": [_finding_json(finding) for finding in overview.child_findings],
        "caveat": overview.series[0].caveat if overview.series else "",
    }


def _series_json(series: GoalSeries) -> dict[str, Any]:
    analysis = series.analysis
    lead = analysis.lead
    return {
        "goal": series.name,
        "goal_id": series.goal.id,
        "status": analysis.status.value,
        "status_reason": analysis.status_reason,
        "signal": lead.signal.value if lead.signal else None,
        "signal_rule": lead.rule if lead.active else None,
        "signal_text": series.signal_lines[0],
        "points": len(series.points),
        "baseline": analysis.baseline.value if analysis.baseline else None,
        "target": series.goal.data.target_value,
        "r_needed_per_week": analysis.r_needed,
        "trend_slope_per_week": analysis.trend.slope if analysis.trend else None,
        "trend_method": analysis.method.value,
        "projection": analysis.projection,
        "enough_data": analysis.sufficiency.enough,
    }


def _finding_json(finding: ReportFinding) -> dict[str, Any]:
    return {
        "rule": finding.rule_id,
        "goal": finding.goal_name or None,
        "severity": finding.severity.value,
        "message": finding.message,
        "passage": finding.passage,
        "next_step": finding.next_step,
    }
