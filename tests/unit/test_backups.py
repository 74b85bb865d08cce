"""Backups: retention, automatic daily backups, Back up now, and verified restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from iepbinder.db.backup import BackupError, describe_archive
from iepbinder.db.schema import HEAD_REVISION
from iepbinder.domain.retention import Retention, backup_is_due, backups_to_keep
from iepbinder.services.backups import BackupService, restore_backup
from iepbinder.services.binder_services import BinderServices, open_services
from tests.conftest import TODAY
from tests.unit.test_cli import iepbinder


def at(day: str, time: str = "09:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}")


def test_retention_keeps_newest_per_day_week_and_month() -> None:
    # Backups at 09:00 every day from 2026-09-01 to 2026-11-29 (90 days), and an extra
    # one at 18:00 on 2026-11-29.
    moments = [at("2026-09-01") + dt.timedelta(days=n) for n in range(90)]
    moments.append(at("2026-11-29", "18:00"))
    kept = backups_to_keep(moments, Retention(daily=7, weekly=4, monthly=12))
    # Daily: newest of each of the last 7 days: Nov 23..28 at 09:00 and Nov 29 at 18:00.
    daily = {at(f"2026-11-{d}") for d in range(23, 29)} | {at("2026-11-29", "18:00")}
    # Weekly (ISO weeks): newest in weeks 48 (Nov 23-29 -> Nov 29 18:00), 47 (-> Nov 22),
    # 46 (-> Nov 15), 45 (-> Nov 8).
    weekly = {at("2026-11-29", "18:00"), at("2026-11-22"), at("2026-11-15"), at("2026-11-08")}
    # Monthly: newest in November (Nov 29 18:00), October (Oct 31), September (Sep 30).
    monthly = {at("2026-11-29", "18:00"), at("2026-10-31"), at("2026-09-30")}
    assert kept == daily | weekly | monthly
    assert len(kept) == 7 + 3 + 2  # the overlaps are counted once


def test_automatic_backup_at_most_once_a_day() -> None:
    assert backup_is_due(None, at("2026-11-29"))
    assert not backup_is_due(at("2026-11-29", "08:00"), at("2026-11-29", "23:59"))
    assert backup_is_due(at("2026-11-28", "23:59"), at("2026-11-29", "00:01"))


def _add_original(services: BinderServices, content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()
    path = services.folder / "files" / digest[:2] / digest
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return f"files/{digest[:2]}/{digest}"


def _demo_originals(services: BinderServices) -> list[str]:
    """The originals the demo's documents already keep (an IEP, a report, an email)."""
    files = services.folder / "files"
    return sorted(p.relative_to(services.folder).as_posix() for p in files.glob("*/*"))


def test_automatic_backups_rotate(local_demo_services: BinderServices) -> None:
    clock = [at("2026-11-01")]
    service = BackupService(local_demo_services.context, clock=lambda: clock[0])
    assert service.auto_backup_if_due() is not None
    assert service.auto_backup_if_due() is None  # same day
    for day in range(2, 30):
        clock[0] = at(f"2026-11-{day:02d}")
        service.auto_backup_if_due()
    names = sorted(p.name for p in (local_demo_services.folder / "backups").glob("auto-*.zip"))
    # Kept: Nov 23-29 (daily), Sundays Nov 22, 15, 8 (weekly: ISO weeks end on Sunday);
    # the monthly one for November is Nov 29 already.
    expected_days = [8, 15, 22, 23, 24, 25, 26, 27, 28, 29]
    assert names == [f"auto-202611{d:02d}-090000.zip" for d in expected_days]
    assert service.last_backup() == at("2026-11-29")


