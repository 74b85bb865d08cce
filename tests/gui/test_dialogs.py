"""The add/edit forms, driven by the keyboard as a parent would: what Save hands to the service."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QToolButton,
    QWidget,
)

from iepbinder.domain.amount import Amount
from iepbinder.domain.records import (
    AccommodationData,
    ChildData,
    ContactData,
    GoalData,
    IepData,
    ServiceData,
)
from iepbinder.domain.types import (
    Delivery,
    Direction,
    GroupSize,
    HolidayPolicy,
    IepKind,
    Metric,
    Period,
    Setting,
    WeekDefinition,
)
from iepbinder.domain.validation import FieldError
from iepbinder.gui.dialogs.accommodation_dialog import AccommodationDialog
from iepbinder.gui.dialogs.amend_dialog import AmendDialog, AmendInput
from iepbinder.gui.dialogs.base import RecordDialog
from iepbinder.gui.dialogs.child_dialog import ChildDialog
from iepbinder.gui.dialogs.goal_dialog import GoalDialog
from iepbinder.gui.dialogs.plan_dialog import PlanDialog
from iepbinder.gui.dialogs.service_dialog import ServiceDialog
from iepbinder.gui.dialogs.team_member_dialog import TeamMemberDialog, TeamMemberInput
from iepbinder.gui.tasks import SyncRunner
from iepbinder.services.errors import ValidationError

TODAY = dt.date(2026, 3, 14)
PNG_DIR = Path("/tmp/dialogs")


class Recorder:
    """A ``save`` that remembers what it got, or raises the error it was given."""

    def __init__(self, error: Exception | None = None) -> None:
        self.calls: list[Any] = []
        self.error = error

    def __call__(self, data: Any) -> str:
        self.calls.append(data)
        if self.error is not None:
            raise self.error
        return "saved"


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer 'Discard' to any 'Discard changes?' question, and remember that it was asked."""
    asked: list[str] = []

    def answer(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def open_dialog(qtbot: Any, questions: list[str]) -> Iterator[Callable[..., Any]]:
    """Build a dialog with a SyncRunner, show it and wait until it has the keyboard."""
    opened: list[RecordDialog[Any]] = []

    def build(cls: Any, save: Recorder, data: Any = None) -> Any:
        dialog = cls(
            None, "Test form", runner=SyncRunner(), save=save, today=lambda: TODAY, data=data
        )
        qtbot.addWidget(dialog)
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return dialog

    yield build
    for dialog in opened:  # hidden dialogs close without asking about unsaved changes
        dialog.hide()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def fill_by_keyboard(qtbot: Any, steps: list[tuple[QWidget, str]]) -> None:
    """Type each text into the field that has the focus, checking it is the expected one."""
    for widget, text in steps:
        if isinstance(focused(), QToolButton):  # a date box's calendar button is a tab stop
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is widget, f"focus is on {focused()!r}, expected {widget.accessibleName()}"
        if text:
            qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def save_button(dialog: RecordDialog[Any]) -> QAbstractButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def press_save(qtbot: Any, dialog: RecordDialog[Any]) -> None:
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)


def error_text(dialog: RecordDialog[Any], name: str) -> str:
    """The message shown under a field ('' when none is visible)."""
    label = dialog.rows[name].error_label
    return label.text() if label.isVisibleTo(dialog) else ""


