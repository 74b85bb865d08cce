"""The history of a log entry, a session or a document: every saved version and what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.commlog_history import FIELD_NAMES, describe_value
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP
from iepbinder.services.commlog_dto import RevisionRow
from iepbinder.services.history import HistoryRow

ACTION_WORDS = {
    "created": QT_TRANSLATE_NOOP("HistoryDialog", "Written down"),
    "edited": QT_TRANSLATE_NOOP("HistoryDialog", "Edited"),
    "follow-up done": QT_TRANSLATE_NOOP("HistoryDialog", "Follow-up done"),
}


def history_text(revisions: list[RevisionRow]) -> str:
    """Each version with its time and, for edits, each field before and after."""
    blocks = []
    for revision in revisions:
        when = revision.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        action = QCoreApplication.translate(
            "HistoryDialog", ACTION_WORDS.get(revision.action, revision.action)
        )
        on = QCoreApplication.translate("HistoryDialog", "{action} on {when}")
        lines = [f"{revision.number}. " + on.format(action=action, when=when)]
        if revision.before is None:
            lines.append(f"   topic: {describe_value(revision.after.get('topic'))}")
        for key, words in FIELD_NAMES.items():
            if revision.before is not None and revision.before.get(key) != revision.after.get(key):
                lines.append(
                    f"   {words}: {describe_value(revision.before.get(key))} \u2192 "
                    f"{describe_value(revision.after.get(key))}"
                )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


RECORD_ACTIONS = {
    "created": QT_TRANSLATE_NOOP("HistoryDialog", "Added"),
    "updated": QT_TRANSLATE_NOOP("HistoryDialog", "Edited"),
    "edited": QT_TRANSLATE_NOOP("HistoryDialog", "Edited"),
    "deleted": QT_TRANSLATE_NOOP("HistoryDialog", "Removed"),
    "moved to trash": QT_TRANSLATE_NOOP("HistoryDialog", "Moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("HistoryDialog", "Restored from the trash"),
}
HIDDEN_FIELDS = {"id", "child_id", "created_at", "updated_at", "version", "deleted_at"}


def record_history_text(rows: list[HistoryRow]) -> str:
    """A session's or a document's steps: when, what happened, each field before and after."""
    blocks = []
    for row in rows:
        when = row.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        action = QCoreApplication.translate(
            "HistoryDialog", RECORD_ACTIONS.get(row.action, row.action)
        )
        on = QCoreApplication.translate("HistoryDialog", "{action} on {when}")
        lines = [f"{row.number}. " + on.format(action=action, when=when)]
        before = row.before if isinstance(row.before, dict) else {}
        after = row.after if isinstance(row.after, dict) else {}
        for key in row.changed_fields:
            if key in HIDDEN_FIELDS:
                continue
            words = key.replace("_", " ")
            lines.append(
                f"   {words}: {describe_value(before.get(key))} \u2192 "
                f"{describe_value(after.get(key))}"
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


class HistoryDialog(QDialog):
    """Read-only: the history is never edited, so a parent can show a record was not changed."""

    def __init__(self, parent: QWidget | None, subject: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {subject}").format(subject=subject))
        intro = QLabel(
            self.tr(
                "Every saved version, oldest first. The history is kept as written and cannot "
                "be changed; Help > Check binder proves that."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(self.tr("History of {subject}").format(subject=subject))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 440)
