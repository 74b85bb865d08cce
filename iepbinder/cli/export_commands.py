"""``export glance``, ``json`` and ``history``: the IEP at a glance, the binder, its history."""

from __future__ import annotations

import argparse

from iepbinder.cli.main import EXIT_FAILED, EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import open_binder_for, output_path
from iepbinder.domain.language import N_, t
from iepbinder.domain.types import PaperSize


def register(tree: CommandTree) -> None:
    """Add ``export glance``, ``export json`` and ``export history``."""
    glance_parser = tree.exports.add_parser(
        "glance", parents=[tree.common], help="the one-page IEP at a glance (PDF)"
    )
    glance_parser.add_argument("--out", required=True, metavar="FILE.pdf")
    glance_parser.add_argument(
        "--page-size", choices=["letter", "a4"], default="letter", help="paper size"
    )
    glance_parser.set_defaults(handler=export_glance)
    whole = tree.exports.add_parser(
        "json", parents=[tree.common], help="the whole binder as versioned JSON"
    )
    whole.add_argument("--out", required=True, metavar="FILE.json")
    whole.set_defaults(handler=export_json)
    history = tree.exports.add_parser(
        "history", parents=[tree.common],
        help="every recorded change of log entries, sessions and documents (CSV, hash-chained)",
    )  # fmt: skip
    history.add_argument("--out", required=True, metavar="FILE.csv")
    history.set_defaults(handler=export_history)


def export_glance(args: argparse.Namespace, output: Output) -> int:
    """Write the at-a-glance PDF of one child."""
    target = output_path(args.out)
    with open_binder_for(args) as services:
        child = services.children.choose_child(getattr(args, "child", None))
        paper = PaperSize.A4 if args.page_size == "a4" else PaperSize.LETTER
        pdf = services.pages.glance_pdf(child.id, paper=paper)
        services.pages.save(target, pdf.content)
    text = (
        N_("Wrote the IEP at a glance for {child} to {target} ({pages} page).")
        if pdf.page_count == 1
        else N_("Wrote the IEP at a glance for {child} to {target} ({pages} pages).")
    )
    output.result(
        t(text, child=child.display_name, target=target, pages=pdf.page_count),
        file=str(target),
        child=child.display_name,
        pages=pdf.page_count,
    )
    return EXIT_OK


def export_json(args: argparse.Namespace, output: Output) -> int:
    """Write the whole binder as one JSON file."""
    target = output_path(args.out)
    with open_binder_for(args) as services:
        content = services.binder_file.export_bytes()
        services.pages.save(target, content)
    output.result(
        t("Wrote the whole binder to {target}.", target=target),
        file=str(target),
        bytes=len(content),
    )
    return EXIT_OK


def export_history(args: argparse.Namespace, output: Output) -> int:
    """Write the history of changes as CSV, and say whether its chain is intact."""
    target = output_path(args.out)
    with open_binder_for(args) as services:
        content, verdict = services.history.export_csv()
        services.pages.save(target, content)
    state = (
        t("the chain of hashes is intact: no record was changed afterwards")
        if verdict.intact
        else t(
            "WARNING: record {record} breaks the chain ({reason})",
            record=verdict.broken_record,
            reason=verdict.reason,
        )
    )
    output.result(
        t("Wrote {n} recorded changes to {target}; {state}.", n=verdict.records, target=target,
          state=state),
        file=str(target), records=verdict.records, intact=verdict.intact,
    )  # fmt: skip
    return EXIT_OK if verdict.intact else EXIT_FAILED
