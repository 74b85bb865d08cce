"""Backups: automatic and rotated when a binder opens, 'Back up now' to a .zip, and restore."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from iepbinder.db.backup import (
    BackupError,
    BackupInfo,
    describe_archive,
    restore_archive,
    write_archive,
)
from iepbinder.db.binder import BACKUPS_DIR, FILES_DIR, OpenMode, open_binder
from iepbinder.domain.language import t
from iepbinder.domain.retention import Retention, backup_is_due, backups_to_keep
from iepbinder.services.context import ServiceContext
from iepbinder.services.settings import SettingsService

AUTO_PREFIX = "auto-"
_AUTO_NAME = re.compile(r"^auto-(\d{8}-\d{6})\.zip$")
RETENTION_SETTING = "backup.retention"
LAST_MANUAL_SETTING = "backup.last_manual"

__all__ = ["BackupError", "BackupInfo", "BackupService", "RestoredBinder", "restore_backup"]


@dataclass(frozen=True)
class RestoredBinder:
    """Where a backup was restored, how many originals came back, and the integrity verdict."""

    folder: Path
    originals: int
    problems: tuple[str, ...]


def _auto_backups(folder: Path) -> dict[dt.datetime, Path]:
    found: dict[dt.datetime, Path] = {}
    backups = folder / BACKUPS_DIR
    if not backups.is_dir():
        return found
    for path in backups.iterdir():
        match = _AUTO_NAME.match(path.name)
        if match:
            found[dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")] = path
    return found


class BackupService:
    """Backups of the open binder folder."""

    def __init__(
        self, context: ServiceContext, clock: Callable[[], dt.datetime] = dt.datetime.now
    ) -> None:
        self._context = context
        self._settings = SettingsService(context)
        self._clock = clock

    def _folder(self) -> Path:
        if self._context.folder is None:
            raise BackupError(t("This binder is on a server; its backups are the server's job."))
        return self._context.folder

    def retention(self) -> Retention:
        """How many daily, weekly and monthly automatic backups are kept [CONFIG]."""
        stored = self._settings.get(RETENTION_SETTING, {})
        return Retention(
            **{k: int(v) for k, v in stored.items() if k in ("daily", "weekly", "monthly")}
        )

    def auto_backup_if_due(self) -> BackupInfo | None:
        """Make today's automatic backup if there is none yet, then rotate the old ones."""
        folder = self._folder()
        now = self._clock().replace(microsecond=0)
        existing = _auto_backups(folder)
        if not backup_is_due(max(existing, default=None), now):
            return None
        target = folder / BACKUPS_DIR / f"{AUTO_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}.zip"
        info = write_archive(folder, target, kind="automatic", include_originals=False)
        existing[now] = target
        keep = backups_to_keep(existing, self.retention())
        for moment, path in existing.items():
            if moment not in keep:
                path.unlink(missing_ok=True)
        return info

    def back_up_now(self, target: Path) -> BackupInfo:
        """A complete backup (database, every original, manifest) to a .zip the parent chose."""
        info = write_archive(self._folder(), target, kind="manual", include_originals=True)
        if not self._context.read_only:
            self._settings.put(LAST_MANUAL_SETTING, info.created_at.isoformat())
        return info

    def last_backup(self) -> dt.datetime | None:
        """When the most recent backup of any kind was made (local time), if any."""
        moments = list(_auto_backups(self._folder()))
        manual = self._settings.get(LAST_MANUAL_SETTING)
        if manual:
            moments.append(dt.datetime.fromisoformat(manual).astimezone().replace(tzinfo=None))
        return max(moments, default=None)


def restore_backup(archive: Path, target: Path) -> RestoredBinder:
    """Restore a backup into a new folder, verify it, and check the restored binder opens.

    An automatic backup carries no originals; they are taken from the binder it sits in
    (``<binder>/backups/auto-....zip`` -> ``<binder>/files``) and verified by their hash.
    """
    originals_from = (
        archive.parent.parent / FILES_DIR if archive.parent.name == BACKUPS_DIR else None
    )
    count = restore_archive(archive, target, originals_from)
    with open_binder(target, mode=OpenMode.WRITE) as _binder:
        pass  # opening upgrades an older schema and proves the lock, layout and revision
    from iepbinder.services.binder_services import open_services

    with open_services(target, mode=OpenMode.READ) as services:
        problems = services.checks.check().problems
    return RestoredBinder(target, count, problems)


def backup_details(archive: Path) -> BackupInfo:
    """What a backup file holds (for the restore dialog and `iepbinder restore`)."""
    return describe_archive(archive)
