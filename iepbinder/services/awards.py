"""Compensatory awards (DOMAIN.md 3.3): record what was agreed, track delivery with the log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from iepbinder.db.models import Child, CompensatoryAward
from iepbinder.domain.awards import AwardData, remaining_minutes, specificity_prompts
from iepbinder.domain.language import t
from iepbinder.domain.service_log import SessionData, SessionStatus
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Area, Changes
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ValidationError
from iepbinder.services.rows import check_version, live, not_deleted
from iepbinder.services.session_dto import AwardRow, SessionRow
from iepbinder.services.session_log import SessionService

_DELIVERED = text(  # minutes delivered toward each award (plain: little to compile)
    "SELECT award_id, sum(minutes_delivered) FROM service_session "
    "WHERE award_id IS NOT NULL AND deleted_at IS NULL GROUP BY award_id"
)

AWARD_CHANGES = Changes.of(Area.AWARDS)
_FIELDS = (
    "service_type", "source", "decided_on", "minutes", "provider", "setting",
    "qualitative_description", "deadline", "status", "notes",
)  # fmt: skip


def _validate(data: AwardData) -> None:
    errors = []
    if not data.service_type.strip():
        errors.append(FieldError("service_type", t("Name the service the award is for.")))
    if data.minutes < 0:
        errors.append(FieldError("minutes", t("Minutes cannot be negative.")))
    if errors:
        raise ValidationError(errors)


def _row(row: CompensatoryAward, delivered: float) -> AwardRow:
    data = AwardData(**{name: getattr(row, name) for name in _FIELDS})
    return AwardRow(
        row.id, row.version, row.child_id, data, delivered,
        remaining_minutes(data, delivered), tuple(specificity_prompts(data)),
    )  # fmt: skip


class AwardService:
    """A child's compensatory awards and the sessions delivered against them."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def list_awards(self, child_id: int) -> list[AwardRow]:
        """Awards, oldest decision first, each with the minutes delivered so far."""
        with self._context.session_factory() as session:
            # the tables' plain columns: no ORM set-up for the ledger's first report
            awards = CompensatoryAward.__table__.c
            delivered: dict[int, Any] = dict(session.execute(_DELIVERED).all())
            rows: list[Any] = list(
                session.execute(
                    select(CompensatoryAward.__table__)
                    .where(awards.child_id == child_id, not_deleted(awards))
                    .order_by(awards.decided_on, awards.id)
                )
            )
            return [_row(row, float(delivered.get(row.id) or 0)) for row in rows]

    def add_award(self, child_id: int, data: AwardData) -> Saved[AwardRow]:
        """Record an award as agreed or ordered."""
        _validate(data)
        with self._context.session_factory.begin() as session:
            live(session, Child, child_id, "child")
            row = CompensatoryAward(child_id=child_id, **vars(data))
            session.add(row)
            session.flush()
            saved = _row(row, 0.0)
        return Saved(saved, AWARD_CHANGES)

    def update_award(self, award_id: int, version: int | None, data: AwardData) -> Saved[AwardRow]:
        """Correct an award or change its status."""
        _validate(data)
        with self._context.session_factory.begin() as session:
            row = live(session, CompensatoryAward, award_id, "compensatory award")
            check_version(row, version, "compensatory award")
            for name, value in vars(data).items():
                setattr(row, name, value)
            session.flush()
            saved = _row(row, 0.0)
        return Saved(saved, AWARD_CHANGES)

    def log_delivery(self, award_id: int, data: SessionData) -> Saved[SessionRow]:
        """Log a session delivered under an award, in the same session log as everything else."""
        with self._context.session_factory() as session:
            award = live(session, CompensatoryAward, award_id, "compensatory award")
            child_id, service_type = award.child_id, award.service_type
        if data.status is not SessionStatus.MAKEUP:
            raise ValidationError(
                [FieldError("status", t("Sessions under an award are logged as make-up sessions."))]
            )
        saved = SessionService(self._context).log_session(
            child_id, service_type, data, award_id=award_id
        )
        return Saved(saved.row, saved.changes | AWARD_CHANGES)
