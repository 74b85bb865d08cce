"""The Documents tab's tables: drag a document out as a file; bold search words in snippets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QRect, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QDrag,
    QKeyEvent,
    QPainter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from iepbinder.gui.models.document_model import HtmlRole

AnyIndex = QModelIndex | QPersistentModelIndex


class MarkedTextDelegate(QStyledItemDelegate):
    """Paints a cell's HtmlRole (search words in bold); plain text stays the accessible text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        marked = index.data(HtmlRole)
        if not marked:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        no_wrap = document.defaultTextOption()
        no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(no_wrap)
        document.setHtml(str(marked))
        document.setTextWidth(option.rect.width())
        painter.save()
        rect: QRect = option.rect
        painter.translate(rect.left(), rect.top() + 2)
        painter.setClipRect(0, 0, rect.width(), rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (
            option.palette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else option.palette.ColorRole.Text
        )
        context.palette.setColor(option.palette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()


class DocumentTable(QTableView):
    """A fast table of documents; Enter opens the details, Delete trashes, dragging exports."""

    enter_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        # Given by the tab: the selected document as a file (a copy) to drag out.
        self.file_for_drag: Callable[[], Path | None] = lambda: None

    def size_columns(self, samples: tuple[tuple[int, str], ...], stretch: int) -> None:
        """Widths from the font and typical values; column ``stretch`` takes the rest."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        for column, sample in samples:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def drag_data(self) -> QMimeData | None:
        """The selected document as a file URL (a copy, never the original), or None."""
        path = self.file_for_drag()
        if path is None:
            return None
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        return mime

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        mime = self.drag_data()
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)
