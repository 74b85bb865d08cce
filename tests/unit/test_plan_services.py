"""Children, plans, items, team and trash through the services, against a real SQLite binder."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from iepbinder.domain.amount import Amount
from iepbinder.domain.records import (
    AccommodationData,
    ChildData,
    ContactData,
    GoalData,
    IepData,
    ServiceData,
)
from iepbinder.domain.types import IepKind, Period
from iepbinder.services.binder_services import BinderServices
from iepbinder.services.changes import Area
from iepbinder.services.dto import ChildRow, IepRow
from iepbinder.services.errors import (
    ChildNameUnknownError,
    ChildNotChosenError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from iepbinder.services.trash import ItemKind

SPEECH = ServiceData(
    service_type="Speech-language therapy",
    raw_text="30 min 2x/week",
    amount=Amount(Period.WEEK, None, 2, None, 30, None, 60, None),
    start_date=dt.date(2026, 3, 24),
    end_date=dt.date(2027, 3, 9),
    location_text="Speech room",
)


def _child_with_plan(services: BinderServices) -> tuple[ChildRow, IepRow]:
    child = services.children.add_child(ChildData("Sam", "Lee")).row
    plan = services.plans.add_plan(
        child.id, IepData(meeting_date=dt.date(2024, 2, 29), start_date=dt.date(2024, 3, 4))
    ).row
    return child, plan


def test_child_needs_a_first_name_and_a_past_birth_date(services: BinderServices) -> None:
    with pytest.raises(ValidationError) as caught:
        services.children.add_child(ChildData(" ", date_of_birth=dt.date(2027, 1, 1)))
    assert caught.value.for_field("first_name") == "First name is required."
    assert caught.value.for_field("date_of_birth") == "Date of birth cannot be in the future."
    assert services.children.list_children() == []


def test_plan_gets_the_anniversary_review_date_even_from_february_29(
    services: BinderServices,
) -> None:
    _child, plan = _child_with_plan(services)
    # DOMAIN.md 1.2: the same calendar date a year later; Feb 29 -> Feb 28.
    assert plan.data.annual_review_due == dt.date(2025, 2, 28)


def test_plan_dates_out_of_order_are_refused(services: BinderServices) -> None:
    child = services.children.add_child(ChildData("Sam")).row
    with pytest.raises(ValidationError) as caught:
        services.plans.add_plan(
            child.id, IepData(start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 4, 1))
        )
    assert caught.value.for_field("end_date") == "End date is before the start date."


def test_items_keep_their_order_and_verbatim_text(services: BinderServices) -> None:
    _child, plan = _child_with_plan(services)
    saved = services.plans.add_service(plan.id, SPEECH)
    assert saved.changes.touches(Area.SERVICES)
    services.plans.add_service(plan.id, replace(SPEECH, service_type="Occupational therapy"))
    rows = services.plans.list_services(plan.id)
    assert [row.data.service_type for row in rows] == [
        "Speech-language therapy",
        "Occupational therapy",
    ]
    assert rows[0].data.raw_text == "30 min 2x/week"
    assert rows[0].data.amount == SPEECH.amount
    assert rows[0].amount_text == "2 x 30 min per week (60 min)"


def test_service_findings_travel_with_the_row(services: BinderServices) -> None:
    _child, plan = _child_with_plan(services)
    row = services.plans.add_service(
        plan.id, ServiceData(service_type="Counseling", raw_text="as needed")
    ).row
    rules = sorted(finding.rule_id for finding in row.findings)
    assert rules == ["SVC-LINT-2", "SVC-LINT-3", "SVC-LINT-4"]


def test_stale_edit_is_refused_not_overwritten(services: BinderServices) -> None:
    _child, plan = _child_with_plan(services)
    first = services.plans.add_service(plan.id, SPEECH).row
    services.plans.update_service(first.id, first.version, replace(SPEECH, page_ref="12"))
    with pytest.raises(ConflictError):
        services.plans.update_service(first.id, first.version, replace(SPEECH, page_ref="99"))
    assert services.plans.list_services(plan.id)[0].data.page_ref == "12"


def test_amendment_is_a_new_plan_and_leaves_the_original_alone(services: BinderServices) -> None:
    child, plan = _child_with_plan(services)
    services.plans.add_service(plan.id, SPEECH)
    services.plans.add_goal(plan.id, GoalData("Read 90 WCPM", baseline_value=50, target_value=90))
    services.plans.add_accommodation(
        plan.id, AccommodationData("Extended time", applies_to=("Math",))
    )
    amendment = services.plans.amend_plan(
        plan.id, dt.date(2026, 10, 13), dt.date(2026, 10, 6), "Speech increased"
    ).row
    assert amendment.data.kind is IepKind.AMENDMENT
    assert amendment.amends_id == plan.id
    assert amendment.data.start_date == dt.date(2026, 10, 13)
    # The annual clock is not reset by an amendment (DOMAIN.md 8).
    assert amendment.data.annual_review_due == plan.data.annual_review_due
    copied = services.plans.list_services(amendment.id)
    assert copied[0].data.start_date == dt.date(2026, 10, 13)
    assert copied[0].data.raw_text == SPEECH.raw_text
    services.plans.update_service(
        copied[0].id, copied[0].version, replace(SPEECH, raw_text="30 min 3x/week")
    )
    original = services.plans.list_services(plan.id)
    assert original[0].data.raw_text == "30 min 2x/week"
    assert original[0].data.start_date == dt.date(2026, 3, 24)
    assert len(services.plans.list_goals(amendment.id)) == 1
    assert services.plans.list_accommodations(amendment.id)[0].data.applies_to == ("Math",)
    assert [p.id for p in services.plans.list_plans(child.id)] == [plan.id, amendment.id]


def test_current_plan_is_the_latest_started(services: BinderServices) -> None:
    child, plan = _child_with_plan(services)
    later = services.plans.add_plan(child.id, IepData(start_date=dt.date(2026, 3, 24))).row
    services.plans.add_plan(child.id, IepData(start_date=dt.date(2027, 3, 24)))
    assert services.plans.current_plan(child.id).id == later.id  # today is 2026-11-29
    assert plan.id != later.id


def test_trash_and_restore_bring_back_exactly_what_was_there(services: BinderServices) -> None:
    _child, plan = _child_with_plan(services)
    row = services.plans.add_service(plan.id, SPEECH).row
    item, changes = services.trash.move_to_trash(ItemKind.SERVICE, row.id)
    assert changes.touches(Area.SERVICES, Area.TRASH)
    assert item.label == "Speech-language therapy"
    assert services.plans.list_services(plan.id) == []
    assert [t.item_id for t in services.trash.list_trash()] == [row.id]
    with pytest.raises(NotFoundError):
        services.plans.update_service(row.id, None, SPEECH)
    services.trash.restore(ItemKind.SERVICE, row.id)
    restored = services.plans.list_services(plan.id)
    assert [r.data for r in restored] == [row.data]
    assert services.trash.list_trash() == []


def test_team_reuses_a_contact_with_the_same_email(services: BinderServices) -> None:
    first = services.children.add_child(ChildData("Ana")).row
    second = services.children.add_child(ChildData("Ben")).row
    person = ContactData("Karen Liu", "Resource specialist", "KLiu@school.example.org")
    services.team.add_team_member(first.id, person, "Case manager")
    services.team.add_team_member(second.id, replace(person, email="kliu@school.example.org"))
    assert len(services.team.list_contacts()) == 1
    assert services.team.list_team(first.id)[0].role == "Case manager"
    assert services.team.list_team(second.id)[0].role == "Resource specialist"


def test_contact_email_must_look_like_one(services: BinderServices) -> None:
    child = services.children.add_child(ChildData("Ana")).row
    with pytest.raises(ValidationError) as caught:
        services.team.add_team_member(child.id, ContactData("X", email="not-an-email"))
    assert caught.value.for_field("email") == "This does not look like an email address."


def test_choose_child_by_name_or_alone(services: BinderServices) -> None:
    with pytest.raises(ChildNotChosenError, match="holds no child"):
        services.children.choose_child(None)
    maya = services.children.add_child(ChildData("Maya", "Rodríguez")).row
    assert services.children.choose_child(None).id == maya.id
    leo = services.children.add_child(ChildData("Leonardo", "Rodríguez", preferred_name="Leo")).row
    with pytest.raises(ChildNotChosenError, match="several children"):
        services.children.choose_child(None)
    assert services.children.choose_child("leo").id == leo.id
    assert services.children.choose_child("Maya Rodríguez").id == maya.id
    assert services.children.choose_child("leon").id == leo.id
    with pytest.raises(ChildNameUnknownError):
        services.children.choose_child("Zed")


def test_demo_has_the_promised_variety(demo_services: BinderServices) -> None:
    child = demo_services.children.choose_child(None)
    glance = demo_services.glance.glance(child.id)
    periods = {service.data.amount.period for service in glance.services}
    assert len(glance.services) >= 4 and len(periods) >= 4
    assert len(glance.accommodations) >= 6
    assert len(glance.goals) >= 5
    assert len(glance.team) >= 5
    assert demo_services.demo.ensure_demo() is False
