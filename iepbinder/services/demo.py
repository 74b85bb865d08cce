"""A demo binder with a realistic fictional child, built through the same services a parent uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from iepbinder.domain.amount import Amount
from iepbinder.domain.language import t
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
    IepKind,
    Metric,
    Period,
    Setting,
)
from iepbinder.services.children import ChildService
from iepbinder.services.commlog_demo import add_communication_demo
from iepbinder.services.context import ServiceContext
from iepbinder.services.documents_demo import add_demo_documents
from iepbinder.services.dto import ChildRow
from iepbinder.services.errors import ServiceError
from iepbinder.services.plans import PlanService
from iepbinder.services.progress_demo import add_demo_progress
from iepbinder.services.settings import SettingsService
from iepbinder.services.team import TeamService
from iepbinder.services.today_demo import add_demo_today

DEMO_FIRST_NAME = "Maya"


def demo_plan_year(today: dt.date) -> int:
    """The year of the most recent March IEP meeting whose plan is in effect on ``today``."""
    return today.year if today >= dt.date(today.year, 3, 24) else today.year - 1


def demo_child() -> ChildData:
    """The demo child: fictional, with the kind of detail a real binder holds."""
    return ChildData(
        first_name=DEMO_FIRST_NAME,
        last_name="Rodríguez",
        date_of_birth=dt.date(2017, 5, 14),
        school="Lincoln Elementary School",
        grade="3",
        district="Riverside Unified School District",
        eligibility="Specific learning disability (dyslexia); speech or language impairment",
        primary_language="English and Spanish",
        parent_names="Ana Rodríguez and David Rodríguez",
    )


def demo_plan(year: int) -> IepData:
    """The annual IEP in effect: met in March, running for a year."""
    return IepData(
        kind=IepKind.ANNUAL,
        title="Annual review",
        meeting_date=dt.date(year, 3, 10),
        consent_date=dt.date(year, 3, 17),
        start_date=dt.date(year, 3, 24),
        end_date=dt.date(year + 1, 3, 9),
        last_evaluation_date=dt.date(year - 2, 2, 20),
        progress_report_schedule="Quarterly, with report cards",
    )


def demo_services(year: int) -> list[ServiceData]:
    """Five services written five different ways, as real IEPs write them."""
    start, end = dt.date(year, 3, 24), dt.date(year + 1, 3, 9)
    return [
        ServiceData(
            service_type="Specialized academic instruction (reading)",
            raw_text="45 minutes daily, 5x/week, small group in the resource room",
            amount=Amount(Period.WEEK, None, 5, None, 45, None, 225, None),
            provider_role="Resource specialist",
            provider_name="Karen Liu",
            setting=Setting.SEPARATE_PULL_OUT,
            group_size=GroupSize.GROUP,
            group_max=4,
            location_text="Resource room",
            page_ref="12",
            start_date=start,
            end_date=end,
            parse_confidence=1.0,
            user_confirmed=True,
        ),
        ServiceData(
            service_type="Speech-language therapy",
            raw_text="30 min 2x/week",
            amount=Amount(Period.WEEK, None, 2, None, 30, None, 60, None),
            provider_role="Speech-language pathologist",
            provider_name="James Okafor",
            setting=Setting.SEPARATE_PULL_OUT,
            location_text="Speech room",
            page_ref="12",
            start_date=start,
            end_date=end,
            parse_confidence=1.0,
            user_confirmed=True,
        ),
        ServiceData(
            service_type="Occupational therapy",
            raw_text="60 min/month",
            amount=Amount(Period.MONTH, None, None, None, None, None, 60, None),
            provider_role="Occupational therapist",
            provider_name="Priya Shah",
            setting=Setting.GEN_ED_PUSH_IN,
            group_size=GroupSize.EITHER,
            location_text="General education classroom",
            page_ref="13",
            start_date=start,
            end_date=end,
            parse_confidence=1.0,
            user_confirmed=True,
        ),
        ServiceData(
            service_type="Counseling",
            raw_text="1 session per 6-day cycle, 30 minutes",
            amount=Amount(Period.CYCLE, 6, 1, None, 30, None, 30, None),
            provider_role="School psychologist",
            provider_name="Elena Marsh",
            setting=Setting.SEPARATE_PULL_OUT,
            group_size=GroupSize.GROUP,
            group_max=3,
            location_text="Counseling office",
            page_ref="13",
            start_date=start,
            end_date=end,
            parse_confidence=1.0,
            user_confirmed=True,
        ),
        ServiceData(
            service_type="Assistive technology consultation",
            raw_text="Consultation 4x/year, 15 min",
            amount=Amount(Period.IEP_YEAR, None, 4, None, 15, None, 60, None),
            provider_role="Assistive technology specialist",
            delivery=Delivery.INDIRECT_CONSULT,
            page_ref="14",
            start_date=start,
            end_date=end,
            parse_confidence=1.0,
            user_confirmed=False,
        ),
    ]


def demo_accommodations() -> list[AccommodationData]:
    """Seven accommodations with the classes where they apply."""
    every_class = ("All classes",)
    return [
        AccommodationData(
            "Extended time (time and a half) on tests and quizzes",
            "Timing",
            ("Math", "English language arts", "Science", "State assessments"),
            "15",
        ),
        AccommodationData(
            "Preferential seating near the point of instruction, away from the door",
            "Setting",
            every_class,
            "15",
        ),
        AccommodationData(
            "Text-to-speech for reading passages, except when decoding is being assessed",
            "Presentation",
            ("Science", "Social studies", "Math word problems"),
            "15",
        ),
        AccommodationData(
            "Copy of class notes or a guided-notes outline",
            "Presentation",
            ("Science", "Social studies"),
            "15",
        ),
        AccommodationData(
            "Reduced spelling list (10 words instead of 20), graded on the taught patterns",
            "Response",
            ("English language arts",),
            "16",
        ),
        AccommodationData(
            "Short movement break (up to 5 minutes) when she shows her break card",
            "Behavior",
            every_class,
            "16",
        ),
        AccommodationData(
            "Directions read aloud and checked for understanding",
            "Presentation",
            every_class,
            "16",
        ),
    ]


def demo_goals(year: int) -> list[GoalData]:
    """Five goals, one of them a decreasing behaviour goal and one measured only informally."""
    baseline_day, target_day = dt.date(year, 3, 3), dt.date(year + 1, 3, 9)
    return [
        GoalData(
            text="Given a 3rd-grade passage, Maya will read aloud at 90 words correct per minute "
            "with 95% accuracy.",
            area="Reading fluency",
            condition="Given a 3rd-grade passage",
            behavior="read aloud",
            metric=Metric.WCPM,
            unit="words correct per minute",
            baseline_value=52,
            baseline_date=baseline_day,
            baseline_text="52 WCPM (median of 48, 52 and 55)",
            baseline_source="CBM probes, March",
            baseline_probes=(48.0, 52.0, 55.0),
            target_value=90,
            target_date=target_day,
            criterion_text="90 WCPM with 95% accuracy on 3 consecutive weekly probes",
            measurement_method="Weekly CBM oral reading fluency probes",
            measurement_frequency="Weekly",
            responsible_role="Resource specialist",
            page_ref="8",
        ),
        GoalData(
            text="Given a topic prompt, Maya will write a paragraph of at least 5 sentences with "
            "a topic sentence and correct end punctuation in 4 of 5 writing samples.",
            area="Written expression",
            metric=Metric.COUNT,
            unit="complete sentences",
            baseline_value=2,
            baseline_date=baseline_day,
            baseline_text="2 complete sentences with adult prompting",
            target_value=5,
            target_date=target_day,
            criterion_text="5 sentences in 4 of 5 samples",
            measurement_method="Monthly writing samples scored with the district rubric",
            measurement_frequency="Monthly",
            responsible_role="Resource specialist",
            page_ref="9",
        ),
        GoalData(
            text="Given two-step word problems read aloud, Maya will choose the operations and "
            "solve them with 80% accuracy in 4 of 5 trials.",
            area="Math problem solving",
            metric=Metric.PERCENT_ACCURACY,
            unit="% correct",
            baseline_value=35,
            baseline_date=baseline_day,
            baseline_text="35% correct on two-step problems",
            target_value=80,
            target_date=target_day,
            criterion_text="80% in 4 of 5 trials",
            measurement_method="Biweekly curriculum-based math probes",
            measurement_frequency="Every two weeks",
            responsible_role="Third-grade teacher",
            page_ref="9",
        ),
        GoalData(
            text="In structured conversation, Maya will produce /r/ in all word positions with "
            "90% accuracy across 3 consecutive sessions.",
            area="Articulation",
            metric=Metric.PERCENT_ACCURACY,
            unit="% correct",
            baseline_value=40,
            baseline_date=baseline_day,
            baseline_text="40% correct /r/ in words",
            target_value=90,
            target_date=target_day,
            criterion_text="90% across 3 consecutive sessions",
            measurement_method="Speech therapy data sheets each session",
            measurement_frequency="Each session",
            responsible_role="Speech-language pathologist",
            page_ref="10",
        ),
        GoalData(
            text="When frustrated during independent work, Maya will use her break card or a "
            "coping strategy instead of leaving the classroom, reducing times she leaves "
            "without permission to 1 or fewer a week.",
            area="Self-regulation",
            metric=Metric.COUNT,
            unit="times a week",
            direction=Direction.DECREASE,
            baseline_value=4,
            baseline_date=baseline_day,
            baseline_text="Leaves the classroom about 4 times a week",
            target_value=1,
            target_date=target_day,
            criterion_text="1 or fewer a week for 4 consecutive weeks",
            measurement_method="Teacher observation",
            measurement_frequency="Weekly",
            responsible_role="School psychologist",
            page_ref="10",
        ),
    ]


def demo_team() -> list[tuple[ContactData, str]]:
    """The IEP team with the role each plays for the demo child."""
    domain = "riverside-usd.example.org"
    people = [
        ("Karen Liu", "Resource specialist", "kliu", "(555) 201-3344", "Case manager"),
        ("James Okafor", "Speech-language pathologist", "jokafor", "(555) 201-3350", ""),
        ("Priya Shah", "Occupational therapist", "pshah", "(555) 201-3351", ""),
        ("Daniel Brooks", "Third-grade teacher", "dbrooks", "(555) 201-3302", ""),
        ("Elena Marsh", "School psychologist", "emarsh", "(555) 201-3360", ""),
        ("Rosa Jiménez", "Special education coordinator", "rjimenez", "(555) 201-9000", ""),
        ("Linda Park", "Principal", "lpark", "(555) 201-3300", ""),
    ]
    return [
        (
            ContactData(name, role, f"{user}@{domain}", phone, "Lincoln Elementary School"),
            team_role,
        )
        for name, role, user, phone, team_role in people
    ]


DEMO_SETTING = "demo.created"


# Each area adds its part of the demo (a year of sessions, the log, documents, progress data)
# with a function (context, child) -> None, listed here in the order they run.
def _demo_sessions(context: ServiceContext, child: ChildRow) -> None:
    from iepbinder.services.demo_sessions import add_demo_sessions

    add_demo_sessions(context, child)


DEMO_EXTENSIONS: tuple[Callable[[ServiceContext, ChildRow], None], ...] = (
    _demo_sessions,
    add_demo_progress,
    add_communication_demo,
    add_demo_today,
    add_demo_documents,
)


class DemoService:
    """Makes and recognises the demo binder."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._settings = SettingsService(context)

    def is_demo(self) -> bool:
        """True when this binder was made as the demo binder."""
        return bool(self._settings.get(DEMO_SETTING, False))

    def ensure_demo(self) -> bool:
        """Fill an empty binder with the demo; True if made now, False if it was already there."""
        if self.is_demo():
            return False
        if ChildService(self._context).list_children():
            raise DemoNeedsEmptyBinderError()
        child = create_demo(self._context)
        for extend in DEMO_EXTENSIONS:
            extend(self._context, child)
        self._settings.put(DEMO_SETTING, self._context.today().isoformat())
        return True


class DemoNeedsEmptyBinderError(ServiceError):
    """The demo is only made in an empty binder, never mixed into a family's own records."""

    def __init__(self) -> None:
        super().__init__(
            t(
                "This binder already holds your own records, so no demo was added to it. "
                "Run the demo with a new folder (--binder NEW_FOLDER) or without --binder."
            )
        )


def create_demo(context: ServiceContext) -> ChildRow:
    """Fill an empty binder with the demo child, the current IEP, and the team."""
    year = demo_plan_year(context.today())
    children, plans, team = ChildService(context), PlanService(context), TeamService(context)
    child = children.add_child(demo_child()).row
    plan = plans.add_plan(child.id, demo_plan(year)).row
    for service in demo_services(year):
        plans.add_service(plan.id, service)
    for accommodation in demo_accommodations():
        plans.add_accommodation(plan.id, accommodation)
    for goal in demo_goals(year):
        plans.add_goal(plan.id, goal)
    for contact, team_role in demo_team():
        team.add_team_member(child.id, contact, team_role)
    return child
