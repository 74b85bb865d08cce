"""Hostile input: every importer either reads a file or refuses it with a clear message.

A fixed budget of generated and mutated inputs per importer; no other exception, no hang (a
deadline per input), no unbounded size (limits with a message).
"""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iepbinder.importers.binder_json import BinderJsonError, parse_binder_json
from iepbinder.importers.district_calendar_ics import CalendarFileError, parse_ics
from iepbinder.importers.service_log_csv import (
    LogFileError,
    guess_mapping,
    read_log,
    read_table,
)
from iepbinder.services.binder_file import BinderNotEmptyError
from iepbinder.services.binder_services import BinderServices

FUZZ = settings(
    max_examples=150,
    deadline=dt.timedelta(seconds=3),
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

GOOD_CSV = (
    "Date,Service,Status,Minutes,Reason\n"
    "11/2/2026,Speech-language therapy,Delivered,30,\n"
    "11/4/2026,Speech-language therapy,Missed,0,Provider absent\n"
    "11/9/2026,Occupational therapy,Partial,20,\n"
)
GOOD_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//District//EN\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20260824\r\n"
    "SUMMARY:First day of school\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261128\r\n"
    "SUMMARY:Thanksgiving break\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:3\r\nDTSTART;VALUE=DATE:20270611\r\n"
    "SUMMARY:Last day of school\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def mutate(data: bytes, seed: int, edits: int = 8) -> bytes:
    """Flip, drop, duplicate and insert bytes at random places (seeded: repeatable)."""
    rng = random.Random(seed)
    buffer = bytearray(data)
    for _ in range(edits):
        if not buffer:
            buffer.extend(b"\x00")
        at = rng.randrange(len(buffer))
        choice = rng.randrange(4)
        if choice == 0:
            buffer[at] = rng.randrange(256)
        elif choice == 1:
            del buffer[at : at + rng.randrange(1, 16)]
        elif choice == 2:
            buffer[at:at] = buffer[at : at + rng.randrange(1, 64)]
        else:
            buffer[at:at] = rng.choice([b"\r\n", b",", b";", b'"', b"\xff\xfe", b"9999", b":"])
    return bytes(buffer)


def _csv_either_reads_or_explains(data: bytes) -> None:
    try:
        header, _rows = read_table(data)
        result = read_log(data, guess_mapping(header))
    except LogFileError as exc:
        assert str(exc).strip()
        return
    for problem in result.problems:
        assert problem.row_number > 1 and problem.message.strip()


@FUZZ
@given(st.binary(max_size=2000))
def test_service_log_csv_random_bytes(data: bytes) -> None:
    _csv_either_reads_or_explains(data)


@FUZZ
@given(st.integers(min_value=0, max_value=10**9))
def test_service_log_csv_mutations(seed: int) -> None:
    _csv_either_reads_or_explains(mutate(GOOD_CSV.encode(), seed))


def _ics_either_reads_or_explains(data: bytes) -> None:
    try:
        parsed = parse_ics(data)
    except CalendarFileError as exc:
        assert str(exc).strip()
        return
    for event in parsed.events:
        assert event.start <= event.end


@FUZZ
@given(st.binary(max_size=2000))
def test_district_calendar_random_bytes(data: bytes) -> None:
    _ics_either_reads_or_explains(data)


@FUZZ
@given(st.integers(min_value=0, max_value=10**9))
def test_district_calendar_mutations(seed: int) -> None:
    _ics_either_reads_or_explains(mutate(GOOD_ICS.encode(), seed))


@FUZZ
@given(st.binary(max_size=2000))
def test_binder_file_random_bytes(data: bytes) -> None:
    try:
        parse_binder_json(data, "x.json")
    except BinderJsonError as exc:
        assert str(exc).startswith("x.json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from iepbinder.services.binder_services import open_services
    from tests.conftest import TODAY

    with open_services(
        tmp_path_factory.mktemp("fuzz") / "demo", create=True, today=lambda: TODAY
    ) as s:
        s.demo.ensure_demo()
        return json.loads(s.binder_file.export_bytes())


@settings(
    max_examples=60,
    deadline=dt.timedelta(seconds=10),
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_binder_file_with_damaged_values_is_refused_whole(
    local_services: BinderServices, demo_document: dict[str, object], data: st.DataObject
) -> None:
    document = json.loads(json.dumps(demo_document))
    tables = document["tables"]
    assert isinstance(tables, dict)
    name = data.draw(st.sampled_from(sorted(t for t in tables if tables[t])))
    row = data.draw(st.sampled_from(tables[name]))
    field = data.draw(st.sampled_from(sorted(row)))
    row[field] = data.draw(json_values)
    raw = json.dumps(document).encode()
    try:
        local_services.binder_file.import_bytes(raw, "damaged.json")
    except (BinderJsonError, BinderNotEmptyError) as exc:
        assert str(exc).strip()
        assert local_services.children.list_children() == []
        return
    # The damaged value happened to be valid: the binder must then be the file, exactly.
    assert json.loads(local_services.binder_file.export_bytes())["tables"][name] is not None
    with local_services.context.session_factory.begin() as session:
        for table in reversed(
            list(__import__("iepbinder.db.base", fromlist=["Base"]).Base.metadata.sorted_tables)
        ):
            session.execute(table.delete())


def test_an_event_lasting_centuries_is_skipped_not_expanded() -> None:
    ics = GOOD_ICS.replace("DTEND;VALUE=DATE:20261128", "DTEND;VALUE=DATE:99991231").encode()
    parsed = parse_ics(ics)
    assert "Thanksgiving break" in parsed.skipped
    assert all((event.end - event.start).days <= 120 for event in parsed.events)


def test_oversized_files_are_refused_with_their_size() -> None:
    with pytest.raises(LogFileError, match="larger than 20 MB"):
        read_table(b"a,b\n" * 6_000_000)
    with pytest.raises(CalendarFileError, match="larger than 5 MB"):
        parse_ics(b" " * 5_000_001)
