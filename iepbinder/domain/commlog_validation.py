"""Field checks for log entries, journal entries, accommodation checks, concerns and letters."""

from __future__ import annotations

from iepbinder.domain.commlog import LogEntryData
from iepbinder.domain.concerns import ConcernData, ConcernStatus
from iepbinder.domain.journal import SCALES, AccommodationCheckData, JournalData, Scale
from iepbinder.domain.language import t
from iepbinder.domain.validation import FieldError


def validate_log_entry(data: LogEntryData) -> list[FieldError]:
    """An entry says what it was about; a follow-up date cannot come before the event."""
    errors: list[FieldError] = []
    if not (data.topic.strip() or data.summary.strip()):
        errors.append(
            FieldError(
                "topic", t("Give a topic or a summary, so the entry says what it was about.")
            )
        )
    if data.follow_up_due is not None and data.follow_up_due < data.event_date:
        errors.append(
            FieldError("follow_up_due", t("The follow-up date is before the date of the contact."))
        )
    for number, commitment in enumerate(data.commitments, start=1):
        if not commitment.what.strip():
            errors.append(
                FieldError(
                    "commitments",
                    t("Commitment {number} does not say what was promised.", number=number),
                )
            )
    if any(not person.name.strip() for person in data.participants):
        errors.append(FieldError("participants", t("Every person needs a name.")))
    return errors


def validate_journal(data: JournalData) -> list[FieldError]:
    """A journal entry has at least one scale or some words, and scale values in range."""
    errors: list[FieldError] = []
    for scale, spec in SCALES.items():
        value = data.value(scale)
        if value is not None and not spec.low <= value <= spec.high:
            errors.append(
                FieldError(
                    scale.value,
                    t(
                        "{scale} goes from {low} to {high}.",
                        scale=t(spec.title),
                        low=spec.low,
                        high=spec.high,
                    ),
                )
            )
    has_scale = any(data.value(scale) is not None for scale in Scale)
    if not has_scale and not (data.child_said.strip() or data.parent_saw.strip()):
        errors.append(
            FieldError(
                "child_said",
                t("Choose a mood, stress or school-refusal level, or write a few words."),
            )
        )
    return errors


def validate_check(data: AccommodationCheckData) -> list[FieldError]:
    """A check names the accommodation."""
    if not data.accommodation_text.strip():
        return [FieldError("accommodation_text", t("Choose the accommodation you checked."))]
    return []


def validate_concern(data: ConcernData) -> list[FieldError]:
    """A concern has a title; dates in order; a resolved concern says when."""
    errors: list[FieldError] = []
    if not data.title.strip():
        errors.append(FieldError("title", t("Give the concern a short title.")))
    if (
        data.problem_date is not None
        and data.knew_date is not None
        and data.knew_date < data.problem_date
    ):
        errors.append(
            FieldError("knew_date", t("The date you knew is before the date of the problem."))
        )
    if data.status is ConcernStatus.RESOLVED and data.resolved_on is None:
        errors.append(FieldError("resolved_on", t("Say when the concern was resolved.")))
    return errors
