"""``transfer --to TARGET``: move a binder between a folder and a server, verified."""

from __future__ import annotations

import argparse
from pathlib import Path

from iepbinder.cli.main import EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import open_binder_for
from iepbinder.domain.language import t


def register(tree: CommandTree) -> None:
    """Add ``transfer``."""
    transfer = tree.commands.add_parser(
        "transfer",
        parents=[tree.common],
        help="copy the binder to a server (a postgresql+psycopg:// address) or to a new folder",
    )
    transfer.add_argument("--to", required=True, metavar="URL_OR_FOLDER", dest="target")
    transfer.set_defaults(handler=transfer_to)


def transfer_to(args: argparse.Namespace, output: Output) -> int:
    """Copy every record, then compare the JSON exports of both sides."""
    from iepbinder.services.binder_services import open_services
    from iepbinder.services.transfer import transfer_binder

    target = str(args.target)
    with open_binder_for(args) as source:
        if "://" in target:
            destination = open_services(url=target, create=True)
        else:
            destination = open_services(Path(target).expanduser().absolute(), create=True)
        with destination:
            report = transfer_binder(source, destination)
    output.result(
        t(
            "Copied the binder from {source} to {target}; both export to the same {size} bytes "
            "(SHA-256 {sha}...); {n} original document(s) copied and verified by their "
            "fingerprints.",
            source=report.source,
            target=report.target,
            size=f"{report.export_bytes:,}",
            sha=report.export_sha256[:16],
            n=report.originals,
        ),
        source=report.source,
        target=report.target,
        export_sha256=report.export_sha256,
        originals=report.originals,
    )
    return EXIT_OK
