"""The demo's progress reports: a careful spring report, a fall report with red flags, one due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from iepbinder.domain.progress_records import ProgressReportData, ReportEntryData, ReportStatus

S = ReportStatus


def demo_reports(
    year: int, goal_ids: Sequence[int]
) -> list[tuple[ProgressReportData, list[ReportEntryData]]]:
    """Spring (end of year), fall quarter 1 (with red flags) and winter quarter 2 (expected).

    ``goal_ids`` are the demo goals in IEP order: reading, writing, math, articulation,
    self-regulation.
    """
    if len(goal_ids) < 5:
        return []
    reading, writing, math, speech, behaviour = goal_ids[:5]
    spring = ProgressReportData(
        f"Spring {year} (end of year)",
        period_end=dt.date(year, 6, 5),
        expected_date=dt.date(year, 6, 12),
        received_date=dt.date(year, 6, 12),
    )
    fall = ProgressReportData(
        f"Fall {year}, quarter 1",
        period_end=dt.date(year, 10, 16),
        expected_date=dt.date(year, 10, 30),
        received_date=dt.date(year, 10, 30),
    )
    winter = ProgressReportData(
        f"Winter {year}\u2013{str(year + 1)[2:]}, quarter 2",
        period_end=dt.date(year + 1, 1, 15),
        expected_date=dt.date(year + 1, 1, 29),
    )
    spring_entries = [
        ReportEntryData(
            reading,
            S.SUFFICIENT,
            "Maya read 63 words correct per minute with 96% accuracy on the June 2 "
            "probe, up from a baseline of 52. Her graph of weekly probes is attached.",
            63,
        ),
        ReportEntryData(writing, S.INSUFFICIENT, WRITING_SPRING, 3),
        ReportEntryData(
            math,
            S.INSUFFICIENT,
            "Maya solved two-step word problems with 41% accuracy on the May 26 "
            "probe (baseline 35%). We will add a daily bar-model warm-up in the fall.",
            41,
        ),
        ReportEntryData(
            speech,
            S.SUFFICIENT,
            "Maya produced /r/ correctly in 62% of words in structured conversation "
            "over the last three therapy sessions (baseline 40%).",
            62,
        ),
        ReportEntryData(
            behaviour,
            S.SUFFICIENT,
            "Maya left the classroom without permission 2 times a week on average in "
            "May (baseline 4) and used her break card 9 times.",
            2,
        ),
    ]
    fall_entries = [
        ReportEntryData(
            reading,
            S.SUFFICIENT,
            "Maya is making progress toward her reading goal. She continues to work "
            "on fluency in small group.",
        ),
        ReportEntryData(
            writing,
            S.INSUFFICIENT,
            WRITING_SPRING.replace("her May writing sample", "her October writing sample"),
            3,
        ),
        ReportEntryData(
            math,
            S.SUFFICIENT,
            "Maya solved two-step word problems correctly in 3 of 4 trials with "
            "verbal prompts. Her progress this quarter was limited by a lack of "
            "effort during independent work.",
            38,
        ),
        ReportEntryData(
            behaviour,
            S.NONE,
            "Behavior has been inconsistent this quarter. Maya needed frequent "
            "reminders to use her break card.",
        ),
    ]
    return [(spring, spring_entries), (fall, fall_entries), (winter, [])]


WRITING_SPRING = (
    "Maya wrote three complete sentences with a topic sentence in her May writing sample, up "
    "from two in March. End punctuation was correct in two of the three sentences."
)
