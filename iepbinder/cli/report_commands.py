"""``report services``: the service-delivery ledger of a child, for people or as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from iepbinder.cli.main import EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import CommandFailed, open_binder_for
from iepbinder.domain.dateparse import DateInputError, parse_user_date
from iepbinder.domain.language import t
from iepbinder.domain.ledger_text import minutes_text, percent_text

FIGURE_KEYS = (
    "mandated", "delivered", "makeup", "missed_school", "missed_student", "missed_disputed",
    "missed_neutral", "unaccounted", "comp_district", "comp_advocate", "rate_gross", "rate_net",
)  # fmt: skip


def register(tree: CommandTree) -> None:
    """Add ``report services``."""
    services = tree.reports.add_parser(
        "services",
        parents=[tree.common],
        help="minutes mandated, delivered and missed per service, and the compensatory estimate",
    )
    services.add_argument("--from", dest="start", metavar="DATE", help="first day (default: "
                          "the start of the current IEP's services)")  # fmt: skip
    services.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    services.set_defaults(handler=report_services)


def _date(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return parse_user_date(text, dt.date.today())
    except DateInputError as exc:
        raise CommandFailed(f"{option}: {exc}") from exc


def report_services(args: argparse.Namespace, output: Output) -> int:
    """Print the ledger of every service of one child."""
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        if start is None or end is None:
            default_start, default_end = services.ledger.default_range(child.id)
            start, end = start or default_start, end or default_end
        if end < start:
            raise CommandFailed("--to is before --from; give the earlier date first.")
        report = services.ledger.report(child.id, start, end)
    rows: list[dict[str, Any]] = []
    lines = [
        t(
            "Service delivery for {child}, {start} to {end}",
            child=report.child_name,
            start=start.isoformat(),
            end=end.isoformat(),
        )
    ]
    for item in report.services:
        figures = {key: item.figure(key).value for key in FIGURE_KEYS}
        rows.append({
            "service": item.service,
            "amount": item.amount_text,
            **{key: None if value is None else round(value, 2) for key, value in figures.items()},
            "alerts": [{"tier": a.tier.value, "code": a.code, "message": a.message}
                       for a in item.alerts],
        })  # fmt: skip
        lines.append("")
        lines.append(f"{item.service} ({item.amount_text})")
        for key in FIGURE_KEYS:
            figure = item.figure(key)
            shown = (
                percent_text(figure.value)
                if figure.unit == "%"
                else minutes_text(figure.value or 0)
            )
            lines.append(f"  {figure.label}: {shown}")
        for alert in item.alerts:
            lines.append(f"  [{alert.tier.value}] {alert.message}")
    lines.extend(report.warnings)
    output.result(
        "\n".join(lines),
        child=report.child_name,
        start=start.isoformat(),
        end=end.isoformat(),
        services=rows,
        warnings=list(report.warnings),
    )
    return EXIT_OK
