"""``today``, ``export packet`` and ``export ics``: Today's list, the packet, the calendar file."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from iepbinder.cli.main import EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import CommandFailed, open_binder_for, output_path
from iepbinder.cli.report_commands import _date as parse_date_option
from iepbinder.domain.deadlines import long_date
from iepbinder.domain.language import (
    ENGLISH,
    N_,
    current_language,
    day_and_date,
    month_and_day,
    month_day,
    t,
)
from iepbinder.domain.letters.render import TEMPLATES, in_language
from iepbinder.domain.reminders import WIN_SYMBOL, TodayItem
from iepbinder.domain.types import PaperSize

if TYPE_CHECKING:
    from iepbinder.services.today import TodayDto

TAB_NAMES = {"today": N_("Today"), "glance": N_("At a glance"), "calendar": N_("Calendar"),
             "progress": N_("Progress")}  # fmt: skip


def register(tree: CommandTree) -> None:
    """Add ``today``, ``export packet`` and ``export ics``."""
    today = tree.commands.add_parser(
        "today", parents=[tree.common], help="what needs you now: overdue, this week, alerts"
    )
    today.set_defaults(handler=show_today)
    packet = tree.exports.add_parser(
        "packet", parents=[tree.common], help="the meeting packet (one PDF)"
    )
    packet.add_argument("--meeting", required=True, metavar="DATE", help="the meeting's date")
    packet.add_argument("--from", dest="start", metavar="DATE", help="first day covered")
    packet.add_argument("--to", dest="end", metavar="DATE", help="last day covered")
    packet.add_argument("--out", required=True, metavar="FILE.pdf")
    packet.add_argument("--page-size", choices=["letter", "a4"], default="letter")
    packet.set_defaults(handler=export_packet)
    ics = tree.exports.add_parser(
        "ics", parents=[tree.common], help="deadlines and reminders for a phone calendar (.ics)"
    )
    ics.add_argument("--out", required=True, metavar="FILE.ics")
    ics.set_defaults(handler=export_ics)


def show_today(args: argparse.Namespace, output: Output) -> int:
    """Print the Today list of one child."""
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        dto = services.today.today(child.id)
    output.result(_text(dto), **_json(dto))
    return EXIT_OK


def export_packet(args: argparse.Namespace, output: Output) -> int:
    """Write the meeting packet of one child for a meeting date."""
    meeting = parse_date_option(args.meeting, "--meeting")
    start, end = parse_date_option(args.start, "--from"), parse_date_option(args.end, "--to")
    if meeting is None:
        raise CommandFailed("--meeting: give the meeting's date, like 2026-12-08.")
    if start is not None and end is not None and end < start:
        raise CommandFailed("--to is before --from; give the first day covered first.")
    target = output_path(args.out)
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        paper = PaperSize.A4 if args.page_size == "a4" else PaperSize.LETTER
        pdf = services.packets.packet_pdf(child.id, meeting, start, end, paper)
        services.pages.save(target, pdf.content)
    output.result(
        t(
            "Wrote the meeting packet for {child}'s meeting of {date} to {target} ({pages} pages).",
            child=child.display_name,
            date=long_date(meeting),
            target=target,
            pages=pdf.page_count,
        ),
        file=str(target),
        child=child.display_name,
        meeting=meeting.isoformat(),
        pages=pdf.page_count,
    )
    return EXIT_OK


def export_ics(args: argparse.Namespace, output: Output) -> int:
    """Write the calendar file of one child (with --child) or of every child."""
    target = output_path(args.out)
    with open_binder_for(args) as services:
        name = getattr(args, "child", None)
        child = services.children.choose_child(name) if name else None
        content, count = services.calendar_file.ics_bytes(child.id if child else None)
        services.pages.save(target, content)
    who = child.display_name if child else t("every child")
    output.result(
        t(
            "Wrote {count} events for {who} to {target}. Importing it again updates the same "
            "events instead of adding copies.",
            count=count,
            who=who,
            target=target,
        ),
        file=str(target),
        events=count,
    )
    return EXIT_OK


def _line(item: TodayItem) -> str:
    symbol = WIN_SYMBOL if item.kind.value == "WIN" else item.level_text
    when = f"{_short_day(item.due)}  " if item.due else ""
    where = t(TAB_NAMES[item.place.tab]) if item.place.tab in TAB_NAMES else item.place.tab
    letter = t("; letter: {title}", title=_letter_title(item.letter)) if item.letter else ""
    return f"  {symbol}  {when}{item.title}  " + t("[{tab} tab{letter}]", tab=where, letter=letter)


def _letter_title(key: str) -> str:
    template = TEMPLATES.get(key)
    return in_language(template).title if template is not None else key


def _short_day(day: dt.date) -> str:
    """'Tue Dec 1' (English, as before) or 'mar 1 dic'."""
    if current_language() == ENGLISH:
        return day.strftime("%a %b %-d")
    return f"{day_and_date(day).split(',')[0][:3]} {month_day(day)}"


def _text(dto: TodayDto) -> str:
    board = dto.board
    lines = [t("Today for {child} ({date})", child=dto.child.display_name,
               date=long_date(dto.today)), ""]  # fmt: skip
    for title, items in ((N_("Overdue"), board.overdue), (N_("This week"), board.this_week),
                         (N_("Alerts"), board.alerts), (N_("Coming up"), board.coming_up),
                         (N_("Wins to celebrate"), board.wins)):  # fmt: skip
        heading = t(title)
        lines.append(f"{heading}:" if items else t("{heading}: nothing.", heading=heading))
        lines += [_line(item) for item in items]
    if board.quieted:
        lines.append(t("({n} quiet item(s) hidden: snoozed or the stable mode.)", n=board.quieted))
    rules = t(dto.deadlines.jurisdiction.name)
    lines += [
        "",
        t(
            "Deadlines follow {rules}: each is a possible deadline, verify it. "
            "`iepbinder today --json` shows how each was derived.",
            rules=rules,
        ),
    ]
    check_in = month_and_day(board.next_check_in)
    lines.append(
        board.calm_text if board.all_caught_up else t("Next check-in: {date}.", date=check_in)
    )
    return "\n".join(lines)


def _item_json(item: TodayItem) -> dict[str, Any]:
    data = asdict(item)
    data["place"] = {"tab": item.place.tab, "item": item.place.item}
    data["level_text"] = item.level_text
    return data


def _json(dto: TodayDto) -> dict[str, Any]:
    board = dto.board
    return {
        "child": dto.child.display_name,
        "today": dto.today.isoformat(),
        "stable_mode": dto.stable,
        "jurisdiction": dto.deadlines.jurisdiction.code,
        "all_caught_up": board.all_caught_up,
        "next_check_in": board.next_check_in.isoformat(),
        "quieted": board.quieted,
        **{
            name: [_item_json(i) for i in getattr(board, name)]
            for name in ("overdue", "this_week", "alerts", "coming_up", "wins")
        },  # fmt: skip
        "meetings": [
            {
                "id": m.id,
                "date": m.data.meeting_date.isoformat(),
                "time": m.data.time_text,
                "place": m.data.place,
                "purpose": m.data.purpose,
            }
            for m in dto.upcoming_meetings
        ],  # fmt: skip
        "deadlines": [
            {**asdict(row.deadline), "explanation": row.deadline.explanation}
            for row in dto.deadlines.deadlines
        ],
    }
