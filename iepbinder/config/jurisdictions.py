"""Timeline rules as data: the federal defaults of DOMAIN.md 1.1 and the CA and TX profiles of 1.3.

A parent in another state changes the ``deadlines.jurisdiction`` setting, not the code. Only
FEDERAL, CA and TX are seeded; every other state is "not verified" and shows the federal floor.
"""

from __future__ import annotations

from iepbinder.domain.deadline_rules import EndOfYearRule, JurisdictionProfile, RuleSpec
from iepbinder.domain.school_calendar import DayUnit

FEDERAL_CODE = "FEDERAL"
_CDS = DayUnit.CALENDAR

FEDERAL_RULES: dict[str, RuleSpec] = {
    rule.rule_id: rule
    for rule in (
        RuleSpec(
            "T-ANNUAL",
            "Annual IEP review",
            "the last IEP meeting that reviewed the whole IEP",
            years=1,
            reminder_days=(60, 30, 14, 7),
            source_url="https://sites.ed.gov/idea/regs/b/d/300.324/b",
            note="Not less than once a year: due on or before the anniversary date.",
        ),
        RuleSpec(
            "T-REEVAL",
            "Re-evaluation (at least every 3 years)",
            "the last evaluation or eligibility determination",
            years=3,
            reminder_days=(90, 30),
            source_url="https://www.law.cornell.edu/cfr/text/34/300.303",
            note="Not needed if parent and district agree in writing; not more than once a year "
            "unless both agree.",
        ),
        RuleSpec(
            "T-INIT-EVAL",
            "Initial evaluation completed",
            "the district received signed consent to evaluate",
            days=60,
            source_url="https://sites.ed.gov/idea/regs/b/d/300.301/c",
            note="Or the state's own timeframe.",
        ),
        RuleSpec(
            "T-INIT-IEP",
            "First IEP meeting after eligibility",
            "the eligibility determination",
            days=30,
            source_url="https://law.lawstack.com/cfr/34/300.323/",
        ),
        RuleSpec(
            "T-START",
            "Services under way",
            "the IEP's start date",
            days=10,
            unit=DayUnit.SCHOOL,
            source_url="https://law.lawstack.com/cfr/34/300.323/",
            note="The law says 'as soon as possible'; 10 school days is the app's alert "
            "(Pennsylvania's rule), not a federal number.",
        ),
        RuleSpec(
            "T-PROGRESS",
            "Progress report expected",
            "the reporting schedule the IEP states",
            days=0,
            source_url="http://framework.esc18.net/display/Webforms/ESC18-FW-Citation.aspx?ID=2099",
        ),
        RuleSpec(
            "T-RECORDS",
            "Your records request answered",
            "the district received your records request",
            days=45,
            cap_day_before_meeting=True,
            reminder_days=(7,),
            source_url="https://tacanow.org/blueprint/parent-must-receive-evaluation/",
            note="Without unnecessary delay, before any IEP meeting or hearing, and never more "
            "than 45 days (calendar days by 34 CFR 300.11).",
        ),
        RuleSpec(
            "T-PWN",
            "Prior written notice (PWN) before the district acts",
            "the date the district proposes to act (or refused your request)",
            days=10,
            before=True,
            display_only=True,
            source_url="http://edocket.access.gpo.gov/cfr_2007/julqtr/34cfr300.503.htm",
            note="Federal rule: 'a reasonable time before' with no fixed number; 10 days is "
            "shown only as a guide.",
        ),
        RuleSpec(
            "T-STATE-COMPLAINT",
            "Last day to file a state complaint",
            "the date of the problem (alleged violation)",
            years=1,
            reminder_days=(60, 30),
            source_url="http://idea.ed.gov/explore/view/p/,root,regs,300,B,300.153,.html",
            note="The state agency must receive it by then. Check your state: some allow more.",
        ),
        RuleSpec(
            "T-DUE-PROCESS",
            "Last day to ask for a due process hearing",
            "the date you knew or should have known about the problem",
            years=2,
            reminder_days=(90, 30),
            source_url="https://sites.ed.gov/idea/statute-chapter-33/subchapter-ii/1415/f/3/C",
            note="Unless state law sets a different limit; exceptions apply if the district "
            "misrepresented or withheld information.",
        ),
        RuleSpec(
            "T-TRANSITION",
            "Transition services in the IEP (age 16)",
            "the child's date of birth",
            years=16,
            reminder_days=(365,),
            source_url="https://iepcasemate.com/guides/iep-compliance-timelines",
            note="The first IEP in effect when the student turns 16 (earlier in many states).",
        ),
        RuleSpec(
            "T-MAJORITY",
            "Rights at the age of majority explained (a year before 18)",
            "the child's date of birth",
            years=17,
            reminder_days=(90,),
            source_url="https://www.parentcenterhub.org/age-of-majority/",
        ),
    )
}

