"""What a letter can become: copied text, a mail program's draft, an .eml file or a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from iepbinder.domain.letters.mailto import mailto_may_be_cut
from iepbinder.domain.letters.model import SentVia

if TYPE_CHECKING:
    from iepbinder.gui.dialogs.letter_dialog import LetterDialog

CLIPBOARD_CLEAR_MS = 120_000  # DOMAIN.md 7.3: clear the clipboard after copying


class LetterOutputs:
    """The output buttons of the letter dialog; each use is logged once (see ``_use``)."""

    def _dialog(self) -> LetterDialog:
        return self  # type: ignore[return-value]

    def copy(self) -> None:
        """Copy the subject and text (cleared from the clipboard after two minutes)."""
        dialog = self._dialog()
        data = dialog.data()
        text = f"{data.subject}\n\n{data.body}"
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text)
        QTimer.singleShot(
            CLIPBOARD_CLEAR_MS, lambda: clipboard.clear() if clipboard.text() == text else None
        )
        dialog._use(SentVia.EMAIL)

    def open_in_mail(self) -> None:
        """Open the mail program with the letter (a mailto: link)."""
        dialog = self._dialog()
        url = dialog.context.services.letters.mailto(dialog.data())
        if mailto_may_be_cut(url):
            dialog.status.setText(
                dialog.tr("This letter is long; if the mail program cuts it, use Copy instead.")
            )
        dialog._use(SentVia.EMAIL, lambda: QDesktopServices.openUrl(QUrl(url)))

    def save_eml(self) -> None:
        """Save an unsent email the mail program opens as a draft."""
        dialog = self._dialog()
        path = dialog._ask_path(
            dialog.tr("Save the email draft"), ".eml", dialog.tr("Email (*.eml)")
        )
        if path is None:
            return
        letters, pages, data = (
            dialog.context.services.letters,
            dialog.context.services.pages,
            dialog.data(),
        )
        dialog.context.runner.write(
            lambda: pages.save(path, letters.eml(data)),
            lambda _none: dialog._use(SentVia.EMAIL),
            dialog._failed,
        )

    def save_pdf(self) -> None:
        """Save the letter as a PDF to print and mail or hand in."""
        dialog = self._dialog()
        path = dialog._ask_path(
            dialog.tr("Save the letter as PDF"), ".pdf", dialog.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        letters, pages, data = (
            dialog.context.services.letters,
            dialog.context.services.pages,
            dialog.data(),
        )
        language = dialog.letter_language()
        dialog.context.runner.write(
            lambda: pages.save(path, letters.pdf(dialog.child_id, data, language=language).content),
            lambda _none: dialog._use(SentVia.PAPER),
            dialog._failed,
        )

    def _ask_path(self, title: str, suffix: str, kinds: str) -> Path | None:
        dialog = self._dialog()
        name = "".join("-" if c in '<>:"/\\|?*' else c for c in dialog.subject.text()) or "letter"
        chosen, _kind = QFileDialog.getSaveFileName(dialog, title, name + suffix, kinds)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)
