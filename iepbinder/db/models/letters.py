"""Letters: drafts the parent is writing and letters already used, linked to their log entry."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from iepbinder.db.base import Base, Tracked
from iepbinder.db.models.core import _enum
from iepbinder.domain.letters.model import LetterStatus


class Letter(Tracked, Base):
    """A letter or email from a template, as the parent edited it."""

    __tablename__ = "letter"

    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), index=True)
    template_key: Mapped[str] = mapped_column(String(60))
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    recipient_email: Mapped[str] = mapped_column(String(254), default="")
    recipient_role: Mapped[str] = mapped_column(String(120), default="")
    cc_names: Mapped[str] = mapped_column(String(500), default="")
    cc_emails: Mapped[str] = mapped_column(String(1000), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    response_due: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[LetterStatus] = mapped_column(_enum(LetterStatus), default=LetterStatus.DRAFT)
    sent_on: Mapped[dt.date | None] = mapped_column(default=None)
    sent_via: Mapped[str] = mapped_column(String(40), default="")
    log_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("log_entry.id", ondelete="SET NULL"), default=None, index=True
    )
    concern_id: Mapped[int | None] = mapped_column(
        ForeignKey("concern.id", ondelete="SET NULL"), default=None, index=True
    )
