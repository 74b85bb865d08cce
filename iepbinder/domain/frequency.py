"""Parse the frequency and duration of a service as an IEP writes it into a normalized Amount."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from iepbinder.domain import frequency_words as words
from iepbinder.domain.amount import Amount
from iepbinder.domain.language import N_, t
from iepbinder.domain.types import Period

# Confidence ceilings, applied as "at most" when the parser is less than sure.
_GUESSED = 0.8  # a number's role was inferred (e.g. a bare "15" read as minutes)
_CONFLICT = 0.7  # numbers disagree or a number was ignored
_ONE_PART_MISSING = 0.6
_TWO_PARTS_MISSING = 0.4
_UNCLEAR_COMMITMENT = 0.3


@dataclass(frozen=True)
class ParsedFrequency:
    """What the parser made of one written service amount.

    ``confidence`` is 0..1: 1.0 when every number found a role, lower when the parser
    guessed. ``notes`` are short plain remarks (in the current language) about what was
    uncertain or ignored. Parsed values stay unconfirmed until the parent checks them.
    """

    text: str
    amount: Amount
    confidence: float
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Span:
    """A number or a range of numbers, e.g. 30 or 30-45."""

    low: int
    high: int | None = None


@dataclass
class _Reading:
    """Everything found in one text before it is assembled into an Amount."""

    counts: list[_Span] = field(default_factory=list)
    minutes: list[_Span] = field(default_factory=list)
    bare: list[_Span] = field(default_factory=list)
    bare_before_period: list[_Span] = field(default_factory=list)
    totals: list[_Span] = field(default_factory=list)
    cycle_days: int | None = None
    days_per_week: bool = False
    period_noted: bool = False
    notes: list[str] = field(default_factory=list)
    ceilings: list[float] = field(default_factory=list)

    def flag(self, note: str, ceiling: float) -> None:
        self.notes.append(note)
        self.ceilings.append(ceiling)


def parse_frequency(text: str) -> ParsedFrequency:
    """Parse a written amount such as '30 min 2x/week' (DOMAIN.md 2.2).

    The verbatim ``text`` is kept. Numbers are given roles (sessions, minutes per
    session, stated total), the period and delivery are read from keywords, and
    ``total_minutes_per_period`` is derived as sessions x minutes when both exist.

    Args:
        text: The service amount exactly as the IEP writes it.

    Returns:
        The parsed amount with a confidence in 0..1 and notes for the parent.
    """
    reading = _Reading()
    clean = _normalize(text)
    clean = _take_cycle(clean, reading)
    clean = _take_days_per_week(clean, reading)
    period = _find_period(clean, reading)
    _take_quantities(clean, reading)
    amount = _assemble(clean, period, reading)
    confidence = _judge(text, amount, reading)
    return ParsedFrequency(text, amount, confidence, tuple(reading.notes))


def _normalize(text: str) -> str:
    clean = text.lower()
    clean = re.sub(r"[\u2010-\u2015\u2212]", "-", clean).replace("\u00d7", "x")
    for pattern, replacement in words.PHRASE_REWRITES:
        clean = re.sub(pattern, replacement, clean)
    for word, value in words.COUNT_ADVERBS.items():
        clean = re.sub(rf"\b{word}\b", f"{value}x", clean)
    for word, value in words.NUMBER_WORDS.items():
        clean = re.sub(rf"\b{word}\b", str(value), clean)
    clean = words.COUNT_BEFORE_LENGTH_RE.sub(r"\1x ", clean)
    return " ".join(clean.split())


def _take_cycle(clean: str, reading: _Reading) -> str:
    for pattern in words.CYCLE_PATTERNS:
        match = pattern.search(clean)
        if match is not None:
            reading.cycle_days = int(match.group(1))
            return f"{clean[: match.start()]} cycle {clean[match.end() :]}"
    return clean


def _take_days_per_week(clean: str, reading: _Reading) -> str:
    match = words.DAYS_PER_WEEK_RE.search(clean)
    if match is None:
        return clean
    reading.days_per_week = True
    return f"{clean[: match.start()]}{match.group(1)}x per week{clean[match.end() :]}"


def _find_period(clean: str, reading: _Reading) -> Period | None:
    if words.BIWEEKLY_RE.search(clean):
        reading.flag(
            t("'Biweekly' can mean twice a week or every two weeks: ask the team which."),
            _ONE_PART_MISSING,
        )
        reading.period_noted = True
        clean = words.BIWEEKLY_RE.sub(" ", clean)
    positions: dict[Period, int] = {}
    for pattern, period in words.PERIOD_PATTERNS:
        match = pattern.search(clean)
        if match is not None:
            positions.setdefault(period, match.start())
        clean = pattern.sub(lambda hit: " " * len(hit.group(0)), clean)
    found = sorted(positions, key=positions.__getitem__)
    if reading.cycle_days is not None or Period.CYCLE in found:
        return Period.CYCLE  # "per week (5 cycle days)": the cycle is the real period
    if reading.days_per_week and Period.WEEK in found:
        return Period.WEEK  # "20 min/day 5 days/week": 5 sessions a week
    if len(found) > 1:
        names = ", ".join(t(words.PERIOD_NAMES[period]) for period in found)
        reading.flag(t("More than one period found ({names}): check the IEP page.", names=names),
                     _CONFLICT)  # fmt: skip
        reading.period_noted = True
        return None
    return found[0] if found else None


def _take_quantities(clean: str, reading: _Reading) -> None:
    for match in words.QUANTITY_RE.finditer(clean):
        unit = match.group("unit")
        lead = (match.group("lead") or "").strip()
        if unit is None and not lead and re.match(r"[a-z]", clean[match.end() :]):
            continue  # part of a word such as "3rd"
        span = _span(match.group("low"), match.group("high"), 60 if unit in words.HOUR_UNITS else 1)
        if lead == "x" or unit in words.COUNT_UNITS:
            reading.counts.append(span)
        elif lead == "=" or _says_total(clean, match.start(), match.end()):
            reading.totals.append(span)
        elif lead == "@" or unit is not None:
            reading.minutes.append(span)
        elif words.PER_PERIOD_RE.match(clean, match.end()):
            reading.bare_before_period.append(span)  # "2/wk": probably a count
        else:
            reading.bare.append(span)


def _span(low: str, high: str | None, factor: int) -> _Span:
    low_value = round(float(low) * factor)
    high_value = round(float(high) * factor) if high is not None else None
    return _Span(low_value, high_value)


def _says_total(clean: str, start: int, end: int) -> bool:
    before = clean[max(0, start - 12) : start]
    after = clean[end : end + 10]
    return bool(re.search(r"total\w*(?:\s+of)?[\s:]*$", before) or re.match(r"\s*total", after))


def _assemble(clean: str, period: Period | None, reading: _Reading) -> Amount:
    if not reading.counts and reading.minutes and reading.bare_before_period:
        count_span = reading.bare_before_period.pop(0)
        reading.counts.append(count_span)
        reading.flag(t("Took {n} as the number of sessions.", n=count_span.low), _GUESSED)
    reading.bare.extend(reading.bare_before_period)
    count = _first(reading.counts, N_("session count"), reading)
    per_session, stated_total = _minutes_roles(count, reading)
    if (
        count is None
        and per_session is not None
        and stated_total is None
        and not _mentions_sessions(clean)
    ):
        stated_total, per_session = per_session, None  # "60 min/month": total only
    if count is None and per_session is not None and _single_session(clean):
        count = _Span(1)  # "weekly 30 minute session"
    if words.INDIRECT_RE.search(clean) and words.DIRECT_RE.search(clean):
        reading.notes.append(t("Both direct and consultation are mentioned: check the IEP page."))
    total = stated_total
    if count is not None and per_session is not None:
        total = _product(count, per_session)
        if stated_total is not None and stated_total.low != total.low:
            reading.flag(
                t(
                    "The IEP states a total of {stated} minutes, but {count} x {minutes} = "
                    "{total}; the product was kept. Check the IEP page.",
                    stated=stated_total.low,
                    count=count.low,
                    minutes=per_session.low,
                    total=total.low,
                ),
                _CONFLICT,
            )
    return Amount(
        period=period,
        cycle_days=reading.cycle_days if period is Period.CYCLE else None,
        sessions_per_period=_low(count),
        sessions_per_period_max=_high(count),
        minutes_per_session=_low(per_session),
        minutes_per_session_max=_high(per_session),
        total_minutes_per_period=_low(total),
        total_minutes_per_period_max=_high(total),
        delivery=words.delivery_from_text(clean),
    )


def _low(span: _Span | None) -> int | None:
    return span.low if span is not None else None


def _high(span: _Span | None) -> int | None:
    return span.high if span is not None else None


def _minutes_roles(count: _Span | None, reading: _Reading) -> tuple[_Span | None, _Span | None]:
    """Pick the minutes per session and the stated total among the minute-like numbers."""
    stated_total = _first(reading.totals, N_("total"), reading)
    candidates = reading.minutes + reading.bare
    if count is not None and stated_total is None:
        pair = _session_and_total(count, candidates)
        if pair is not None:
            return pair
    if reading.minutes:
        per_session = reading.minutes[0]
        _ignore(reading.minutes[1:] + reading.bare, reading)
        return per_session, stated_total
    if count is not None and reading.bare:
        per_session = reading.bare[0]
        reading.flag(
            t("Took {n} as minutes per session because no unit was written.", n=per_session.low),
            _GUESSED,
        )
        _ignore(reading.bare[1:], reading)
        return per_session, stated_total
    _ignore(reading.bare, reading)
    return None, stated_total


def _session_and_total(count: _Span, candidates: list[_Span]) -> tuple[_Span, _Span] | None:
    """Find '30 min ... (60 min total)' style pairs where one number is count x the other."""
    for per_session in candidates:
        for total in candidates:
            if (
                per_session is not total
                and per_session.high is None
                and total.high is None
                and count.high is None
                and total.low == count.low * per_session.low
            ):
                return per_session, total
    return None


def _first(spans: list[_Span], role: str, reading: _Reading) -> _Span | None:
    if len(spans) > 1:
        note = t(
            "More than one {role} found; the first was used. Check the IEP page.", role=t(role)
        )
        reading.flag(note, _CONFLICT)
    return spans[0] if spans else None


def _ignore(spans: list[_Span], reading: _Reading) -> None:
    for span in spans:
        shown = f"{span.low}-{span.high}" if span.high is not None else str(span.low)
        reading.flag(t("Ignored the number {shown}: check the IEP page.", shown=shown), _CONFLICT)


def _product(count: _Span, per_session: _Span) -> _Span:
    low = count.low * per_session.low
    if count.high is None and per_session.high is None:
        return _Span(low)
    return _Span(low, (count.high or count.low) * (per_session.high or per_session.low))


def _mentions_sessions(clean: str) -> bool:
    """True when minutes are written per session ('30 minute sessions', '30 min each')."""
    return re.search(r"\bsessions?\b|\beach\b", clean) is not None


def _single_session(clean: str) -> bool:
    """True for a lone singular 'session' such as 'weekly 30 minute session'."""
    return any(
        not re.search(r"(?:per|each|every|a|/)\s*$", clean[: match.start()])
        for match in re.finditer(r"\bsession\b", clean)
    )


def _judge(text: str, amount: Amount, reading: _Reading) -> float:
    """Add notes about missing or unclear parts and return the confidence."""
    phrase = words.find_unclear_phrase(text)
    if phrase is not None:
        reading.flag(
            t(
                "The commitment is unclear ('{phrase}'): ask the team for set minutes and a "
                "period.",
                phrase=phrase,
            ),
            _UNCLEAR_COMMITMENT,
        )
    if amount.is_empty:
        if phrase is None:
            reading.notes.append(t("No amount found: check the IEP page."))
        return 0.0
    missing = _missing_parts(amount, reading)
    reading.notes.extend(missing)
    if missing:
        reading.ceilings.append(_ONE_PART_MISSING if len(missing) == 1 else _TWO_PARTS_MISSING)
    return min([1.0, *reading.ceilings])


def _missing_parts(amount: Amount, reading: _Reading) -> list[str]:
    missing: list[str] = []
    if amount.period is None and not reading.period_noted:
        missing.append(t("No period found: check the IEP page."))
    if amount.period is Period.CYCLE and amount.cycle_days is None:
        missing.append(t("Length of the cycle not found: check the IEP page."))
    if amount.sessions_per_period is not None and amount.minutes_per_session is None:
        missing.append(t("Minutes per session not found: check the IEP page."))
    if amount.minutes_per_session is not None and amount.sessions_per_period is None:
        missing.append(t("Number of sessions not found: check the IEP page."))
    return missing
