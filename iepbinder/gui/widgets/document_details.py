"""The right side of the Documents tab: what a document is, its actions, and its preview."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from iepbinder.domain.documents import CATEGORY_WORDS, KIND_WORDS, RECEIVED_VIA_WORDS
from iepbinder.gui.i18n import word
from iepbinder.gui.models.document_model import size_text
from iepbinder.gui.widgets.document_preview import DocumentPreviewPane
from iepbinder.services.document_dto import DocumentPreview, DocumentRow


class DocumentDetails(QWidget):
    """Heading, facts, links and notes of one document above its preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: DocumentRow | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(
            self.tr("Open a copy in the program your computer uses for this kind of file")
        )
        self.folder_button = QPushButton(self.tr("Show in &folder"), self)
        self.edit_button = QPushButton(self.tr("Edit &details..."), self)
        self.trash_button = QPushButton(self.tr("Move to trash"), self)
        self.history_button = QPushButton(self.tr("&History..."), self)
        self.history_button.setToolTip(self.tr("When it was filed and every change since"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.folder_button, self.edit_button,
                       self.history_button, self.trash_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.preview = DocumentPreviewPane(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 1)
        self.show_document(None)

    def set_editable(self, editable: bool) -> None:
        """A read-only binder shows documents but does not change them."""
        self.edit_button.setVisible(editable)
        self.trash_button.setVisible(editable)

    def set_on_server(self, on_server: bool) -> None:
        """Originals of a server binder live in the database, not in a folder."""
        self.folder_button.setEnabled(not on_server)
        self.folder_button.setToolTip(
            self.tr("This binder is on a server: its originals are kept in the database.")
            if on_server
            else self.tr("Show the stored original in the binder folder (never change it there)")
        )

    def show_document(self, document: DocumentRow | None, preview: DocumentPreview | None = None):
        """Show a document (None: nothing chosen)."""
        self.document = document
        for button in (self.open_button, self.folder_button, self.edit_button,
                       self.history_button, self.trash_button):  # fmt: skip
            button.setEnabled(document is not None)
        if document is None:
            self.heading.setText(self.tr("No document chosen"))
            self.facts.setText("")
            self.preview.clear(self.tr("Choose a document to see it here."))
            return
        self.heading.setText(f"{document.number} {document.data.title}")
        self.facts.setText(self._facts(document))
        if preview is not None:
            self.preview.show_preview(preview)

    def _facts(self, document: DocumentRow) -> str:
        data = document.data
        parts = [word(CATEGORY_WORDS[data.category])]
        if KIND_WORDS[document.kind] != parts[0]:
            parts.append(word(KIND_WORDS[document.kind]))
        if data.filing_date:
            parts.append(data.filing_date.isoformat())
        if data.author:
            parts.append(self.tr("from {author}").format(author=data.author))
        if data.received_via is not None:
            parts.append(
                self.tr("received: {how}").format(how=word(RECEIVED_VIA_WORDS[data.received_via]))
            )
        pages = ""
        if document.pages:
            pages = self.tr(", 1 page") if document.pages == 1 else self.tr(", {n} pages")
            pages = pages.format(n=document.pages)
        lines = [html.escape(" \u00b7 ".join(parts))]
        lines.append(html.escape(f"{document.file_name} ({size_text(document.size)}{pages})"))
        if data.summary:
            lines.append("<i>" + html.escape(data.summary) + "</i>")
        links = (
            [self.tr("Attached to {label}").format(label=document.parent.label)]
            if (document.parent)
            else []
        )
        links += [self.tr("Log entry: {label}").format(label=e.label) for e in document.log_entries]
        links += [
            self.tr("Attachment: {label}").format(label=a.label) for a in document.attachments
        ]
        lines += [html.escape(link) for link in links]
        if document.import_note:
            lines.append("\u26a0 " + html.escape(document.import_note).replace("\n", "<br>"))
        lines.append(
            html.escape(self.tr("Fingerprint (SHA-256): {digest}").format(digest=document.sha256))
        )
        return "<br>".join(lines)