def test_back_up_now_holds_database_originals_and_manifest(
    local_demo_services: BinderServices, tmp_path: Path
) -> None:
    demo = _demo_originals(local_demo_services)
    assert len(demo) == 3
    name = _add_original(local_demo_services, b"%PDF-1.4 a progress report")
    target = tmp_path / "family-backup.zip"
    info = local_demo_services.backups.back_up_now(target)
    assert (info.kind, info.file_count, info.includes_originals) == ("manual", 4, True)
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == sorted(
            ["manifest.json", "binder.sqlite3", name, *demo]
        )
        manifest = json.loads(archive.read("manifest.json"))
    # Each original is listed under its hash-named path with that same hash.
    assert manifest["files"] == {path: path.rsplit("/", 1)[1] for path in [name, *demo]}
    assert manifest["schema_revision"] == HEAD_REVISION
    assert manifest["includes_originals"] is True


def test_restore_reproduces_the_json_export_exactly(
    local_demo_services: BinderServices, tmp_path: Path
) -> None:
    _add_original(local_demo_services, b"an email")
    before = local_demo_services.binder_file.export_bytes()
    local_demo_services.backups.back_up_now(tmp_path / "b.zip")
    restored = restore_backup(tmp_path / "b.zip", tmp_path / "restored")
    assert restored.problems == () and restored.originals == 4  # the demo's 3, and this one
    with open_services(tmp_path / "restored", today=lambda: TODAY) as again:
        assert again.binder_file.export_bytes() == before


def test_automatic_backup_restores_with_originals_from_the_binder(
    local_demo_services: BinderServices, tmp_path: Path
) -> None:
    name = _add_original(local_demo_services, b"a scanned evaluation")
    info = local_demo_services.backups.auto_backup_if_due()
    assert info is not None and not info.includes_originals
    restored = restore_backup(info.path, tmp_path / "from-auto")
    assert (tmp_path / "from-auto" / name).read_bytes() == b"a scanned evaluation"
    assert restored.originals == 4  # the demo's 3 documents, and this one


def test_damaged_backup_is_refused_and_leaves_nothing(
    local_demo_services: BinderServices, tmp_path: Path
) -> None:
    good = tmp_path / "good.zip"
    local_demo_services.backups.back_up_now(good)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as sink:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "binder.sqlite3":
                data = data[:-1] + bytes([data[-1] ^ 0xFF])
            sink.writestr(item, data)
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(bad, tmp_path / "target")
    assert not (tmp_path / "target").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".restore")] == []


def test_restore_refuses_a_folder_with_files_and_odd_names(
    local_demo_services: BinderServices, tmp_path: Path
) -> None:
    good = tmp_path / "good.zip"
    local_demo_services.backups.back_up_now(good)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(BackupError, match="already holds files"):
        restore_backup(good, busy)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(evil, "w") as sink:
        manifest = json.loads(source.read("manifest.json"))
        manifest["files"] = {"../../etc/passwd": "0" * 64}
        sink.writestr("manifest.json", json.dumps(manifest))
        sink.writestr("binder.sqlite3", source.read("binder.sqlite3"))
    with pytest.raises(BackupError, match="unexpected file name"):
        restore_backup(evil, tmp_path / "target")
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("hello")
    with pytest.raises(BackupError, match="not a backup file"):
        describe_archive(not_zip)


def test_backup_and_restore_commands(local_demo_services: BinderServices, tmp_path: Path) -> None:
    folder = local_demo_services.folder
    before = local_demo_services.binder_file.export_bytes()
    local_demo_services.close()
    archive = tmp_path / "backup.zip"
    made = iepbinder("backup", "--out", str(archive), "--json", "--binder", str(folder))
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["originals"] == 3  # the demo's IEP, report and email
    restored = iepbinder("restore", str(archive), "--to", str(tmp_path / "copy"))
    assert restored.returncode == 0, restored.stderr
    assert "every file matched its checksum" in restored.stdout
    again = iepbinder("restore", str(archive), "--to", str(tmp_path / "copy"))
    assert again.returncode == 1 and "already holds files" in again.stderr
    export = tmp_path / "copy.json"
    assert (
        iepbinder(
            "export", "json", "--out", str(export), "--binder", str(tmp_path / "copy")
        ).returncode
        == 0
    )
    assert export.read_bytes() == before
