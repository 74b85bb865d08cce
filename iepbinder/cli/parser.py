"""The argument parser: global options that also work after the command, and every command."""

from __future__ import annotations

import argparse

from iepbinder import __version__

DESCRIPTION = (
    "IEP Binder: a parent's digital IEP binder. With no command, the program's window opens."
)


def _common_options(*, suppress: bool) -> argparse.ArgumentParser:
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--binder",
        metavar="PATH",
        default=default,
        help="binder folder (default: $IEPBINDER_BINDER, else your user data folder)",
    )
    common.add_argument(
        "--child", metavar="NAME", default=default, help="which child (needed if several)"
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print machine-readable JSON",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The ``iepbinder`` parser with its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="iepbinder", description=DESCRIPTION, parents=[_common_options(suppress=False)]
    )
    parser.add_argument("--version", action="version", version=f"IEP Binder {__version__}")
    sub_common = _common_options(suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[sub_common], help="create a demo binder and open it"
    )
    demo.add_argument("--no-gui", action="store_true", help="create the demo binder only")

    export = commands.add_parser("export", parents=[sub_common], help="write a PDF or JSON file")
    export_kinds = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    glance = export_kinds.add_parser(
        "glance", parents=[sub_common], help="the one-page IEP at a glance (PDF)"
    )
    glance.add_argument("--out", required=True, metavar="FILE.pdf")
    glance.add_argument(
        "--page-size", choices=["letter", "a4"], default="letter", help="paper size"
    )
    whole = export_kinds.add_parser(
        "json", parents=[sub_common], help="the whole binder as versioned JSON"
    )
    whole.add_argument("--out", required=True, metavar="FILE.json")

    importer = commands.add_parser(
        "import", parents=[sub_common], help="import a binder JSON file into an empty binder"
    )
    importer.add_argument("paths", nargs="+", metavar="PATH")

    commands.add_parser("check", parents=[sub_common], help="check the binder's integrity")
    return parser
