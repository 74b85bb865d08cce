"""The Documents tab and drag-and-drop with real widgets, real drops and a real binder folder."""

from __future__ import annotations

import http.server
import io
import struct
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from iepbinder.domain.records import ChildData, ContactData
from iepbinder.gui.app import GuiApp
from iepbinder.gui.dialogs.document_dialog import DocumentDialog
from iepbinder.gui.dialogs.history_dialog import HistoryDialog
from iepbinder.gui.dialogs.import_report_dialog import outcome_model
from iepbinder.gui.drops import OUTLOOK_CONTENTS, OUTLOOK_NAMES, RFC822, outlook_names
from iepbinder.gui.models.document_model import (
    DocumentFilter,
    DocumentFilterModel,
    HtmlRole,
    SearchResultModel,
    document_model,
)
from iepbinder.gui.models.row_model import ObjectRole
from iepbinder.gui.tabs.documents import DocumentsTab
from iepbinder.gui.tasks import SyncRunner, ThreadRunner
from iepbinder.gui.widgets.document_preview import SafeEmailBrowser
from iepbinder.services.binder_services import open_services
from iepbinder.services.document_dto import ImportPayload, ImportStatus
from tests.conftest import TODAY
from tests.email_samples import school_email, tracking_pixel_email

SENDER = "Karen Liu <kliu@riverside-usd.example.org>"


@pytest.fixture
def family(tmp_path: Path) -> Path:
    """A binder with Maya and her case manager in the contacts."""
    folder = tmp_path / "family"
    with open_services(folder, create=True, today=lambda: TODAY) as services:
        services.children.add_child(ChildData("Maya", "Rodríguez"))
        services.team.add_contact(
            ContactData("Karen Liu", "Resource specialist", "kliu@riverside-usd.example.org")
        )
    return folder


