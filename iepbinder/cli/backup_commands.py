"""``backup --out FILE.zip`` and ``restore FILE.zip --to DIR``."""

from __future__ import annotations

import argparse
from pathlib import Path

from iepbinder.cli.main import EXIT_FAILED, EXIT_OK
from iepbinder.cli.output import Output
from iepbinder.cli.parser import CommandTree
from iepbinder.cli.paths import CommandFailed, open_binder_for, output_path
from iepbinder.domain.language import t


def register(tree: CommandTree) -> None:
    """Add ``backup`` and ``restore``."""
    backup = tree.commands.add_parser(
        "backup", parents=[tree.common], help="save a complete backup of the binder as a .zip"
    )
    backup.add_argument("--out", required=True, metavar="FILE.zip")
    backup.set_defaults(handler=back_up)
    restore = tree.commands.add_parser(
        "restore", parents=[tree.common], help="restore a backup .zip into a new folder"
    )
    restore.add_argument("archive", metavar="FILE.zip")
    restore.add_argument("--to", required=True, metavar="DIR", dest="target")
    restore.set_defaults(handler=restore_from)


def back_up(args: argparse.Namespace, output: Output) -> int:
    """Write database, originals and manifest to one .zip, without changing the binder."""
    target = output_path(args.out)
    with open_binder_for(args) as services:
        info = services.backups.back_up_now(target)
    output.result(
        t(
            "Backed up the binder to {target} (the database and {n} original document(s)).",
            target=target,
            n=info.file_count,
        ),
        file=str(target),
        originals=info.file_count,
        schema_revision=info.schema_revision,
    )
    return EXIT_OK


def restore_from(args: argparse.Namespace, output: Output) -> int:
    """Unpack a backup into a new folder, verify every file, and check the binder."""
    from iepbinder.services.backups import BackupError, restore_backup

    archive = Path(args.archive).expanduser().absolute()
    if not archive.is_file():
        raise CommandFailed(f"There is no backup file at {archive}.")
    target = Path(args.target).expanduser().absolute()
    try:
        restored = restore_backup(archive, target)
    except BackupError as exc:
        raise CommandFailed(str(exc)) from exc
    if restored.problems:
        output.failure(
            t(
                "Restored into {target}, but the check found problems: {problems}",
                target=target,
                problems="; ".join(restored.problems),
            ),
            folder=str(target),
            problems=list(restored.problems),
        )
        return EXIT_FAILED
    output.result(
        t(
            "Restored the backup into {target} ({n} original document(s)); every file matched "
            "its checksum and the binder is sound.",
            target=target,
            n=restored.originals,
        ),
        folder=str(target),
        originals=restored.originals,
        problems=[],
    )
    return EXIT_OK
