"""The seven letters of DOMAIN.md 6, written for the Stranger: facts, a calm tone, a clear ask."""

from __future__ import annotations

from iepbinder.domain.letters.model import (
    FollowUpRule,
    LetterTemplate,
    Picks,
    calendar_days,
    school_days,
)
from iepbinder.domain.school_days import CountUnit, DayCount

REQUEST_DATA = LetterTemplate(
    key="request_data",
    title="Request for data",
    purpose="Ask for the data behind the progress on every goal.",
    subject="Request for progress data: {child_name}",
    body=(
        "I am writing to ask for the data behind {child_first_name}'s progress on the annual "
        "goals in the IEP dated {iep_date}:\n\n"
        "{goal_list}\n\n"
        "For each goal, please send the underlying data from {data_from} to {data_to}: the raw "
        "data sheets, probe scores, graphs with the aim line and trend line, and work samples.\n\n"
        "Please also tell me how and how often the data for each goal is collected, and how that "
        "compares with what the IEP says.\n\n"
        "PDF files by email work best for me. If possible, I would also like to receive this "
        "data every week from now on.\n\n"
        "Please confirm that you received this request, and send the data by {response_due}."
    ),
    required_fields=("child_first_name", "iep_date", "goal_list", "data_from", "data_to"),
    follow_up=school_days(10),
    picks=(Picks.DATE_RANGE,),
    source="https://rtadvocacy.com/iep-goal-data-reporting",
)

REQUEST_MEETING = LetterTemplate(
    key="request_meeting",
    title="Request for an IEP meeting",
    purpose="Ask for a meeting, say why, and list the changes you want to discuss.",
    subject="Request for an IEP meeting: {child_name}",
    body=(
        "I am requesting an IEP meeting for {child_first_name} to discuss the following: "
        "{meeting_reason}\n\n"
        "{proposed_changes}\n\n"
        "I am available on these dates: {available_dates}.\n\n"
        "Please invite {invitees}.\n\n"
        "Please send any draft IEP, new evaluations and recent data a few days before the "
        "meeting, so that I can read them beforehand.\n\n"
        "Please confirm that you received this request, and reply with a meeting date by "
        "{response_due}."
    ),
    required_fields=("child_first_name", "meeting_reason", "available_dates"),
    optional_fields=("proposed_changes", "invitees"),
    follow_up=calendar_days(14, "DOMAIN.md 6: the state's value, else 14 days"),
    source="https://probonodeskmanual.loyno.edu/law-special-education-and-school-discipline/"
    "523-requesting-iep-meeting",
)

IMPLEMENTATION_CONCERN = LetterTemplate(
    key="implementation_concern",
    title="Concern about services (implementation)",
    purpose="Compare what a service requires with what was delivered, and ask about the gap.",
    subject="Services in {child_first_name}'s IEP: {service_name}",
    body=(
        "The IEP dated {iep_date} (page {service_page}) says that {child_first_name} receives "
        "{service_name}: {service_amount}.\n\n"
        "From {data_from} to {data_to}, this is what I have recorded:\n\n"
        "{ledger_table}\n\n"
        "Could you tell me whether your records agree with this count? If they differ, please "
        "send me the service logs for these dates.\n\n"
        "For any sessions that were missed, could you tell me the reason, the coverage plan "
        "while the provider is away, and the schedule for making up the missed time?\n\n"
        "Could you also confirm that each provider has a copy of the IEP and knows their "
        "responsibilities under it?\n\n"
        "Please reply by {response_due}."
    ),
    required_fields=(
        "child_first_name",
        "iep_date",
        "service_page",
        "service_name",
        "service_amount",
        "data_from",
        "data_to",
        "ledger_table",
    ),
    follow_up=school_days(5),
    picks=(Picks.SERVICE, Picks.DATE_RANGE),
    source="https://edregnc.com/regulation/1033",
)

COMPENSATORY = LetterTemplate(
    key="compensatory",
    title="Request for compensatory services",
    purpose="Ask the team to decide make-up time for services that were missed.",
    subject="Request for compensatory services: {child_name}",
    body=(
        "The IEP dated {iep_date} provides the services below. From {data_from} to {data_to}, "
        "some of them were not delivered:\n\n"
        "{ledger_table}\n\n"
        "I am asking the IEP team to meet and decide, for {child_first_name} individually, how "
        "this interruption affected progress and what compensatory services (make-up time) are "
        "needed.\n\n"
        "Please bring a specific proposal to the meeting: the amount of time, the provider, the "
        "setting, the schedule, and the date by which the make-up services will be complete. "
        "These services would be in addition to the services the IEP already provides, not in "
        "place of them.\n\n"
        "Please confirm that you received this request, and propose a meeting date by "
        "{response_due}."
    ),
    required_fields=("iep_date", "data_from", "data_to", "ledger_table", "child_first_name"),
    follow_up=school_days(10),
    picks=(Picks.DATE_RANGE,),
    source="http://wrightslaw.com/info/iep.replace.services.crabtree.htm",
)

