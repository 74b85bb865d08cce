"""The label that keeps its height per width and the splitter that keeps its shares: same answers
as Qt's own widgets, measured again after a change, and the user's divider respected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from iepbinder.gui.widgets.kept_label import KeptLabel
from iepbinder.gui.widgets.share_splitter import ShareSplitter

RICH = '<p style="margin: 0 0 6px 0">\u25d4 <b>Watch</b>: two sessions in a row were missed.</p>'
PLAIN = "Compensatory services (make-up time the school owes)"
WIDTHS = (90, 160, 240, 400, 160, 90)  # asked again in the other order, as layouts do


def _pair(qtbot: QtBot, text: str) -> tuple[KeptLabel, QLabel]:
    kept, plain = KeptLabel(text), QLabel(text)
    plain.setWordWrap(True)
    for label in (kept, plain):
        qtbot.addWidget(label)
    return kept, plain


def test_kept_heights_are_qlabels_own_for_plain_and_rich_text(qtbot: QtBot) -> None:
    for text in (PLAIN, RICH):
        kept, plain = _pair(qtbot, text)
        assert kept.wordWrap()
        assert [kept.heightForWidth(w) for w in WIDTHS] == [plain.heightForWidth(w) for w in WIDTHS]
        assert kept.heightForWidth(90) > kept.heightForWidth(400)  # it wraps


def test_new_text_or_font_is_measured_again(qtbot: QtBot) -> None:
    kept, plain = _pair(qtbot, "short")
    assert kept.heightForWidth(90) == plain.heightForWidth(90)
    kept.setText(PLAIN + " " + PLAIN)
    plain.setText(PLAIN + " " + PLAIN)
    assert kept.heightForWidth(90) == plain.heightForWidth(90)
    big = QFont(kept.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    kept.setFont(big)
    plain.setFont(big)
    assert kept.heightForWidth(90) == plain.heightForWidth(90)
    assert kept.heightForWidth(160) == plain.heightForWidth(160)


def test_splitter_keeps_its_shares_until_the_divider_is_moved(qtbot: QtBot) -> None:
    splitter = ShareSplitter((0.62, 0.38))
    qtbot.addWidget(splitter)
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    splitter.resize(1004, 300)  # 1000 for the sides, 4 or so for the handle
    splitter.show()
    qtbot.waitExposed(splitter)
    left, right = splitter.sizes()
    assert abs(left / (left + right) - 0.62) < 0.01
    splitter.resize(1504, 300)
    left, right = splitter.sizes()
    assert abs(left / (left + right) - 0.62) < 0.01
    splitter.moveSplitter(300, 1)  # the user drags the divider
    assert splitter.divider_moved
    splitter.resize(1204, 300)
    left, right = splitter.sizes()
    assert abs(left / (left + right) - 0.2) < 0.01  # the user's 300 of 1500 stays a fifth


def test_labels_alike_share_qlabels_answers_and_others_do_not(qtbot: QtBot) -> None:
    first, plain = _pair(qtbot, RICH)
    second = KeptLabel(RICH)
    qtbot.addWidget(second)
    assert first.sizeHint() == plain.sizeHint() == second.sizeHint()
    assert first.minimumSizeHint() == plain.minimumSizeHint() == second.minimumSizeHint()
    assert second.heightForWidth(160) == plain.heightForWidth(160)
    big = QFont(second.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    second.setFont(big)
    plain.setFont(big)
    assert second.sizeHint() == plain.sizeHint() != first.sizeHint()
    assert second.heightForWidth(160) == plain.heightForWidth(160) > first.heightForWidth(160)
    hint = first.sizeHint()
    hint.setWidth(1)  # a caller changing its copy changes nothing kept
    assert first.sizeHint() == QLabel.sizeHint(first)


LONG = (
    "These are signals to discuss with the team, not verdicts. A common 4-point rule often "
    "flags a child as not responding; decisions are more accurate with trend or median rules."
)


def _same_heights(ours: KeptLabel, plain: QLabel) -> None:
    assert ours.wordWrap()
    assert [ours.heightForWidth(w) for w in WIDTHS] == [plain.heightForWidth(w) for w in WIDTHS]


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
