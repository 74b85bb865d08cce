"""Alert tiers of DOMAIN.md 3.4, T-START, pacing and student absences, worked out by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from iepbinder.domain.alerts import AlertConfig, AlertTier, LineFacts, line_alerts
from iepbinder.domain.amount import Amount
from iepbinder.domain.expected import MandateTerms
from iepbinder.domain.ledger import LedgerConfig
from iepbinder.domain.school_calendar import SchoolCalendar, SchoolYearCalendar
from iepbinder.domain.service_log import Attribution, LoggedSession, ReasonCode, SessionStatus
from iepbinder.domain.types import Period
from tests.unit.test_ledger_rules import CAL, session, weekly

D = dt.date
OCTOBER = (D(2025, 10, 6), D(2025, 10, 31))  # four full school weeks, 20 school days


def facts(
    mandates: list[MandateTerms], sessions: Iterable[LoggedSession], calendar: SchoolCalendar = CAL
) -> LineFacts:
    logged = list(sessions)
    absent = frozenset(s.date for s in logged if s.reason is ReasonCode.STUDENT_ABSENT_ILLNESS)
    return LineFacts(
        mandates[0].service,
        mandates,
        logged,
        calendar,
        LedgerConfig(),
        {s.id: s for s in logged},
        absent,
    )


def daily_log(
    misses: dict[D, ReasonCode],
    start: D = OCTOBER[0],
    end: D = OCTOBER[1],
) -> list[LoggedSession]:
    """Every school day logged: delivered 30, or missed with the given reason."""
    return [
        session(day, SessionStatus.MISSED, reason=misses[day])
        if day in misses
        else session(day, SessionStatus.DELIVERED, delivered=30)
        for day in CAL.school_days(start, end)
    ]


def tiers(alerts: list) -> set[AlertTier]:  # type: ignore[type-arg]
    return {alert.tier for alert in alerts}


def daily_mandate(start: D = OCTOBER[0]) -> MandateTerms:
    return weekly(5, 30, start=start)  # 150 min a week; 600 over the trailing 4 weeks


def test_info_for_a_single_school_miss() -> None:
    # One provider absence in 20 sessions: net = 570 / 600 = 95% (>= 90%), no run of 2:
    # INFO only.
    log = daily_log({D(2025, 10, 20): ReasonCode.PROVIDER_ABSENT})
    alerts = line_alerts(facts([daily_mandate()], log), OCTOBER[1])
    assert tiers(alerts) == {AlertTier.INFO}
    assert "1 session(s) in the last 4 weeks" in alerts[0].message


def test_watch_for_two_consecutive_school_misses() -> None:
    # Two in a row: net = 540 / 600 = 90% (not below 90%), but 2 consecutive -> WATCH.
    log = daily_log(
        {
            D(2025, 10, 20): ReasonCode.PROVIDER_ABSENT,
            D(2025, 10, 21): ReasonCode.PROVIDER_OTHER_DUTY,
        }
    )
    alerts = line_alerts(facts([daily_mandate()], log), OCTOBER[1])
    assert tiers(alerts) == {AlertTier.WATCH, AlertTier.INFO}
    assert any(a.code == "WATCH_CONSECUTIVE" for a in alerts)


def test_watch_for_a_net_rate_below_90_percent() -> None:
    # Two separate school misses and one delivered at 20 of 30 (assembly, SCHOOL):
    # delivered = 17 x 30 + 20 = 530; net = 530 / 600 = 88.3% < 90% -> WATCH (no run of 2).
    log = daily_log(
        {D(2025, 10, 7): ReasonCode.PROVIDER_ABSENT, D(2025, 10, 21): ReasonCode.PROVIDER_ABSENT}
    )
    log = [s for s in log if s.date != D(2025, 10, 14)]
    log.append(session(D(2025, 10, 14), SessionStatus.PARTIAL, 30, 20, ReasonCode.SCHOOL_ACTIVITY))
    alerts = line_alerts(facts([daily_mandate()], log), OCTOBER[1])
    assert any(a.code == "WATCH_RATE" for a in alerts)
    assert AlertTier.ACTION not in tiers(alerts)


def test_action_for_three_consecutive_school_misses() -> None:
    # Three in a row: net = 510 / 600 = 85% (not below 80%), but >= 3 consecutive -> ACTION.
    log = daily_log(
        {
            D(2025, 10, 20): ReasonCode.PROVIDER_ABSENT,
            D(2025, 10, 21): ReasonCode.PROVIDER_ABSENT,
            D(2025, 10, 22): ReasonCode.PROVIDER_ABSENT,
        }
    )
    alerts = line_alerts(facts([daily_mandate()], log), OCTOBER[1])
    assert AlertTier.ACTION in tiers(alerts) and AlertTier.ESCALATE not in tiers(alerts)
    action = next(a for a in alerts if a.code == "ACTION")
    assert "3 sessions in a row" in action.message
    assert "implementation-concern letter" in action.next_step


def test_action_for_ten_school_days_without_service_while_present() -> None:
    # 2 x 30 a week on Tue and Thu; nothing from Oct 6 to Oct 17. The last minutes were on
    # Thu Oct 2, the next on Tue Oct 21: Fri Oct 3, Oct 6-10, Oct 13-17 and Mon Oct 20 are
    # 1 + 5 + 5 + 1 = 12 school days in a row without minutes, child present -> ACTION.
    # The trailing 4 weeks (Oct 4-31): 4 x 60 = 240 owed, 4 x 30 = 120 delivered: net 50%.
    mandate = weekly(2, 30, start=D(2025, 9, 8))
    log = [
        session(d, SessionStatus.DELIVERED, delivered=30)
        for d in CAL.school_days(D(2025, 9, 8), OCTOBER[1])
        if d.weekday() in (1, 3) and not D(2025, 10, 6) <= d <= D(2025, 10, 17)
    ]
    alerts = line_alerts(facts([mandate], log), OCTOBER[1])
    action = next(a for a in alerts if a.code == "ACTION")
    assert "12 school days in a row" in action.message
    assert "net delivery over the last 4 weeks was 50%" in action.message


def test_escalate_when_the_action_condition_lasts_more_than_six_weeks() -> None:
    # Every session from Sep 15 on missed for a vacancy; as of Oct 31 the ACTION condition
    # holds now and at each weekly check back to Sep 19 (Sep 15-19: 5 misses in a row).
    mandate = daily_mandate(start=D(2025, 8, 25))
    misses = {d: ReasonCode.PROVIDER_VACANCY for d in CAL.school_days(D(2025, 9, 15), OCTOBER[1])}
    log = daily_log(misses, start=D(2025, 8, 25))
    alerts = line_alerts(facts([mandate], log), OCTOBER[1])
    assert alerts[0].tier is AlertTier.ESCALATE
    assert "more than 6 weeks" in alerts[0].message


def test_escalate_when_the_condition_repeats_after_a_written_concern() -> None:
    # ACTION on Oct 10 (3 misses Oct 8-10), a letter on Oct 13, delivered for a while,
    # then 3 misses again Oct 29-31: ESCALATE "again after a written concern".
    misses = {
        d: ReasonCode.PROVIDER_ABSENT
        for d in (
            D(2025, 10, 8),
            D(2025, 10, 9),
            D(2025, 10, 10),
            D(2025, 10, 29),
            D(2025, 10, 30),
            D(2025, 10, 31),
        )
    }
    log = daily_log(misses)
    line = facts([daily_mandate()], log)
    alerts = line_alerts(line, OCTOBER[1], concerns_sent=[D(2025, 10, 13)])
    assert alerts[0].tier is AlertTier.ESCALATE and "written concern" in alerts[0].message
    assert line_alerts(line, OCTOBER[1])[0].tier is AlertTier.ACTION


def test_start_alert_after_ten_school_days_without_service() -> None:
    # Projected start Mon Sep 8; the 10th school day is Fri Sep 19 (Sep 8-12, 15-19).
    mandate = weekly(2, 30, start=D(2025, 9, 8))
    assert not [a for a in line_alerts(facts([mandate], []), D(2025, 9, 18)) if a.code == "T-START"]
    start_alerts = [
        a for a in line_alerts(facts([mandate], []), D(2025, 9, 19)) if a.code == "T-START"
    ]
    assert len(start_alerts) == 1 and start_alerts[0].tier is AlertTier.ACTION
    assert "possible concern, verify" in start_alerts[0].message
    served = [session(D(2025, 9, 12), SessionStatus.DELIVERED, delivered=30)]
    assert not [
        a for a in line_alerts(facts([mandate], served), D(2025, 9, 19)) if a.code == "T-START"
    ]


def test_student_absence_alert_above_20_percent_of_a_month() -> None:
    # 2 x 30 a week. October's mandate: the week of Sep 29 has Oct 1-3 = 3 of its 5 days
    # (60 x 3/5 = 36) + four full weeks (240) = 276 min. Two illness misses = 60 min:
    # 60 / 276 = 21.7% > 20% -> alert. One miss = 30 / 276 = 10.9% -> none.
    mandate = weekly(2, 30, start=D(2025, 9, 1))
    two = [
        session(D(2025, 10, 7), SessionStatus.MISSED, reason=ReasonCode.STUDENT_ABSENT_ILLNESS),
        session(D(2025, 10, 9), SessionStatus.MISSED, reason=ReasonCode.STUDENT_ABSENT_FAMILY),
    ]
    alerts = line_alerts(facts([mandate], two), OCTOBER[1])
    absence = [a for a in alerts if a.code == "STUDENT_ABSENCE"]
    assert len(absence) == 1 and "October 2025, 22%" in absence[0].message
    alerts = line_alerts(facts([mandate], two[:1]), OCTOBER[1])
    assert not [a for a in alerts if a.code == "STUDENT_ABSENCE"]


def test_pacing_line_of_a_year_mandate() -> None:
    # A school year of 8 weeks with no holidays (40 school days); consultation 4 x 15 = 60 min
    # for the IEP year. As of Fri Sep 26 (20 school days): expected = 60 x 20/40 = 30.
    # 15 delivered < 30 x 0.85 = 25.5 -> PACING (WATCH). 30 delivered -> on pace.
    short = SchoolCalendar((SchoolYearCalendar("short", D(2025, 9, 1), D(2025, 10, 24)),))
    amount = Amount(Period.IEP_YEAR, None, 4, None, 15, None, 60, None)
    mandate = MandateTerms(1, "AT consult", amount, D(2025, 9, 1), D(2025, 10, 24))
    one = [session(D(2025, 9, 10), SessionStatus.DELIVERED, 15, 15, service="AT consult")]
    alerts = line_alerts(facts([mandate], one, short), D(2025, 9, 26))
    pacing = [a for a in alerts if a.code == "PACING"]
    assert len(pacing) == 1 and pacing[0].tier is AlertTier.WATCH
    assert "15 of 30 minutes" in pacing[0].message
    two = [*one, session(D(2025, 9, 24), SessionStatus.DELIVERED, 15, 15, service="AT consult")]
    assert not [
        a for a in line_alerts(facts([mandate], two, short), D(2025, 9, 26)) if a.code == "PACING"
    ]


def test_thresholds_are_settings() -> None:
    # With the watch threshold lowered to 80%, the 88% month of the WATCH_RATE test is calm.
    log = daily_log(
        {
            D(2025, 10, 7): ReasonCode.PROVIDER_ABSENT,
            D(2025, 10, 21): ReasonCode.PROVIDER_ABSENT,
            D(2025, 10, 14): ReasonCode.PROVIDER_ABSENT,
        }
    )
    config = AlertConfig(watch_net_rate=0.80)
    alerts = line_alerts(facts([daily_mandate()], log), OCTOBER[1], config)
    assert tiers(alerts) == {AlertTier.INFO}
    assert Attribution.SCHOOL  # the misses above are the school's by default (2.6)


def test_a_range_is_computed_once_and_answers_the_same() -> None:
    line = facts([daily_mandate()], daily_log({D(2025, 10, 8): ReasonCode.PROVIDER_ABSENT}))
    first = line.ledger(*OCTOBER)
    assert line.ledger(*OCTOBER) is first  # kept: several alerts ask for the same range
    # 20 school days x 30 min = 600 mandated; one provider absence: 19 x 30 = 570 delivered
    assert (first.mandated, first.delivered) == (600, 570)
    week = line.ledger(D(2025, 10, 6), D(2025, 10, 10))
    assert week is not first and (week.mandated, week.delivered) == (150, 120)
