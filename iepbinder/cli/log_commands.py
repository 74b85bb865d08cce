"""``log add``, ``log list`` and ``export log``: the communication log from a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from iepbinder.cli.main import EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import CommandFailed, open_binder_for, output_path
from iepbinder.domain.commlog import (
    CHANNEL_WORDS,
    Channel,
    EntryStatus,
    Initiator,
    LogEntryData,
    Participant,
)
from iepbinder.domain.commlog_text import format_time, parse_commitment, parse_time
from iepbinder.domain.dateparse import DateInputError, parse_user_date
from iepbinder.domain.language import N_, t
from iepbinder.domain.types import PaperSize

CHANNELS = [channel.value for channel in Channel]
STATUSES = [status.value for status in EntryStatus]


def register(tree: CommandTree) -> None:
    """Add ``log add``, ``log list`` and ``export log``."""
    log = tree.commands.add_parser("log", parents=[tree.common], help="the communication log")
    actions = log.add_subparsers(dest="log_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[tree.common], help="log a call, email or meeting")
    add.add_argument("--date", default="today", help="when it happened (default: today)")
    add.add_argument("--time", default="", help="e.g. 2:30pm")
    add.add_argument("--channel", choices=CHANNELS, default=Channel.EMAIL.value)
    add.add_argument("--with", dest="people", action="append", default=[], metavar="NAME",
                     help="a person in the contact (repeat for several)")  # fmt: skip
    add.add_argument("--from-school", action="store_true", help="the school started it")
    add.add_argument("--topic", required=True)
    add.add_argument("--summary", default="", help="what was said, facts only")
    add.add_argument("--request", action="append", default=[], help="a request you made")
    add.add_argument("--commitment", action="append", default=[],
                     help="'Who: what by DATE' (repeat for several)")  # fmt: skip
    add.add_argument("--follow-up-due", default="", metavar="DATE")
    add.add_argument("--status", choices=STATUSES, default=None)
    add.set_defaults(handler=log_add)
    listing = actions.add_parser("list", parents=[tree.common], help="list entries")
    listing.add_argument("--overdue", action="store_true",
                         help="only follow-ups that are overdue or have no reply yet")  # fmt: skip
    listing.add_argument("--from", dest="start", default="", metavar="DATE")
    listing.add_argument("--to", dest="end", default="", metavar="DATE")
    listing.set_defaults(handler=log_list)
    export = tree.exports.add_parser(
        "log", parents=[tree.common], help="the communication log (PDF page or CSV)"
    )
    export.add_argument("--from", dest="start", default="", metavar="DATE")
    export.add_argument("--to", dest="end", default="", metavar="DATE")
    export.add_argument("--out", required=True, metavar="FILE.pdf|FILE.csv")
    export.add_argument("--page-size", choices=["letter", "a4"], default="letter")
    export.set_defaults(handler=export_log)


def _date(text: str, option: str) -> dt.date | None:
    try:
        return parse_user_date(text, dt.date.today())
    except DateInputError as exc:
        raise CommandFailed(f"{option}: {exc}") from exc


def _entry(args: argparse.Namespace) -> LogEntryData:
    day = _date(args.date, "--date") or dt.date.today()
    try:
        time = parse_time(args.time)
    except DateInputError as exc:
        raise CommandFailed(f"--time: {exc}") from exc
    due = _date(args.follow_up_due, "--follow-up-due")
    commitments = tuple(parse_commitment(text, day) for text in args.commitment)
    status = EntryStatus(args.status) if args.status else None
    return LogEntryData(
        event_date=day,
        channel=Channel(args.channel),
        event_time=time,
        initiated_by=Initiator.SCHOOL if args.from_school else Initiator.PARENT,
        participants=tuple(Participant(name.strip()) for name in args.people if name.strip()),
        topic=args.topic.strip(),
        summary=args.summary.strip(),
        requests_made=tuple(text.strip() for text in args.request if text.strip()),
        commitments=commitments,
        follow_up_needed=due is not None,
        follow_up_due=due,
        status=status or (EntryStatus.OPEN if due else EntryStatus.DONE),
    )


def log_add(args: argparse.Namespace, output: Output) -> int:
    """Add one entry to the child's log."""
    data = _entry(args)
    with open_binder_for(args, write=True) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        saved = services.commlog.add_entry(child.id, data).row
    people = t(" with {people}", people=saved.data.people_text) if saved.data.participants else ""
    due = (
        t(" Follow-up due {date}.", date=data.follow_up_due.isoformat())
        if data.follow_up_due
        else ""
    )
    note = f" {saved.late_note}" if saved.late_note else ""
    output.result(
        t(
            "Logged for {child}: {date} {channel}{people} \u2013 {topic}.{due}{note}",
            child=child.display_name,
            date=data.event_date.isoformat(),
            channel=t(CHANNEL_WORDS[data.channel]).lower(),
            people=people,
            topic=data.topic,
            due=due,
            note=note,
        ),
        id=saved.id,
        child=child.display_name,
        date=data.event_date.isoformat(),
        channel=data.channel.value,
        people=[p.name for p in saved.data.participants],
        topic=data.topic,
        follow_up_due=data.follow_up_due.isoformat() if data.follow_up_due else None,
        late_note=saved.late_note,
    )
    return EXIT_OK