def _window(qtbot: QtBot, folder: Path, runner: object = None) -> GuiApp:
    app = GuiApp(runner=runner or SyncRunner(), today=lambda: TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    app.open_folder(folder, create=False)
    return app


@pytest.fixture
def gui(qtbot: QtBot, family: Path) -> Iterator[GuiApp]:
    app = _window(qtbot, family)
    yield app
    app.shutdown()


def _tab(gui: GuiApp) -> DocumentsTab:
    """The Documents tab, brought to the front (a tab behind others reloads when shown)."""
    tab = gui.window.binder_tabs["documents"]
    assert isinstance(tab, DocumentsTab)
    gui.window.tabs.setCurrentWidget(tab)
    return tab


def _one_page_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    target = io.BytesIO()
    writer.write(target)
    return target.getvalue()


PDF_PAGE = _one_page_pdf()


def _files(tmp_path: Path) -> list[Path]:
    mail = tmp_path / "speech.eml"
    mail.write_bytes(school_email(1, sender=SENDER, subject="Speech sessions this week",
                                  body="Could you call me on Friday?"))  # fmt: skip
    pdf = tmp_path / "IEP 2026.pdf"
    pdf.write_bytes(PDF_PAGE)
    return [mail, pdf]


def _urls(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def _drag_and_drop(gui: GuiApp, mime: QMimeData) -> str:
    """Drag over the middle of the window, then drop; returns the overlay's sentence."""
    window = gui.window
    point = window.rect().center()
    enter = QDragEnterEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    said = gui.window.imports.overlay.label.text() if gui.window.imports.overlay.isVisible() else ""
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert not gui.window.imports.overlay.isVisible()
    return said


def test_dropping_files_on_the_window_files_them_and_logs_the_email(
    gui: GuiApp, tmp_path: Path
) -> None:
    hidden = gui.window.binder_tabs["documents"]
    assert isinstance(hidden, DocumentsTab) and gui.window.tabs.currentWidget() is not hidden
    said = _drag_and_drop(gui, _urls(_files(tmp_path)))
    assert said == "\u2913  Add 1 email and 1 file to Maya Rodríguez\u2019s binder"
    summary = gui.window.imports.summary
    assert summary.isVisible() and summary.undo_button.isVisible()
    assert summary.label.text() == "Added 1 email and 1 file to Maya Rodríguez\u2019s binder."
    # A tab behind the one in front is only marked out of date; it reloads when shown.
    assert hidden.model.rowCount() == 0 and hidden.reload_when_shown.stale
    tab = _tab(gui)
    assert not tab.reload_when_shown.stale
    assert [tab.model.row_at(r).title for r in range(tab.model.rowCount())] == [
        "Speech sessions this week", "IEP 2026",
    ]  # fmt: skip
    # The email's log entry appears in the Communication tab, linked to the email.
    gui.window.tabs.setCurrentWidget(gui.window.binder_tabs["communication"])
    log = gui.window.binder_tabs["communication"].log  # type: ignore[attr-defined]
    rows = [log.model.row_at(r) for r in range(log.model.rowCount())]
    assert [(r.topic, r.people) for r in rows] == [("Speech sessions this week", "Karen Liu")]
    log.table.selectRow(0)
    assert "Document: #1 Speech sessions this week" in log.editor.links.text()
    # The same drop again adds nothing and says so.
    _drag_and_drop(gui, _urls(_files(tmp_path)))
    assert summary.label.text() == (
        "Nothing new was added. 2 already in the binder (not added twice)."
    )
    assert not summary.undo_button.isVisible()


def test_a_copy_to_drag_out_is_the_filed_file_in_a_folder_removed_at_quit(
    gui: GuiApp, tmp_path: Path, family: Path
) -> None:
    _drag_and_drop(gui, _urls(_files(tmp_path)))
    tab = _tab(gui)
    assert tab._temp is None  # no temporary folder until a copy is asked for
    titles = [tab.proxy.index(r, 0).data(ObjectRole).title for r in range(tab.proxy.rowCount())]
    tab.table.selectRow(titles.index("IEP 2026"))
    copy = tab.copy_for_drag()
    assert copy is not None and copy.name == "IEP 2026.pdf" and copy.read_bytes() == PDF_PAGE
    folder = copy.parent
    assert not folder.is_relative_to(family)  # a copy; the binder's original is never handed out
    QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert not folder.exists()


def test_undo_after_an_import_moves_it_to_the_trash(gui: GuiApp, tmp_path: Path) -> None:
    _drag_and_drop(gui, _urls(_files(tmp_path)))
    gui.window.imports.summary.undo_button.click()
    assert _tab(gui).model.rowCount() == 0
    assert "moved to the trash" in gui.window.imports.summary.label.text()


def test_a_folder_is_walked_and_a_bad_file_is_reported(gui: GuiApp, tmp_path: Path) -> None:
    folder = tmp_path / "School 2026"
    (folder / "fall").mkdir(parents=True)
    (folder / "fall" / "notes.txt").write_text("Asked for the data sheets.")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / ".DS_Store").write_bytes(b"junk")
    said = _drag_and_drop(gui, _urls([folder]))
    assert said.endswith("Add the folder \u201cSchool 2026\u201d to Maya Rodríguez\u2019s binder")
    report = gui.window.imports.report
    assert report is not None
    assert [(o.name, o.status) for o in report.outcomes] == [
        ("empty.pdf", ImportStatus.FAILED), ("notes.txt", ImportStatus.IMPORTED),
    ]  # fmt: skip
    assert "could not be added" in gui.window.imports.summary.label.text()
    gui.window.imports.summary.details_button.click()
    dialog = gui.window.imports.dialog
    assert dialog is not None
    assert dialog.model.row_at(0).message == (
        "empty.pdf is empty (0 bytes), so there is nothing to keep."
    )
    dialog.close()


def test_raw_email_data_can_be_dropped(gui: GuiApp) -> None:
    mime = QMimeData()
    mime.setData(RFC822, QByteArray(school_email(7, sender=SENDER, subject="Bus schedule")))
    assert _drag_and_drop(gui, mime).endswith("Add 1 email to Maya Rodríguez\u2019s binder")
    assert _tab(gui).model.row_at(0).file_name == "Bus schedule.eml"


def _descriptor(names: list[str]) -> bytes:
    """FILEGROUPDESCRIPTORW as Windows hands it to Qt: a count, then 592 bytes per file."""
    records = b""
    for name in names:
        record = bytearray(592)
        encoded = name.encode("utf-16-le")
        record[72 : 72 + len(encoded)] = encoded  # cFileName after 72 bytes of other fields
        records += bytes(record)
    return struct.pack("<I", len(names)) + records


def test_outlook_messages_arrive_as_virtual_files(gui: GuiApp, corpus: Path) -> None:
    message = (corpus / "msg" / "poi__quick.msg").read_bytes()
    mime = QMimeData()
    mime.setData(OUTLOOK_NAMES, QByteArray(_descriptor(["Test.msg", "Second one.msg"])))
    mime.setData(OUTLOOK_CONTENTS, QByteArray(message))
    assert outlook_names(_descriptor(["Test.msg", "Second one.msg"])) == [
        "Test.msg", "Second one.msg",
    ]  # fmt: skip
    assert _drag_and_drop(gui, mime).endswith("Add 2 emails to Maya Rodríguez\u2019s binder")
    report = gui.window.imports.report
    assert report is not None
    first, second = report.outcomes
    assert (first.name, first.status) == ("Test.msg", ImportStatus.IMPORTED)
    assert second.status is ImportStatus.FAILED
    assert "Outlook did not hand this message over" in second.message
    assert _tab(gui).model.row_at(0).title == "Test the content transformer"


def test_an_empty_outlook_drop_says_what_to_do(gui: GuiApp) -> None:
    mime = QMimeData()
    mime.setData(OUTLOOK_NAMES, QByteArray(_descriptor(["Meeting.msg"])))
    mime.setData(OUTLOOK_CONTENTS, QByteArray())
    _drag_and_drop(gui, mime)
    report = gui.window.imports.report
    assert report is not None and len(report.failed) == 1
    assert "Drag it to the desktop first" in report.failed[0].message


@dataclass(frozen=True)
class _GatedPayload(ImportPayload):
    """A payload whose reading waits for the test: the import is held on its first file."""

    gate: threading.Event | None = None

    def read(self) -> bytes:
        assert self.gate is not None and self.gate.wait(30)
        return super().read()


def test_a_background_import_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, family: Path
) -> None:
    gui = _window(qtbot, family, ThreadRunner())
    imports = gui.window.imports
    qtbot.waitUntil(lambda: gui.window.current_child_id() is not None)
    gate = threading.Event()
    payloads = [_GatedPayload("first.txt", b"one", gate=gate)]
    payloads += [ImportPayload(f"more {n}.txt", f"text {n}".encode()) for n in range(9)]
    from iepbinder.gui.drops import DropItems

    imports.start(DropItems(list(payloads), []))
    # The first file is being read in the background; the window still answers clicks.
    qtbot.waitUntil(lambda: "first.txt" in imports.progress.label.text(), timeout=10000)
    assert imports.progress.isVisible()
    qtbot.mouseClick(imports.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert "Stopping" in imports.progress.label.text()
    with qtbot.waitSignal(imports.finished, timeout=20000) as finished:
        gate.set()
    report = finished.args[0]
    assert [o.status for o in report.outcomes] == [ImportStatus.IMPORTED] + [
        ImportStatus.CANCELLED
    ] * 9
    assert imports.summary.label.text().endswith("Cancelled before 9 more.")
    assert not imports.progress.isVisible()
    gui.shutdown()


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        type(self).requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"GIF89a")

    def log_message(self, *_args: object) -> None:
        return None