_CA_SOURCE = "https://www.specialeducationlaw.net/Timeline.shtml"
CALIFORNIA = JurisdictionProfile(
    "CA",
    "California",
    overrides={
        "T-RECORDS": FEDERAL_RULES["T-RECORDS"].with_changes(
            days=5,
            unit=DayUnit.BUSINESS,
            source_url="https://www.ideaeducationalrights.com/request-for-educational-records",
            note="California: 5 business days, for an oral or a written request.",
        ),
        "T-INIT-EVAL": FEDERAL_RULES["T-INIT-EVAL"].with_changes(
            title="Assessment done and IEP meeting held",
            trigger_text="you gave consent to the assessment plan",
            toll_breaks_over=5,
            source_url=_CA_SOURCE,
            note="California: 60 days, not counting breaks over 5 school days. Sources disagree "
            "(a Rialto USD table says 'not tolled'); the app pauses, and a district may differ.",
        ),
    },
    extra_rules=(
        RuleSpec(
            "CA-ASSESS-PLAN",
            "Assessment plan sent after referral",
            "the district received the referral",
            days=15,
            toll_breaks_over=5,
            source_url=_CA_SOURCE,
            note="A referral in the last 10 days of school is due in the first 10 days of the "
            "next school year.",
        ),
        RuleSpec(
            "CA-MEETING-REQUEST",
            "IEP meeting after your written request",
            "the district received your written request for a meeting",
            days=30,
            toll_breaks_over=5,
            source_url=_CA_SOURCE,
        ),
    ),
    notes=("Recording a meeting: give 24 hours' written notice.",),
    last_verified="DOMAIN.md 1.3",
)

TEXAS = JurisdictionProfile(
    "TX",
    "Texas",
    overrides={
        "T-INIT-EVAL": FEDERAL_RULES["T-INIT-EVAL"].with_changes(
            days=45,
            unit=DayUnit.SCHOOL,
            extend_absences_from=3,
            end_of_year=EndOfYearRule(35, 44, 6, 30),
            source_url="https://childfindtx.tea.texas.gov/eval_timelines.html",
            note="Texas: 45 school days from consent, longer by the child's absences once there "
            "are 3 or more; consent 35 to 44 school days before the last day: report by June 30.",
        ),
        "T-PWN": FEDERAL_RULES["T-PWN"].with_changes(
            days=5,
            unit=DayUnit.SCHOOL,
            display_only=False,
            source_url="https://childfindtx.tea.texas.gov/prior_notice.html",
            note="Texas: 5 school days before the action, unless a shorter time is agreed.",
        ),
    },
    last_verified="DOMAIN.md 1.3",
)

FEDERAL = JurisdictionProfile(
    FEDERAL_CODE,
    "Federal rules (IDEA)",
    notes=("Your state may set shorter deadlines; these are the federal floor.",),
    last_verified="DOMAIN.md 1.1",
)

PROFILES: dict[str, JurisdictionProfile] = {p.code: p for p in (FEDERAL, CALIFORNIA, TEXAS)}


def profile(code: str | None) -> JurisdictionProfile:
    """The profile for a code; an unknown state gets the federal rules marked "not verified"."""
    if not code or code.upper() == FEDERAL_CODE:
        return FEDERAL
    found = PROFILES.get(code.upper())
    if found is not None:
        return found
    return JurisdictionProfile(
        code.upper(),
        f"{code.upper()} (not verified: federal rules shown)",
        notes=("No rules were verified for this state; the federal floor is shown.",),
        verified=False,
    )
