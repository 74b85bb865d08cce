"""Creating and opening binder folders, the write lock, and every way opening can fail."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from iepbinder.db.binder import DB_NAME, OpenMode, open_binder
from iepbinder.db.errors import (
    BinderLockedError,
    BinderNeedsUpgradeError,
    BinderNotFoundError,
    BinderTooNewError,
    NotABinderError,
)
from iepbinder.db.schema import HEAD_REVISION

REPO = Path(__file__).resolve().parents[2]


def _tree_digest(folder: Path) -> dict[str, str]:
    """Every file under a folder with its hash, to prove nothing changed.

    SQLite's own shared-memory index (-shm) and an empty write-ahead log, which any
    reader of a WAL database may create, hold no data and are left out.
    """
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not path.name.endswith("-shm")
        and not (path.name.endswith("-wal") and path.stat().st_size == 0)
    }


def test_new_binder_has_the_layout_of_the_architecture(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True) as binder:
        assert binder.created
        assert (binder_folder / DB_NAME).is_file()
        assert (binder_folder / "files").is_dir()
        assert (binder_folder / "backups").is_dir()
        assert (binder_folder / "binder.lock").is_file()
        with binder.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert revision.scalar() == HEAD_REVISION


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_binder_is_private_to_its_owner(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True):
        pass
    assert binder_folder.stat().st_mode & 0o777 == 0o700
    assert (binder_folder / DB_NAME).stat().st_mode & 0o777 == 0o600
    assert (binder_folder / "binder.lock").stat().st_mode & 0o777 == 0o600


def test_reopening_keeps_the_data(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True) as binder, binder.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO binder_setting (key, value) VALUES ('probe', '\"kept\"')"
        )
    with open_binder(binder_folder) as binder, binder.engine.connect() as connection:
        value = connection.exec_driver_sql("SELECT value FROM binder_setting WHERE key='probe'")
        assert value.scalar() == '"kept"'


def test_second_writer_in_this_process_is_refused_with_a_clear_message(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True), pytest.raises(BinderLockedError) as caught:
        open_binder(binder_folder)
    message = str(caught.value)
    assert "already open for changes in another IEP Binder window" in message
    assert f"process {os.getpid()}" in message


def test_second_program_is_refused_while_the_first_holds_the_lock(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True):
        script = textwrap.dedent(
            f"""
            from iepbinder.db.binder import open_binder
            from iepbinder.db.errors import BinderLockedError
            try:
                open_binder({str(binder_folder)!r})
            except BinderLockedError as exc:
                print("LOCKED:", exc)
            else:
                print("OPENED")
            """
        )
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
        )
    assert result.stdout.startswith("LOCKED:"), result.stdout + result.stderr
    assert "Close that window first" in result.stdout


def test_lock_is_released_on_close(binder_folder: Path) -> None:
    open_binder(binder_folder, create=True).close()
    open_binder(binder_folder).close()


def test_reading_is_allowed_while_another_writer_holds_the_lock(binder_folder: Path) -> None:
    with (
        open_binder(binder_folder, create=True),
        open_binder(binder_folder, mode=OpenMode.READ) as reader,
    ):
        assert reader.read_only


def test_missing_folder_is_not_created_by_a_reader(tmp_path: Path) -> None:
    target = tmp_path / "nowhere"
    with pytest.raises(BinderNotFoundError):
        open_binder(target, mode=OpenMode.READ)
    with pytest.raises(BinderNotFoundError):
        open_binder(target)
    assert not target.exists()


def test_folder_with_other_files_is_not_a_binder_and_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8 not really a photo")
    before = _tree_digest(folder)
    for kwargs in ({"create": True}, {}, {"mode": OpenMode.READ}):
        with pytest.raises(NotABinderError) as caught:
            open_binder(folder, **kwargs)  # type: ignore[arg-type]
        assert "is not an IEP binder" in str(caught.value)
    assert _tree_digest(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["holiday.jpg"]


def test_database_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "fake"
    folder.mkdir()
    (folder / DB_NAME).write_text("hello, I am a text file")
    before = _tree_digest(folder)
    with pytest.raises(NotABinderError, match="not a binder database"):
        open_binder(folder)
    assert _tree_digest(folder) == before


def test_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    connection = sqlite3.connect(folder / DB_NAME)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    before = _tree_digest(folder)
    with pytest.raises(NotABinderError, match="no binder schema"):
        open_binder(folder)
    assert _tree_digest(folder) == before


def test_newer_schema_is_refused_and_left_untouched(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True) as binder, binder.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    before = _tree_digest(binder_folder)
    for mode in (OpenMode.WRITE, OpenMode.READ):
        with pytest.raises(BinderTooNewError) as caught:
            open_binder(binder_folder, mode=mode)
        assert "newer version of IEP Binder" in str(caught.value)
    after = _tree_digest(binder_folder)
    after.pop("binder.lock", None)
    before.pop("binder.lock", None)
    assert after == before


def test_reader_does_not_upgrade_an_old_schema(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True) as binder, binder.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0000'")
    with pytest.raises((BinderNeedsUpgradeError, BinderTooNewError)):
        open_binder(binder_folder, mode=OpenMode.READ)


@pytest.fixture
def restorable_tmp(tmp_path: Path) -> Iterator[Path]:
    """A temporary folder whose permissions are given back before pytest cleans up."""
    yield tmp_path
    for path in [tmp_path, *tmp_path.rglob("*")]:
        path.chmod(0o700 if path.is_dir() else 0o600)


WITHOUT_OVERRIDE = "-dac_override,-dac_read_search"


def _without_permission_override(script: str) -> str:
    """Run Python so that file modes apply even to root (which normally ignores them).

    As root, the capabilities that override file permissions are dropped with setpriv;
    as anyone else, file modes apply anyway.
    """
    command = [sys.executable, "-c", textwrap.dedent(script)]
    if os.geteuid() == 0:
        command = [
            "setpriv",
            "--bounding-set",
            WITHOUT_OVERRIDE,
            "--inh-caps",
            WITHOUT_OVERRIDE,
            *command,
        ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    return result.stdout + result.stderr


def _probe(folder: Path, mode: str) -> str:
    return _without_permission_override(
        f"""
        from iepbinder.db.binder import OpenMode, open_binder
        from iepbinder.db.errors import BinderError
        try:
            open_binder({str(folder)!r}, mode=OpenMode.{mode}).close()
        except BinderError as exc:
            print(type(exc).__name__ + ":", exc)
        else:
            print("OPENED")
        """
    )


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_unreadable_binder_gives_a_clear_message(restorable_tmp: Path) -> None:
    folder = restorable_tmp / "binder"
    open_binder(folder, create=True).close()
    (folder / DB_NAME).chmod(0o000)
    before = _tree_digest(folder)
    output = _probe(folder, "READ")
    assert output.startswith("BinderUnreadableError:"), output
    assert "cannot be read" in output
    assert _tree_digest(folder) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_binder_refuses_writing_but_allows_reading(restorable_tmp: Path) -> None:
    folder = restorable_tmp / "binder"
    with open_binder(folder, create=True) as binder, binder.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO binder_setting (key, value) VALUES ('a', '1')")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    before = _tree_digest(folder)
    output = _probe(folder, "WRITE")
    assert output.startswith("BinderReadOnlyError:"), output
    assert "read-only" in output
    assert _probe(folder, "READ").startswith("OPENED")
    assert _tree_digest(folder) == before


def test_a_creation_that_was_interrupted_is_finished_next_time(binder_folder: Path) -> None:
    # What a binder looks like when the program stopped between making the empty database
    # file and writing the first tables.
    for name in ("files", "backups"):
        (binder_folder / name).mkdir(parents=True)
    (binder_folder / DB_NAME).write_bytes(b"")
    (binder_folder / "binder.lock").write_text("{}")
    with pytest.raises(BinderNotFoundError):
        open_binder(binder_folder, mode=OpenMode.READ)
    with open_binder(binder_folder, create=True) as binder, binder.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert revision == HEAD_REVISION


def test_an_empty_database_beside_other_files_is_not_touched(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"")
    (folder / "notes.txt").write_text("mine")
    with pytest.raises(NotABinderError):
        open_binder(folder, create=True)
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME, "notes.txt"]


def test_the_folder_store_writes_an_original_again_when_it_went_missing(tmp_path: Path) -> None:
    """An original removed (by the store, or behind its back) is written again by the next put."""
    from iepbinder.db.blobs import FolderBlobStore

    store = FolderBlobStore(tmp_path / "files")
    digest = store.put(b"letter")
    store.remove(digest)
    assert not store.exists(digest)
    assert store.put(b"letter") == digest
    store.path_of(digest).chmod(0o600)
    store.path_of(digest).unlink()  # deleted outside the program while it runs
    assert store.put(b"letter") == digest
    assert store.read(digest) == b"letter" and store.verify(digest)
