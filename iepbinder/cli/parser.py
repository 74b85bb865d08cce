"""The argument parser: global options that also work after the command, and every command."""

from __future__ import annotations

import argparse
from functools import cached_property
from importlib import import_module

from iepbinder import __version__

# Each module has register(tree: CommandTree); the order is the order of `iepbinder --help`.
COMMAND_MODULES = (
    "binder_commands",
    "export_commands",
    "report_commands",
    "progress_commands",
    "log_commands",
    "backup_commands",
    "transfer_commands",
    "today_commands",
    "binder_pdf_commands",
)
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
        "--database-url",
        metavar="URL",
        default=default,
        help="a binder on a PostgreSQL server, e.g. postgresql+psycopg://user@host/binder "
        "(default: $IEPBINDER_DATABASE_URL); the password comes from the system keyring or "
        "the server's own settings",
    )
    common.add_argument(
        "--child", metavar="NAME", default=default, help="which child (needed if several)"
    )
    common.add_argument(
        "--language",
        choices=("en", "es"),
        default=default,
        help="language of messages, PDF pages and letters (en: English, es: Spanish; "
        "default: the system's language)",
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print machine-readable JSON",
    )
    return common


Commands = argparse._SubParsersAction  # noqa: SLF001 - argparse's only name for this type


class CommandTree:
    """Where command modules add their commands: top level, ``export WHAT``, ``report WHAT``.

    Every parser a module adds must use ``parents=[tree.common]`` and
    ``set_defaults(handler=...)`` with a function ``(args, output) -> int | LaunchGui``.
    """

    def __init__(
        self, commands: Commands[argparse.ArgumentParser], common: argparse.ArgumentParser
    ) -> None:
        self.commands = commands
        self.common = common

    @cached_property
    def exports(self) -> Commands[argparse.ArgumentParser]:
        """``iepbinder export WHAT``."""
        group = self.commands.add_parser(
            "export", parents=[self.common], help="write a PDF or another file"
        )
        return group.add_subparsers(dest="export_kind", metavar="WHAT", required=True)

    @cached_property
    def reports(self) -> Commands[argparse.ArgumentParser]:
        """``iepbinder report WHAT``."""
        group = self.commands.add_parser("report", parents=[self.common], help="print a report")
        return group.add_subparsers(dest="report_kind", metavar="WHAT", required=True)


def build_parser() -> argparse.ArgumentParser:
    """The ``iepbinder`` parser with the commands of every command module."""
    parser = argparse.ArgumentParser(
        prog="iepbinder", description=DESCRIPTION, parents=[_common_options(suppress=False)]
    )
    parser.add_argument("--version", action="version", version=f"IEP Binder {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (temporary binder, sample email, PDF), then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    tree = CommandTree(commands, _common_options(suppress=True))
    for module in COMMAND_MODULES:
        import_module(f"iepbinder.cli.{module}").register(tree)
    return parser
