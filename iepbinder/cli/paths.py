"""Where a command reads and writes: the binder folder and checked output paths."""

from __future__ import annotations

import argparse
from pathlib import Path

from iepbinder.config.paths import resolve_binder_path


class CommandFailed(Exception):
    """The command could not do its work; the message says which input and why."""


def binder_folder(args: argparse.Namespace) -> Path:
    """``--binder``, else ``IEPBINDER_BINDER``, else the default binder."""
    return resolve_binder_path(getattr(args, "binder", None))


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
