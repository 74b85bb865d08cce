"""The master file as plain data: document categories, metadata and words (DOMAIN.md 5.2, 5.3)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import StrEnum
from iepbinder.domain.validation import FieldError

_SCHOOL_YEAR = re.compile(r"^\d{4}-\d{4}$")


class DocumentCategory(StrEnum):
    """What a document is, in the categories advocates file by (DOMAIN.md 5.2)."""

    IEP_CURRENT = "IEP_CURRENT"
    IEP_PRIOR = "IEP_PRIOR"
    IEP_AMENDMENT = "IEP_AMENDMENT"
    IFSP = "IFSP"
    PLAN_504 = "PLAN_504"
    EVAL_SCHOOL = "EVAL_SCHOOL"
    EVAL_INDEPENDENT = "EVAL_INDEPENDENT"
    MEDICAL_DIAGNOSIS = "MEDICAL_DIAGNOSIS"
    PWN = "PWN"
    CONSENT_FORM = "CONSENT_FORM"
    MEETING_NOTICE = "MEETING_NOTICE"
    MEETING_NOTES_MINUTES = "MEETING_NOTES_MINUTES"
    PROGRESS_REPORT = "PROGRESS_REPORT"
    REPORT_CARD = "REPORT_CARD"
    STATE_TEST = "STATE_TEST"
    SERVICE_LOG = "SERVICE_LOG"
    DATA_SHEET_GRAPH = "DATA_SHEET_GRAPH"
    WORK_SAMPLE = "WORK_SAMPLE"
    CORRESPONDENCE_EMAIL = "CORRESPONDENCE_EMAIL"
    CORRESPONDENCE_LETTER = "CORRESPONDENCE_LETTER"
    DISCIPLINE = "DISCIPLINE"
    ATTENDANCE = "ATTENDANCE"
    POLICY_DOC = "POLICY_DOC"
    PROCEDURAL_SAFEGUARDS = "PROCEDURAL_SAFEGUARDS"
    COMPLAINT_OR_HEARING = "COMPLAINT_OR_HEARING"
    SETTLEMENT_AWARD = "SETTLEMENT_AWARD"
    PARENT_JOURNAL = "PARENT_JOURNAL"
    OTHER = "OTHER"


CATEGORY_WORDS: dict[DocumentCategory, str] = {
    DocumentCategory.IEP_CURRENT: N_("IEP (current)"),
    DocumentCategory.IEP_PRIOR: N_("IEP (earlier)"),
    DocumentCategory.IEP_AMENDMENT: N_("IEP amendment"),
    DocumentCategory.IFSP: N_("Early intervention plan (IFSP)"),
    DocumentCategory.PLAN_504: N_("504 plan"),
    DocumentCategory.EVAL_SCHOOL: N_("School evaluation"),
    DocumentCategory.EVAL_INDEPENDENT: N_("Independent evaluation (IEE)"),
    DocumentCategory.MEDICAL_DIAGNOSIS: N_("Medical record or diagnosis"),
    DocumentCategory.PWN: N_("Prior written notice (PWN)"),
    DocumentCategory.CONSENT_FORM: N_("Consent form"),
    DocumentCategory.MEETING_NOTICE: N_("Meeting notice or invitation"),
    DocumentCategory.MEETING_NOTES_MINUTES: N_("Meeting notes"),
    DocumentCategory.PROGRESS_REPORT: N_("Progress report"),
    DocumentCategory.REPORT_CARD: N_("Report card"),
    DocumentCategory.STATE_TEST: N_("State test results"),
    DocumentCategory.SERVICE_LOG: N_("Service log"),
    DocumentCategory.DATA_SHEET_GRAPH: N_("Data sheet or graph"),
    DocumentCategory.WORK_SAMPLE: N_("Work sample"),
    DocumentCategory.CORRESPONDENCE_EMAIL: N_("Email"),
    DocumentCategory.CORRESPONDENCE_LETTER: N_("Letter"),
    DocumentCategory.DISCIPLINE: N_("Discipline record"),
    DocumentCategory.ATTENDANCE: N_("Attendance record"),
    DocumentCategory.POLICY_DOC: N_("Policy or guidance"),
    DocumentCategory.PROCEDURAL_SAFEGUARDS: N_("Procedural safeguards (parent rights)"),
    DocumentCategory.COMPLAINT_OR_HEARING: N_("Complaint or hearing"),
    DocumentCategory.SETTLEMENT_AWARD: N_("Settlement or award"),
    DocumentCategory.PARENT_JOURNAL: N_("Parent journal"),
    DocumentCategory.OTHER: N_("Other"),
}


class ReceivedVia(StrEnum):
    """How the document reached the parent (DOMAIN.md 5.3)."""

    EMAIL = "email"
    MAIL = "mail"
    BACKPACK = "backpack"
    PORTAL = "portal"
    HAND = "hand"
    FAX = "fax"


RECEIVED_VIA_WORDS: dict[ReceivedVia, str] = {
    ReceivedVia.EMAIL: "Email",
    ReceivedVia.MAIL: "Mail",
    ReceivedVia.BACKPACK: "Backpack",
    ReceivedVia.PORTAL: "School portal",
    ReceivedVia.HAND: "By hand",
    ReceivedVia.FAX: "Fax",
}


class Sensitivity(StrEnum):
    """How private the document is; medical, psychological and discipline records need care."""

    NORMAL = "normal"
    MEDICAL = "medical"
    PSYCH = "psych"
    DISCIPLINE = "discipline"


SENSITIVITY_WORDS: dict[Sensitivity, str] = {
    Sensitivity.NORMAL: "Normal",
    Sensitivity.MEDICAL: "Medical",
    Sensitivity.PSYCH: "Psychological",
    Sensitivity.DISCIPLINE: "Discipline",
}


class DocumentKind(StrEnum):
    """What kind of file the original is, which decides how it is previewed."""

    EMAIL = "email"
    PDF = "pdf"
    IMAGE = "image"
    TEXT = "text"
    CALENDAR = "calendar"
    OTHER = "other"


KIND_WORDS: dict[DocumentKind, str] = {
    DocumentKind.EMAIL: N_("Email"),
    DocumentKind.PDF: N_("PDF"),
    DocumentKind.IMAGE: N_("Picture"),
    DocumentKind.TEXT: N_("Text"),
    DocumentKind.CALENDAR: N_("Calendar item"),
    DocumentKind.OTHER: N_("File"),
}


@dataclass(frozen=True)
class DocumentData:
    """What the parent may edit about a document (DOMAIN.md 5.3); the original never changes."""

    title: str
    category: DocumentCategory = DocumentCategory.OTHER
    date_on_document: dt.date | None = None
    date_received: dt.date | None = None
    received_via: ReceivedVia | None = None
    author: str = ""
    author_role: str = ""
    recipient: str = ""
    summary: str = ""
    tags: tuple[str, ...] = ()
    school_year: str = ""
    sensitivity: Sensitivity = Sensitivity.NORMAL
    is_original_scan: bool = False
    original_location: str = ""
    iep_id: int | None = None
    goal_id: int | None = None
    service_id: int | None = None

    @property
    def filing_date(self) -> dt.date | None:
        """The date the master file orders by: the document's own date, else when it came."""
        return self.date_on_document or self.date_received