REQUEST_PWN = LetterTemplate(
    key="request_pwn",
    title="Request for prior written notice (PWN)",
    purpose="Ask for the written notice the school owes after proposing or refusing something.",
    subject="Request for prior written notice: {child_name}",
    body=(
        'On {entry_date}, I spoke with {entry_people} about "{entry_topic}". As I understood '
        "it: {entry_summary}\n\n"
        "I am asking for prior written notice of this decision (34 CFR 300.503). Please "
        "include:\n"
        "- the action that was proposed or refused;\n"
        "- why the school proposes or refuses it;\n"
        "- each evaluation, assessment, record or report the decision relied on;\n"
        "- a statement that I have protection under the procedural safeguards, and how I can "
        "get a copy of them;\n"
        "- sources I can contact for help in understanding these rules;\n"
        "- the other options the team considered, and why they were rejected;\n"
        "- any other factors relevant to the decision.\n\n"
        "Please provide the notice in {notice_language}.\n\n"
        "Please confirm that you received this request, and send the notice by {response_due}."
    ),
    required_fields=("entry_date", "entry_people", "entry_topic", "entry_summary"),
    optional_fields=("notice_language",),
    follow_up=calendar_days(10, "a 'reasonable time' (DOMAIN.md 8: 10 days, display only)"),
    picks=(Picks.ENTRY,),
    source="https://iepexplained.com/prior-written-notice-school-refused",
)

REQUEST_RECORDS = LetterTemplate(
    key="request_records",
    title="Request for educational records",
    purpose="Ask to see and copy the school's records before the next meeting.",
    subject="Request for {child_first_name}'s educational records",
    body=(
        "Under IDEA (34 CFR 300.613) and FERPA, I am asking to inspect, review and receive "
        "copies of {child_first_name}'s educational records, including:\n"
        "- the complete special education file and the cumulative file;\n"
        "- all evaluations, with the protocols and score summaries;\n"
        "- the service logs of every service in the IEP;\n"
        "- emails and other messages about {child_first_name};\n"
        "- discipline and attendance records;\n"
        "- data sheets and progress-monitoring data.\n\n"
        "The records are due without unnecessary delay, before any IEP meeting, and within 45 "
        "days of this request. Please send them by {response_due}.\n\n"
        "{next_meeting_sentence}\n\n"
        "PDF copies by email work best for me. If there is a fee for copies, please tell me "
        "before making them.\n\n"
        "Please confirm that you received this request."
    ),
    required_fields=("child_first_name",),
    optional_fields=("next_meeting_sentence",),
    follow_up=FollowUpRule(
        DayCount(45, CountUnit.CALENDAR),
        cap_before_next_meeting=True,
        note="records_due (DOMAIN.md 1.2): 45 days, and the day before the next meeting",
    ),
    source="https://gradeaadvocate.com/sample-letters/records-request",
)

POST_MEETING = LetterTemplate(
    key="post_meeting",
    title="Summary after a meeting",
    purpose="Write down what the meeting decided, who does what by when, and what was refused.",
    subject="Summary of our meeting on {meeting_date}: {child_name}",
    body=(
        "Thank you for meeting with me on {meeting_date} about {meeting_topic}.\n\n"
        "Attending: {meeting_attendees}\n\n"
        "This is my understanding of what we agreed (who, what, by when):\n"
        "{meeting_decisions}\n\n"
        "{meeting_disagreements}\n\n"
        "{meeting_questions}\n\n"
        "If anything here differs from your understanding, please send me your corrections by "
        "{response_due}. If I do not hear from you by then, I will keep this summary as our "
        "shared record of the meeting."
    ),
    required_fields=("meeting_date", "meeting_topic", "meeting_attendees", "meeting_decisions"),
    optional_fields=("meeting_disagreements", "meeting_questions"),
    follow_up=school_days(5),
    picks=(Picks.MEETING,),
    source="https://www.lsmo.org/node/518/documenting-your-file-special-education-disputes"
    "-your-childs-school",
)

CORE_TEMPLATES = (
    REQUEST_DATA,
    REQUEST_MEETING,
    IMPLEMENTATION_CONCERN,
    COMPENSATORY,
    REQUEST_PWN,
    REQUEST_RECORDS,
    POST_MEETING,
)
