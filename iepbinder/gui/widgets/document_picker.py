"""Choose one of the child's documents in a form: a data point's source, a report's PDF."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from iepbinder.gui.widgets.inputs import EnumCombo
from iepbinder.services.document_dto import DocumentRef


class DocumentPicker(EnumCombo[int]):
    """'No document' or '#12 2026-03-10 IEP of March 2026'; keeps a link it cannot name."""

    def __init__(
        self, documents: Sequence[DocumentRef], current: int | None, parent: QWidget | None = None
    ) -> None:
        choices: list[tuple[str, int | None]] = [(self.tr("No document"), None)]
        choices += [(ref.label, ref.id) for ref in documents]
        if current is not None and all(ref.id != current for ref in documents):
            choices.append((self.tr("A document not in the list (in the trash?)"), current))
        super().__init__(choices, parent)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(EnumCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_value(current)
