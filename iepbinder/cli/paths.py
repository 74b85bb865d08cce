"""Where a command reads and writes: the binder (a folder or a server) and checked output paths."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from iepbinder.config.paths import resolve_binder_path, resolve_database_url

if TYPE_CHECKING:
    from iepbinder.services.binder_services import BinderServices


class CommandFailed(Exception):
    """The command could not do its work; the message says which input and why."""


def binder_folder(args: argparse.Namespace) -> Path:
    """``--binder``, else ``IEPBINDER_BINDER``, else the default binder."""
    return resolve_binder_path(getattr(args, "binder", None))


def database_url(args: argparse.Namespace) -> str | None:
    """``--database-url``, else ``IEPBINDER_DATABASE_URL``; None for a binder in a folder."""
    return resolve_database_url(getattr(args, "database_url", None))


def open_binder_for(
    args: argparse.Namespace, *, write: bool = False, create: bool = False
) -> BinderServices:
    """Open the binder a command names: a server with --database-url, else the folder."""
    from iepbinder.services.binder_services import OpenMode, open_services

    mode = OpenMode.WRITE if write else OpenMode.READ
    url = database_url(args)
    if url is not None:
        from iepbinder.config.credentials import complete_url

        return open_services(url=complete_url(url), mode=mode, create=create)
    return open_services(binder_folder(args), mode=mode, create=create)


def output_path(raw: str) -> Path:
    """An output file path whose folder exists and which is not itself a folder."""
    path = Path(raw).expanduser().absolute()
    if not path.parent.is_dir():
        raise CommandFailed(
            f"The folder {path.parent} does not exist, so {path.name} cannot be written there."
        )
    if path.is_dir():
        raise CommandFailed(f"{path} is a folder; give a file name for --out.")
    return path