@pytest.fixture
def web_server() -> Iterator[str]:
    """A web server on this computer that records every request it gets."""
    _Recorder.requests = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_previewing_an_email_with_a_tracking_pixel_makes_no_request(
    gui: GuiApp, web_server: str, qtbot: QtBot
) -> None:
    mime = QMimeData()
    mime.setData(RFC822, QByteArray(tracking_pixel_email(web_server)))
    _drag_and_drop(gui, mime)
    tab = _tab(gui)
    gui.window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    preview = tab.details.preview
    assert preview.currentWidget() is preview.email_view
    text = preview.email_view.toPlainText()
    assert "Conferences are next week." in text
    assert "were not loaded, so the sender cannot see that you opened this email" in text
    # Even HTML that was not cleaned loads nothing through the view itself.
    raw = SafeEmailBrowser()
    qtbot.addWidget(raw)
    raw.setHtml(f'<p>x</p><img src="{web_server}/direct.gif"><img src="cid:missing">')
    raw.resize(400, 300)
    raw.show()
    for _ in range(5):
        QApplication.processEvents()
    assert f"{web_server}/direct.gif" in raw.refused
    assert _Recorder.requests == []
    # The server does answer when asked, so the silence above means something.
    with urllib.request.urlopen(f"{web_server}/control") as response:  # noqa: S310 - local test
        assert response.status == 200
    assert _Recorder.requests == ["/control"]


def test_search_shows_ranked_results_with_the_words_marked(gui: GuiApp, tmp_path: Path) -> None:
    _drag_and_drop(gui, _urls(_files(tmp_path)))
    tab = _tab(gui)
    tab.filters.search.setText("friday")
    tab.filters.search_now()
    assert tab.lists.currentWidget() is tab.results
    assert tab.results_model.rowCount() == 1
    marked = tab.results_model.data(tab.results_model.index(0, 3), HtmlRole)
    assert "<b>Friday</b>" in marked
    assert tab.filters.count.text() == "1 found"
    tab.filters.search.clear()
    tab.filters.search_now()
    assert tab.lists.currentWidget() is tab.table


