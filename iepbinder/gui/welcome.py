"""The pages shown before there is anything to show: no binder open, or a binder with no child."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


def _page(parent: QWidget, title: str, text: str) -> tuple[QVBoxLayout, QLabel]:
    layout = QVBoxLayout(parent)
    layout.addStretch(1)
    heading = QLabel(title, parent)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    heading.setFont(font)
    heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    body = QLabel(text, parent)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    body.setMaximumWidth(620)
    layout.addWidget(heading)
    layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
    return layout, body


def _button(parent: QWidget, layout: QVBoxLayout, text: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumWidth(280)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    return button


class WelcomePage(QWidget):
    """No binder is open: start one, open one, or look at the demo."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, self.message = _page(
            self,
            self.tr("Welcome to IEP Binder"),
            self.tr(
                "Your child's IEP, the services it promises, and every email and meeting, kept "
                "in one binder on this computer. Nothing leaves it."
            ),
        )
        self.new_button = _button(self, layout, self.tr("&Start my binder"))
        self.open_button = _button(self, layout, self.tr("&Open a binder folder..."))
        self.demo_button = _button(self, layout, self.tr("Open the &demo binder to look around"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setMaximumWidth(620)
        self.problem.hide()
        layout.addWidget(self.problem, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

    def show_problem(self, text: str) -> None:
        """Explain why a binder could not be opened (empty text hides it)."""
        self.problem.setText(f"\u26a0 {text}" if text else "")
        self.problem.setVisible(bool(text))


class NoChildPage(QWidget):
    """A binder with no child yet: the guided start."""

    add_child_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, _body = _page(
            self,
            self.tr("Let's start with your child"),
            self.tr(
                "Have the IEP at hand. You will add your child, then the IEP's dates, its "
                "services exactly as written, the accommodations, the goals, and the team. "
                "Everything is saved as you go."
            ),
        )
        self.add_button = _button(self, layout, self.tr("&Add your child..."))
        self.demo_button = _button(self, layout, self.tr("Open the &demo binder to look around"))
        layout.addStretch(2)
        self.add_button.clicked.connect(self.add_child_requested)
        self.demo_button.clicked.connect(self.demo_requested)