def validate_document(data: DocumentData) -> list[FieldError]:
    """A document has a title; it cannot arrive before it was written; tags are short words."""
    errors: list[FieldError] = []
    if not data.title.strip():
        errors.append(
            FieldError("title", t("Give the document a title, e.g. 'IEP of March 2026'."))
        )
    elif len(data.title) > 300:
        errors.append(FieldError("title", t("Keep the title under 300 characters.")))
    if (
        data.date_on_document is not None
        and data.date_received is not None
        and data.date_received < data.date_on_document
    ):
        errors.append(
            FieldError("date_received", t("The date received is before the date on the document."))
        )
    if any(len(tag) > 40 for tag in data.tags):
        errors.append(FieldError("tags", t("Keep each tag under 40 characters.")))
    if data.school_year and not _SCHOOL_YEAR.match(data.school_year):
        errors.append(FieldError("school_year", t("Write the school year like 2026-2027.")))
    for name, limit in (("author", 200), ("author_role", 120), ("recipient", 300)):
        if len(getattr(data, name)) > limit:
            errors.append(FieldError(name, t("Keep this under {limit} characters.", limit=limit)))
    return errors


def parse_tags(text: str) -> tuple[str, ...]:
    """'speech, reading;  data ' -> ('speech', 'reading', 'data'), duplicates dropped."""
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def format_tags(tags: tuple[str, ...]) -> str:
    """Tags as the parent types them: 'speech, reading'."""
    return ", ".join(tags)
