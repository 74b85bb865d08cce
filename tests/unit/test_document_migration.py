"""Revision 0007 on a binder with data: nothing is lost, and the new links are enforced."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from iepbinder.db.migrate import alembic_config
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY

COUNTED = ("progress_report", "progress_report_entry", "progress_report_passage",
           "service_session", "makeup_link", "goal_data_point", "log_entry")  # fmt: skip


def _counts(db_file: Path) -> dict[str, int]:
    with sqlite3.connect(db_file) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def test_upgrading_to_0007_keeps_every_row_of_a_full_binder(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.demo.ensure_demo()
        engine = services.binder.engine
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0005")
        before = _counts(folder / "binder.sqlite3")
        # Progress-report entries and make-up links hang from the tables that gain a foreign
        # key; copying those tables (Alembic's batch mode) would have deleted them.
        assert before["progress_report_entry"] > 0 and before["makeup_link"] > 0
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert _counts(folder / "binder.sqlite3") == before
        with engine.begin() as connection, pytest.raises(Exception, match="FOREIGN KEY"):
            connection.execute(text("UPDATE goal_data_point SET document_id = 999999"))
