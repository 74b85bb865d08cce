"""Without a kept Today, a window says the binder is opening until the full window takes over."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iepbinder.domain.records import ChildData
from iepbinder.gui.kept_window import OpeningWindow
from iepbinder.gui.start import (
    open_program,
    open_server_program,
    show_kept_today,
    show_opening,
    show_opening_server,
)
from iepbinder.gui.tabs.today import TodayTab
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Leo's binder"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.children.add_child(ChildData("Leo"))
    return folder  # never closed by the program: no Today is kept


def test_the_opening_window_shows_first_and_the_full_window_takes_its_place(
    qtbot: QtBot, folder: Path
) -> None:
    assert show_kept_today(folder, TODAY) is None
    shell = show_opening(folder)
    assert isinstance(shell, OpeningWindow)
    qtbot.addWidget(shell)
    assert shell.isVisible()
    assert shell.windowTitle() == "IEP Binder \u2013 Leo's binder"
    assert shell.heading.text() == "Opening the binder \u201cLeo's binder\u201d"
    assert "Working out what needs you today" in shell.status.text()
    shell.move(40, 30)
    geometry = shell.geometry()
    gui = open_program(folder, lambda: TODAY, shell, SyncRunner())
    qtbot.addWidget(gui.window)
    assert shell.isHidden() and not shell.closed_by_person
    assert gui.window.isVisible() and gui.window.geometry() == geometry
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab) and tab.dto is not None and tab.dto.child.display_name == "Leo"
    gui.shutdown()


def test_a_server_binder_also_shows_the_opening_window_first(
    qtbot: QtBot, postgres_url: str
) -> None:
    with open_services(url=postgres_url, today=lambda: TODAY) as services:
        services.children.add_child(ChildData("Mia"))
    database = postgres_url.rsplit("/", 1)[-1]
    shell = show_opening_server(postgres_url)
    assert isinstance(shell, OpeningWindow)
    qtbot.addWidget(shell)
    assert shell.isVisible()
    assert shell.heading.text() == f"Opening the binder \u201c{database}\u201d"
    assert shell.windowTitle() == f"IEP Binder \u2013 {database}"  # no address, no password
    gui = open_server_program(postgres_url, shell, SyncRunner())
    qtbot.addWidget(gui.window)
    assert shell.isHidden() and not shell.closed_by_person
    assert gui.window.isVisible()
    assert gui.window.windowTitle().endswith(database)
    tab = gui.window.binder_tabs["today"]
    assert isinstance(tab, TodayTab) and tab.dto is not None and tab.dto.child.display_name == "Mia"
    gui.shutdown()


def test_an_unreachable_server_hands_over_at_once_to_say_so(qtbot: QtBot) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:9/nowhere?connect_timeout=2"
    shell = show_opening_server(url)
    qtbot.addWidget(shell)
    assert shell.heading.text() == "Opening the binder \u201cnowhere\u201d"
    nameless = show_opening_server("postgresql+psycopg://nobody@db.example.org")
    qtbot.addWidget(nameless)
    assert nameless.heading.text() == "Opening the binder \u201cdb.example.org\u201d"
    nameless.close()
    gui = open_server_program(url, shell, SyncRunner())
    qtbot.addWidget(gui.window)
    assert shell.isHidden() and gui.window.isVisible()
    assert gui.window.context is None  # the window says why, with the way to connect again
    gui.shutdown()


def test_no_opening_window_where_there_is_no_binder_yet(tmp_path: Path) -> None:
    assert show_opening(tmp_path / "not made yet") is None  # the welcome page comes at once
    (tmp_path / "notes").mkdir()
    assert show_opening(tmp_path / "notes") is None


def test_screens_of_the_opening_window(qtbot: QtBot, folder: Path, tmp_path: Path) -> None:
    shell = show_opening(folder)
    assert shell is not None
    qtbot.addWidget(shell)
    for width, height in ((1024, 700), (1920, 1080)):
        shell.resize(width, height)
        QApplication.processEvents()
        image = shell.grab()
        assert (image.width(), image.height()) == (width, height)
        assert image.save(str(tmp_path / f"opening-{width}.png"))
