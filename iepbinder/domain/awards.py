"""Compensatory awards: what was agreed or ordered, and how much of it was delivered (3.3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import StrEnum


class AwardSource(StrEnum):
    """Who decided the award."""

    IEP_TEAM = "IEP_TEAM"
    SETTLEMENT = "SETTLEMENT"
    STATE_COMPLAINT = "STATE_COMPLAINT"
    HEARING = "HEARING"
    COURT = "COURT"


class AwardStatus(StrEnum):
    """Where the award stands."""

    PROPOSED = "PROPOSED"
    AGREED = "AGREED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"


AWARD_SOURCE_LABELS = {
    AwardSource.IEP_TEAM: N_("IEP team"),
    AwardSource.SETTLEMENT: N_("Settlement"),
    AwardSource.STATE_COMPLAINT: N_("State complaint decision"),
    AwardSource.HEARING: N_("Due process hearing"),
    AwardSource.COURT: N_("Court"),
}


@dataclass(frozen=True)
class AwardData:
    """A compensatory award as the parent records it (DOMAIN.md 3.3)."""

    service_type: str
    source: AwardSource = AwardSource.IEP_TEAM
    decided_on: dt.date | None = None
    minutes: int = 0
    provider: str = ""
    setting: str = ""
    qualitative_description: str = ""
    deadline: dt.date | None = None
    status: AwardStatus = AwardStatus.AGREED
    notes: str = ""


def specificity_prompts(award: AwardData) -> list[str]:
    """What the award leaves vague, each as a question to settle in writing.

    A Wisconsin decision faulted awards 'not determined with specificity' (DOMAIN.md 3.3).
    """
    prompts: list[str] = []
    if award.minutes <= 0 and not award.qualitative_description.strip():
        prompts.append(t("How many minutes or hours, of what service?"))
    if not award.provider.strip():
        prompts.append(t("Who provides it (school staff or an outside provider)?"))
    if award.deadline is None:
        prompts.append(t("By when must it be delivered?"))
    if not award.setting.strip():
        prompts.append(t("Where and when (during school, after school, summer)?"))
    return prompts


def remaining_minutes(award: AwardData, delivered: float) -> float:
    """Minutes still to deliver (never below 0)."""
    return max(0.0, award.minutes - delivered)


def award_summary(award: AwardData, delivered: float) -> str:
    """One sentence: minutes agreed, by whom, delivered, still to go, and what is vague."""
    decided = t(" on {date}", date=award.decided_on.isoformat()) if award.decided_on else ""
    due = (
        t("; to be delivered by {date}", date=award.deadline.isoformat()) if award.deadline else ""
    )
    remaining = remaining_minutes(award, delivered)
    text = t(
        "{service}: {minutes} min agreed ({source}{decided}); {delivered} delivered, "
        "{remaining} to go{due}.",
        service=award.service_type,
        minutes=award.minutes,
        source=t(AWARD_SOURCE_LABELS[award.source]),
        decided=decided,
        delivered=f"{delivered:g}",
        remaining=f"{remaining:g}",
        due=due,
    )
    prompts = specificity_prompts(award)
    if prompts:
        text += t(" Still to settle in writing: ") + " ".join(prompts)
    return text
