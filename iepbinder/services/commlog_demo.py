"""The demo's communication log, home journal, a concern and a letter already sent."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from iepbinder.domain.commlog import (
    Channel,
    Commitment,
    CommitmentStatus,
    EntryStatus,
    Initiator,
    LogEntryData,
    Participant,
)
from iepbinder.domain.concerns import ConcernData, ConcernStep, LadderStep
from iepbinder.domain.journal import AccommodationCheckData, JournalData
from iepbinder.domain.letters.model import SentVia
from iepbinder.services.commlog import CommLogService
from iepbinder.services.commlog_rows import local_zone
from iepbinder.services.concerns import ConcernService
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import ChildRow
from iepbinder.services.journal import JournalService
from iepbinder.services.letter_facts import PARENT_CONTACT_SETTING, LetterRequest
from iepbinder.services.letters import LetterService
from iepbinder.services.settings import SettingsService

EXTENDED_TIME = "Extended time (time and a half) on tests and quizzes"
BREAK_CARD = "Short movement break (up to 5 minutes) when she shows her break card"
TEXT_TO_SPEECH = "Text-to-speech for reading passages, except when decoding is being assessed"


def school_day_before(today: dt.date, days: int) -> dt.date:
    """``days`` before today, moved back to a Friday when that falls on a weekend."""
    day = today - dt.timedelta(days=days)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _school_days_back(today: dt.date, count: int) -> list[dt.date]:
    """The ``count`` school days before today, newest first."""
    days: list[dt.date] = []
    day = today
    while len(days) < count:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days


def _logged(day: dt.date, hour: int, delay_hours: float = 1.0) -> dt.datetime:
    moment = dt.datetime.combine(day, dt.time(hour), tzinfo=local_zone())
    return (moment + dt.timedelta(hours=delay_hours)).astimezone(dt.UTC)


def _person(name: str) -> Participant:
    return Participant(name)


def add_communication_demo(context: ServiceContext, child: ChildRow) -> None:
    """Fill the demo child's log, journal, accommodation checks, a concern and a sent letter."""
    today = context.today()
    SettingsService(context).put(
        PARENT_CONTACT_SETTING, "ana.rodriguez@example.com \u00b7 (555) 555-0142"
    )
    _journal(context, child.id, today)
    entries = _log(context, child.id, today)
    concern = _concern(context, child.id, today, entries)
    _sent_letter(context, child.id, today, concern)


def _log(context: ServiceContext, child_id: int, today: dt.date) -> dict[str, int]:
    log = CommLogService(context)
    day = lambda days: school_day_before(today, days)  # noqa: E731 - a local shorthand
    ids: dict[str, int] = {}

    def add(key: str, data: LogEntryData, hour: int, delay: float = 1.0) -> None:
        ids[key] = log.add_entry(child_id, data, _logged(data.event_date, hour, delay)).row.id

    add("schedule", LogEntryData(
        day(70), Channel.EMAIL, dt.time(19, 40), Initiator.PARENT, (_person("Karen Liu"),),
        topic="Reading group schedule for the new term",
        summary="Asked which days Maya has the resource-room reading group this term.",
        requests_made=("The days and times of the reading group",), status=EntryStatus.DONE,
    ), 19)  # fmt: skip
    add("schedule_reply", LogEntryData(
        day(69), Channel.EMAIL, dt.time(15, 5), Initiator.SCHOOL, (_person("Karen Liu"),),
        topic="Re: Reading group schedule", status=EntryStatus.DONE,
        summary="Reading group is daily at 10:15 in room 14, groups of four.",
    ), 15)  # fmt: skip
    add("teacher_call", LogEntryData(
        day(63), Channel.PHONE, dt.time(15, 30), Initiator.SCHOOL, (_person("Daniel Brooks"),),
        topic="Maya left the classroom twice during independent writing",
        summary="Mr. Brooks called: Maya left the room twice on Tuesday without using her break "
        "card. He asked whether she uses the card at home. I said we practise it on weekends.",
        status=EntryStatus.DONE,
    ), 15, delay=96)  # fmt: skip
    add("meeting", LogEntryData(
        day(45), Channel.MEETING, dt.time(8, 0), Initiator.SCHOOL,
        tuple(_person(n) for n in ("Karen Liu", "James Okafor", "Rosa Jiménez", "Daniel Brooks")),
        topic="Fall progress check-in",
        planned_purpose="Review first-quarter progress and the speech schedule",
        summary="Reading fluency is at 61 words correct per minute (goal 90). Three speech "
        "sessions were missed in October while Mr. Okafor was out. The break card is used about "
        "half the time.",
        requests_made=("The reading data sheets", "A make-up schedule for the missed speech "
                       "sessions", "A second weekly reading session"),
        disagreements=("A second weekly reading session was left for the annual review.",),
        commitments=(
            Commitment("Karen Liu", "Send the reading fluency data sheets", day(38),
                       CommitmentStatus.DONE),
            Commitment("James Okafor", "Send a make-up schedule for the missed speech sessions",
                       day(31)),
            Commitment("Daniel Brooks", "Start a daily break-card chart", day(40),
                       CommitmentStatus.DONE),
        ),
        follow_up_needed=True, follow_up_due=day(31), status=EntryStatus.OPEN,
    ), 8, delay=3)  # fmt: skip
    add("data_sheets", LogEntryData(
        day(38), Channel.EMAIL, dt.time(16, 20), Initiator.SCHOOL, (_person("Karen Liu"),),
        topic="Reading fluency data sheets", status=EntryStatus.DONE,
        summary="Sent the weekly probe sheets from September and October (PDF).",
    ), 16)  # fmt: skip
    add("math_quiz", LogEntryData(
        day(24), Channel.EMAIL, dt.time(20, 10), Initiator.PARENT, (_person("Daniel Brooks"),),
        topic="Extended time on the math quiz",
        summary="Maya said she had to hand in Friday's math quiz at the bell without extended "
        "time and could not finish the word problems. Asked whether extended time was given.",
        requests_made=("Whether extended time was given on the quiz",),
        status=EntryStatus.DONE,
    ), 20)  # fmt: skip
    add("math_reply", LogEntryData(
        day(22), Channel.EMAIL, dt.time(7, 45), Initiator.SCHOOL, (_person("Daniel Brooks"),),
        topic="Re: Extended time on the math quiz", status=EntryStatus.DONE,
        summary="Mr. Brooks wrote that a substitute gave the quiz and did not know about the "
        "accommodation. Maya may finish the quiz this week.",
    ), 7)  # fmt: skip
    add("speech", LogEntryData(
        day(13), Channel.EMAIL, dt.time(21, 0), Initiator.PARENT, (_person("James Okafor"),),
        topic="Make-up sessions for the missed speech therapy",
        summary="Asked again for the make-up schedule promised at the fall check-in.",
        requests_made=("A schedule for the three speech sessions missed in October",),
        status=EntryStatus.WAITING,
    ), 21)  # fmt: skip
    add("office", LogEntryData(
        day(3), Channel.PHONE, dt.time(9, 10), Initiator.PARENT, (_person("Front office"),),
        topic="Date of the winter parent conferences",
        summary="Conferences are the second week of January; sign-up opens December 15.",
        status=EntryStatus.DONE,
    ), 9)  # fmt: skip
    return ids


