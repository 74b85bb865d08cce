"""Each ledger figure with its formula in words and the sessions behind it (where it came from)."""

from __future__ import annotations

from dataclasses import dataclass

from iepbinder.domain.ledger import ServiceLedger
from iepbinder.domain.service_log import Attribution

POLICY_WORDS = {
    "FULL_IF_IN_SESSION": "policy A: the full amount for every period with school in session; "
    "a short week's missing sessions go to a separate disputed 'short week' bucket",
    "PRORATE_BY_SESSION_DAYS": "policy B: each period prorated by its school days",
    "ZERO_WHEN_CLOSED": "policy C: the full amount unless school is closed the whole period",
}


@dataclass(frozen=True)
class Figure:
    """One figure of the ledger: its value, its formula in words and the sessions behind it.

    ``unit`` is 'min' for minutes and '%' for a rate (``value`` then holds a fraction).
    """

    key: str
    label: str
    value: float | None
    unit: str
    formula: str
    session_ids: tuple[int, ...] = ()


def minutes_text(value: float) -> str:
    """'300 min' or '37.5 min'."""
    rounded = round(value, 1)
    return f"{rounded:g} min" if rounded != int(rounded) else f"{int(rounded)} min"


def percent_text(value: float | None) -> str:
    """'92%' or 'n/a' when the base is zero."""
    return "n/a" if value is None else f"{value * 100:.0f}%"


def sessions_text(ledger: ServiceLedger, minutes: float) -> str:
    """' (10 sessions of 30 min)' when the IEP states a session length, else ''."""
    count = ledger.sessions_of(minutes)
    if not count or ledger.minutes_per_session is None:
        return ""
    shown = f"{count:.1f}".rstrip("0").rstrip(".")
    noun = "session" if shown == "1" else "sessions"
    return f" ({shown} {noun} of {minutes_text(ledger.minutes_per_session)})"


def explain(ledger: ServiceLedger) -> tuple[Figure, ...]:
    """The figures in display order, each with its formula filled in with the numbers."""
    ids = ledger.session_ids
    m = minutes_text
    policies = "; ".join(POLICY_WORDS.get(p, p) for p in ledger.policies) or "no mandate"
    config = ledger.config
    shortfall_note = (
        f", of which {m(ledger.calendar_shortfall)} is the short-week bucket (CALENDAR_SHORTFALL)"
        if ledger.calendar_shortfall
        else ""
    )
    extra = (
        " + unaccounted (counted as the school's by setting)"
        if config.unaccounted_as_school
        else ""
    )
    ratio = f" x comp ratio {config.comp_ratio:g}" if config.comp_ratio != 1 else ""
    gross_base = ledger.delivered + ledger.makeup_delivered
    net_base = ledger.mandated - ledger.missed_student - ledger.missed_neutral
    figures = [
        Figure("mandated", "Mandated (what the IEP promises)", ledger.mandated, "min",
               f"Sum of the expected minutes of {ledger.periods} period(s) from "
               f"{ledger.start.isoformat()} to {ledger.end.isoformat()}, {policies}; "
               f"periods cut by the plan's dates or the range are prorated by school days "
               f"= {m(ledger.mandated)}."),
        Figure("delivered", "Delivered", ledger.delivered, "min",
               "Sum of minutes delivered in sessions logged Delivered or Partly delivered "
               f"= {m(ledger.delivered)}.", ids.get("delivered", ())),
        Figure("makeup", "Make-up delivered", ledger.makeup_delivered, "min",
               f"Sum of minutes of make-up sessions = {m(ledger.makeup_delivered)}.",
               ids.get("makeup", ())),
        Figure("missed_school", "Missed, school's responsibility", ledger.missed_school, "min",
               "Sum of (scheduled - delivered) minutes of sessions attributed to the school "
               f"= {m(ledger.missed_school)}.", ids.get("missed_SCHOOL", ())),
        Figure("missed_student", "Missed, child absent (not owed by default)",
               ledger.missed_student, "min",
               "Sum of (scheduled - delivered) minutes of sessions attributed to the child or "
               f"family = {m(ledger.missed_student)}.", ids.get("missed_STUDENT", ())),
        Figure("missed_disputed", "Missed, disputed", ledger.missed_disputed, "min",
               "Sum of (scheduled - delivered) minutes of sessions attributed as disputed "
               f"(refusals, disability-related absences, other){shortfall_note} "
               f"= {m(ledger.missed_disputed)}.", ids.get("missed_DISPUTED", ())),
        Figure("missed_neutral", "Missed, holidays (neutral)", ledger.missed_neutral, "min",
               f"Sum of minutes of sessions missed for holidays and breaks = "
               f"{m(ledger.missed_neutral)}.", ids.get("missed_NEUTRAL", ())),
        Figure("unaccounted", "Not accounted for", ledger.unaccounted, "min",
               f"Mandated {m(ledger.mandated)} - (delivered {m(ledger.delivered)} + all missed "
               f"{m(sum(ledger.missed.values()))}) = {m(ledger.unaccounted)} (never below 0). "
               "Expected minutes with no session logged either way."),
        Figure("comp_district", "Compensatory estimate, district view", ledger.comp_district,
               "min",
               f"max(0, missed school {m(ledger.missed_school)}{extra} - make-ups applied "
               f"{m(ledger.makeup_applied_district)}){ratio} = {m(ledger.comp_district)}"
               f"{sessions_text(ledger, ledger.comp_district)}. Disputed minutes excluded. "
               "A minute-for-minute estimate, a starting point for discussion.",
               ids.get("missed_SCHOOL", ())),
        Figure("comp_advocate", "Compensatory estimate, advocate view", ledger.comp_advocate,
               "min",
               f"max(0, missed school {m(ledger.missed_school)} + disputed "
               f"{m(ledger.missed_disputed)}{extra} - make-ups applied "
               f"{m(ledger.makeup_applied_advocate)}){ratio} = {m(ledger.comp_advocate)}"
               f"{sessions_text(ledger, ledger.comp_advocate)}. "
               "A minute-for-minute estimate, a starting point for discussion.",
               ids.get("missed_SCHOOL", ()) + ids.get("missed_DISPUTED", ())),
        Figure("rate_gross", "Delivery rate (gross)", ledger.rate_gross, "%",
               f"(delivered + make-up) / mandated = {m(gross_base)} / {m(ledger.mandated)} "
               f"= {percent_text(ledger.rate_gross)}."),
        Figure("rate_net", "Delivery rate (net, as districts report it)", ledger.rate_net, "%",
               f"(delivered + make-up) / (mandated - child absences - holidays) = "
               f"{m(gross_base)} / {m(net_base)} = {percent_text(ledger.rate_net)}."),
    ]  # fmt: skip
    if ledger.pacing is not None:
        pacing = ledger.pacing
        figures.append(
            Figure("pacing", "Pacing (year or term mandate)", pacing.expected_to_date, "min",
                   f"Expected to date = term total x school days elapsed / school days in the "
                   f"term = {m(pacing.expected_to_date)}; delivered to date "
                   f"{m(pacing.delivered_to_date)}; flagged when below "
                   f"{pacing.threshold:.0%} of the expected "
                   f"({'behind' if pacing.behind else 'on pace'}).")
        )  # fmt: skip
    return tuple(figures)


ATTRIBUTION_ORDER = (
    Attribution.SCHOOL,
    Attribution.DISPUTED,
    Attribution.STUDENT,
    Attribution.NEUTRAL,
)
