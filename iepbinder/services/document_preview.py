"""What the preview pane shows: a PDF, a picture, text, or an email made safe to read."""

from __future__ import annotations

from iepbinder.db.blobs import BlobStore
from iepbinder.db.models import Document
from iepbinder.domain.documents import DocumentKind
from iepbinder.importers.document_file import FileRejected, decode_text, parse_document
from iepbinder.importers.email_records import ParsedEmail
from iepbinder.importers.html_clean import clean_html
from iepbinder.services.document_dto import DocumentPreview, EmailView

TEXT_PREVIEW_CHARS = 200_000


def _email_view(email: ParsedEmail, store: BlobStore, row: Document) -> EmailView:
    pictures: dict[str, bytes] = {}
    for part in row.inline_parts or []:
        try:
            pictures[str(part["cid"])] = store.read(str(part["sha256"]))
        except (FileNotFoundError, KeyError, OSError):
            continue
    cleaned = clean_html(email.html, set(pictures)) if email.html.strip() else None
    return EmailView(
        subject=email.subject,
        sender=email.sender.display if email.sender else "",
        to=", ".join(a.display for a in email.to),
        cc=", ".join(a.display for a in email.cc),
        sent_at=email.sent_at,
        html=cleaned.html if cleaned is not None else "",
        text=email.text,
        blocked_remote=cleaned.blocked_remote if cleaned is not None else 0,
        inline_images=pictures,
        attachment_names=tuple(part.name for part in email.attachments),
        invitation=email.invite.describe() if email.invite is not None else "",
    )


def build_preview(row: Document, store: BlobStore) -> DocumentPreview:
    """Read the original and shape it for showing; a damaged original gives a note, not an error."""
    try:
        data = store.read(row.sha256)
    except (FileNotFoundError, OSError):
        return DocumentPreview(
            row.id, row.kind, row.title, row.file_name, row.content_type, b"",
            note="The original is missing from the binder. Run Help > Check binder, and "
            "restore a backup if it cannot be found.",
        )  # fmt: skip
    preview = DocumentPreview(
        row.id, row.kind, row.title, row.file_name, row.content_type, data, note=row.import_note
    )
    if row.kind in (DocumentKind.EMAIL, DocumentKind.CALENDAR) and row.content_type in (
        "message/rfc822", "application/vnd.ms-outlook",
    ):  # fmt: skip
        try:
            parsed = parse_document(row.file_name, data, with_html=True)
        except FileRejected as exc:
            return DocumentPreview(
                row.id, row.kind, row.title, row.file_name, row.content_type, data, note=str(exc)
            )
        if parsed.email is not None:
            return DocumentPreview(
                row.id, row.kind, row.title, row.file_name, row.content_type, b"",
                email=_email_view(parsed.email, store, row), note=row.import_note,
            )  # fmt: skip
    if row.kind in (DocumentKind.TEXT, DocumentKind.CALENDAR):
        text = decode_text(data[: TEXT_PREVIEW_CHARS * 4])[:TEXT_PREVIEW_CHARS]
        return DocumentPreview(
            row.id, row.kind, row.title, row.file_name, row.content_type, data, text=text,
            note=row.import_note,
        )  # fmt: skip
    return preview
