"""What an import shows: the drop overlay, a progress bar with Cancel, and the summary with Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)


class DropOverlay(QWidget):
    """Covers the window while something is dragged over it and says what a drop will do."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setAccessibleName(self.tr("What a drop will do"))
        self.hide()

    def show_text(self, text: str) -> None:
        """Cover the whole window with the sentence in the middle."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.label.setText("\u2913  " + text)
        self.label.setGeometry(self.rect().adjusted(40, 40, -40, -40))
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        colour = QColor(self.palette().color(QPalette.ColorRole.Window))
        colour.setAlpha(225)
        painter.fillRect(self.rect(), colour)
        pen = painter.pen()
        pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(4)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(12, 12, -12, -12), 12, 12)
        painter.end()


class ImportProgress(QWidget):
    """'Importing 3 of 20: report.pdf' with a bar and Cancel, for the status bar."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, total: int) -> None:
        """Show the bar for ``total`` files."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.label.setText(self.tr("Importing {n} file(s)\u2026").format(n=total))
        self.show()

    def step(self, done: int, total: int, name: str) -> None:
        """Move the bar; name the file being read."""
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        if name:
            self.label.setText(
                self.tr("Importing {done} of {total}: {name}").format(
                    done=done + 1, total=total, name=name[:40]
                )
            )

    def cancelling(self) -> None:
        """Cancel was pressed: finish the file in hand, then stop."""
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the file in hand\u2026"))


class ImportSummaryBar(QFrame):
    """'Added 3 emails to Maya's binder.' with Details, Undo and a close button."""

    undo_requested = Signal()
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(self.tr("&Details..."), self)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.setAccessibleName(self.tr("Close the import summary"))
        self.close_button.setToolTip(self.tr("Close"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.details_button.clicked.connect(self.details_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_summary(self, text: str, can_undo: bool) -> None:
        """Show the sentence; Undo only when something was added."""
        self.label.setText(text)
        self.undo_button.setVisible(can_undo)
        self.undo_button.setEnabled(can_undo)
        self.show()