def log_list(args: argparse.Namespace, output: Output) -> int:
    """Print the child's log (newest first), or only what needs a follow-up now."""
    from iepbinder.services.commlog_export import follow_up_words, in_range

    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        listing = services.commlog.list_rows(child.id)
    rows = [
        row
        for row in listing.rows
        if in_range(row.event_date, start, end) and (row.needs_attention or not args.overdue)
    ]
    entries: list[dict[str, Any]] = [
        {
            "id": row.id,
            "date": row.event_date.isoformat(),
            "time": format_time(row.event_time),
            "channel": row.channel.value,
            "people": row.people,
            "topic": row.topic,
            "status": row.status.value,
            "follow_up": row.attention.value,
            "follow_up_date": row.expected_by.isoformat() if row.expected_by else None,
            "follow_up_text": follow_up_words(row),
        }
        for row in rows
    ]
    lines = [
        f"{e['date']}  {t(CHANNEL_WORDS[Channel(e['channel'])]):<13} {e['people'][:24]:<24} "
        f"{e['topic'][:44]:<44} {e['follow_up_text']}"
        for e in entries
    ]
    what = (
        N_("{child}: {n} follow-ups that need you.")
        if args.overdue
        else N_("{child}: {n} entries.")
    )
    heading = t(what, child=child.display_name, n=len(entries))
    if args.overdue and not entries:
        heading = t("{child}: all caught up, no follow-up is overdue.", child=child.display_name)
    output.result(
        "\n".join([heading, *lines]),
        child=child.display_name,
        entries=entries,
        needs_attention=listing.attention_count,
    )
    return EXIT_OK


def export_log(args: argparse.Namespace, output: Output) -> int:
    """Write the log for a date range as a PDF binder page or a CSV file (by the suffix)."""
    target = output_path(args.out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise CommandFailed(f"{target.name}: the file name must end in .pdf or .csv.")
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if start and end and end < start:
        raise CommandFailed("--to is before --from; give the earlier date first.")
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        export = services.commlog_export
        if suffix == ".pdf":
            paper = PaperSize.A4 if args.page_size == "a4" else PaperSize.LETTER
            pdf = export.log_pdf(child.id, start, end, paper)
            content, pages = pdf.content, pdf.page_count
        else:
            content, pages = export.log_csv(child.id, start, end), 0
        export.save(target, content)
    detail = (
        (t(" ({n} page)", n=pages) if pages == 1 else t(" ({n} pages)", n=pages)) if pages else ""
    )
    output.result(
        t(
            "Wrote the communication log of {child} to {target}{detail}.",
            child=child.display_name,
            target=target,
            detail=detail,
        ),
        file=str(target),
        child=child.display_name,
        pages=pages,
    )
    return EXIT_OK
