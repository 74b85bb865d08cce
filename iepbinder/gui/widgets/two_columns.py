"""Two scrolling columns side by side (Today, live and kept at close, and Progress)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget


def two_columns(
    left: QWidget, right: QWidget, parent: QWidget, shares: tuple[int, int] = (3, 2)
) -> QSplitter:
    """``left`` and ``right`` each scrolling on its own, sharing spare width by ``shares``.

    Neither column can be hidden by dragging the divider.
    """
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(_scrolling(left))
    splitter.addWidget(_scrolling(right))
    splitter.setStretchFactor(0, shares[0])
    splitter.setStretchFactor(1, shares[1])
    splitter.setChildrenCollapsible(False)
    return splitter


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
