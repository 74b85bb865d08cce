"""The edit history of a log entry: a plain snapshot of each version, and what changed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from iepbinder.domain.commlog import LogEntryData

FIELD_NAMES = {
    "event_date": "date",
    "event_time": "time",
    "channel": "channel",
    "initiated_by": "started by",
    "participants": "people",
    "topic": "topic",
    "planned_purpose": "planned purpose",
    "summary": "summary",
    "requests_made": "requests made",
    "disagreements": "disagreements",
    "commitments": "commitments",
    "follow_up_needed": "follow-up needed",
    "follow_up_due": "follow-up due",
    "status": "status",
    "delivery_proof": "delivery proof",
    "reply_to_id": "reply to",
    "follow_up_done_on": "follow-up done on",
}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, str):
        return str(value)  # StrEnum members become their plain value
    return value


def snapshot(data: LogEntryData, follow_up_done_on: dt.date | None = None) -> dict[str, Any]:
    """The entry as JSON-ready data, as it stood at one moment."""
    plain: dict[str, Any] = _plain(data)
    plain["follow_up_done_on"] = _plain(follow_up_done_on)
    return plain


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any]) -> tuple[str, ...]:
    """The names (in words) of the fields that differ between two snapshots."""
    if before is None:
        return ()
    names = [key for key in FIELD_NAMES if before.get(key) != after.get(key)]
    return tuple(FIELD_NAMES[name] for name in names)


def describe_value(value: Any) -> str:
    """A snapshot value as one line of text for the history view."""
    if value is None or value == "" or value == []:
        return "\u2014"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict):
                parts.append(" \u00b7 ".join(str(v) for v in item.values() if v not in (None, "")))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(value)
