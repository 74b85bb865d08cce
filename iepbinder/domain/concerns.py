"""Concerns and the ladder advocates recommend climbing, one step at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iepbinder.domain.language import N_
from iepbinder.domain.types import StrEnum


class LadderStep(StrEnum):
    """The steps up the ladder, lowest first."""

    TEACHER = "teacher"
    COORDINATOR = "coordinator"
    ADMINISTRATION = "administration"
    STATE_COMPLAINT = "state_complaint"
    DUE_PROCESS = "due_process"


LADDER: tuple[LadderStep, ...] = tuple(LadderStep)

STEP_LABELS = {  # translated where shown (tr() in the GUI, t() elsewhere)
    LadderStep.TEACHER: N_("Teacher or case manager"),
    LadderStep.COORDINATOR: N_("Special-education coordinator"),
    LadderStep.ADMINISTRATION: N_("Administration (principal or district office)"),
    LadderStep.STATE_COMPLAINT: N_("State complaint (to the state education agency)"),
    LadderStep.DUE_PROCESS: N_("Mediation or due process hearing"),
}


class ConcernStatus(StrEnum):
    """Whether the concern is still being worked on."""

    OPEN = "open"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class ConcernStep:
    """One step taken up the ladder: when, with whom, and what came of it."""

    step: LadderStep
    taken_on: dt.date | None = None
    who: str = ""
    note: str = ""


@dataclass(frozen=True)
class ConcernData:
    """A concern such as 'extended time not given in math', and how it has been raised.

    ``problem_date`` is when the problem happened (the state-complaint window starts there);
    ``knew_date`` is when the parent knew or should have known (the due-process window); the
    parent enters both, they are never guessed (DOMAIN.md 1.2).
    """

    title: str
    description: str = ""
    class_or_setting: str = ""
    problem_date: dt.date | None = None
    knew_date: dt.date | None = None
    status: ConcernStatus = ConcernStatus.OPEN
    resolved_on: dt.date | None = None
    steps: tuple[ConcernStep, ...] = ()


def next_step(steps: tuple[ConcernStep, ...]) -> LadderStep | None:
    """The rung after the highest one taken (the first rung when none); None at the top."""
    if not steps:
        return LADDER[0]
    highest = max(LADDER.index(step.step) for step in steps)
    return LADDER[highest + 1] if highest + 1 < len(LADDER) else None
