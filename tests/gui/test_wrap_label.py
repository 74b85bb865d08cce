"""A wrapped label keeps its height per width, and gives a plain QLabel's height after changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from iepbinder.gui.widgets.wrap_label import WrapLabel

LONG = (
    "These are signals to discuss with the team, not verdicts. A common 4-point rule often "
    "flags a child as not responding; decisions are more accurate with trend or median rules."
)
WIDTHS = (80, 140, 260, 600, 140)


def _pair(qtbot: QtBot, text: str) -> tuple[WrapLabel, QLabel]:
    ours, plain = WrapLabel(), QLabel()
    plain.setWordWrap(True)
    for label in (ours, plain):
        qtbot.addWidget(label)
        label.setText(text)
    return ours, plain


def _same_heights(ours: WrapLabel, plain: QLabel) -> None:
    assert ours.wordWrap()
    assert [ours.heightForWidth(w) for w in WIDTHS] == [plain.heightForWidth(w) for w in WIDTHS]


def test_heights_are_a_plain_labels(qtbot: QtBot) -> None:
    ours, plain = _pair(qtbot, LONG)
    _same_heights(ours, plain)
    assert ours.heightForWidth(80) > ours.heightForWidth(600)


def test_new_text_format_margin_indent_and_font_are_measured_again(qtbot: QtBot) -> None:
    ours, plain = _pair(qtbot, LONG)
    _same_heights(ours, plain)
    for label in (ours, plain):
        label.setText(LONG + " " + LONG)
    _same_heights(ours, plain)
    for label in (ours, plain):
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f"<b>{LONG}</b><br>{LONG}")
    _same_heights(ours, plain)
    for label in (ours, plain):
        label.setMargin(9)
        label.setIndent(20)
    _same_heights(ours, plain)
    font = QFont(ours.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    for label in (ours, plain):
        label.setFont(font)
    _same_heights(ours, plain)
    for label in (ours, plain):
        label.setWordWrap(False)
    assert ours.heightForWidth(80) == plain.heightForWidth(80)
