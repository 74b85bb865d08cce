"""A label whose mnemonic moves the keyboard focus to the widget it names."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """'&From' beside a date box: Alt+F focuses the box."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label
