"""Linking a log entry as the reply to another, with real widgets: the choices offered, the link
saved, and the sent email's "no reply yet" follow-up cleared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from iepbinder.domain.commlog import Channel, EntryStatus, Initiator, LogEntryData, Participant
from iepbinder.domain.followups import Attention
from iepbinder.domain.records import ChildData
from iepbinder.gui.app import GuiApp
from iepbinder.gui.tabs.communication import CommunicationTab
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.binder_services import open_services
from tests.conftest import TODAY

SENT = dt.date(2026, 11, 16)  # a Monday


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The parent's email of Nov 16 (no reply logged) and a note of Nov 25."""
    folder = tmp_path / "binder"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        child = services.children.add_child(ChildData("Sam", "Lee")).row
        services.commlog.import_entries(
            child.id,
            [
                LogEntryData(SENT, Channel.EMAIL, participants=(Participant("Karen Liu"),),
                             topic="Speech schedule", initiated_by=Initiator.PARENT,
                             status=EntryStatus.WAITING),
                LogEntryData(dt.date(2026, 11, 25), Channel.PHONE, topic="Bus was late",
                             initiated_by=Initiator.PARENT, status=EntryStatus.DONE),
            ],
        )  # fmt: skip
    return folder


@pytest.fixture
def tab(qtbot: QtBot, folder: Path) -> Iterator[CommunicationTab]:
    app = GuiApp(runner=SyncRunner(), today=lambda: TODAY)
    qtbot.addWidget(app.window)
    app.open_folder(folder, create=False)
    found = app.window.binder_tabs["communication"]
    assert isinstance(found, CommunicationTab)
    yield found
    app.shutdown()


def _attention(tab: CommunicationTab, topic: str) -> Attention:
    assert tab.log.listing is not None
    return next(r.attention for r in tab.log.listing.rows if r.topic == topic)


def test_a_reply_is_linked_and_clears_no_reply_yet(qtbot: QtBot, tab: CommunicationTab) -> None:
    # Sent Mon Nov 16; 5 school days later is Mon Nov 23; today is Nov 29: no reply yet.
    assert _attention(tab, "Speech schedule") is Attention.NO_REPLY
    editor = tab.log.editor
    tab.log.new_entry()
    editor.date.edit.selectAll()
    qtbot.keyClicks(editor.date.edit, "2026-11-20")  # typed: the choices follow the date
    editor.channel.set_value(Channel.EMAIL)
    editor.initiated_by.set_value(Initiator.SCHOOL)
    editor.topic.setText("Re: Speech schedule")
    offered = [editor.reply_to.itemText(i) for i in range(editor.reply_to.count())]
    # Only entries up to the reply's date: the Nov 25 note is not offered.
    assert offered == [
        "Not a reply",
        "Mon Nov 16 2026 \u00b7 Email \u00b7 Karen Liu \u00b7 Speech schedule",
    ]
    editor.reply_to.setFocus()
    qtbot.keyClick(editor.reply_to, "M")  # keyboard: jump to the item starting with M
    assert editor.reply_to.currentIndex() == 1
    editor.request_save()
    services = tab.context.services
    listing = tab.log.listing
    assert listing is not None
    sent_id = next(r.id for r in listing.rows if r.topic == "Speech schedule")
    reply = next(r for r in listing.rows if r.topic == "Re: Speech schedule")
    assert services.commlog.get_entry(reply.id).data.reply_to_id == sent_id
    assert _attention(tab, "Speech schedule") is not Attention.NO_REPLY
    tab.log.show_entry(reply.id)
    assert editor.reply_to.value() == sent_id  # shown again when the reply is opened
