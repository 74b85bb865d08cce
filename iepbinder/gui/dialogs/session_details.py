"""A session's details: how it is known (evidence, a linked document), how it was given, testing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iepbinder.domain.service_log import EvidenceSource, SessionData
from iepbinder.domain.types import GroupSize, Setting
from iepbinder.gui.widgets.document_picker import DocumentPicker
from iepbinder.gui.widgets.inputs import EnumCombo
from iepbinder.services.document_dto import DocumentRef


@dataclass(frozen=True)
class SessionDetails:
    """The parts of a session the day grid does not show (DOMAIN.md 2.5)."""

    evidence_source: EvidenceSource = EvidenceSource.PARENT_OBSERVATION
    evidence_note: str = ""
    evidence_document_id: int | None = None
    provider: str = ""
    actual_setting: Setting | None = None
    actual_group: GroupSize | None = None
    testing: bool = False

    @classmethod
    def of(cls, data: SessionData) -> SessionDetails:
        """The details of a logged session."""
        return cls(
            data.evidence_source,
            data.evidence_note,
            data.evidence_document_id,
            data.provider,
            data.actual_setting,
            data.actual_group,
            data.testing,
        )

    def applied_to(self, data: SessionData) -> SessionData:
        """The session with these details."""
        return replace(data, **self.__dict__)

    def is_set(self) -> bool:
        """True when anything differs from a fresh entry."""
        return self != SessionDetails()


class SessionDetailsDialog(QDialog):
    """Evidence source and note, a linked document, provider, setting, group, testing."""

    def __init__(
        self,
        parent: QWidget | None,
        service: str,
        details: SessionDetails,
        documents: Sequence[DocumentRef],
        on_history: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session details: {service}").format(service=service))
        self.setModal(True)
        self.evidence_source: EnumCombo[EvidenceSource] = EnumCombo(
            [
                (self.tr("I saw or heard it myself"), EvidenceSource.PARENT_OBSERVATION),
                (self.tr("My child told me"), EvidenceSource.CHILD_REPORT),
                (self.tr("A message from the provider"), EvidenceSource.PROVIDER_MSG),
                (self.tr("The school's service log"), EvidenceSource.SCHOOL_LOG),
                (self.tr("Something else"), EvidenceSource.OTHER),
            ]
        )
        self.evidence_note = QLineEdit()
        self.evidence_note.setPlaceholderText(self.tr("e.g. Sam said speech was cancelled again"))
        self.document = DocumentPicker(documents, details.evidence_document_id)
        self.provider = QLineEdit()
        self.setting: EnumCombo[Setting] = EnumCombo(
            [
                (self.tr("Not noted"), None),
                (self.tr("In the classroom (push-in)"), Setting.GEN_ED_PUSH_IN),
                (self.tr("In a separate room (pull-out)"), Setting.SEPARATE_PULL_OUT),
                (self.tr("Somewhere else"), Setting.OTHER),
            ]
        )
        self.group: EnumCombo[GroupSize] = EnumCombo(
            [
                (self.tr("Not noted"), None),
                (self.tr("One to one (individual)"), GroupSize.INDIVIDUAL),
                (self.tr("In a group"), GroupSize.GROUP),
            ]
        )
        self.testing = QCheckBox(
            self.tr("This time was &testing or an evaluation, not the service itself")
        )
        self.testing.setToolTip(
            self.tr(
                "Testing time is not service time. The ledger flags it as a mismatch "
                "(DOMAIN.md 2.5); in strict mode it counts as missed by the school."
            )
        )
        form = QFormLayout()
        for label, widget in (
            (self.tr("How do you &know?"), self.evidence_source),
            (self.tr("What &shows it"), self.evidence_note),
            (self.tr("Linked &document"), self.document),
            (self.tr("&Provider"), self.provider),
            (self.tr("Where it &happened"), self.setting),
            (self.tr("&Group or one to one"), self.group),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow("", self.testing)
        hint = QLabel(
            self.tr(
                "A note written at the time, the child's own words or a document make the log "
                "stronger. A session in another setting or group than the IEP says is flagged."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.history_button: QPushButton | None = None
        if on_history is not None:  # a session already saved has a history to show
            self.history_button = buttons.addButton(
                self.tr("&History..."), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.history_button.setToolTip(self.tr("When it was logged and every change since"))
            self.history_button.clicked.connect(on_history)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.evidence_source.set_value(details.evidence_source)
        self.evidence_note.setText(details.evidence_note)
        self.provider.setText(details.provider)
        self.setting.set_value(details.actual_setting)
        self.group.set_value(details.actual_group)
        self.testing.setChecked(details.testing)
        self.resize(560, 340)
        self.evidence_source.setFocus()

    def details(self) -> SessionDetails:
        """What the form says."""
        return SessionDetails(
            self.evidence_source.value() or EvidenceSource.PARENT_OBSERVATION,
            self.evidence_note.text().strip(),
            self.document.value(),
            self.provider.text().strip(),
            self.setting.value(),
            self.group.value(),
            self.testing.isChecked(),
        )
