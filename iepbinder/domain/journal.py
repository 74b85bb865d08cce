"""The home journal: what the child said and the parent saw, and accommodation checks.

Mood, stress and school refusal go on simple scales; each check says whether one
accommodation was given in one class on one day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.types import StrEnum


class Scale(StrEnum):
    """The three simple scales of a journal entry."""

    MOOD = "mood"
    STRESS = "stress"
    SCHOOL_REFUSAL = "school_refusal"


@dataclass(frozen=True)
class ScaleSpec:
    """A scale's name, its lowest value and the words for each step."""

    scale: Scale
    title: str
    low: int
    words: tuple[str, ...]

    @property
    def high(self) -> int:
        """The highest value."""
        return self.low + len(self.words) - 1

    def word(self, value: int) -> str:
        """The words for a value ('3 \u2013 Okay'), in the current language."""
        return f"{value} \u2013 {t(self.words[value - self.low])}"


# Titles and words stay English here; they are translated where shown (tr() or t()).
SCALES = {
    Scale.MOOD: ScaleSpec(
        Scale.MOOD,
        N_("Mood"),
        1,
        (N_("Very low"), N_("Low"), N_("Okay"), N_("Good"), N_("Very good")),
    ),
    Scale.STRESS: ScaleSpec(
        Scale.STRESS,
        N_("Stress"),
        1,
        (N_("Calm"), N_("A little"), N_("Some"), N_("High"), N_("Very high")),
    ),
    Scale.SCHOOL_REFUSAL: ScaleSpec(
        Scale.SCHOOL_REFUSAL,
        N_("School refusal"),
        0,
        (N_("None"), N_("Reluctant"), N_("Strong refusal"), N_("Did not go")),
    ),
}


@dataclass(frozen=True)
class JournalData:
    """One dated journal entry."""

    day: dt.date
    mood: int | None = None
    stress: int | None = None
    school_refusal: int | None = None
    child_said: str = ""
    parent_saw: str = ""

    def value(self, scale: Scale) -> int | None:
        """The entry's value on a scale."""
        return {
            Scale.MOOD: self.mood,
            Scale.STRESS: self.stress,
            Scale.SCHOOL_REFUSAL: self.school_refusal,
        }[scale]


@dataclass(frozen=True)
class AccommodationCheckData:
    """On this day, in this class, this accommodation was (or was not) provided."""

    day: dt.date
    accommodation_text: str
    class_name: str = ""
    provided: bool = False
    accommodation_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class NotProvidedCount:
    """How often one accommodation was checked in one class, and how often it was not given."""

    accommodation_text: str
    class_name: str
    not_provided: int
    checked: int
    not_provided_dates: tuple[dt.date, ...]

    @property
    def explanation(self) -> str:
        """'Not provided on 3 of 4 checked days (dates ...)' for a tooltip (current language)."""
        dates = ", ".join(day.isoformat() for day in self.not_provided_dates) or t("none")
        return t(
            "Not provided on {missed} of {checked} checked days. Dates not provided: {dates}. "
            "Counted from your accommodation checks.",
            missed=self.not_provided,
            checked=self.checked,
            dates=dates,
        )


def not_provided_counts(checks: Iterable[AccommodationCheckData]) -> list[NotProvidedCount]:
    """Per accommodation and class: checks and 'not provided' days, the most missed first."""
    groups: dict[tuple[str, str], list[AccommodationCheckData]] = {}
    for check in checks:
        key = (check.accommodation_text.strip(), check.class_name.strip())
        groups.setdefault(key, []).append(check)
    counts = [
        NotProvidedCount(
            accommodation_text=text,
            class_name=class_name,
            not_provided=sum(1 for c in items if not c.provided),
            checked=len(items),
            not_provided_dates=tuple(sorted(c.day for c in items if not c.provided)),
        )
        for (text, class_name), items in groups.items()
    ]
    return sorted(counts, key=lambda c: (-c.not_provided, c.accommodation_text, c.class_name))
