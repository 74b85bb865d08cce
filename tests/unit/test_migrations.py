"""The schema is managed by Alembic: scripts match the models, and old binders upgrade safely."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from iepbinder.db import models  # noqa: F401 - registers every table
from iepbinder.db.backup import describe_archive
from iepbinder.db.base import Base
from iepbinder.db.binder import open_binder
from iepbinder.db.migrate import script_head
from iepbinder.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from iepbinder.db.search_index import include_in_comparison
from iepbinder.services.binder_services import open_services

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIRST_REVISION_BINDER = FIXTURES / "binder-rev0001"


def test_known_revisions_end_at_the_scripts_head() -> None:
    assert KNOWN_REVISIONS[0] == "0001"
    assert script_head() == HEAD_REVISION


def test_migrated_schema_matches_the_models(binder_folder: Path) -> None:
    with open_binder(binder_folder, create=True) as binder, binder.engine.connect() as connection:
        opts = {"compare_type": True, "include_name": include_in_comparison}
        context = MigrationContext.configure(connection, opts=opts)
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_binder_made_at_the_first_revision_opens_and_upgrades(tmp_path: Path) -> None:
    folder = tmp_path / "old-binder"
    shutil.copytree(FIRST_REVISION_BINDER, folder)
    with sqlite3.connect(folder / "binder.sqlite3") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with open_services(folder) as services:
        upgraded_from = services.binder.upgraded_from
        backup = services.binder.backup_made
        children = services.children.list_children()
        assert [child.display_name for child in children] == ["Maya Rodríguez"]
        glance = services.glance.glance(children[0].id)
        assert len(glance.services) == 5
        assert len(glance.accommodations) == 7
        assert len(glance.goals) == 5
        assert len(glance.team) == 7
    with sqlite3.connect(folder / "binder.sqlite3") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    if HEAD_REVISION == "0001":
        assert upgraded_from is None and backup is None
    else:
        assert upgraded_from == "0001"
        assert backup is not None and backup.parent == folder / "backups"
        info = describe_archive(backup)
        assert (info.kind, info.schema_revision) == ("before-upgrade", "0001")
