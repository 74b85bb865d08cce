"""Typed parts of a log entry, and the note when an entry was written down late."""

from __future__ import annotations

import datetime as dt

import pytest

from iepbinder.domain.commlog import Commitment, CommitmentStatus, late_logging_note
from iepbinder.domain.commlog_text import (
    format_commitment,
    format_time,
    parse_commitment,
    parse_commitments,
    parse_people,
    parse_time,
)
from iepbinder.domain.dateparse import DateInputError

UTC = dt.UTC
TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2:30 pm", dt.time(14, 30)),
        ("2:30PM", dt.time(14, 30)),
        ("9am", dt.time(9, 0)),
        ("12 am", dt.time(0, 0)),
        ("12:15 p.m.", dt.time(12, 15)),
        ("14:30", dt.time(14, 30)),
        ("", None),
    ],
)
def test_times_as_parents_type_them(text: str, expected: dt.time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "13 pm", "noonish", "7:75"])
def test_a_time_that_is_not_one_says_how_to_type_it(text: str) -> None:
    with pytest.raises(DateInputError, match="2:30 pm"):
        parse_time(text)


def test_format_time() -> None:
    assert format_time(dt.time(14, 5)) == "2:05 pm"
    assert format_time(dt.time(0, 30)) == "12:30 am"
    assert format_time(None) == ""


def test_commitment_lines_read_and_write_back() -> None:
    line = "Karen Liu: send the reading data sheets by 12/4"
    commitment = parse_commitment(line, TODAY)
    assert commitment == Commitment(
        "Karen Liu", "send the reading data sheets", dt.date(2026, 12, 4)
    )
    assert format_commitment(commitment) == "Karen Liu: send the reading data sheets by 2026-12-04"
    done = parse_commitment("\u2713 Mr. Brooks: start a break-card chart", TODAY)
    assert done.status is CommitmentStatus.DONE and done.by_when is None
    assert parse_commitment(format_commitment(done), TODAY) == done
    # 'by' followed by something that is not a date stays part of what was promised.
    assert parse_commitment("Call back by lunchtime", TODAY).what == "Call back by lunchtime"
    assert len(parse_commitments("- a: one\n\n- b: two by 12/1", TODAY)) == 2


def test_people_separated_by_commas_or_semicolons() -> None:
    assert parse_people("Karen Liu, Rosa Jiménez; Mr. Brooks ,") == (
        "Karen Liu",
        "Rosa Jiménez",
        "Mr. Brooks",
    )


def test_written_down_more_than_48_hours_later_gets_a_note() -> None:
    day, time = dt.date(2026, 11, 16), dt.time(15, 0)
    # 15:00 on Nov 16 + 49 hours = 16:00 on Nov 18.
    late = dt.datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
    assert "more than 48 hours later" in late_logging_note(day, time, late, UTC)
    assert late_logging_note(day, time, late, UTC).startswith("Written down 2 days after")
    on_time = dt.datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # 47 hours
    assert late_logging_note(day, time, on_time, UTC) == ""
    # Without a time, the event counts as the end of that day: 23:59:59 Nov 16 + 48 h is
    # 23:59:59 Nov 18, so noon on Nov 18 is still on time.
    assert late_logging_note(day, None, dt.datetime(2026, 11, 18, 12, tzinfo=UTC), UTC) == ""
    # 23:59:59 Nov 16 to 23:59:59 Nov 20 is 96 hours, plus 9 to 09:00 Nov 21: 105 h, 4 whole days.
    later = late_logging_note(day, None, dt.datetime(2026, 11, 21, 9, tzinfo=UTC), UTC)
    assert later.startswith("Written down 4 days after")
    # A different limit (the log.contemporaneous_hours setting) applies when given.
    assert late_logging_note(day, time, on_time, UTC, limit_hours=24) != ""
