"""Gather the At a glance page: one child, one plan, and everything the plan promises."""

from __future__ import annotations

from iepbinder.services.children import ChildService
from iepbinder.services.context import ServiceContext
from iepbinder.services.dto import GlanceDto
from iepbinder.services.plans import PlanService, pick_current_plan
from iepbinder.services.team import TeamService


class GlanceService:
    """Builds the DTO that the At a glance tab and its PDF both show."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._children = ChildService(context)
        self._plans = PlanService(context)
        self._team = TeamService(context)

    def glance(self, child_id: int, plan_id: int | None = None) -> GlanceDto:
        """The page for a child; ``plan_id`` None means the plan in effect today."""
        today = self._context.today()
        child = self._children.get_child(child_id)
        plans = self._plans.list_plans(child_id)
        plan = next((p for p in plans if p.id == plan_id), None) if plan_id else None
        if plan is None:
            plan = pick_current_plan(plans, today)
        return GlanceDto(
            child=child,
            plans=tuple(plans),
            plan=plan,
            services=tuple(self._plans.list_services(plan.id)) if plan else (),
            accommodations=tuple(self._plans.list_accommodations(plan.id)) if plan else (),
            goals=tuple(self._plans.list_goals(plan.id)) if plan else (),
            team=tuple(self._team.list_team(child_id)),
            generated_on=today,
        )