def test_preview_details_edit_trash_and_undo(gui: GuiApp, tmp_path: Path, qtbot: QtBot) -> None:
    _drag_and_drop(gui, _urls(_files(tmp_path)))
    tab = _tab(gui)
    gui.window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(1)
    assert tab.details.heading.text() == "#2 IEP 2026"
    assert tab.details.preview.currentWidget() is tab.details.preview.pdf_view
    mime = tab.table.drag_data()
    assert mime is not None
    copy = Path(mime.urls()[0].toLocalFile())
    assert copy.name == "IEP 2026.pdf" and copy.read_bytes() == PDF_PAGE
    assert "files" not in copy.parts  # a copy, never the stored original
    qtbot.mouseClick(tab.details.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    assert isinstance(dialog, DocumentDialog)
    dialog.title_edit.setText("IEP of March 2026")
    dialog.summary.set_text("The plan in effect.")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert tab.model.row_at(1).title == "IEP of March 2026"
    tab.table.selectRow(1)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 1
    gui.window.undo_button.click()
    assert tab.model.rowCount() == 2
    # Its history: filed, the new title and summary, moved to the trash, restored.
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.details.history_button, Qt.MouseButton.LeftButton)
    history = tab.open_dialog
    assert isinstance(history, HistoryDialog)
    steps = [block.splitlines() for block in history.text.toPlainText().split("\n\n")]
    assert [lines[0].split(" on ")[0] for lines in steps] == [
        "1. Added", "2. Edited", "3. Moved to the trash", "4. Restored from the trash"
    ]  # fmt: skip
    assert steps[1][1:] == [
        "   title: IEP 2026 \u2192 IEP of March 2026",
        "   summary: \u2014 \u2192 The plan in effect.",
    ]


def test_the_tab_prints_the_document_list(gui: GuiApp, tmp_path: Path) -> None:
    _drag_and_drop(gui, _urls(_files(tmp_path)))
    tab = _tab(gui)
    from iepbinder.domain.types import PaperSize

    pdf = tab.render_pdf(PaperSize.LETTER)
    assert pdf is not None and pdf.page_count == 1
    assert tab.page_title() == "Document list \u2013 Maya Rodríguez"


def test_drops_are_refused_without_a_child(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    open_services(folder, create=True).close()
    gui = _window(qtbot, folder)
    mime = _urls(_files(tmp_path))
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(gui.window, enter)
    assert not enter.isAccepted() and not gui.window.imports.overlay.isVisible()
    gui.shutdown()


def test_document_models_pass_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, family: Path, tmp_path: Path
) -> None:
    with open_services(family, today=lambda: TODAY) as services:
        child = services.children.choose_child(None)
        report = services.documents.import_paths(child.id, _files(tmp_path))
        rows = services.documents.list_documents(child.id)
        results = services.documents.search(child.id, "friday")
    model = document_model()
    model.set_rows(rows)
    qtmodeltester.check(model)
    proxy = DocumentFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    kind = rows[-1].kind
    proxy.set_filter(DocumentFilter(kind=kind))
    kept = [row.id for row in rows if row.kind is kind]
    assert 0 < len(kept) < len(rows)
    assert [proxy.index(r, 0).data(ObjectRole).id for r in range(proxy.rowCount())] == kept
    qtmodeltester.check(proxy)
    proxy.set_filter(DocumentFilter())
    assert proxy.rowCount() == len(rows)
    found = SearchResultModel()
    found.set_rows(results)
    qtmodeltester.check(found)
    outcomes = outcome_model()
    outcomes.set_rows(report.outcomes)
    qtmodeltester.check(outcomes)


def test_forms_pick_the_document_a_value_or_report_came_from(qtbot: QtBot) -> None:
    from iepbinder.domain.progress_records import DataPointData, DataSource
    from iepbinder.gui.dialogs.data_point_dialog import DataPointDialog
    from iepbinder.services.document_dto import DocumentRef

    documents = [DocumentRef(5, "#1 2026-10-30 Progress report"), DocumentRef(9, "#2 Probe")]
    dialog = DataPointDialog(None, "Add", runner=SyncRunner(), save=lambda _d: None,
                             today=lambda: TODAY, documents=documents)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.value.setText("61")
    assert dialog.collect().document_id is None  # 'No document' until one is chosen
    dialog.document.setCurrentIndex(dialog.document.findText("#2 Probe"))
    assert dialog.collect().document_id == 9
    # A point linked to a document that is no longer listed keeps its link.
    linked = DataPointData(TODAY, 61.0, DataSource.SCHOOL_REPORT, "", 42)
    kept = DataPointDialog(None, "Edit", runner=SyncRunner(), save=lambda _d: None,
                           today=lambda: TODAY, documents=documents, data=linked)  # fmt: skip
    qtbot.addWidget(kept)
    assert kept.collect().document_id == 42


def test_check_removes_unused_originals_only_when_the_parent_agrees(
    gui: GuiApp, family: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    stray = b"left behind by an import that was stopped"
    digest = hashlib.sha256(stray).hexdigest()
    path = family / "files" / digest[:2] / digest
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(stray)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    gui.window.files.check_binder()
    assert asked[0].startswith("1 stored file(s) are not used by any document")
    assert path.exists()  # the parent said no
    gui.window.files.check_binder()
    assert not path.exists()
    assert gui.window.statusBar().currentMessage() == "Removed 1 unused stored file(s)."
