"""The preview pane: PDFs with QtPdf, emails as safe rich text, pictures, and plain text.

Email HTML arrives already cleaned (no scripts, no remote pictures); the view also refuses to
load anything itself except the pictures that travelled inside the email, so previewing an
email never touches the network.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QWidget,
)

from iepbinder.domain.documents import DocumentKind
from iepbinder.domain.text_reflow import unwrap_lines
from iepbinder.importers.html_clean import INLINE_SCHEME
from iepbinder.services.document_dto import DocumentPreview, EmailView


class SafeEmailBrowser(QTextBrowser):
    """Rich text that loads nothing from anywhere: only pictures carried inside the email."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.pictures: dict[str, bytes] = {}
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt API
        """Inline pictures by Content-ID; every other request is refused (and remembered)."""
        url = name.toString() if isinstance(name, QUrl) else str(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.startswith(INLINE_SCHEME):
            data = self.pictures.get(url[len(INLINE_SCHEME) :])
            if data:
                image = QImage.fromData(data)
                if not image.isNull():
                    return image
        self.refused.append(url)
        return None


def tr(text: str) -> str:  # the name lupdate looks for
    return QCoreApplication.translate("DocumentPreview", text)


def _header_html(email: EmailView) -> str:
    sent = email.sent_at.strftime("%Y-%m-%d %H:%M") if email.sent_at else ""
    rows = [
        (tr("From"), email.sender),
        (tr("To"), email.to),
        (tr("Cc"), email.cc),
        (tr("Sent"), sent),
        (tr("Attachments"), ", ".join(email.attachment_names)),
        (tr("Invitation"), email.invitation),
    ]
    cells = "".join(
        f"<tr><td><b>{html.escape(label)}:</b>&nbsp;</td><td>{html.escape(value)}</td></tr>"
        for label, value in rows
        if value
    )
    subject = html.escape(email.subject or tr("(no subject)"))
    return f"<h3>{subject}</h3><table>{cells}</table><hr>"


class DocumentPreviewPane(QStackedWidget):
    """Shows one document; ``show_preview`` picks the right view for its kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName(self.tr("PDF preview"))
        self._pdf_buffer: QBuffer | None = None
        self.email_view = SafeEmailBrowser(self)
        self.email_view.setAccessibleName(self.tr("Email preview"))
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea(self)
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAccessibleName(self.tr("Picture preview"))
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Text preview"))
        for widget in (
            self.message, self.pdf_view, self.email_view, self.image_scroll, self.text_view,
        ):  # fmt: skip
            self.addWidget(widget)
        self.clear(self.tr("Choose a document to see it here."))

    def clear(self, text: str) -> None:
        """Show a sentence instead of a document."""
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_preview(self, preview: DocumentPreview) -> None:
        """The document in the view that suits it."""
        if preview.email is not None:
            self._show_email(preview.email)
        elif preview.kind is DocumentKind.PDF and preview.data:
            self._show_pdf(preview.data)
        elif preview.kind is DocumentKind.IMAGE and preview.data:
            self._show_image(preview.data)
        elif preview.text:
            self.text_view.setPlainText(preview.text)
            self.setCurrentWidget(self.text_view)
        elif preview.note and not preview.data:
            self.clear("\u26a0 " + preview.note)
        else:
            self.clear(
                self.tr("No preview for this kind of file. Use Open to see it in its program.")
            )

    def _show_email(self, email: EmailView) -> None:
        view = self.email_view
        view.pictures = dict(email.inline_images)
        view.refused = []
        blocked = ""
        if email.blocked_remote:
            blocked = "<p><i>" + html.escape(
                self.tr(
                    "\u26d4 {n} picture(s) or other content from the internet were not loaded, "
                    "so the sender cannot see that you opened this email."
                ).format(n=email.blocked_remote)
            ) + "</i></p>"  # fmt: skip
        body = email.html or (
            '<div style="white-space: pre-wrap">' + html.escape(unwrap_lines(email.text)) + "</div>"
        )
        view.setHtml(_header_html(email) + blocked + body)
        self.setCurrentWidget(view)

    def _show_pdf(self, data: bytes) -> None:
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer
        if self.pdf_document.status() == QPdfDocument.Status.Error:
            self.clear(
                self.tr(
                    "This PDF cannot be shown here (it may be protected by a password). "
                    "Use Open to see it in its program."
                )
            )
            return
        self.setCurrentWidget(self.pdf_view)

    def _show_image(self, data: bytes) -> None:
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.clear(self.tr("This picture cannot be shown here. Use Open to see it."))
            return
        width = max(200, self.width() - 40)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pixmap)
        self.setCurrentWidget(self.image_scroll)
