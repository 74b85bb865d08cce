"""``export binder``: the whole binder of one child as one PDF, section after section."""

from __future__ import annotations

import argparse

from iepbinder.cli.main import EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import CommandFailed, open_binder_for, output_path
from iepbinder.cli.report_commands import _date as parse_date_option
from iepbinder.domain.language import t
from iepbinder.domain.types import PaperSize


def register(tree: CommandTree) -> None:
    """Add ``export binder``."""
    binder = tree.exports.add_parser(
        "binder",
        parents=[tree.common],
        help="the whole binder as one PDF: at a glance, services, log, progress, documents",
    )
    binder.add_argument("--from", dest="start", metavar="DATE", help="first day covered")
    binder.add_argument("--to", dest="end", metavar="DATE", help="last day covered")
    binder.add_argument("--out", required=True, metavar="FILE.pdf")
    binder.add_argument("--page-size", choices=["letter", "a4"], default="letter")
    binder.set_defaults(handler=export_binder)


def export_binder(args: argparse.Namespace, output: Output) -> int:
    """Write every printable page of one child into one PDF."""
    from iepbinder.services.binder_pdf import whole_binder_pdf

    start, end = parse_date_option(args.start, "--from"), parse_date_option(args.end, "--to")
    if start is not None and end is not None and end < start:
        raise CommandFailed("--to is before --from; give the first day covered first.")
    target = output_path(args.out)
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        paper = PaperSize.A4 if args.page_size == "a4" else PaperSize.LETTER
        pdf = whole_binder_pdf(services.context, child.id, start, end, paper)
        services.pages.save(target, pdf.content)
    output.result(
        t(
            "Wrote the whole binder of {child} to {target} ({pages} pages).",
            child=child.display_name,
            target=target,
            pages=pdf.page_count,
        ),
        file=str(target),
        child=child.display_name,
        pages=pdf.page_count,
    )
    return EXIT_OK