def _journal(context: ServiceContext, child_id: int, today: dt.date) -> None:
    journal = JournalService(context)
    moods = (4, 3, 3, 2, 2, 3, 4, 3, 2, 1, 2, 3, 3, 4, 3, 2, 3, 4)
    stress = (2, 2, 3, 4, 4, 3, 2, 3, 4, 5, 4, 3, 3, 2, 3, 4, 3, 2)
    refusal = (0, 0, 1, 1, 2, 0, 0, 1, 2, 3, 1, 0, 1, 0, 0, 1, 0, 0)
    notes = {
        3: ("Math was too fast again.", "Cried over homework; needed a long break."),
        9: ("Said her tummy hurt and she did not want to go.", "Stayed home; calmer by noon."),
        13: ("Liked reading group today.", "Read a whole page to me without help."),
    }
    journal_days = _school_days_back(today, len(moods) * 2 + 2)[::-2][: len(moods)]
    for index, mood in enumerate(moods):
        day = journal_days[index]
        said, saw = notes.get(index, ("", ""))
        journal.add_journal(
            child_id, JournalData(day, mood, stress[index], refusal[index], said, saw)
        )
    choices = {choice.text: choice.id for choice in journal.accommodation_choices(child_id)}
    checks = (
        (EXTENDED_TIME, "Math", ((26, False), (24, False), (17, True), (10, False), (5, True))),
        (TEXT_TO_SPEECH, "Science", ((25, True), (18, True), (11, True))),
        (BREAK_CARD, "All classes", ((23, True), (16, False), (9, True))),
    )
    for text, class_name, days in checks:
        for days_ago, provided in days:
            journal.add_check(
                child_id,
                AccommodationCheckData(
                    school_day_before(today, days_ago), text, class_name, provided,
                    choices.get(text),
                ),
            )  # fmt: skip


def _concern(
    context: ServiceContext, child_id: int, today: dt.date, entries: dict[str, int]
) -> int:
    concerns = ConcernService(context)
    first_missed = school_day_before(today, 26)
    concern = concerns.add_concern(
        child_id,
        ConcernData(
            title="Extended time not given on math tests and quizzes",
            description="The IEP gives time and a half on tests and quizzes. In math it was "
            "not given on three of the five days I checked.",
            class_or_setting="Math",
            problem_date=first_missed,
            knew_date=school_day_before(today, 24),
            steps=(
                ConcernStep(
                    LadderStep.TEACHER, school_day_before(today, 24), "Daniel Brooks",
                    "Emailed; he said a substitute did not know about the accommodation.",
                ),
            ),
        ),
    ).row  # fmt: skip
    for key in ("math_quiz", "math_reply"):
        concerns.link_entry(concern.id, entries[key])
    return concern.id


def _sent_letter(context: ServiceContext, child_id: int, today: dt.date, concern_id: int) -> None:
    sent_on = school_day_before(today, 6)
    then = replace(context, today=lambda: sent_on)
    letters = LetterService(then)
    draft = letters.draft(child_id, LetterRequest("accommodation_concern", concern_id=concern_id))
    letters.use_letter(child_id, draft.data, SentVia.EMAIL)
