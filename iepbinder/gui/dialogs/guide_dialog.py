"""Help > User guide: the guide's Markdown shown in the program, with its screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QResizeEvent, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from iepbinder.config.paths import resource_path


def guide_path() -> Path:
    """The shipped copy of docs/USER_GUIDE.md (beside its screenshots)."""
    return resource_path("guide", "USER_GUIDE.md")


class GuideDialog(QDialog):
    """A reading window for the user guide; links to other sites open in the web browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("IEP Binder user guide"))
        self.resize(900, 700)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr(
                "The user guide is missing from this copy of IEP Binder; reinstalling brings it "
                "back. It is also in the docs folder of the source code."
            )
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def image_names(self) -> list[str]:
        """The pictures the guide shows, in order."""
        return [name for name, _cursor in self._images()]

    def _images(self) -> list[tuple[str, QTextCursor]]:
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    found.append((fmt.toImageFormat().name(), cursor))
                iterator += 1
            block = block.next()
        return found

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Screenshots shrink to the window's width so the text never scrolls sideways."""
        super().resizeEvent(event)
        # The dialog's own width: the browser's viewport is not laid out yet on the first resize.
        width = min(max(self.width() - 72, 200), 1280)
        for name, cursor in self._images():
            image = QTextImageFormat()
            image.setName(name)
            image.setWidth(width)
            cursor.setCharFormat(image)
