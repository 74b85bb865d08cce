"""Backup archives of a binder folder: a consistent database snapshot, originals, and a manifest."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from iepbinder import __version__
from iepbinder.domain.language import t

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "iepbinder.backup"
MANIFEST_VERSION = 1
DB_NAME = "binder.sqlite3"
_ORIGINAL = re.compile(r"^files/[0-9a-f]{2}/[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup could not be made or restored; the message says why and what to do."""


@dataclass(frozen=True)
class BackupInfo:
    """What an archive holds, as its manifest says."""

    path: Path
    kind: str
    created_at: dt.datetime
    schema_revision: str
    file_count: int
    includes_originals: bool


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot_database(db_file: Path, target: Path) -> None:
    """Copy a live database consistently with SQLite's backup API; the original is untouched."""
    source = sqlite3.connect(f"file:{db_file.as_posix()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def _revision_of(db_file: Path) -> str:
    connection = sqlite3.connect(db_file)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row else ""


def _originals(folder: Path) -> list[Path]:
    files = folder / "files"
    if not files.is_dir():
        return []
    return sorted(
        path for path in files.rglob("*") if path.is_file() and not path.name.startswith(".")
    )


def write_archive(folder: Path, target: Path, *, kind: str, include_originals: bool) -> BackupInfo:
    """Write a .zip of the binder in ``folder`` to ``target`` (atomically: temp file, rename)."""
    created = dt.datetime.now(dt.UTC)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="iepbinder-backup-") as temp:
        snapshot = Path(temp) / DB_NAME
        snapshot_database(folder / DB_NAME, snapshot)
        revision = _revision_of(snapshot)
        originals = _originals(folder)
        manifest = {
            "format": MANIFEST_FORMAT,
            "format_version": MANIFEST_VERSION,
            "kind": kind,
            "created_at": created.isoformat(),
            "program_version": __version__,
            "schema_revision": revision,
            "includes_originals": include_originals,
            "database": {"name": DB_NAME, "sha256": sha256_of(snapshot)},
            "files": {path.relative_to(folder).as_posix(): sha256_of(path) for path in originals},
        }
        descriptor, temp_zip = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        os.close(descriptor)
        try:
            with zipfile.ZipFile(temp_zip, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2, sort_keys=True))
                archive.write(snapshot, DB_NAME)
                if include_originals:
                    for path in originals:
                        archive.write(path, path.relative_to(folder).as_posix(), zipfile.ZIP_STORED)
            with open(temp_zip, "rb") as handle:
                os.fsync(handle.fileno())
            os.chmod(temp_zip, 0o600)
            os.replace(temp_zip, target)
        except BaseException:
            Path(temp_zip).unlink(missing_ok=True)
            raise
    return BackupInfo(target, kind, created, revision, len(originals), include_originals)


def read_manifest(archive_path: Path) -> tuple[dict[str, object], zipfile.ZipFile]:
    """Open an archive and check its manifest; the caller closes the returned ZipFile."""
    try:
        archive = zipfile.ZipFile(archive_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupError(
            t(
                "{file} is not a backup file that can be read ({detail}).",
                file=archive_path.name,
                detail=exc,
            )
        ) from exc
    try:
        manifest = json.loads(archive.read(MANIFEST_NAME))
    except (KeyError, ValueError) as exc:
        archive.close()
        raise BackupError(
            t(
                "{file} has no readable manifest, so it is not an IEP Binder backup.",
                file=archive_path.name,
            )
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        archive.close()
        raise BackupError(t("{file} is not an IEP Binder backup.", file=archive_path.name))
    if manifest.get("format_version") != MANIFEST_VERSION:
        archive.close()
        raise BackupError(
            t(
                "{file} was written by a newer IEP Binder (backup format {version}); update the "
                "program to restore it.",
                file=archive_path.name,
                version=manifest.get("format_version"),
            )
        )
    return manifest, archive


def describe_archive(archive_path: Path) -> BackupInfo:
    """What a backup holds, from its manifest."""
    manifest, archive = read_manifest(archive_path)
    archive.close()
    files = manifest.get("files")
    return BackupInfo(
        archive_path,
        str(manifest.get("kind", "")),
        dt.datetime.fromisoformat(str(manifest["created_at"])),
        str(manifest.get("schema_revision", "")),
        len(files) if isinstance(files, dict) else 0,
        bool(manifest.get("includes_originals")),
    )


def _extract_checked(archive: zipfile.ZipFile, name: str, target: Path, expected: str) -> None:
    with archive.open(name) as source, open(target, "wb") as sink:
        shutil.copyfileobj(source, sink, _CHUNK)
    if sha256_of(target) != expected:
        raise BackupError(
            t("{file} in the backup is damaged (its checksum does not match).", file=name)
        )


def restore_archive(archive_path: Path, target: Path, originals_from: Path | None = None) -> int:
    """Unpack a backup into a new folder, verifying every file; returns the number of originals.

    ``target`` must not exist or be empty. Originals an automatic backup does not carry are
    taken from ``originals_from`` (the binder's own files folder) and verified too. Nothing
    appears at ``target`` unless everything verified.
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(
            t("{folder} already holds files; restore into a new, empty folder.", folder=target)
        )
    manifest, archive = read_manifest(archive_path)
    files = manifest.get("files")
    database = manifest.get("database")
    if not isinstance(files, dict) or not isinstance(database, dict):
        archive.close()
        raise BackupError(t("{file} has an incomplete manifest.", file=archive_path.name))
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=target.parent))
    try:
        with archive:
            _extract_checked(archive, DB_NAME, work / DB_NAME, str(database.get("sha256")))
            _restore_originals(archive, files, work, originals_from)
        for name in ("files", "backups"):
            (work / name).mkdir(exist_ok=True)
        _make_private(work)
        if target.exists():
            target.rmdir()
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return len(files)


def _restore_originals(
    archive: zipfile.ZipFile, files: dict[str, object], work: Path, originals_from: Path | None
) -> None:
    names = set(archive.namelist())
    missing: list[str] = []
    for name, expected in sorted(files.items()):
        if not _ORIGINAL.match(name) or not isinstance(expected, str):
            raise BackupError(
                t("The backup lists an unexpected file name: {name}.", name=repr(name))
            )
        destination = work / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if name in names:
            _extract_checked(archive, name, destination, expected)
            continue
        source = originals_from / name.removeprefix("files/") if originals_from else None
        if source is None or not source.is_file() or sha256_of(source) != expected:
            missing.append(name)
            continue
        shutil.copyfile(source, destination)
    if missing:
        raise BackupError(
            t(
                "{count} original document(s) are neither in the backup nor intact in the binder "
                "(first: {first}). Restore from a full backup made with Back up now.",
                count=len(missing),
                first=missing[0],
            )
        )


def _make_private(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o700 if path.is_dir() else 0o600)
