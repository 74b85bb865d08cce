"""Each ledger figure with its formula in words and the sessions behind it (where it came from)."""

from __future__ import annotations

from dataclasses import dataclass

from iepbinder.domain.language import N_, t
from iepbinder.domain.ledger import ServiceLedger
from iepbinder.domain.service_log import Attribution

POLICY_WORDS = {
    "FULL_IF_IN_SESSION": N_(
        "policy A: the full amount for every period with school in session; "
        "a short week's missing sessions go to a separate disputed 'short week' bucket"
    ),
    "PRORATE_BY_SESSION_DAYS": N_("policy B: each period prorated by its school days"),
    "ZERO_WHEN_CLOSED": N_("policy C: the full amount unless school is closed the whole period"),
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
    return t("n/a") if value is None else f"{value * 100:.0f}%"


def sessions_text(ledger: ServiceLedger, minutes: float) -> str:
    """' (10 sessions of 30 min)' when the IEP states a session length, else ''."""
    count = ledger.sessions_of(minutes)
    if not count or ledger.minutes_per_session is None:
        return ""
    shown = f"{count:.1f}".rstrip("0").rstrip(".")
    length = minutes_text(ledger.minutes_per_session)
    if shown == "1":
        return t(" ({count} session of {length})", count=shown, length=length)
    return t(" ({count} sessions of {length})", count=shown, length=length)


def explain(ledger: ServiceLedger) -> tuple[Figure, ...]:
    """The figures in display order, each with its formula filled in with the numbers."""
    ids = ledger.session_ids
    m = minutes_text
    policies = "; ".join(t(POLICY_WORDS.get(p, p)) for p in ledger.policies) or t("no mandate")
    config = ledger.config
    shortfall_note = (
        t(", of which {minutes} is the short-week bucket (CALENDAR_SHORTFALL)",
          minutes=m(ledger.calendar_shortfall))
        if ledger.calendar_shortfall
        else ""
    )  # fmt: skip
    extra = (
        t(" + unaccounted (counted as the school's by setting)")
        if config.unaccounted_as_school
        else ""
    )
    ratio = (
        t(" x comp ratio {ratio}", ratio=f"{config.comp_ratio:g}") if config.comp_ratio != 1 else ""
    )
    gross_base = ledger.delivered + ledger.makeup_delivered
    net_base = ledger.mandated - ledger.missed_student - ledger.missed_neutral
    estimate = t("A minute-for-minute estimate, a starting point for discussion.")
    figures = [
        Figure("mandated", t("Mandated (what the IEP promises)"), ledger.mandated, "min",
               t("Sum of the expected minutes of {periods} period(s) from {start} to {end}, "
                 "{policies}; periods cut by the plan's dates or the range are prorated by "
                 "school days = {total}.", periods=ledger.periods, start=ledger.start.isoformat(),
                 end=ledger.end.isoformat(), policies=policies, total=m(ledger.mandated))),
        Figure("delivered", t("Delivered"), ledger.delivered, "min",
               t("Sum of minutes delivered in sessions logged Delivered or Partly delivered "
                 "= {total}.", total=m(ledger.delivered)), ids.get("delivered", ())),
        Figure("makeup", t("Make-up delivered"), ledger.makeup_delivered, "min",
               t("Sum of minutes of make-up sessions = {total}.",
                 total=m(ledger.makeup_delivered)),
               ids.get("makeup", ())),
        Figure("missed_school", t("Missed, school's responsibility"), ledger.missed_school,
               "min",
               t("Sum of (scheduled - delivered) minutes of sessions attributed to the school "
                 "= {total}.", total=m(ledger.missed_school)), ids.get("missed_SCHOOL", ())),
        Figure("missed_student", t("Missed, child absent (not owed by default)"),
               ledger.missed_student, "min",
               t("Sum of (scheduled - delivered) minutes of sessions attributed to the child or "
                 "family = {total}.", total=m(ledger.missed_student)),
               ids.get("missed_STUDENT", ())),
        Figure("missed_disputed", t("Missed, disputed"), ledger.missed_disputed, "min",
               t("Sum of (scheduled - delivered) minutes of sessions attributed as disputed "
                 "(refusals, disability-related absences, other){note} = {total}.",
                 note=shortfall_note, total=m(ledger.missed_disputed)),
               ids.get("missed_DISPUTED", ())),
        Figure("missed_neutral", t("Missed, holidays (neutral)"), ledger.missed_neutral, "min",
               t("Sum of minutes of sessions missed for holidays and breaks = {total}.",
                 total=m(ledger.missed_neutral)), ids.get("missed_NEUTRAL", ())),
        Figure("unaccounted", t("Not accounted for"), ledger.unaccounted, "min",
               t("Mandated {mandated} - (delivered {delivered} + all missed {missed}) = "
                 "{total} (never below 0). Expected minutes with no session logged either way.",
                 mandated=m(ledger.mandated), delivered=m(ledger.delivered),
                 missed=m(sum(ledger.missed.values())), total=m(ledger.unaccounted))),
        Figure("comp_district", t("Compensatory estimate, district view"),
               ledger.comp_district, "min",
               t("max(0, missed school {school}{extra} - make-ups applied {makeups}){ratio} = "
                 "{total}{sessions}. Disputed minutes excluded.", school=m(ledger.missed_school),
                 extra=extra, makeups=m(ledger.makeup_applied_district), ratio=ratio,
                 total=m(ledger.comp_district),
                 sessions=sessions_text(ledger, ledger.comp_district)) + " " + estimate,
               ids.get("missed_SCHOOL", ())),
        Figure("comp_advocate", t("Compensatory estimate, advocate view"),
               ledger.comp_advocate, "min",
               t("max(0, missed school {school} + disputed {disputed}{extra} - make-ups applied "
                 "{makeups}){ratio} = {total}{sessions}.", school=m(ledger.missed_school),
                 disputed=m(ledger.missed_disputed), extra=extra,
                 makeups=m(ledger.makeup_applied_advocate), ratio=ratio,
                 total=m(ledger.comp_advocate),
                 sessions=sessions_text(ledger, ledger.comp_advocate)) + " " + estimate,
               ids.get("missed_SCHOOL", ()) + ids.get("missed_DISPUTED", ())),
        Figure("rate_gross", t("Delivery rate (gross)"), ledger.rate_gross, "%",
               t("(delivered + make-up) / mandated = {base} / {mandated} = {rate}.",
                 base=m(gross_base), mandated=m(ledger.mandated),
                 rate=percent_text(ledger.rate_gross))),
        Figure("rate_net", t("Delivery rate (net, as districts report it)"), ledger.rate_net,
               "%",
               t("(delivered + make-up) / (mandated - child absences - holidays) = {base} / "
                 "{net} = {rate}.", base=m(gross_base), net=m(net_base),
                 rate=percent_text(ledger.rate_net))),
    ]  # fmt: skip
    if ledger.pacing is not None:
        pacing = ledger.pacing
        figures.append(
            Figure("pacing", t("Pacing (year or term mandate)"), pacing.expected_to_date, "min",
                   t("Expected to date = term total x school days elapsed / school days in the "
                     "term = {expected}; delivered to date {delivered}; flagged when below "
                     "{threshold} of the expected ({state}).",
                     expected=m(pacing.expected_to_date), delivered=m(pacing.delivered_to_date),
                     threshold=f"{pacing.threshold:.0%}",
                     state=t("behind") if pacing.behind else t("on pace")))
        )  # fmt: skip
    return tuple(figures)


ATTRIBUTION_ORDER = (
    Attribution.SCHOOL,
    Attribution.DISPUTED,
    Attribution.STUDENT,
    Attribution.NEUTRAL,
)
