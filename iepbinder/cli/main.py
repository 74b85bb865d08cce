"""Dispatch a command line to its command; exit 0 on success, 1 when input failed, 2 on misuse."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from iepbinder.cli.output import Output
from iepbinder.cli.parser import build_parser
from iepbinder.domain.language import current_language, set_language

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


@dataclass(frozen=True)
class LaunchGui:
    """The command line asks for the window, on this binder (None: the default binder)."""

    binder: Path | None
    demo: bool = False
    database_url: str | None = None


@dataclass(frozen=True)
class RunSelfTest:
    """The command line asks for the installation self-test."""


def run(argv: list[str]) -> int | LaunchGui | RunSelfTest:
    """Run one command line; returns an exit code, or LaunchGui when the window should open."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if args.self_test:
        return RunSelfTest()
    if args.command is None:
        from iepbinder.cli.paths import database_url

        folder = Path(args.binder).expanduser() if args.binder else None
        return LaunchGui(folder, database_url=database_url(args))
    output = Output(as_json=bool(args.json))
    before = current_language()
    set_language(getattr(args, "language", None) or "system")  # the system language by default
    try:
        return _guarded(args.handler, args, output)
    finally:
        set_language(before)


Handler = Callable[[argparse.Namespace, Output], "int | LaunchGui"]


def _guarded(handler: Handler, args: argparse.Namespace, output: Output) -> int | LaunchGui:
    from iepbinder.cli.paths import CommandFailed
    from iepbinder.services.binder_services import BinderError
    from iepbinder.services.errors import ServiceError

    try:
        return handler(args, output)
    except CommandFailed as exc:
        output.failure(str(exc))
    except (BinderError, ServiceError) as exc:
        output.failure(str(exc))
    except OSError as exc:
        output.failure(f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc))
    return EXIT_FAILED