# Child ----------------------------------------------------------------------------------
def test_child_typed_by_keyboard_and_saved_with_enter(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(ChildDialog, save)
    assert focused() is dialog.first_name
    fill_by_keyboard(
        qtbot,
        [
            (dialog.first_name, "Samuel"),
            (dialog.last_name, "Rivera"),
            (dialog.preferred_name, "Sam"),
            (dialog.date_of_birth.edit, "5/3/2017"),
            (dialog.school, "Lincoln Elementary"),
            (dialog.grade, "3rd"),
            (dialog.district, "Springfield USD"),
            (dialog.eligibility, "Speech or language impairment"),
            (dialog.primary_language, "English"),
            (dialog.parent_names, "Ana and Luis Rivera"),
            (dialog.notes, "Loves trains."),
        ],
    )
    qtbot.keyClick(dialog.grade, Qt.Key.Key_Return)
    assert save.calls == [
        ChildData(
            first_name="Samuel",
            last_name="Rivera",
            preferred_name="Sam",
            date_of_birth=dt.date(2017, 5, 3),
            school="Lincoln Elementary",
            grade="3rd",
            district="Springfield USD",
            eligibility="Speech or language impairment",
            primary_language="English",
            parent_names="Ana and Luis Rivera",
            notes="Loves trains.",
        )
    ]
    assert dialog.result_value == "saved"
    assert not dialog.isVisible()


def test_child_without_first_name_shows_message_and_is_not_saved(
    qtbot: Any, open_dialog: Any
) -> None:
    save = Recorder()
    dialog = open_dialog(ChildDialog, save)
    qtbot.keyClicks(dialog.last_name, "Rivera")
    press_save(qtbot, dialog)
    assert save.calls == []
    assert error_text(dialog, "first_name") == "\u26a0 First name is required."
    assert focused() is dialog.first_name
    assert dialog.isVisible()


def test_child_bad_date_shows_message(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(ChildDialog, save)
    qtbot.keyClicks(dialog.first_name, "Sam")
    qtbot.keyClicks(dialog.date_of_birth.edit, "31/31")
    press_save(qtbot, dialog)
    assert save.calls == []
    assert "'31/31' is not a real date." in error_text(dialog, "date_of_birth")
    qtbot.keyClicks(dialog.date_of_birth.edit, "x")  # still wrong: the message stays
    dialog.date_of_birth.edit.clear()
    press_save(qtbot, dialog)
    assert save.calls == [ChildData(first_name="Sam")]


def test_child_error_from_the_service_shows_under_the_field(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder(ValidationError([FieldError("first_name", "Sam is already in this binder.")]))
    dialog = open_dialog(ChildDialog, save)
    qtbot.keyClicks(dialog.first_name, "Sam")
    press_save(qtbot, dialog)
    assert len(save.calls) == 1
    assert error_text(dialog, "first_name") == "\u26a0 Sam is already in this binder."
    assert dialog.isVisible()
    assert save_button(dialog).isEnabled()


def test_child_edit_prefills_and_unchanged_cancel_does_not_ask(
    qtbot: Any, open_dialog: Any, questions: list[str]
) -> None:
    data = ChildData(
        first_name="Samuel",
        last_name="Rivera",
        date_of_birth=dt.date(2017, 5, 3),
        grade="3rd",
        notes="Loves trains.",
    )
    dialog = open_dialog(ChildDialog, Recorder(), data)
    assert dialog.date_of_birth.text() == "2017-05-03"
    dialog.reject()
    assert questions == []
    assert not dialog.isVisible()


def test_changed_form_asks_before_closing(
    qtbot: Any, open_dialog: Any, questions: list[str]
) -> None:
    dialog = open_dialog(ChildDialog, Recorder())
    qtbot.keyClicks(dialog.first_name, "S")
    dialog.reject()
    assert questions == ["Discard changes?"]


# Plan ------------------------------------------------------------------------------------
def test_plan_typed_by_keyboard_leaves_blank_due_dates_none(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(PlanDialog, save)
    assert focused() is dialog.kind
    fill_by_keyboard(
        qtbot,
        [
            (dialog.kind, "Init"),
            (dialog.title, "Initial IEP"),
            (dialog.dates["meeting_date"].edit, "9/15/2025"),
            (dialog.dates["consent_date"].edit, "9/18/2025"),
            (dialog.dates["start_date"].edit, "9/22/2025"),
            (dialog.dates["end_date"].edit, "9/14/2026"),
            (dialog.dates["annual_review_due"].edit, ""),
            (dialog.dates["last_evaluation_date"].edit, "6/1/2025"),
            (dialog.dates["reevaluation_due"].edit, ""),
            (dialog.progress_report_schedule, "Quarterly"),
        ],
    )
    press_save(qtbot, dialog)
    assert save.calls == [
        IepData(
            kind=IepKind.INITIAL,
            title="Initial IEP",
            meeting_date=dt.date(2025, 9, 15),
            consent_date=dt.date(2025, 9, 18),
            start_date=dt.date(2025, 9, 22),
            end_date=dt.date(2026, 9, 14),
            last_evaluation_date=dt.date(2025, 6, 1),
            progress_report_schedule="Quarterly",
        )
    ]


def test_plan_end_before_start_is_shown_at_the_end_date(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(PlanDialog, save)
    qtbot.keyClicks(dialog.dates["start_date"].edit, "9/22/2025")
    qtbot.keyClicks(dialog.dates["end_date"].edit, "9/1/2025")
    press_save(qtbot, dialog)
    assert save.calls == []
    assert error_text(dialog, "end_date") == "\u26a0 End date is before the start date."


# Service ---------------------------------------------------------------------------------
def test_service_reads_the_amount_as_it_is_typed(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog(ServiceDialog, Recorder())
    dialog.user_confirmed.setChecked(True)
    qtbot.keyClicks(dialog.raw_text, "30 min 2x/week")
    qtbot.waitUntil(lambda: dialog.sessions.low.value() == 2)  # read after a short pause
    assert dialog.minutes.values() == (30, None)
    assert dialog.total.values() == (60, None)
    assert dialog.period.currentData() is Period.WEEK
    assert dialog.reads_as.text() == "2 x 30 min per week (60 min)"
    assert dialog.read_status.text().startswith("Read with high confidence")
    assert not dialog.user_confirmed.isChecked()


def test_service_read_amount_button_and_notes(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog(ServiceDialog, Recorder())
    dialog.raw_text.setText("60 min/month")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.sessions.values() == (None, None)
    assert dialog.total.values() == (60, None)
    assert dialog.reads_as.text() == "60 min per month"
    dialog.raw_text.setText("speech as needed")
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert dialog.read_status.text().startswith("Please check: The commitment is unclear")
    assert "\u26a0 SVC-LINT-2: Commitment unclear" in dialog.checks.text()


def test_service_typed_by_keyboard(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(ServiceDialog, save)
    assert focused() is dialog.service_type
    fill_by_keyboard(
        qtbot,
        [
            (dialog.service_type, "Speech-language therapy"),
            (dialog.raw_text, "30 min 2x/week"),
            (dialog.read_button, ""),
            (dialog.sessions.low, ""),
            (dialog.sessions.high, ""),
            (dialog.minutes.low, ""),
            (dialog.minutes.high, ""),
            # the total is worked out (2 x 30), so it is not a tab stop; cycle days is off
            (dialog.period, ""),
            (dialog.user_confirmed, " "),
            (dialog.delivery, ""),
            (dialog.setting, "Pull"),
            (dialog.group, ""),
            (dialog.location_text, "Speech room"),
            (dialog.provider_role, "Speech-language pathologist"),
            (dialog.provider_name, "Ms. Lee"),
            (dialog.start_date.edit, "9/2/2025"),
            (dialog.end_date.edit, "6/19/2026"),
            (dialog.esy, ""),
            (dialog.holiday_policy, ""),
            (dialog.week_definition, ""),
            (dialog.page_ref, "12"),
            (dialog.notes, "Pull-out in the speech room."),
        ],
    )
    assert dialog.checks.text() == "Nothing to ask the team about."
    press_save(qtbot, dialog)
    assert save.calls == [
        ServiceData(
            service_type="Speech-language therapy",
            raw_text="30 min 2x/week",
            amount=Amount(
                period=Period.WEEK,
                sessions_per_period=2,
                minutes_per_session=30,
                total_minutes_per_period=60,
            ),
            provider_role="Speech-language pathologist",
            provider_name="Ms. Lee",
            delivery=Delivery.DIRECT,
            setting=Setting.SEPARATE_PULL_OUT,
            location_text="Speech room",
            page_ref="12",
            start_date=dt.date(2025, 9, 2),
            end_date=dt.date(2026, 6, 19),
            parse_confidence=1.0,
            user_confirmed=True,
            notes="Pull-out in the speech room.",
        )
    ]


def test_service_manual_amount_range_and_lint(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(ServiceDialog, save)
    assert dialog.checks.text() == "Checks appear here as you fill in the form."
    dialog.service_type.set_text("Counseling")
    dialog.sessions.set_values(1, None)
    dialog.minutes.set_values(20, 45)
    dialog.period.set_value(Period.CYCLE)
    dialog.cycle_days.setValue(6)
    assert dialog.reads_as.text() == "1 x 20\u201345 min per 6-day cycle (20\u201345 min)"
    text = dialog.checks.text()
    assert "\u26a0 SVC-LINT-1: This range spans 25 minutes" in text
    assert "\u26a0 SVC-LINT-3:" in text and "\u26a0 SVC-LINT-4:" in text
    dialog.minutes.set_values(30, 30)
    press_save(qtbot, dialog)
    assert save.calls == []
    assert "high end must be more than the low end" in error_text(dialog, "minutes_per_session_max")
    dialog.minutes.set_values(30, None)
    dialog.period.set_value(None)
    press_save(qtbot, dialog)
    assert error_text(dialog, "period") == "\u26a0 Choose the period (per week, per month, ...)."
    assert error_text(dialog, "minutes_per_session_max") == ""
    assert save.calls == []


def test_service_total_is_worked_out_while_sessions_and_minutes_are_given(
    open_dialog: Any,
) -> None:
    dialog = open_dialog(ServiceDialog, Recorder())
    dialog.sessions.set_values(2, 3)
    dialog.minutes.set_values(30, None)
    assert dialog.total.values() == (60, 90)
    assert dialog.total.low.isReadOnly()
    dialog.minutes.set_values(None, None)
    assert dialog.total.values() == (None, None)
    assert not dialog.total.low.isReadOnly()
    dialog.sessions.set_values(None, None)
    dialog.total.set_values(60, None)
    dialog.period.set_value(Period.MONTH)
    assert dialog.current_amount() == Amount(period=Period.MONTH, total_minutes_per_period=60)


def test_service_edit_round_trip_keeps_confirmation(qtbot: Any, open_dialog: Any) -> None:
    data = ServiceData(
        service_type="Occupational therapy",
        raw_text="Consultation 4x/year, 15 min",
        amount=Amount(
            period=Period.IEP_YEAR,
            sessions_per_period=4,
            minutes_per_session=15,
            total_minutes_per_period=60,
            delivery=Delivery.INDIRECT_CONSULT,
        ),
        delivery=Delivery.INDIRECT_CONSULT,
        setting=Setting.OTHER,
        setting_other="Teacher meeting",
        group_size=GroupSize.EITHER,
        group_max=4,
        week_definition=WeekDefinition.SCHOOL_WEEK,
        holiday_policy=HolidayPolicy.ZERO_WHEN_CLOSED,
        esy=True,
        parse_confidence=0.8,
        user_confirmed=True,
    )
    save = Recorder()
    dialog = open_dialog(ServiceDialog, save, data)
    dialog.raw_text.setFocus()
    qtbot.keyClick(dialog.raw_text, Qt.Key.Key_Tab)  # leaving the box unchanged does not re-read
    press_save(qtbot, dialog)
    assert save.calls == [data]


# Accommodation ---------------------------------------------------------------------------
def test_accommodation_typed_by_keyboard(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(AccommodationDialog, save)
    fill_by_keyboard(
        qtbot,
        [
            (dialog.text, "Extended time (1.5x) on tests"),
            (dialog.category, "Timing"),
            (dialog.applies_to, "Math,  Science, , All classes"),
            (dialog.page_ref, "14"),
            (dialog.notes, "Also for state tests."),
        ],
    )
    press_save(qtbot, dialog)
    assert save.calls == [
        AccommodationData(
            text="Extended time (1.5x) on tests",
            category="Timing",
            applies_to=("Math", "Science", "All classes"),
            page_ref="14",
            notes="Also for state tests.",
        )
    ]


def test_accommodation_needs_text(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(AccommodationDialog, save)
    press_save(qtbot, dialog)
    assert save.calls == []
    assert error_text(dialog, "text") == "\u26a0 Accommodation is required."


# Goal ------------------------------------------------------------------------------------
def test_goal_typed_by_keyboard(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(GoalDialog, save)
    assert focused() is dialog.text
    lines = dialog.lines
    fill_by_keyboard(
        qtbot,
        [
            (dialog.text, "Sam will read aloud 90 words correct per minute."),
            (lines["area"], "Reading fluency"),
            (lines["condition"], "Given a 3rd-grade passage"),
            (lines["behavior"], "Read aloud"),
            (dialog.metric_combo, "Words"),
            (lines["unit"], "WCPM"),
            (dialog.direction, ""),
            (dialog.baseline_value, "42"),
            (dialog.baseline_date.edit, "9/10/2025"),
            (lines["baseline_text"], "42 WCPM (median of 3 probes)"),
            (lines["baseline_source"], "Fall CBM"),
            (dialog.baseline_probes, "40, 42, 45"),
            (dialog.target_value, "90"),
            (dialog.target_date.edit, "6/1/2026"),
            (lines["criterion_text"], "90 WCPM on 3 consecutive probes"),
            (lines["measurement_method"], "CBM probes"),
            (lines["measurement_frequency"], "Weekly"),
            (lines["responsible_role"], "Special education teacher"),
        ],
    )
    qtbot.keyClicks(dialog.objectives, "60 WCPM by January")
    qtbot.keyClick(dialog.objectives, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.objectives, "75 WCPM by March")
    qtbot.keyClick(dialog.objectives, Qt.Key.Key_Return)  # a trailing blank line is ignored
    qtbot.keyClick(dialog.objectives, Qt.Key.Key_Tab)
    fill_by_keyboard(qtbot, [(lines["page_ref"], "9")])
    assert dialog.checks.text() == "Nothing to ask the team about."
    press_save(qtbot, dialog)
    assert save.calls == [
        GoalData(
            text="Sam will read aloud 90 words correct per minute.",
            area="Reading fluency",
            condition="Given a 3rd-grade passage",
            behavior="Read aloud",
            metric=Metric.WCPM,
            unit="WCPM",
            direction=Direction.INCREASE,
            baseline_value=42.0,
            baseline_date=dt.date(2025, 9, 10),
            baseline_text="42 WCPM (median of 3 probes)",
            baseline_source="Fall CBM",
            baseline_probes=(40.0, 42.0, 45.0),
            target_value=90.0,
            target_date=dt.date(2026, 6, 1),
            criterion_text="90 WCPM on 3 consecutive probes",
            measurement_method="CBM probes",
            measurement_frequency="Weekly",
            responsible_role="Special education teacher",
            short_term_objectives=("60 WCPM by January", "75 WCPM by March"),
            page_ref="9",
        )
    ]


def test_goal_warns_about_teacher_observation(qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog(GoalDialog, Recorder())
    qtbot.keyClicks(dialog.lines["measurement_method"], "Teacher observation")
    text = dialog.checks.text()
    assert re.search(
        r"^\u26a0 GOAL-LINT-3: Progress is measured only by 'Teacher observation'",
        text,
        re.MULTILINE,
    )
    assert "\u26a0 GOAL-LINT-1:" in text and "\u26a0 GOAL-LINT-2:" in text
    qtbot.keyClicks(dialog.lines["measurement_method"], " and CBM probes")
    assert "GOAL-LINT-3" not in dialog.checks.text()


def test_goal_bad_numbers_show_messages(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(GoalDialog, save)
    qtbot.keyClicks(dialog.text, "Write a paragraph.")
    qtbot.keyClicks(dialog.baseline_value, "about half")
    qtbot.keyClicks(dialog.baseline_probes, "3, four")
    qtbot.keyClicks(dialog.target_date.edit, "31/31")
    press_save(qtbot, dialog)
    assert save.calls == []
    assert error_text(dialog, "baseline_value") == "\u26a0 Type a number, e.g. 52"
    assert "separated by commas" in error_text(dialog, "baseline_probes")
    assert "is not a real date" in error_text(dialog, "target_date")
    assert focused() is dialog.baseline_value


def test_goal_edit_round_trip(qtbot: Any, open_dialog: Any) -> None:
    data = GoalData(
        text="Solve 2-step problems.",
        metric=Metric.PERCENT_ACCURACY,
        direction=Direction.DECREASE,
        baseline_value=52.5,
        baseline_probes=(50, 52.5),
        target_value=80,
        short_term_objectives=("One", "Two"),
        page_ref="7",
    )
    save = Recorder()
    dialog = open_dialog(GoalDialog, save, data)
    assert dialog.baseline_probes.text() == "50, 52.5"
    press_save(qtbot, dialog)
    assert save.calls == [data]


# Team member -----------------------------------------------------------------------------
def test_team_member_typed_by_keyboard(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(TeamMemberDialog, save)
    fill_by_keyboard(
        qtbot,
        [
            (dialog.name, "Dana Lee"),
            (dialog.role, "Speech-language pathologist"),
            (dialog.team_role, "Case manager"),
            (dialog.email, "dlee@school.org"),
            (dialog.phone, "555-0100"),
            (dialog.organization, "Lincoln Elementary"),
            (dialog.notes, "Best reached by email."),
        ],
    )
    press_save(qtbot, dialog)
    assert save.calls == [
        TeamMemberInput(
            contact=ContactData(
                name="Dana Lee",
                role="Speech-language pathologist",
                email="dlee@school.org",
                phone="555-0100",
                organization="Lincoln Elementary",
                notes="Best reached by email.",
            ),
            team_role="Case manager",
        )
    ]


def test_team_member_needs_name_and_real_email(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    data = TeamMemberInput(ContactData(name="Dana Lee"), "Case manager")
    dialog = open_dialog(TeamMemberDialog, save, data)
    dialog.name.clear()
    qtbot.keyClicks(dialog.email, "dana at school")
    press_save(qtbot, dialog)
    assert save.calls == []
    assert error_text(dialog, "name") == "\u26a0 Name is required."
    assert error_text(dialog, "email") == "\u26a0 This does not look like an email address."


# Amend -----------------------------------------------------------------------------------
def test_amend_typed_by_keyboard(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(AmendDialog, save)
    assert focused() is dialog.effective_date.edit
    fill_by_keyboard(
        qtbot,
        [
            (dialog.effective_date.edit, "1/12/2026"),
            (dialog.meeting_date.edit, "1/8/2026"),
            (dialog.title, "Amendment: added counseling"),
        ],
    )
    press_save(qtbot, dialog)
    assert save.calls == [
        AmendInput(dt.date(2026, 1, 12), dt.date(2026, 1, 8), "Amendment: added counseling")
    ]


def test_amend_needs_effective_date(qtbot: Any, open_dialog: Any) -> None:
    save = Recorder()
    dialog = open_dialog(AmendDialog, save)
    qtbot.keyClicks(dialog.meeting_date.edit, "31/31")
    press_save(qtbot, dialog)
    assert save.calls == []
    message = "\u26a0 Give the date the amendment takes effect."
    assert error_text(dialog, "effective_date") == message
    assert "is not a real date" in error_text(dialog, "meeting_date")


def test_amend_service_error_about_start_shows_at_effective_date(
    qtbot: Any, open_dialog: Any
) -> None:
    message = "The amendment starts after the plan it amends ends."
    save = Recorder(ValidationError([FieldError("start_date", message)]))
    dialog = open_dialog(AmendDialog, save)
    qtbot.keyClicks(dialog.effective_date.edit, "12/1/2026")
    press_save(qtbot, dialog)
    assert error_text(dialog, "effective_date") == f"\u26a0 {message}"


# Every form ------------------------------------------------------------------------------
ALL_DIALOGS = [
    ("child", ChildDialog),
    ("plan", PlanDialog),
    ("service", ServiceDialog),
    ("accommodation", AccommodationDialog),
    ("goal", GoalDialog),
    ("team_member", TeamMemberDialog),
    ("amend", AmendDialog),
]


SAMPLES = [
    (
        ChildDialog,
        ChildData(
            "Samuel",
            "Rivera",
            "Sam",
            dt.date(2017, 5, 3),
            "Lincoln",
            "3rd",
            "Springfield",
            "Autism",
            "Spanish",
            "Ana Rivera",
            "Line 1\nLine 2",
        ),
    ),
    (
        PlanDialog,
        IepData(
            IepKind.REEVALUATION,
            "Re-eval IEP",
            dt.date(2025, 9, 15),
            dt.date(2025, 9, 18),
            dt.date(2025, 9, 22),
            dt.date(2026, 9, 14),
            dt.date(2026, 9, 15),
            dt.date(2025, 6, 1),
            dt.date(2028, 6, 1),
            "Quarterly",
            "Signed in part.",
        ),
    ),
    (
        AccommodationDialog,
        AccommodationData(
            "Preferential seating", "Setting", ("Math", "All classes"), "14", "Near the board"
        ),
    ),
    (
        TeamMemberDialog,
        TeamMemberInput(
            ContactData("Dana Lee", "SLP", "d@school.org", "555", "Lincoln", "Tuesdays"),
            "Case manager",
        ),
    ),
    (AmendDialog, AmendInput(dt.date(2026, 1, 12), None, "Amendment")),
]


@pytest.mark.parametrize(("cls", "data"), SAMPLES)
def test_edit_prefills_every_field(qtbot: Any, open_dialog: Any, cls: Any, data: Any) -> None:
    save = Recorder()
    dialog = open_dialog(cls, save, data)
    press_save(qtbot, dialog)
    assert save.calls == [data]


@pytest.mark.parametrize(("name", "cls"), ALL_DIALOGS)
def test_mnemonics_are_unique(name: str, cls: Any, open_dialog: Any) -> None:
    dialog = open_dialog(cls, Recorder())
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    keys = [m.group(1).lower() for t in texts for m in re.finditer(r"&([^&\s])", t)]
    assert len(keys) == len(set(keys)), f"{name}: repeated mnemonics {sorted(keys)}"
    assert len(keys) >= 3


@pytest.mark.parametrize(("name", "cls"), ALL_DIALOGS)
def test_grab_png(name: str, cls: Any, qtbot: Any, open_dialog: Any) -> None:
    dialog = open_dialog(cls, Recorder())
    qtbot.wait(50)
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(PNG_DIR / f"{name}.png"))
    if cls is ServiceDialog:
        dialog.raw_text.setFocus()
        qtbot.keyClicks(dialog.raw_text, "two 30-minute sessions per week")
        qtbot.keyClick(dialog.raw_text, Qt.Key.Key_Tab)
        qtbot.wait(50)
        assert dialog.grab().save(str(PNG_DIR / "service_filled.png"))
    if cls is GoalDialog:
        dialog.lines["measurement_method"].setFocus()
        qtbot.keyClicks(dialog.lines["measurement_method"], "Teacher observation")
        qtbot.wait(50)
        assert dialog.grab().save(str(PNG_DIR / "goal_checks.png"))


def test_checkboxes_have_accessible_names(open_dialog: Any) -> None:
    dialog = open_dialog(ServiceDialog, Recorder())
    names = {box.accessibleName() for box in dialog.findChildren(QCheckBox)}
    assert names == {"I checked these numbers against the IEP page", "Extended school year (ESY)"}
