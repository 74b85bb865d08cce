"""Keep writing to a binder until killed, printing a line after each commit: write_loop.py MODE DIR.

MODE is one of: sessions, log, points, import. The parent test reads the lines, kills this
process with SIGKILL at a moment it chooses, reopens the binder and checks what survived.
"""

from __future__ import annotations

import datetime as dt
import sys
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from iepbinder.domain.commlog import Channel, Commitment, LogEntryData, Participant  # noqa: E402
from iepbinder.domain.progress_records import DataPointData  # noqa: E402
from iepbinder.domain.service_log import ReasonCode, SessionData, SessionStatus  # noqa: E402
from iepbinder.services.binder_services import open_services  # noqa: E402

TODAY = dt.date(2026, 11, 29)


def say(text: str) -> None:
    """One line the parent waits for; flushed so it arrives before the next write starts."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(mode: str, folder: Path) -> None:
    """Write in a loop; each committed write is announced with its running number."""
    services = open_services(folder, today=lambda: TODAY)
    child = services.children.choose_child(None)
    if mode == "import":
        source = Path(sys.argv[3]).read_bytes()
        target = open_services(folder.parent / "imported", create=True, today=lambda: TODAY)
        say("start")
        target.binder_file.import_bytes(source, "demo.json")
        say("committed 1")
        return
    goal = services.plans.list_goals(services.plans.current_plan(child.id).id)[0]  # type: ignore[union-attr]
    for number in count(1):
        day = dt.date(2026, 9, 1) + dt.timedelta(days=number % 200)
        if mode == "sessions":
            entries = [
                (name, SessionData(day, SessionStatus.MISSED, 30, 0, ReasonCode.PROVIDER_ABSENT))
                for name in ("Speech-language therapy", "Occupational therapy", "Counseling")
            ]
            services.sessions.log_sessions(child.id, entries)
        elif mode == "log":
            services.commlog.add_entry(
                child.id,
                LogEntryData(
                    day,
                    Channel.PHONE,
                    participants=(Participant("Karen Liu"), Participant("X")),
                    topic=f"Call {number}",
                    summary="Talked about the schedule.",
                    commitments=(Commitment("Karen", "send the schedule", day),),
                ),
            )
        elif mode == "points":
            services.progress_points.add_points(
                goal.id, [DataPointData(day, 50.0 + number % 10), DataPointData(day, 51.0)]
            )
        say(f"committed {number}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
