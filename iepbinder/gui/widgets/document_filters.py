"""The Documents tab's filter bar: a search box over every word, type, kind and school year."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from iepbinder.domain.documents import CATEGORY_WORDS, KIND_WORDS, DocumentCategory, DocumentKind
from iepbinder.gui.i18n import word
from iepbinder.gui.models.document_model import DocumentFilter
from iepbinder.gui.widgets.inputs import EnumCombo

SEARCH_DELAY_MS = 250


MIN_COMBO_CHARACTERS = 10  # the list opens as wide as its longest choice


class DocumentFilters(QWidget):
    """``filter_changed`` carries a DocumentFilter; ``search_changed`` the words typed."""

    filter_changed = Signal(object)  # DocumentFilter
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search every word of every document (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search documents"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Documents shown"))
        self.category = EnumCombo[DocumentCategory](
            [
                (self.tr("Any type"), None),
                *((word(CATEGORY_WORDS[c]), c) for c in DocumentCategory),
            ],
            self,
        )
        self.category.setAccessibleName(self.tr("Type of document"))
        self.kind = EnumCombo[DocumentKind](
            [
                (self.tr("Any kind of file"), None),
                *((word(KIND_WORDS[k]), k) for k in DocumentKind),
            ],
            self,
        )
        self.kind.setAccessibleName(self.tr("Kind of file"))
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("School year"))
        self.attachments = QCheckBox(self.tr("Show &attachments"), self)
        self.attachments.setChecked(True)
        for combo in (self.category, self.kind, self.year):  # may shrink with large text
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(MIN_COMBO_CHARACTERS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.count)
        layout.addWidget(self.category, 1)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.year, 1)
        layout.addWidget(self.attachments)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.search_now)
        for combo in (self.category, self.kind):
            combo.changed.connect(self._emit)
        self.year.currentIndexChanged.connect(self._emit)
        self.attachments.toggled.connect(self._emit)
        self.set_years([])

    def focus_search(self) -> None:
        """Cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def search_now(self) -> None:
        """Search at once (Enter), without waiting for the typing pause."""
        self._timer.stop()
        self.search_changed.emit(self.search.text())

    def set_years(self, years: Iterable[str]) -> None:
        """The school years found in the file, keeping the one chosen."""
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Any school year"), "")
        for year in sorted(set(years), reverse=True):
            if year:
                self.year.addItem(year, year)
        index = self.year.findData(current) if current else 0
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)

    def current(self) -> DocumentFilter:
        """The filters chosen."""
        return DocumentFilter(
            category=self.category.value(),
            kind=self.kind.value(),
            school_year=str(self.year.currentData() or ""),
            attachments=self.attachments.isChecked(),
        )

    def _emit(self, *_args: object) -> None:
        self.filter_changed.emit(self.current())
