"""The File and Help menu commands: binders, printing, PDF and JSON files, trash, check, about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from iepbinder import __version__
from iepbinder.domain.types import PaperSize
from iepbinder.gui.errors import describe_error
from iepbinder.gui.i18n import QT_TRANSLATE_NOOP
from iepbinder.gui.tabs.registry import BinderTab
from iepbinder.services.changes import Changes
from iepbinder.services.pages import RenderedPdf

if TYPE_CHECKING:
    from iepbinder.gui.main_window import MainWindow

PRIVACY_PROMISE = QT_TRANSLATE_NOOP(
    "FileActions",
    "Your binder stays on this computer. IEP Binder opens no network connection and sends "
    "nothing anywhere unless you connect it to a server yourself.",
)


def _safe_file_name(title: str) -> str:
    """A title turned into a file name that every system accepts."""
    cleaned = "".join("-" if char in '<>:"/\\|?*' else char for char in title)
    return cleaned.replace("\u2013", "-").strip() or "page"


class FileActions(QObject):
    """Carries out menu commands for the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preview: QDialog | None = None

    # Binders --------------------------------------------------------------------------
    def new_binder(self) -> None:
        """Choose an empty folder and start a binder there."""
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose an empty folder for the new binder")
        )
        if folder:
            self.window.opener.open_folder(Path(folder), create=True)

    def open_binder(self) -> None:
        """Choose a binder folder and open it."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open a binder folder"))
        if folder:
            self.window.opener.open_folder(Path(folder), create=False)

    def connect_server(self) -> None:
        """Ask for a server binder's address and open it."""
        from iepbinder.gui.dialogs.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.window, self.window.opener.connect_server)
        self.preview = dialog
        dialog.open()

    # Pages ----------------------------------------------------------------------------
    def _printable(self) -> tuple[BinderTab, Callable[[PaperSize], RenderedPdf]] | None:
        tab = self.window.current_tab()
        if self.window.context is None or tab is None:
            return None

        def render(paper: PaperSize) -> RenderedPdf:
            pdf = tab.render_pdf(paper)
            if pdf is None:
                raise ValueError(self.tr("There is nothing on this tab to print yet."))
            return pdf

        return tab, render

    def print_page(self) -> None:
        """Render the tab's page in the background, then show the print preview."""
        context, printable = self.window.context, self._printable()
        if context is None or printable is None:
            return
        from iepbinder.gui.print_preview import PrintPreviewDialog

        tab, render = printable
        self.window.show_message(self.tr("Preparing the page..."))

        def show(pdf: RenderedPdf) -> None:
            dialog = PrintPreviewDialog(self.window, tab.page_title(), pdf, render, context.runner)
            self.preview = dialog
            dialog.open()

        context.runner.read(lambda: render(PaperSize.LETTER), show, self._report_error)

    def export_pdf(self) -> None:
        """Save the tab's page as a PDF file chosen by the user."""
        context, printable = self.window.context, self._printable()
        if context is None or printable is None:
            return
        tab, render = printable
        suggested = _safe_file_name(tab.page_title()) + ".pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export PDF"),
            str(Path.home() / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)

        def work() -> Path:
            context.services.pages.save(target, render(PaperSize.LETTER).content)
            return target

        context.runner.read(
            work,
            lambda saved: self.window.show_message(self.tr("Saved {file}.").format(file=saved)),
            self._report_error,
        )

    # Binder files ---------------------------------------------------------------------
    def export_binder_file(self) -> None:
        """Write the whole binder as one JSON file."""
        context = self.window.context
        if context is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy of the whole binder"),
            str(Path.home() / "binder.json"),
            self.tr("Binder files (*.json)"),
        )
        if not path:
            return
        target = Path(path)

        def work() -> Path:
            context.services.pages.save(target, context.services.binder_file.export_bytes())
            return target

        context.runner.read(
            work,
            lambda saved: self.window.show_message(self.tr("Saved {file}.").format(file=saved)),
            self._report_error,
        )

    def import_binder_file(self) -> None:
        """Fill this empty binder from a JSON binder file."""
        context = self.window.context
        if context is None or context.read_only:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a binder file"),
            str(Path.home()),
            self.tr("Binder files (*.json)"),
        )
        if not path:
            return
        source = Path(path)

        def done(outcome: object) -> None:
            status = getattr(outcome, "status", "")
            message = getattr(outcome, "message", "")
            if status == "imported":
                context.bus.publish(Changes.everything())
                self.window.show_message(self.tr("Imported {file}.").format(file=source.name))
            else:
                QMessageBox.warning(
                    self.window,
                    self.tr("Not imported"),
                    self.tr("{file} was not imported: {reason}").format(
                        file=source.name, reason=message
                    ),
                )

        context.runner.write(
            lambda: context.services.binder_file.import_path(source), done, self._report_error
        )

    # Backups --------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Save a complete backup to a .zip the parent chooses."""
        context = self.window.context
        if context is None:
            return
        stamp = context.today().isoformat()
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up now"),
            str(Path.home() / self.tr("IEP binder backup {stamp}.zip").format(stamp=stamp)),
            self.tr("Backups (*.zip)"),
        )
        if not path:
            return
        target = Path(path)

        def done(info: object) -> None:
            self.window.show_message(self.tr("Backed up to {file}.").format(file=target))
            self.window.show_last_backup()

        runner_call = context.runner.read if context.read_only else context.runner.write
        runner_call(lambda: context.services.backups.back_up_now(target), done, self._report_error)

    def restore_backup(self) -> None:
        """Unpack a backup into a new folder, verify it, and open the restored binder."""
        from iepbinder.services.backups import restore_backup

        archive, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Choose a backup to restore"),
            str(Path.home()),
            self.tr("Backups (*.zip)"),
        )
        if not archive:
            return
        parent = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose where to put the restored binder")
        )
        if not parent:
            return
        target = Path(parent) / self.tr("{name} (restored)").format(name=Path(archive).stem)
        context = self.window.context
        runner = context.runner if context is not None else None

        def done(restored: object) -> None:
            problems = getattr(restored, "problems", ())
            if problems:
                QMessageBox.warning(
                    self.window, self.tr("Restored, with problems"), "\n".join(problems)
                )
            self.window.opener.open_folder(target, create=False)
            self.window.show_message(
                self.tr(
                    "Restored the backup into {folder}; every file matched its checksum."
                ).format(folder=target)
            )

        work = lambda: restore_backup(Path(archive), target)  # noqa: E731 - one-line task
        if runner is None:
            try:
                done(work())
            except Exception as error:  # noqa: BLE001 - worded for the person
                self._report_error(error)
            return
        runner.read(work, done, self._report_error)

    # Trash, check, about --------------------------------------------------------------
    def show_trash(self) -> None:
        """List what is in the trash, with Restore."""
        context = self.window.context
        if context is None:
            return
        from iepbinder.gui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self.window, context)
        self.preview = dialog
        dialog.open()

    def check_binder(self) -> None:
        """Run the integrity check and say what it found."""
        context = self.window.context
        if context is None:
            return

        def done(report: object) -> None:
            problems = list(getattr(report, "problems", ()))
            unused = int(getattr(report, "unused", 0))
            if unused and not context.read_only:
                self._offer_to_remove_unused(unused)
            if problems:
                QMessageBox.warning(
                    self.window,
                    self.tr("Check binder"),
                    self.tr("The check found problems:")
                    + "\n\n"
                    + "\n".join(f"\u2022 {p}" for p in problems),
                )
            else:
                QMessageBox.information(
                    self.window,
                    self.tr("Check binder"),
                    self.tr("\u2713 The binder is sound. Checked: {checks}.").format(
                        checks=", ".join(getattr(report, "checks", ()))
                    ),
                )

        context.runner.read(context.services.checks.check, done, self._report_error)

    def _offer_to_remove_unused(self, count: int) -> None:
        """Stray originals (from a stopped import) go only when the person agrees."""
        context = self.window.context
        if context is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Check binder"),
            self.tr(
                "{n} stored file(s) are not used by any document (an import was stopped "
                "half-way). They harm nothing. Delete them to free the space?"
            ).format(n=count),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context.runner.write(
            context.services.checks.remove_unused_originals,
            lambda removed: self.window.show_message(
                self.tr("Removed {n} unused stored file(s).").format(n=removed)
            ),
            self._report_error,
        )

    def about(self) -> None:
        """Version, licence and the privacy promise."""
        QMessageBox.about(self.window, self.tr("About IEP Binder"), self.about_text())

    def about_text(self) -> str:
        """What Help > About says."""
        return self.tr(
            "<h3>IEP Binder {version}</h3><p>A parent's digital IEP binder.</p>"
            "<p>{privacy}</p><p>Free software under the GNU General Public License, "
            "version 3 or later (GPL-3.0-or-later): you may use, share and change it.</p>"
            "<p>This program keeps records; it does not give legal "
            "advice. Deadlines it shows are possible deadlines to verify.</p>"
        ).format(version=__version__, privacy=self.tr(str(PRIVACY_PROMISE)))

    def preferences(self) -> None:
        """Edit > Preferences: language, light or dark, text size."""
        from iepbinder.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window)
        self.preview = dialog
        dialog.open()

    def user_guide(self) -> None:
        """Help > User guide, shown inside the program (no other program needed)."""
        from iepbinder.gui.dialogs.guide_dialog import GuideDialog

        dialog = GuideDialog(self.window)
        self.preview = dialog
        dialog.show()

    def _report_error(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("IEP Binder"), describe_error(error))
