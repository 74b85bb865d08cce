"""Today's two scrolling columns side by side (the live tab and the one kept at close)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget


def two_columns(left: QWidget, right: QWidget, parent: QWidget) -> QSplitter:
    """``left`` and ``right`` each scrolling on its own, the left wider (3 to 2), none hidden."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(_scrolling(left))
    splitter.addWidget(_scrolling(right))
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    return splitter


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
